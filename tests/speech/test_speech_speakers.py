"""Who speaks: the phrase after (or before) the verb, its boundaries, back-references, anonymity. The
fixture tests read a segmented text; those through ``analysed`` run the whole pipeline
(``article_quotes``). More: test_speech_speaker_phrases.py (where the phrase ends) and
test_speech_antecedents.py (whom a later cue refers back to)."""

from __future__ import annotations

import pytest
from article_quotes import analysed

from khabar.speech import find_quotes


@pytest.mark.parametrize("tail,speaker", [
    ("للصحفيين إن", "وزير الخارجية عادل الجبير"),
    ("لرويترز إن", "وزير الخارجية عادل الجبير"),
    ("يوم الأحد إن", "وزير الخارجية عادل الجبير"),
    ("أمس إن", "وزير الخارجية عادل الجبير"),
    ("في تصريح لـ«عكاظ» إن", "وزير الخارجية عادل الجبير"),
    ("في بيان إن", "وزير الخارجية عادل الجبير"),
    ("إن", "وزير الخارجية عادل الجبير"),
])
def test_speaker_phrase_ends_before_via_time_and_cue_words(quotes, tail, speaker):
    [q] = quotes(f"وقال وزير الخارجية عادل الجبير {tail} الزيارة ناجحة.")
    assert q["speaker"]["text"] == speaker


@pytest.mark.parametrize("speaker", [
    "مسؤول أمريكي كبير",
    "مصدر مطلع",
    "السلطات الإسرائيلية",
    "وزارة الصحة التابعة لحركة حماس",
    "بيان للوزارة",
    "المتحدث باسم الجيش",
    "رئيس بلدية المدينة المهندس خالد السالم",
])
def test_descriptions_and_names(quotes, speaker):
    [q] = quotes(f"وذكر {speaker} أن الطريق سيفتح غدا.")
    assert q["speaker"]["text"] == speaker


def test_apposition_after_a_comma(quotes):
    [q] = quotes("وقال المهندس سامر الحداد، مدير المشروع، إن الأعمال تسير وفق الخطة.")
    assert q["speaker"]["text"] == "المهندس سامر الحداد، مدير المشروع"


def test_subject_before_the_verb(quotes):
    [q] = quotes("الوزير قال إن الحكومة ستدعم المزارعين.")
    assert q["speaker"]["text"] == "الوزير"


def test_topicalised_with_amma(quotes):
    [q] = quotes('أما "هدى السالم" فتقول: المدينة تحتاج إلى حدائق أكثر.')
    assert q["speaker"]["text"] == '"هدى السالم"'


def test_relative_clause_subject(quotes):
    [q] = quotes("وحضر الحفل مدير التعليم سعد الناصر الذي أوضح أن العام الدراسي يبدأ مبكرا.")
    assert q["speaker"]["text"] == "مدير التعليم سعد الناصر"


def test_wa_adaf_resolves_to_the_previous_speaker(quotes):
    found = quotes("قال وزير الطاقة سامي الحديدي إن الإنتاج سيرتفع. وأضاف: «سنصدر الفائض». وتابع أن الأسعار مستقرة.")
    assert [q["speaker"]["text"] for q in found] == ["وزير الطاقة سامي الحديدي"] * 3
    assert found[1]["speaker"]["start"] == found[0]["speaker"]["start"]


def test_same_head_noun_resolves_to_the_official_introduced_before(quotes):
    found = quotes("وقال مسؤول أمريكي كبير إن المحادثات متعثرة. وذكر المسؤول أن الوفد سيعود الأسبوع المقبل.")
    assert found[1]["speaker"]["text"] == "مسؤول أمريكي كبير"
    assert found[1]["speaker"]["anonymous"] is True


def test_surname_resolves_to_the_full_name(quotes):
    found = quotes("قالت الكاتبة ريم الفهد إن الرواية اكتملت. وأوضحت الفهد أنها ستنشر في الخريف.")
    assert found[1]["speaker"]["text"] == "الكاتبة ريم الفهد"


def test_feminine_verb_skips_a_masculine_speaker(quotes):
    found = quotes("قالت المديرة هند سالم إن المدرسة جاهزة. وقال الحارس إن الأبواب فتحت. وأضافت أن الدروس تبدأ غدا.")
    assert found[2]["speaker"]["text"] == "المديرة هند سالم"


def test_plural_verb_resolves_to_the_plural_speaker(quotes):
    found = quotes("وقال سكان في الحي إن المياه انقطعت. وقال المحافظ إن الإصلاح جار. وأضافوا أن الانقطاع متكرر.")
    assert found[2]["speaker"]["text"] == "سكان في الحي"


