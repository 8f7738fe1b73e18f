"""Rules that generalise beyond the articles the finder was written on: speaker phrase boundaries,
channels, first reporters, noun objects and closing attributions (texts written for these tests)."""

from __future__ import annotations

import pytest

import khabar
from khabar.speech import find_quotes


def analysed(text: str) -> list[dict]:
    """Quotes of a text run through the whole pipeline (entities resolve speakers), spans checked."""
    doc = khabar.analyze(text)
    found = find_quotes(doc)
    for q in found:
        assert doc.text[q["start"]:q["end"]] == q["text"]
        for key in ("cue", "via_text", "channel", "time_span", "reported_first_by_text"):
            if q.get(key):
                assert doc.text[q[key]["start"]:q[key]["end"]] == q[key]["text"], key
        if q["speaker"]["start"] is not None:
            assert doc.text[q["speaker"]["start"]:q["speaker"]["end"]] == q["speaker"]["text"]
    return found


# --- speaker phrases ------------------------------------------------------------------


def test_an_official_of_an_organisation_is_anonymous_not_the_organisation():
    [q] = analysed("قال مسؤول في الأمم المتحدة لرويترز يوم الأربعاء إن عدد النازحين ارتفع إلى 12 ألف شخص.")
    assert q["speaker"]["text"] == "مسؤول في الأمم المتحدة"
    assert q["speaker"]["anonymous"] is True
    assert q["speaker"]["entity"] is None
    assert q["via_text"]["text"] == "لرويترز"
    assert q["time_span"]["text"] == "يوم الأربعاء"


def test_a_place_inside_the_phrase_does_not_merge_two_speakers():
    found = analysed("وأوضحت قيادة العمليات المشتركة في العراق أن سبعة مسلحين قتلوا. "
                     "من جانبها أعلنت خلية الإعلام الحربي العراقية في بيان أن 49 مسلحا قتلوا.")
    assert [q["speaker"]["text"] for q in found] == ["قيادة العمليات المشتركة في العراق", "خلية الإعلام الحربي العراقية"]


@pytest.mark.parametrize("text,speaker", [
    ("وقال وزير الخارجية السعودي عادل الجبير مساء أمس إن المملكة ترحب بالاتفاق.", "وزير الخارجية السعودي عادل الجبير"),
    ("وقال مدير عام الشرطة اللواء محمد العلي خلال مؤتمر صحفي إن الجناة اعتقلوا.", "مدير عام الشرطة اللواء محمد العلي"),
    ("وقال رئيس مجلس إدارة الشركة الوطنية للنقل البحري صباح اليوم إن الأرباح ارتفعت.", "رئيس مجلس إدارة الشركة الوطنية للنقل البحري"),
    ("وأوضح بيان صادر عن وزارة الخارجية اليوم أن الجانبين بحثا التعاون.", "بيان صادر عن وزارة الخارجية"),
])
def test_speaker_phrase_boundaries(text, speaker):
    [q] = analysed(text)
    assert q["speaker"]["text"] == speaker


def test_a_sound_plural_takes_no_genitive_so_a_definite_word_after_it_is_the_object():
    [q] = analysed("وأبلغ مسؤولون النادي الإيطالي أنه لن يتم السماح بدخول خمسة من لاعبيه.")
    assert q["speaker"]["text"] == "مسؤولون"
    assert q["speaker"]["anonymous"] is True


def test_a_complete_name_followed_by_another_name_ends_the_subject():
    [q] = analysed("دعت الولايات المتحدة الأمريكية باكستان إلى التعاون للقضاء على التهديد.")
    assert q["speaker"]["text"] == "الولايات المتحدة الأمريكية"


def test_the_outlet_may_come_between_the_verb_and_its_subject():
    [q] = analysed("وكشف لـ«عكاظ» مصدر مطلع أن ملف القروض من أبرز الحلول.")
    assert q["speaker"]["text"] == "مصدر مطلع"
    assert q["via_text"]["text"] == "لـ«عكاظ»"


def test_an_indefinite_phrase_with_more_words_is_a_new_source():
    found = analysed("وقال مصدر أمني إن الجيش اقتحم القرية. وقال مصدر عسكري إن الجيش قام بعملية. "
                     "وأضاف المصدر أن المطلوب اعتقل.")
    assert [q["speaker"]["text"] for q in found] == ["مصدر أمني", "مصدر عسكري", "مصدر عسكري"]


def test_the_day_before_yesterday_is_a_time_not_a_first_reporter():
    [q] = analysed("وأوضحت الجامعة أول من أمس أن وفدا منها زار السجن.")
    assert q["time_span"]["text"] == "أول من أمس"
    assert q["reported_first_by_text"] is None


