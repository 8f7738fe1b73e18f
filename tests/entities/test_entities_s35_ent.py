"""Session 35, ent35: one-word persons that name no one. The tagger reads the adjective of a title
("المبعوث الأممي", "مستشار إعلامي", "الزعيم النقابي"), a title alone ("البابا") or a common word
("زيارة") as a person, and "عن عمر ناهز 91 عاما" (at the age of) as a person "عمر ناهز". Found by
reading 30 random articles outside the gold (seed 2051)."""

from __future__ import annotations

import khabar


def persons(text: str) -> list[str]:
    doc = khabar.analyze(text).to_dict()
    return [m["text"] for e in doc["entities"] if e["type"] == "PER" for m in e["mentions"]]


def test_the_un_envoy_is_no_person() -> None:
    assert persons("وقال المبعوث الأممي إن الهدنة ما زالت صامدة رغم الخروقات.") == []


def test_the_un_envoy_and_a_verbal_noun() -> None:
    assert persons("ونرى أنها عملية كسب وقت يطرحها المبعوث الأممي بإيعاز من المجتمع الدولي.") == []


def test_a_media_adviser_is_no_person() -> None:
    assert persons("وقال مستشار إعلامي في الوزارة إن القرار نهائي ولا رجعة فيه.") == []


def test_a_union_leader_is_no_person() -> None:
    assert persons("توفي الممثل والزعيم النقابي في لوس أنجليس أمس.") == []


def test_at_the_age_of_is_no_person() -> None:
    assert "عمر ناهز" not in persons("توفي الممثل الشهير في منزله عن عمر ناهز 91 عاما.")


def test_at_the_age_of_present_tense() -> None:
    assert "عمر يناهز" not in persons("رحل الشاعر الكبير عن عمر يناهز الثمانين بعد صراع مع المرض.")


def test_the_envoy_named_stays() -> None:
    # guard: the envoy's name after the title is still a person
    assert "إسماعيل ولد الشيخ أحمد" in persons("وقال المبعوث الأممي إسماعيل ولد الشيخ أحمد إن المحادثات ستستأنف.")


def test_omar_the_name_stays() -> None:
    # guard: عمر the given name
    assert "عمر البشير" in persons("وقال الرئيس السوداني عمر البشير إن بلاده لن تسلم أحدا.")


def saleh_mentions(text: str) -> list[str]:
    doc = khabar.analyze(text).to_dict()
    return [m["text"] for e in doc["entities"] if (e["canonical"] or {}).get("en") == "Ali Abdullah Saleh"
            for m in e["mentions"]]


def test_the_deposed_is_no_part_of_the_name() -> None:
    assert saleh_mentions("وقصفت قوات المخلوع علي عبدالله صالح أحياء عدن أمس.") == ["علي عبدالله صالح"]


def test_the_deposed_before_the_bare_surname() -> None:
    assert saleh_mentions("وواصلت ميليشيات الحوثي والمخلوع صالح قصف المدينة.") == ["صالح"]


def test_the_deposed_after_lam() -> None:
    assert saleh_mentions("وأعلن اللواء الرابع التابع للمخلوع صالح عصيانه.") == ["صالح"]


def test_the_deposed_alone_is_no_person() -> None:
    assert persons("وأكد المتحدث أن المخلوع يسعى إلى العودة إلى السلطة.") == []