def test_newspaper_nominal_resolves_to_the_paper(quotes):
    found = quotes("وذكرت صحيفة الرياض أن المشروع تأخر. وأشارت الصحيفة إلى أن الكلفة زادت.")
    assert found[1]["speaker"]["text"] == "صحيفة الرياض"


@pytest.mark.parametrize("text,anonymous", [
    ("وقال مصدر مطلع إن القرار صدر.", True),
    ("وقالت مصادر دبلوماسية إن القرار صدر.", True),
    ("وقال مسؤول في الوزارة إن القرار صدر.", True),
    ("وقال شهود عيان إن القرار صدر.", True),
    ("وقال المتحدث باسم الوزارة إن القرار صدر.", False),
    ("وقال وزير المالية إن القرار صدر.", False),
    ("وقالت وزارة المالية إن القرار صدر.", False),
    ("وقال موظف، طلب عدم الكشف عن اسمه، إن القرار صدر.", True),
    ("وقال مدير في الشركة شريطة عدم الكشف عن هويته إن القرار صدر.", True),
    ("وقال ضابط رفض الكشف عن هويته إن القرار صدر.", True),
])
def test_anonymous(quotes, text, anonymous):
    [q] = quotes(text)
    assert q["speaker"]["anonymous"] is anonymous


def test_a_title_with_a_definite_adjective_refers_to_the_named_person_written_earlier():
    from khabar.document import Document
    from khabar.speech import find_quotes
    from khabar.text.segment import split_sentences, tokenize

    text = 'باشرت اللجنة التحقيق في قضية المعلمة "رحمة الحويطي" التي توفيت في حرم الجامعة. وكانت المعلمة المتوفاة قد اتهمت الجامعة بتغيير رغبات ابنتها.'
    start = text.index("رحمة")
    doc = Document(text=text)
    doc.sentences, doc.tokens = split_sentences(text), tokenize(text)
    doc.entities = [{"id": "e1", "type": "MISC", "name": "رحمة الحويطي",
                     "mentions": [{"start": start, "end": start + len("رحمة الحويطي"), "text": "رحمة الحويطي"}]}]
    [quote] = find_quotes(doc)
    assert quote["speaker"]["text"] == 'المعلمة "رحمة الحويطي"'
    assert quote["speaker"]["entity"] == "e1"


def test_pronoun_speaker_with_no_one_before_is_the_subject_of_the_narration(make_doc):
    text = "وصل المهندس باسل نور إلى الموقع صباحا. ويقول إن العمل سينتهي قريبا."
    doc = make_doc(text)
    s = text.index("باسل")
    doc.entities = [{"id": "e7", "type": "PER", "name": "باسل نور", "canonical": None, "roles": [],
                     "mentions": [{"start": s, "end": s + len("باسل نور"), "text": "باسل نور", "form": "name"}]}]
    [q] = find_quotes(doc)
    assert q["speaker"]["entity"] == "e7"
    assert q["speaker"]["text"].endswith("باسل نور")


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


def test_an_indefinite_phrase_with_more_words_is_a_new_source():
    found = analysed("وقال مصدر أمني إن الجيش اقتحم القرية. وقال مصدر عسكري إن الجيش قام بعملية. "
                     "وأضاف المصدر أن المطلوب اعتقل.")
    assert [q["speaker"]["text"] for q in found] == ["مصدر أمني", "مصدر عسكري", "مصدر عسكري"]


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


def test_a_share_of_people_speaks():
    [q] = analysed("وقال 60% من البالغين إنهم يستخدمون الهاتف للتصوير.")
    assert q["speaker"]["text"] == "60% من البالغين"
    assert q["text"] == "يستخدمون الهاتف للتصوير"


def test_a_relative_clause_with_a_time_after_the_verb_belongs_to_the_antecedent():
    [q] = analysed("وتستقطب السوق شركات مثل تسلا موتورز التي قالت في أبريل إنها تنوي تزويد المنازل بالبطاريات.")
    assert q["speaker"]["text"] == "تسلا موتورز"
    assert q["text"] == "تنوي تزويد المنازل بالبطاريات"


def test_the_antecedent_after_a_preposition_is_the_speaker_not_the_subject_before_it():
    [q] = analysed("والتقى الوزير بالسفير الأمريكي الذي أكد أن بلاده تدعم الاتفاق.")
    assert q["speaker"]["text"] == "السفير الأمريكي"


@pytest.mark.parametrize("sentence, speaker", [
    ("وقال سياسيون إن الحكومة ستسقط.", "سياسيون"),
    ("وقالت سيدات إن الأسعار مرتفعة.", "سيدات"),
])
def test_a_subject_that_starts_like_a_future_verb_is_still_the_subject(sentence, speaker):
    [q] = analysed(sentence)
    assert q["speaker"]["text"] == speaker
