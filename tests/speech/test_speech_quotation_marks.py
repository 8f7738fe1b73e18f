"""What quotation marks hold: reported speech opening with إن/أن or the speaker's own words, a second
quotation in a sentence that holds one, quotations never closed, names and titles in marks that are no
speech, and bulleted sayings captioned by the next line. Texts run through segment, ner and link
(``entity_quotes.analysed``); every text is written for these tests."""

from __future__ import annotations

import pytest
from entity_quotes import _speaker, analysed, by_cue

# --- a bulleted saying, its speaker on the next line ---------------------------------------------

SAYINGS = (
    "أقوال الأسبوع\n"
    "* «نحن لن نقبل بأي اتفاق لا يحفظ حقوق شعبنا في أرضه ومياهه».\n"
    "وزير الخارجية المصري سامح شكري خلال لقائه نظيره الأردني في القاهرة يوم الأحد\n"
    "* «الاقتصاد العالمي يمر بمرحلة صعبة تتطلب تعاونا أكبر بين الدول الكبرى».\n"
    "رئيسة صندوق النقد الدولي كريستين لاغارد في مؤتمر صحفي بواشنطن\n"
)


def _direct(found) -> list[dict]:
    return [q for q in found if q["kind"] == "direct"]


# --- quotation marks around reported speech ------------------------------------------------


@pytest.mark.parametrize("text,content", [
    ("وأكد رئيس اللجنة: «أن الوزارة تبنت سياسة جديدة لمكافحة الفساد في الأجهزة».", "الوزارة تبنت سياسة جديدة لمكافحة الفساد في الأجهزة"),
])
def test_quoted_words_that_open_with_the_complementizer_are_reported_speech(text, content):
    [q] = analysed(text)
    assert q["kind"] == "indirect"
    assert q["text"] == content


def test_quoted_words_that_open_with_inna_are_direct_from_inna():
    # the gold's convention (session 50 conv50): «إن …» / '"إن …"' is the speaker's words, إن included
    [q] = analysed('وقال المتحدث باسم الشرطة: "إن التحقيقات ما زالت جارية في الحادث".')
    assert q["kind"] == "direct"
    assert q["text"] == "إن التحقيقات ما زالت جارية في الحادث"


def test_quoted_words_in_the_first_person_stay_direct():
    [q] = analysed("وقال مدير الجمعية خالد العتيبي: «إننا حريصون على دعم المشاريع الصغيرة في المنطقة».")
    assert q["kind"] == "direct"
    assert q["text"].startswith("إننا حريصون")


def test_quoted_words_inside_reported_speech_belong_to_it():
    found = analysed("وأوضح مدير الإدارة أن المركز يعمل على «تعليم الحجاج وتوعيتهم على يد مسؤولي الرحلات وشرطة المطار».")
    [q] = found
    assert q["kind"] == "indirect"
    assert q["text"] == "المركز يعمل على «تعليم الحجاج وتوعيتهم على يد مسؤولي الرحلات وشرطة المطار»"


def test_a_sentence_break_inside_a_quotation_does_not_end_the_quote_it_belongs_to():
    [q] = analysed("وأوضح المدير أن المركز يعمل على «تعليم الحجاج على يد مسؤولي الرحلات.. "
                   "وباللجوء إلى الخبراء في معرفة المدمنين».")
    assert q["text"].endswith("في معرفة المدمنين»")


# --- a second quotation in a sentence that already holds one ------------------------------------

def test_quoted_that_clause_does_not_swallow_the_next_verb():
    found = analysed('ونقلت الوكالة عن الوزير قوله "ليس صحيحا أن الحكومة ملزمة بعرض الاتفاق على المجلس"، '
                     'وفي إشارة إلى المعاهدة قال الوزير "هذه الوثيقة ليست معاهدة دولية ولا أعرف لماذا '
                     'تحال إلى البرلمان".')
    quote = by_cue(found, "قال")
    assert quote["kind"] == "direct"
    assert quote["text"].startswith("هذه الوثيقة")
    assert quote["speaker"]["text"] == "الوزير"


def test_second_speaker_after_a_quotation_with_an_that():
    found = analysed("وقال أحد المراجعين: «أعتقد أن الأزمة ستطول كثيرا هذه المرة»، فيما قالت موظفة متقاعدة "
                     "تنتظر دورها: «لا بد أن نرفض أي إجراءات جديدة تفرض علينا من الخارج».")
    quote = by_cue(found, "قالت")
    assert quote["text"].startswith("لا بد أن نرفض")
    assert quote["speaker"]["text"].startswith("موظفة")