# --- channel, first reporter ----------------------------------------------------------------


def test_a_statement_is_the_channel_not_the_via():
    [q] = analysed("وقالت وزارة الصحة السودانية في بيان إن 17 شخصا لقوا حتفهم.")
    assert q["speaker"]["text"] == "وزارة الصحة السودانية"
    assert q["via"] is None and q["via_text"] is None
    assert q["channel"]["text"] == "في بيان"


def test_first_reporter_citing_anonymous_sources():
    [q] = analysed("وكانت صحيفة السوداني أول من أشار إلى حجم الأضرار الأسبوع الماضي، نقلا عن مصادر محلية.")
    assert q["kind"] == "according_to"
    assert q["speaker"]["text"] == "مصادر محلية" and q["speaker"]["anonymous"] is True
    assert q["reported_first_by_text"]["text"] == "صحيفة السوداني"
    assert q["text"] == "حجم الأضرار الأسبوع الماضي"
    assert "أول من" not in q["text"]


# --- what counts as a quote -----------------------------------------------------------------


@pytest.mark.parametrize("text,cue,content", [
    ("وأعلنت الوزارة وفاة ثلاثة أشخاص بالفيروس.", "وأعلنت", "وفاة ثلاثة أشخاص بالفيروس"),
    ("ونفى المتحدث وجود أي مفاوضات مع الحركة.", "ونفى", "وجود أي مفاوضات مع الحركة"),
    ("كما توقعت الأرصاد تأثر الرؤية الأفقية بالعوالق الترابية.", "توقعت", "تأثر الرؤية الأفقية بالعوالق الترابية"),
    ("وتوقع العدواني زيادة حركة المسافرين خلال الشهر المقبل.", "وتوقع", "زيادة حركة المسافرين خلال الشهر المقبل"),
    ("وأدانت الجامعة العربية الهجوم الإرهابي على المسجد.", "وأدانت", "الهجوم الإرهابي على المسجد"),
    ("وهنأ البرلمان العربي الشعب اليمني بعودة الشرعية إلى عدن.", "وهنأ", "الشعب اليمني بعودة الشرعية إلى عدن"),
])
def test_noun_objects_of_reporting_verbs(text, cue, content):
    [q] = analysed(text)
    assert (q["kind"], q["cue"]["text"], q["text"]) == ("indirect", cue, content)


@pytest.mark.parametrize("text", [
    "ذكر الطالب درسه جيدا قبل الامتحان.",
    "وهنا نلاحظ تناقضا بين البطالة والاستقدام.",
    "أوضح ذلك مشرف إدارة تقنية المعلومات بالجامعة.",
])
def test_not_attributions(text):
    assert analysed(text) == []


@pytest.mark.parametrize("text,speaker", [
    ("وقال الوزير: إن الاجتماع كان مثمرا.", "الوزير"),
    ("وقال رئيس النادي: الفريق جاهز للموسم الجديد.", "رئيس النادي"),
])
def test_colon_without_quotation_marks_is_indirect(text, speaker):
    [q] = analysed(text)
    assert q["kind"] == "indirect" and q["speaker"]["text"] == speaker


@pytest.mark.parametrize("text,speaker,content", [
    ("وارتفع عدد القتلى إلى 30 شخصا، كما قالت الشرطة.", "الشرطة", "ارتفع عدد القتلى إلى 30 شخصا"),
    ("وقتل جندي في هجوم بقاذفة صواريخ، بحسب دوغان.", "دوغان", "قتل جندي في هجوم بقاذفة صواريخ"),
    ("وعثر المحققون على الحاسوب في غابة، بحسب القرار الاتهامي.", "القرار الاتهامي", "عثر المحققون على الحاسوب في غابة"),
])
def test_closing_attributions(text, speaker, content):
    [q] = analysed(text)
    assert (q["kind"], q["speaker"]["text"], q["text"]) == ("according_to", speaker, content)


def test_kama_with_a_complement_stays_indirect():
    [q] = analysed("كما قال الوزير إن الاجتماع سيعقد غدا.")
    assert q["kind"] == "indirect"


def test_according_to_before_a_colon_attributes_what_follows():
    [q] = analysed("وفي نهاية شهر يونيو وبحسب (واس): لجنة من الإمارة تزور المستشفى فجأة.")
    assert q["kind"] == "according_to"
    assert q["text"] == "لجنة من الإمارة تزور المستشفى فجأة"
    assert q["speaker"]["text"] == "(واس)"


