"""Session 57, pass greet60 (issue #4, indirect detection precision): "رحّب" with people for object ("ورحب المحافظ
بالحضور"، "رحب بجميع الموظفين") greets them at a ceremony, an act with no claim; the dev gold leaves it 10 times and
annotates it 3 (since draw 20195: 4 to 0). It is still read, so a later "وأكد" keeps its subject, but it is no quote.
A thing welcomed ("رحب بالقرار") is a stance and stays a quote; prayers ("سائلا المولى أن …"), congratulations
("ورفع التهنئة") and praise ("وأشاد بـ…") stay quotes too: the dev gold annotates them (26 : 6, 14 : 9, 117 : 26)."""

from __future__ import annotations

import pytest
from entity_quotes import analysed, by_cue, cues


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("ورحب مدير الجامعة بجميع الطلاب الجدد في حفل الاستقبال الذي أقيم أمس.", "ورحب"),
        ("رحب رئيس البلدية بالحضور في بداية الحفل الذي نظمته البلدية بمناسبة العيد.", "رحب"),
        ("ورحبت مديرة المدرسة بالزائرات من أولياء الأمور في اليوم المفتوح.", "ورحبت"),
        ("وفي بداية اللقاء رحب المحافظ بسمو أمير المنطقة والضيوف المشاركين في المهرجان.", "رحب"),
        ("ورحب رئيس النادي بالوفد الزائر في مقر النادي بالمدينة.", "ورحب"),
    ],
)
def test_welcoming_people_is_no_quote(text: str, verb: str) -> None:
    assert verb not in cues(analysed(text))


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("ورحب محافظ المحافظة سعد العتيبي بالحضور، وأكد أن المهرجان يحظى بدعم كبير من الإمارة.",
         "وأكد", "محافظ المحافظة سعد العتيبي"),
        ("ورحب مدير المستشفى خالد الزهراني بالزوار، مشيرا إلى أن المستشفى استقبل أكثر من ألف مراجع.",
         "مشيرا", "مدير المستشفى خالد الزهراني"),
    ],
)
def test_a_cue_after_the_welcome_keeps_its_subject(text: str, cue: str, speaker: str) -> None:
    found = analysed(text)
    assert by_cue(found, cue)["speaker"]["text"] == speaker
    assert not [q for q in found if q["text"].startswith(("بالحضور", "بالزوار"))]


@pytest.mark.parametrize(
    ("text", "cue", "opening"),
    [
        ("رحب وزير الخارجية بالقرار الصادر عن مجلس الأمن بشأن الهدنة في اليمن.", "رحب", "بالقرار"),
        ("ورحبت الجامعة العربية باتفاق وقف إطلاق النار بين الطرفين.", "ورحبت", "باتفاق"),
        ("وأشاد وزير الصحة بجهود الفرق الطبية في مواجهة الوباء خلال الأشهر الماضية.", "وأشاد", "بجهود"),
        ("ورفع رئيس الهيئة الدكتور سامي العتيبي التهنئة لخادم الحرمين الشريفين بمناسبة العيد.", "ورفع", "التهنئة"),
    ],
)
def test_a_thing_welcomed_praise_and_congratulation_stay_quotes(text: str, cue: str, opening: str) -> None:
    quote = by_cue(analysed(text), cue)
    assert quote["kind"] == "indirect"
    assert quote["text"].startswith(opening)


def test_a_prayer_stays_a_quote() -> None:
    found = analysed("وأكد المدير أن المشروع سينجز قبل نهاية العام، سائلا المولى أن يحفظ هذه البلاد من كل سوء.")
    assert by_cue(found, "سائلا")["kind"] == "indirect"
