"""Session 54, pass cue56 (issue #4, indirect detection precision): "قدّم" with thanks, congratulations or
condolences for object ("وقدم المدير الشكر لـ…"، "قدم واجب العزاء لذوي الشهيد") offers them as an act, at a visit
or a ceremony, with no claim; the dev gold leaves it 17 times and annotates it 5 (since draw 20182: 9 to 1), so it is
no longer a verb of thanks. رفع / تقدم ب / وجه with thanks, the participles ("مقدما شكره") and the verbs of
praise stay quotes, and a participle after the act keeps the act's subject for speaker."""

from __future__ import annotations

import pytest
from entity_quotes import analysed, by_cue, cues


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("وقدم مدير التعليم خالد الحربي الشكر للمعلمين على جهودهم خلال العام الدراسي.", "وقدم"),
        ("قدم وكيل المحافظة واجب العزاء لذوي الشهيد في منزلهم بالقرية أمس.", "قدم"),
        ("وقدمت إدارة النادي التهنئة للاعبين الفائزين بالميداليات في البطولة العربية.", "وقدمت"),
        ("وفي ختام الزيارة قدموا شكرهم للمحافظ على اهتمامه بمطالب الأهالي.", "قدموا"),
        ("وقدّم رئيس البلدية خالص التعازي والمواساة لأسر المتوفين في الحادث.", "وقدّم"),
    ],
)
def test_offering_thanks_or_condolences_is_no_quote(text: str, verb: str) -> None:
    assert verb not in cues(analysed(text))


@pytest.mark.parametrize(
    ("text", "cue", "opening"),
    [
        ("ورفع رئيس الهيئة الدكتور سامي العتيبي التهنئة لخادم الحرمين الشريفين بمناسبة العيد.", "ورفع", "التهنئة"),
        ("وأكد المحافظ أن المهرجان نجح هذا العام، كما تقدم بالشكر للجهات المشاركة على جهودها.", "تقدم", "بالشكر"),
        ("ووجه رئيس النادي خالد العمري شكره للاعبين على أدائهم المميز في المباراة.", "ووجه", "شكره"),
        ("وأكد المدرب أن الفريق جاهز للمباراة، مقدما شكره للجماهير على حضورها الكبير.", "مقدما", "شكره"),
        ("وأشاد وزير الصحة بجهود الفرق الطبية في مواجهة الوباء خلال الأشهر الماضية.", "وأشاد", "بجهود"),
    ],
)
def test_the_other_verbs_of_thanks_and_praise_stay_quotes(text: str, cue: str, opening: str) -> None:
    quote = by_cue(analysed(text), cue)
    assert quote["kind"] == "indirect"
    assert quote["text"].startswith(opening)


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("وقدم مدير المستشفى خالد العتيبي الشكر للفريق الطبي، مؤكدا أن الخدمات ستتواصل طوال الصيف.",
         "مؤكدا", "مدير المستشفى خالد العتيبي"),
        ("وقدم الزوار شكرهم للقائمين على الجولة، مشيرين إلى أن السوق يحتاج إلى مواقف أكثر.",
         "مشيرين", "الزوار"),
    ],
)
def test_a_participle_after_the_act_keeps_its_subject(text: str, cue: str, speaker: str) -> None:
    found = analysed(text)
    assert by_cue(found, cue)["speaker"]["text"] == speaker
    assert not [q for q in found if q["text"].startswith(("الشكر", "شكرهم"))]