def test_a_long_quotation_after_an_institution_word_is_speech():
    [q] = analysed('وقال آصف مخاطبا البرلمان " بوسعي أن أؤكد أن الملا عمر لم يمت في باكستان كما لم يدفن هنا".')
    assert q["kind"] == "direct" and q["speaker"]["text"] == "آصف"
    assert q["cue"]["text"] == "وقال"


def test_a_feminine_verb_takes_a_masculine_definite_title_as_its_object():
    found = analysed("وقالت الممثلة اللبنانية نادين نجيم إن التجربة كانت ممتعة. "
                     "ووصفت الممثل جهاد الأطرش بالصديق العزيز.")
    assert found[1]["cue"]["text"] == "ووصفت"
    assert found[1]["text"] == "الممثل جهاد الأطرش بالصديق العزيز"
    assert found[1]["speaker"]["text"] == "الممثلة اللبنانية نادين نجيم"


def test_a_manner_adverb_is_not_the_speaker():
    found = analysed('وقال ستيوارت "لقد عملنا بجهد كبير"، وأضاف مازحا "من الواضح أن وضع العالم أسوأ مما كان عليه".')
    assert [(q["kind"], q["speaker"]["text"]) for q in found] == [("direct", "ستيوارت"), ("direct", "ستيوارت")]


def test_a_relative_clause_after_a_comma_has_the_name_before_it_as_speaker():
    [q] = analysed('وكان بين المغردين الرئيس الأمريكي باراك أوباما، الذي قال عن ستيوارت: "كنت هدية عظيمة للبلاد".')
    assert q["speaker"]["text"] == "الرئيس الأمريكي باراك أوباما"


@pytest.mark.parametrize("text,speaker,via", [
    ("واضافت القناة نقلا عن الشرطة، ان اثنين من ركاب الطائرة قتلوا.", "الشرطة", "القناة"),
    ("وقالت تانيا سانريب، وهي كبيرة المحامين في المركز، وفقا لسكاي نيوز عربية، إن التصريح لن يصدر.",
     "تانيا سانريب", "سكاي نيوز عربية"),
])
def test_a_source_cue_inside_a_reporting_clause_keeps_the_verb_quote(text, speaker, via):
    [q] = analysed(text)
    assert (q["kind"], q["speaker"]["text"], q["via_text"]["text"]) == ("indirect", speaker, via)


def test_an_attribution_standing_alone_after_a_sentence():
    [q] = analysed("وقتل ثلاثة أشخاص في الانفجار. بحسب البي بي سي.")
    assert (q["kind"], q["text"]) == ("according_to", "قتل ثلاثة أشخاص في الانفجار")


def test_a_fronted_according_to_with_fa():
    [q] = analysed("وبحسب وصف المدعي العام في القضية فقد اجتمع الأطراف الأربعة في غرفة فندقية.")
    assert q["kind"] == "according_to" and q["speaker"]["text"] == "وصف المدعي العام في القضية"


def test_a_journalists_gloss_ends_the_content():
    [q] = analysed("وهنأ البرلمان العربي الشعب اليمني بعودة الشرعية إلى عدن، في إشارة للزيارة التي قام بها نائب الرئيس.")
    assert q["text"] == "الشعب اليمني بعودة الشرعية إلى عدن"


@pytest.mark.parametrize("text", ["وقدم الرئيس للمبعوث شرحا عن الأوضاع الراهنة.", "شكرا لكل من ساهم في نجاح المهرجان."])
def test_accusative_nouns_that_look_like_dual_verbs(text):
    assert analysed(text) == []


def test_a_reporting_verb_closed_by_bihasb_keeps_its_speaker_and_gets_a_via():
    [q] = analysed("وتوقعت هيئة الأرصاد الجوية استمرار هطول الأمطار حتى نهاية الشهر الجاري، بحسب وكالة الأنباء السودانية.")
    assert (q["kind"], q["speaker"]["text"]) == ("indirect", "هيئة الأرصاد الجوية")
    assert q["text"] == "استمرار هطول الأمطار حتى نهاية الشهر الجاري"
    assert q["via_text"]["text"] == "وكالة الأنباء السودانية"


# --- second generalisation pass (texts written for these tests) --------------------------


@pytest.mark.parametrize("cue", ["حسب قوله", "بحسب تعبيره", "وفق روايته"])
def test_the_speakers_own_words_after_the_content(cue):
    found = analysed(f"وقال مدير الشرطة إن الحادث وقع فجرا. وأصيب ثلاثة أشخاص بجروح طفيفة، {cue}.")
    q = found[-1]
    assert q["kind"] == "according_to"
    assert q["cue"]["text"] == cue
    assert q["speaker"]["text"] == "مدير الشرطة"
    assert q["text"].endswith("بجروح طفيفة")


