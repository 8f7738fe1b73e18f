"""Session 26, lead: a named person described later stays named; a verb's object after a name is not its speaker."""

from __future__ import annotations

import khabar

RUBIN = (
    "وفي مقال نشر أمس، انتقد نائب وزير الخارجية الأميركي الأسبق جيمس روبن سياسة الوزير.\n\n"
    "وقال روبن إن دبلوماسيين أميركيين يتحدثون عن مؤتمر جديد في جنيف.\n\n"
    "وأضاف المسؤول الأميركي، أن وزارة الدفاع تؤكد أن التحالف موجه ضد المتطرفين."
)


def speakers(text: str) -> list[tuple[str, str, bool]]:
    doc = khabar.analyze(text, published="2015-08-03")
    return [(q["cue"]["text"], q["speaker"]["text"], q["speaker"]["anonymous"]) for q in doc.quotes if q["cue"]]


def test_a_person_named_then_described_keeps_his_name_and_is_not_anonymous() -> None:
    found = {cue: (speaker, anonymous) for cue, speaker, anonymous in speakers(RUBIN)}
    assert found["وقال"] == ("روبن", False)
    assert found["وأضاف"] == ("روبن", False)


def test_an_unnamed_source_described_more_fully_later_takes_the_fuller_description() -> None:
    # guard: only a named person keeps his span; an anonymous one still takes its fullest description
    text = "وقال مسؤول أمريكي لرويترز إن المحادثات مستمرة.\n\nوأضاف المسؤول الأمريكي الكبير أن الاتفاق قريب."
    assert speakers(text) == [("وقال", "المسؤول الأمريكي الكبير", True), ("وأضاف", "المسؤول الأمريكي الكبير", True)]


def test_a_place_named_after_the_person_is_the_verbs_object_not_part_of_the_speaker() -> None:
    text = "ودعا روبن واشنطن ولندن وحلفاءهما إلى اغتنام الفرصة لإسقاط النظام."
    found = speakers(RUBIN + "\n\n" + text)
    assert ("ودعا", "روبن", False) in found
    assert not any("واشنطن" in speaker for _cue, speaker, _anonymous in found)


def test_a_second_person_after_and_is_a_second_speaker() -> None:
    text = ("التقى الرئيس المشترك للحزب صلاح الدين دميرتاش مع الصحفيين، "
            "واعتبرا صلاح الدين دميرتاش وفيقن يوكسكداغ أن المسؤولين يتحملون المسؤولية.")
    assert any("يوكسكداغ" in speaker for cue, speaker, _anonymous in speakers(text) if cue == "واعتبرا")


def speaker_entities(text: str) -> list[tuple[str, str | None]]:
    doc = khabar.analyze(text, published="2015-07-26")
    names = {e["id"]: e["name"] for e in doc.to_dict()["entities"]}
    return [(q["speaker"]["text"], names.get(q["speaker"]["entity"])) for q in doc.quotes]


def test_a_nisba_after_a_common_noun_does_not_make_its_country_the_speaker() -> None:
    # "قبائل يمنية" are tribes from Yemen, not Yemen: the chain must not print "← اليمن"
    assert speaker_entities("وقالت قبائل يمنية في محافظة لحج إن المليشيات تحتجز الوزير.") == [
        ("قبائل يمنية في محافظة لحج", None)
    ]


def test_a_nisba_after_an_institution_still_names_its_country() -> None:
    assert speaker_entities("وقالت السلطات السعودية إن التحقيق مستمر.") == [("السلطات السعودية", "السعودية")]


def test_a_statement_given_upon_leaving_a_city_has_no_via() -> None:
    # "لدى" (upon) is written with ل like "لـ«عكاظ»", but names no outlet; الرياض is a city here
    doc = khabar.analyze("وقال الرئيس، في تصريح لدى مغادرته الرياض، متوجها إلى مصر، إن الجيش لن يتوقف.")
    assert [q["via_text"] for q in doc.quotes] == [None]
    doc = khabar.analyze("وقال الوزير في تصريح لوكالة الأنباء السعودية إن الزيارة ناجحة.")
    assert [q["via_text"]["text"] for q in doc.quotes] == ["لوكالة الأنباء السعودية"]
