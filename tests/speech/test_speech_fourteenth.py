"""Quote finder, fifteenth pass (quotes round 15): recall on the unseen draws of seeds 20163 and
20164 — verbs of thanks, congratulations and condolences (رفع، قدم، تقدم ب، وجه), which the dev gold
annotates as indirect quotes with the thanks for content, and which are ordinary verbs otherwise.
Every text is written for these tests."""

from __future__ import annotations

from test_speech_classes import analysed, by_cue

from khabar.speech import lexicon as lx


def _cues(found) -> list[str]:
    return [q["cue"]["text"] for q in found if q.get("cue")]


# --- a verb of thanks with its object is a cue ----------------------------------------------------

def test_rafa_with_congratulations_is_an_indirect_quote():
    found = analysed("افتتحت الهيئة مقرها الجديد في جدة. ورفع رئيس الهيئة الدكتور سامي العتيبي "
                     "التهنئة لخادم الحرمين الشريفين بمناسبة عيد الفطر المبارك.")
    quote = by_cue(found, "ورفع")
    assert quote["kind"] == "indirect"
    assert quote["text"].startswith("التهنئة لخادم الحرمين")
    assert quote["speaker"]["text"] == "رئيس الهيئة الدكتور سامي العتيبي"


def test_the_subject_stops_before_on_whose_behalf():
    found = analysed("من جانبه قدم رئيس اتحاد الكرة باسمه ونيابة عن أعضاء مجلس الإدارة شكره "
                     "لوزير الرياضة على الدعم الكبير الذي يقدمه للأندية.")
    quote = by_cue(found, "قدم")
    assert quote["text"].startswith("شكره لوزير الرياضة")
    assert quote["speaker"]["text"] == "رئيس اتحاد الكرة"


def test_thanks_after_a_comma_and_on_behalf_phrase():
    found = analysed("ورفع مدير النادي الأدبي الدكتور صالح الغامدي، نيابة عن أعضاء النادي، خالص "
                     "التعازي لذوي ضحايا الحادث.")
    quote = by_cue(found, "ورفع")
    assert quote["text"].startswith("خالص التعازي")
    assert quote["speaker"]["text"] == "مدير النادي الأدبي الدكتور صالح الغامدي"


def test_taqaddama_bi_with_no_subject_keeps_the_speaker_before():
    found = analysed("وأكد محافظ الطائف أن المهرجان حقق نجاحا كبيرا هذا العام، كما تقدم بالشكر "
                     "للجهات المشاركة على جهودها.")
    quote = by_cue(found, "تقدم")
    assert quote["text"].startswith("بالشكر للجهات")
    assert "محافظ الطائف" in quote["speaker"]["text"]


def test_wajjaha_with_his_thanks_has_the_named_subject():
    found = analysed("فاز فريق النادي على ضيفه بثلاثة أهداف. ووجه رئيس النادي خالد العمري شكره "
                     "للاعبين على أدائهم المميز.")
    quote = by_cue(found, "ووجه")
    assert quote["text"].startswith("شكره للاعبين")
    assert "خالد العمري" in quote["speaker"]["text"]


# --- the same verbs without thanks stay narration -------------------------------------------------

def test_the_same_verbs_without_thanks_are_not_cues():
    found = analysed("ورفع البنك المركزي سعر الفائدة ربع نقطة. وقدم اللاعب مستوى رائعا في المباراة. "
                     "ووجه المدرب اللاعبين إلى الملعب الرديف. وتقدم العمل في المشروع بنسبة كبيرة.")
    assert not {"ورفع", "وقدم", "ووجه", "وتقدم"} & set(_cues(found))


def test_a_verb_of_thanks_inside_a_quote_does_not_cut_it_without_thanks():
    found = analysed("وقال وزير المالية إن الحكومة ستخفض الإنفاق ورفع كفاءة الأجهزة الحكومية خلال العام المقبل.")
    quote = by_cue(found, "وقال")
    assert quote["text"].endswith("خلال العام المقبل")


def test_verbs_of_thanks_stay_out_of_the_other_cues():
    assert "رفع" in lx.gratitude_forms() and "ورفع" in lx.gratitude_forms()
    assert "رفع" not in lx.cue_forms() and "تقدم" not in lx.cue_forms()
    assert lx.gratitude_forms()["تقدم"].lemma == "تقدم"  # "تقدم بالشكر", not the present of قدم


# --- a straight quotation never closed, then 'وقال X "' past a sentence end ------------------------

def test_an_unclosed_quotation_ends_before_the_next_said_quotation():
    found = analysed('وقال المحافظ "إن المدينة تستعد لاستقبال الزوار في موسم الصيف. وتحدث المحافظ عن '
                     'المشروعات الجديدة في الواجهة البحرية، وقال المحافظ "نرحب بكل زائر في مدينتنا" . '
                     'وأكد المحافظ أن المهرجان سيبدأ الأسبوع المقبل.')
    first = min(found, key=lambda q: q["start"])
    assert first["cue"]["text"] == "وقال"
    assert first["text"].rstrip(".").endswith("في موسم الصيف")
    assert any(q["text"] == "نرحب بكل زائر في مدينتنا" for q in found)
    assert by_cue(found, "وأكد")["text"].startswith("المهرجان سيبدأ")


def test_a_quotation_inside_an_open_quotation_stays_nested_without_a_verb_before_it():
    found = analysed('وقال مدير المرور: "بدأ العمل في الطريق الجديد. والمشروع المسمى "طريق الملك" '
                     'سيخفف الزحام في وسط المدينة"، مشيرا إلى أن العمل سينتهي قريبا.')
    quote = by_cue(found, "وقال")
    assert quote["text"].startswith("بدأ العمل") and quote["text"].endswith("وسط المدينة")
