"""Session 56, pass marks59 (issue #4, direct quotes), from the blind draw 20203 (dev 2015-08-10#713) and the
corpus: an opening guillemet « typed for the closing one inside an open quotation closes it — the short name
quoted inside a quotation ("… مرشح تحالف «14 آذار « ويريد …"), or the quotation itself when a clause mark
follows the mark or it is glued to its last word and a new report opens the next clause ("… الحدود «.
وأضاف …"). Read as an opening mark it nested one level more, and the quotation ran on over the cues after
it. Where nothing reports after the mark (a saying in a column), the quotation reads as before.
"""

from __future__ import annotations

import pytest
from entity_quotes import analysed, containing, of_kind

from khabar.speech.scan import Text


def _quotations(text: str) -> list[str]:
    t = Text(text)
    return [t.original_text(q.content_start, q.content_end) for q in t.quotations]


NESTED_NAME = (
    "وأكد الوزير أنه «لا يمكن للحزب أن يدعم المرشح لأنه مرشح تحالف «14 آذار « ويريد تسليم البلاد لمشروع «الجبهة» "
    "في المنطقة»، مشيراً إلى أن «الأزمة الحالية سببها تعطيل عمل المجلس النيابي». وقال النائب خالد سليم: «إن "
    "الحكومة باقية لأن هناك توافقا على بقائها»."
)


def test_a_nested_name_closed_with_an_opening_mark_stays_inside_the_quotation() -> None:
    # marks59: before, "«14 آذار «" opened two levels and the first quotation ran over the next cues
    found = of_kind(NESTED_NAME, "direct")
    first = containing(found, "لا يمكن للحزب")
    assert first["text"].endswith("في المنطقة")
    assert containing(found, "الأزمة الحالية")["cue"]["text"] == "مشيراً"
    assert containing(found, "الحكومة باقية")["speaker"]["text"] == "النائب خالد سليم"


@pytest.mark.parametrize(
    ("text", "quotation", "after"),
    [
        (
            # a clause mark right after the mark, then a new report
            "وقال المتحدث إن «الحكومة ترفض أي عمل عسكري داخل حدودها البحرية «. واعتبر أن استخدام القوة "
            "ضد المهاجرين لن يحل الأزمة.",
            "الحكومة ترفض أي عمل عسكري داخل حدودها البحرية",
            "المهاجرين",
        ),
        (
            # the mark glued to the last word, then a reporting participle after the comma
            "وقال مدير الجامعة: «إن هذا العمل الإجرامي لا يقره دين ولا عقل«، مؤكدا أن الجامعة ستواصل رسالتها.",
            "إن هذا العمل الإجرامي لا يقره دين ولا عقل",
            "الجامعة ستواصل رسالتها",
        ),
        (
            # a turn lead, then the next speaker's verb
            "وقالت الطبيبة إن «نسبة كبيرة من المرضى لا يحصلون على العلاج المناسب «. من جهته أكد الخبير أن "
            "الدواء الجديد آمن.",
            "نسبة كبيرة من المرضى لا يحصلون على العلاج المناسب",
            "الدواء الجديد آمن",
        ),
    ],
)
def test_an_opening_mark_typed_for_the_closing_one_ends_the_quotation(text: str, quotation: str, after: str) -> None:
    # marks59: before, the quotation ran to the end of the paragraph over the next report
    assert quotation in _quotations(text)
    assert any(after in q["text"] and q["kind"] == "indirect" for q in analysed(text))


def test_guard_a_saying_in_a_column_reads_as_before() -> None:
    # guard (before and after): narration after the mark, no report: the quotation is not closed there
    text = "واعتمد على أبناء البلد عملا بالمقولة « ما حك جلدك مثل ظفرك «. العامل الثالث هو جيش وطني مخلص."
    assert any("العامل الثالث" in q for q in _quotations(text))


def test_guard_the_next_cues_opening_after_its_colon_opens() -> None:
    # guard (before and after): "وأضاف:« …" is the next cue's own opening mark, not a closing one
    text = "وقال الوزير: «نحن ماضون في الإصلاح. وأضاف:« لن نتراجع عن القرار»"
    assert _quotations(text) == ["نحن ماضون في الإصلاح.", "لن نتراجع عن القرار"]


def test_guard_a_properly_nested_name_is_unchanged() -> None:
    # guard (before and after): «name» inside a quotation closed by »
    text = "وقال الوزير: «إن «حزب الأمة» لن يشارك في الحكومة المقبلة». وأضاف أن الحوار مستمر."
    assert _quotations(text) == ["إن «حزب الأمة» لن يشارك في الحكومة المقبلة"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "وأضاف المدير التنفيذي للشركة:» سنفتتح عشرة فروع جديدة في المنطقة الشرقية خلال العام المقبل». "
            "وتعمل الشركة في قطاع التجزئة منذ عشرين عاما.",
            "سنفتتح عشرة فروع جديدة في المنطقة الشرقية خلال العام المقبل",
        ),
        (
            "وقال رئيس البلدية :» نعمل على إنهاء المشروع قبل موسم الأمطار»، مشيرا إلى أن العمل يسير وفق الخطة.",
            "نعمل على إنهاء المشروع قبل موسم الأمطار",
        ),
    ],
)
def test_a_reversed_opening_mark_after_the_colon_pairs_with_the_next_closing_mark(text: str, content: str) -> None:
    # marks59: ":» … »" — before, both marks were read as closing ones with nothing open, the words no direct quote
    assert containing(of_kind(text, "direct"), content[:20])["text"] == content
