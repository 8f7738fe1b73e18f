"""Quote finder, seventh pass: according-to classes from the dev errors — a source closing the
sentence of someone's reported speech, "على ما أفاد …" (agency copy), and verb-kind cues with no
reporting verb after them. Every text is written for these tests."""

from __future__ import annotations

from test_speech_classes import analysed, by_cue


def _according(found):
    return [q for q in found if q["kind"] == "according_to"]


# --- a closing source reports the speaker's whole statement: both quotes are kept ---------------

def test_closing_source_around_reported_speech_keeps_both_quotes():
    found = analysed("وأضافت المتحدثة باسم الشرطة سارة ميلر أن السائق فر من المكان بعد الحادث ولم يعثر عليه "
                     "حتى الآن، حسب رويترز.")
    indirect = by_cue(found, "وأضافت")
    assert indirect["kind"] == "indirect"
    assert "ميلر" in indirect["speaker"]["text"]
    [outlet] = _according(found)
    assert outlet["speaker"]["text"] == "رويترز"
    assert "وأضافت" in outlet["text"] or outlet["text"].startswith("أضافت")
    assert outlet["text"].endswith("حتى الآن")


def test_closing_source_after_a_ministry_statement():
    found = analysed("وأوضحت الخارجية الفرنسية أن السفير سيعود إلى مقر عمله الأسبوع المقبل، بحسب موقع «لوموند» الفرنسي.")
    assert by_cue(found, "وأوضحت")["kind"] == "indirect"
    [outlet] = _according(found)
    assert "لوموند" in outlet["speaker"]["text"]


def test_the_relaying_outlet_is_not_whom_a_later_cue_goes_on_with():
    found = analysed("وقال المتحدث باسم الدفاع المدني محمد الحربي إن الحريق أخمد بالكامل، حسب وكالة الأنباء السعودية. "
                     "وأضاف أن التحقيق جار لمعرفة أسبابه.")
    assert "الحربي" in by_cue(found, "وأضاف")["speaker"]["text"]


def test_source_inside_the_clause_is_not_a_closing_frame():
    # the source is what the project follows, not who reported the statement
    found = analysed("وأضاف مدير المشروع أن العمل يسير وفق خطة زمنية محددة ويحظى بمتابعة مستمرة من الإمارة.")
    assert by_cue(found, "وأضاف")["kind"] == "indirect"
    assert _according(found) == []


# --- "على ما أفاد …": AFP copy's according-to --------------------------------------------------

def test_ala_ma_afada_attributes_the_clause_before():
    found = analysed("قتل ثلاثة جنود على الأقل في هجوم على نقطة تفتيش شمال البلاد، على ما أفاد مصدر أمني.")
    [q] = _according(found)
    assert q["speaker"]["text"].startswith("مصدر أمني")
    assert q["text"].startswith("قتل ثلاثة جنود")


def test_ala_ma_without_a_reporting_verb_does_not_cut_speech():
    found = analysed("وأكد مدير النادي أن اللاعبين يستحقون الشكر على جهدهم، وعلى ما قدموه من عمل مميز خلال الموسم.")
    q = by_cue(found, "وأكد")
    assert q["text"].endswith("خلال الموسم")
    assert _according(found) == []


# --- a word carrying ب after the verb is its object or manner, never its subject ----------------

def test_praise_with_bi_object_goes_on_with_the_preacher():
    found = analysed("وأكد الشيخ سعد العتيبي أن الاعتداء جريمة. "
                     "وأشاد بدور رجال الأمن البواسل في الحفاظ على أمن بلاد الحرمين الشريفين وحفظ مقدرات الوطن.")
    q = by_cue(found, "وأشاد")
    assert "العتيبي" in q["speaker"]["text"]
    assert not q["speaker"]["text"].startswith("بدور")


def test_manner_phrase_after_the_verb_is_not_the_speaker():
    found = analysed("وتحدث وزير الطاقة خالد الفالح عن خطط الوزارة. "
                     "ونوه بما تمتلكه المملكة من بنية تحتية متطورة وبيئة استثمارية جاذبة.")
    q = by_cue(found, "ونوه")
    assert not q["speaker"]["text"].startswith("بما")
    assert "الفالح" in q["speaker"]["text"]


def test_a_name_that_starts_like_bi_still_speaks():
    found = analysed("وقالت بدور الصالح مديرة المدرسة إن الدوام يبدأ الأحد.")
    assert by_cue(found, "وقالت")["speaker"]["text"].startswith("بدور")