def test_verb_after_a_reported_that_clause_still_belongs_to_it():
    # the أن stands outside any quotation: the bare verb is part of what the first cue reports
    found = analysed("وقال المطرب إن الأغنية الجديدة، كتب كلماتها الشاعر كريم العراقي، «تحكي قصة حب قديمة "
                     "بين شاب وفتاة من بغداد».")
    assert all((q["cue"] or {}).get("text") != "كتب" for q in found)


# --- an opening straight quote never closed, then the next speech after "واضاف:" ---------------

def test_unclosed_quote_ends_where_the_next_speech_opens():
    found = analysed('وقال رئيس البعثة نجيب الملا: "الروح المعنوية عالية لدى اللاعبين. '
                     'واضاف: "رأيت الإصرار والمسؤولية في أعين الجميع". وختم: "نتمنى العودة إلى منصات التتويج".')
    texts = [q["text"] for q in found if q["kind"] == "direct"]
    assert texts == ["الروح المعنوية عالية لدى اللاعبين", "رأيت الإصرار والمسؤولية في أعين الجميع",
                     "نتمنى العودة إلى منصات التتويج"]


def test_unclosed_guillemet_ends_where_the_next_speech_opens():
    found = analysed("وقال الوزير: «الروح عالية لدى اللاعبين. وأضاف: «رأيت الإصرار في أعين الجميع».")
    assert [q["text"] for q in found] == ["الروح عالية لدى اللاعبين", "رأيت الإصرار في أعين الجميع"]
    assert all(q["speaker"]["text"] == "الوزير" for q in found)


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


# --- a quotation inside a clause with a word before it and no cue is not speech --------------------

def test_quoted_title_inside_a_clause_is_not_a_quote():
    found = analysed("وكانت الجائزة قد ذهبت إلى دارة الملك عبدالعزيز عن إصدارها «قاموس الأدب والأدباء في المملكة العربية السعودية» "
                     "والذي عكف على تأليفه أكثر من سبعين متخصصا.")
    assert not [q for q in found if q["kind"] == "direct"]


def test_quoted_fragment_ending_reported_speech_belongs_to_it():
    found = analysed("وأكد المتحدث الرسمي باسم الرئاسة خالد شواني أن تصريحات المالكي «شخصية لا تمثل الرأي الرسمي لرئاسة الجمهورية في العراق».")
    assert len(found) == 1 and found[0]["kind"] == "indirect"
    assert "لا تمثل الرأي الرسمي" in found[0]["text"]


# --- a name in quotation marks is not a quote ------------------------------------------------

def test_quoted_airline_names_after_a_colon_are_not_quotes():
    found = analysed("ونقلت شركات الطيران الإماراتية: «طيران الإمارات»، «الاتحاد للطيران»، و«فلاي دبي»، أكثر من "
                     "سبعين مليون مسافر خلال العام الماضي.")
    assert [q for q in found if q["kind"] == "direct"] == []


def test_short_quoted_speech_after_a_verb_stays_a_quote():
    found = analysed("وعلق اللاعب على فوز فريقه بالبطولة، وقال «كلنا فداء الوطن الغالي».")
    [quote] = [q for q in found if q["kind"] == "direct"]
    assert quote["text"] == "كلنا فداء الوطن الغالي"


def test_each_bulleted_saying_takes_the_speaker_named_under_it():
    quotes = _direct(analysed(SAYINGS))
    assert len(quotes) == 2
    assert quotes[0]["text"].startswith("نحن لن نقبل")
    assert _speaker(quotes[0]).startswith("وزير الخارجية المصري سامح شكري")
    assert quotes[1]["text"].startswith("الاقتصاد العالمي")
    assert _speaker(quotes[1]).startswith("رئيسة صندوق النقد الدولي كريستين لاغارد")


def test_a_quotation_without_a_bullet_goes_on_with_the_speaker_before():
    found = analysed("وقال وزير الصحة الدكتور أحمد الخطيب للصحفيين:\n"
                     "«سنفتتح خمسة مستشفيات جديدة في المنطقة قبل نهاية العام المقبل».\n"
                     "المدير العام للشؤون الصحية في المنطقة الدكتور سعد القحطاني أوضح أن العمل بدأ.")
    [quote] = _direct(found)
    assert _speaker(quote).startswith("وزير الصحة الدكتور أحمد الخطيب")


def test_a_bulleted_saying_with_words_after_it_is_not_captioned():
    found = analysed("وقال رئيس النادي الأستاذ فهد المطيري في كلمته:\n"
                     "* «هذا الموسم سيكون مختلفا تماما عن المواسم السابقة بإذن الله» وهو ما أكده المدرب.\n"
                     "المدرب البرتغالي جوزيه مورايس وصل إلى الرياض أمس.")
    quotes = [q for q in _direct(found) if q["text"].startswith("هذا الموسم")]
    assert quotes and not _speaker(quotes[0]).startswith("المدرب")
