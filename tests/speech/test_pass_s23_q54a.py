"""Pass s23-q54a: speakers of direct quotes.

1. A time the times stage found ends the speaker phrase written after the verb when it opens an
   adjunct — after "في" ("وأعلن المنظمون في مارس") or as an indefinite time word ("عشية"، "يومها") —
   so the speaker is not "المدرب عشية المباراة" and the quotes that go on with him find him.
2. A definite sound plural or dual alone ("المنظمون"، "المحاميان") is the group the text named just
   before by the same noun in construct, where it drops its ن ("منظمو المهرجان"، "محاميا المتهم …").

Texts written for these tests.
"""

from __future__ import annotations

import khabar

PUBLISHED = "2015-08-04"


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, content, speaker text) of each quote khabar finds in ``text``."""
    doc = khabar.analyze(text, published=PUBLISHED)
    return [(q["kind"], doc.text[q["start"]:q["end"]], (q.get("speaker") or {}).get("text")) for q in doc.quotes]


def speaker_of(text: str, words: str) -> str | None:
    return next(speaker for _kind, content, speaker in quotes(text) if words in content)


# --- 1. a time after the speaker ends the phrase --------------------------------------------------

EVE = ("وصرح المدرب عشية المباراة: «سنقاتل من أجل الفوز باللقب هذا الموسم مهما كانت الظروف».\n\n"
       "وأضاف: «اللاعبون جاهزون تماما لمواجهة الفريق المنافس».")

THAT_DAY = ("أعلن مجلس إدارة النادي إقالة المدرب بعد الخسارة الثقيلة.\n\n"
            "وقال الرئيس يومها: «لا مكان لمن لا يحترم جماهير النادي وتاريخه الطويل».")

IN_MONTH = ("وأعلن المنظمون في مارس أن «المهرجان سيستقبل أكثر من عشرة آلاف زائر هذا العام».")


def test_eve_of_ends_the_speaker():
    assert speaker_of(EVE, "سنقاتل") == "المدرب"


def test_the_next_quote_goes_on_with_him():
    assert speaker_of(EVE, "اللاعبون جاهزون") == "المدرب"


def test_that_day_ends_the_speaker():
    assert speaker_of(THAT_DAY, "لا مكان") == "الرئيس"


def test_in_a_month_ends_the_speaker():
    assert speaker_of(IN_MONTH, "المهرجان سيستقبل") == "المنظمون"


# guards: a time word that belongs to the phrase stays in it

def test_guard_title_adverb_stays():
    text = "وقال مدرب الفريق حاليا: «نحتاج إلى مزيد من الوقت لبناء فريق قوي قادر على المنافسة»."
    assert speaker_of(text, "نحتاج") == "مدرب الفريق حاليا"


def test_guard_definite_time_word_in_a_title_stays():
    text = ("وقال رئيس اللجنة العليا لمهرجان الصيف أحمد السالم: «البرامج هذا العام متنوعة وتناسب جميع أفراد الأسرة»."
            )
    assert speaker_of(text, "البرامج") == "رئيس اللجنة العليا لمهرجان الصيف أحمد السالم"


def test_guard_annual_report_stays():
    text = "وأكد التقرير السنوي للهيئة أن «عدد الشكاوى انخفض بشكل ملحوظ خلال العام الماضي»."
    assert speaker_of(text, "عدد الشكاوى") == "التقرير السنوي للهيئة"


# --- 2. a definite plural or dual refers back to its construct -------------------------------------

ORGANISERS = ("ودعا منظمو مهرجان الرياض للكتاب الزوار إلى الحضور مبكرا.\n\n"
              "وقال المنظمون: «نتوقع حضور أكثر من عشرة آلاف زائر في اليوم الأول من المعرض»."
              )

LAWYERS = ("وطعن محاميا المتهم خالد العمري وسعد الحربي في الحكم أمام محكمة الاستئناف.\n\n"
           "وقال المحاميان: «سنواصل الدفاع عن موكلنا حتى تظهر الحقيقة كاملة أمام القضاء»."
           )


def test_plural_refers_back_to_its_construct():
    assert speaker_of(ORGANISERS, "نتوقع حضور").startswith("منظمو مهرجان الرياض")


def test_dual_refers_back_to_its_construct():
    speaker = speaker_of(LAWYERS, "سنواصل الدفاع")
    assert speaker.startswith("محاميا المتهم") and "خالد العمري" in speaker


def test_guard_plural_with_no_construct_before_stands_alone():
    text = ("شهدت العاصمة أمس افتتاح معرض الكتاب بحضور عدد كبير من الزوار.\n\n"
            "وقال المنظمون: «نتوقع حضور أكثر من عشرة آلاف زائر في اليوم الأول من المعرض».")
    assert speaker_of(text, "نتوقع حضور") == "المنظمون"