@pytest.mark.parametrize("sentence, cue, speaker", [
    ("وقدرت الشركة أن الخسائر بلغت مليار دولار.", "وقدرت", "الشركة"),
    ("وجزم المدرب بأن الفريق سيفوز باللقب.", "وجزم", "المدرب"),
    ("وأبرز التقرير أن البطالة ارتفعت.", "وأبرز", "التقرير"),
    ("أظهرت دراسة جديدة أن الرياضة تقلص خطر الوفاة.", "أظهرت", "دراسة جديدة"),
    ("وخلص الباحثون إلى أن النشاط له تأثير إيجابي.", "وخلص", "الباحثون"),
])
def test_reporting_verbs_of_findings_and_estimates(sentence, cue, speaker):
    [q] = analysed(sentence)
    assert q["kind"] == "indirect"
    assert q["cue"]["text"] == cue
    assert q["speaker"]["text"] == speaker


@pytest.mark.parametrize("sentence", [
    "وكان أبرز المرشحين أن يفوز الفريق.",
    "ويظهر الفيديو شابا يضع زجاجة في حقيبته.",
    "وقدر الله وما شاء فعل.",
])
def test_the_same_letters_as_another_word_are_no_cue(sentence):
    assert analysed(sentence) == []


def test_a_share_of_people_speaks():
    [q] = analysed("وقال 60% من البالغين إنهم يستخدمون الهاتف للتصوير.")
    assert q["speaker"]["text"] == "60% من البالغين"
    assert q["text"] == "يستخدمون الهاتف للتصوير"


@pytest.mark.parametrize("outlet", ["لـ»المدينة»", "ل»المدينة»"])
def test_an_outlet_in_guillemets_typed_the_wrong_way_round(outlet):
    [q] = analysed(f"وقال رئيس المجلس في تصريح خاص {outlet} إن المليشيا انهزمت.")
    assert q["kind"] == "indirect"
    assert q["speaker"]["text"] == "رئيس المجلس"
    assert q["text"] == "المليشيا انهزمت"


def test_a_participle_that_agrees_with_a_noun_is_an_adjective():
    found = analysed("وأعلنت الوزارة تسجيل حالة إصابة مؤكدة في الرياض، مشيرة إلى أنه مخالط "
                     "لحالات مؤكدة أو شبه مؤكدة.")
    assert [q["cue"]["text"] for q in found] == ["وأعلنت", "مشيرة"]
    assert found[0]["text"] == "تسجيل حالة إصابة مؤكدة في الرياض"
    assert found[1]["text"] == "مخالط لحالات مؤكدة أو شبه مؤكدة"


def test_a_participle_with_its_complement_after_a_pronoun_is_still_a_cue():
    [q] = analysed("وأصدرت الهيئة بيانا مؤكدة فيه أن القرار نهائي.")
    assert q["cue"]["text"] == "مؤكدة"
    assert q["text"] == "القرار نهائي"


def test_a_relative_clause_with_a_time_after_the_verb_belongs_to_the_antecedent():
    [q] = analysed("وتستقطب السوق شركات مثل تسلا موتورز التي قالت في أبريل إنها تنوي تزويد المنازل بالبطاريات.")
    assert q["speaker"]["text"] == "تسلا موتورز"
    assert q["text"] == "تنوي تزويد المنازل بالبطاريات"


def test_the_antecedent_after_a_preposition_is_the_speaker_not_the_subject_before_it():
    [q] = analysed("والتقى الوزير بالسفير الأمريكي الذي أكد أن بلاده تدعم الاتفاق.")
    assert q["speaker"]["text"] == "السفير الأمريكي"


def test_speech_after_a_reporting_verb_whose_colon_was_left_out():
    found = analysed("وقال الوزير إن القرار نهائي. وأضاف ستبدأ الوزارة التطبيق غدا.")
    assert [q["cue"]["text"] for q in found] == ["وقال", "وأضاف"]
    assert found[1]["text"] == "ستبدأ الوزارة التطبيق غدا"
    assert found[1]["speaker"]["text"] == "الوزير"


@pytest.mark.parametrize("sentence, speaker", [
    ("وقال سياسيون إن الحكومة ستسقط.", "سياسيون"),
    ("وقالت سيدات إن الأسعار مرتفعة.", "سيدات"),
])
def test_a_subject_that_starts_like_a_future_verb_is_still_the_subject(sentence, speaker):
    [q] = analysed(sentence)
    assert q["speaker"]["text"] == speaker
