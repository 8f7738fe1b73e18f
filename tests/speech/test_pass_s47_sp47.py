"""Session 47, sp47: the bounds of indirect speakers on unseen news (docs/evaluation/quotes.md, "Session 47, sp47"),
from a drawn sample of 163 indirect and direct quotes of non-gold articles (days 5:10 and 10:15, seeds 10020-10039):

- sp47a: a time the times stage found after the subject of a reporting verb ends the subject, as it already did for a
  participle's and a direct quote's subject: "وقال وزير النقل في يونيو الماضي إن …"، "وأعلن الاتحاد الآسيوي في مطلع
  العام الجاري أن …" — when it was said, not who said it (phrases.py ``dated_after_subject``, read for an indirect
  verb's subject and for a body named before with its head word: "وأمرت المحكمة شركة النقل الوطنية في مارس بأن …
  وقالت الشركة إن …" is the company, not "… في مارس"; antecedents.py ``nominal_antecedent``). Only a time after
  "في" with what was said opening right after it (a complementizer or a colon), not a phrase with a verb that
  dates it ("استطلاع أجري في يونيو"), an age ("في الثلاثين من العمر"), a time with no "في" after a participle
  ("المنضمة حديثا"), nor a time that is the phrase's own genitive or adjective ("لجنة مهرجان الصيف").
- sp47b: a bare noun with a possessive pronoun right after a definite word of the phrase begins the verb's object
  ("وشرحت المصممة فكرتها"، "وطالبت الوزارة منسوبيها بـ…"، "وجددت إدارة نادي الشباب مفاوضاتها"): a definite word takes
  no genitive (phrases.py ``possessive_object_after_definite``). Not a word that still describes the phrase ("المسؤول
  نفسه": word_classes.tsv ``phrase_possessives``), one joined by و or carrying ب / ل ("ومقرها لندن"، "المتحدث باسمها"),
  nor a name the tagger or the name lists hold ("عادل فقيه") or a foreign given name in -يه ("كزافييه").
"""

from __future__ import annotations

import pytest

import khabar


def _speaker_of(text: str, cue: str) -> str | None:
    """The speaker of the one quote with ``cue`` in ``text``, read through the whole pipeline (times included)."""
    doc = khabar.analyze(text, published="2015-08-01")
    [quote] = [q for q in doc.quotes if (q.get("cue") or {}).get("text") == cue]
    return (quote.get("speaker") or {}).get("text")


# sp47a: a time after the verb's subject ends it


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("وقال وزير النقل في يونيو الماضي إن مشروع القطار تأخر عن موعده.", "وقال", "وزير النقل"),
        ("وأعلنت شركة الكهرباء في يوليو أن أرباحها ارتفعت بنسبة كبيرة.", "وأعلنت", "شركة الكهرباء"),
        ("وأعلن حزب الخضر في الخامس من مارس (آذار) الماضي أنه سيقاطع الانتخابات.", "وأعلن", "حزب الخضر"),
        ("وقال وزير المالية الكويتي في نهاية مايو إن عجز الموازنة تراجع.", "وقال", "وزير المالية الكويتي"),
        ("وأعلن الاتحاد الآسيوي في مطلع العام الجاري أن البطولة تقام في الدوحة.", "وأعلن", "الاتحاد الآسيوي"),
        (
            "وأمرت المحكمة الإدارية شركة النقل الوطنية في مارس بأن تعيد الرسوم إلى العملاء. "
            "وقالت الشركة إنها ستستأنف الحكم.",
            "وقالت",
            "شركة النقل الوطنية",
        ),
    ],
)
def test_time_after_subject_ends_it(text, cue, speaker):
    assert _speaker_of(text, cue) == speaker


# guards: a time word that belongs to the phrase, and a subject with no time after it


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("وقالت لجنة مهرجان الصيف إن الفعاليات تبدأ غدا.", "وقالت", "لجنة مهرجان الصيف"),
        ("وأكد التقرير السنوي للهيئة أن الإيرادات ارتفعت.", "وأكد", "التقرير السنوي للهيئة"),
        ("وقال منظمو البطولة في دبي إن التذاكر نفدت.", "وقال", "منظمو البطولة في دبي"),
        ("وقال المتحدث باسم الجيش للصحفيين يوم الأحد إن القوات تقدمت.", "وقال", "المتحدث باسم الجيش"),
        ("وكشف استطلاع أجري في يونيو الماضي أن أغلب الناخبين يعارضون القانون.", "وكشف", "استطلاع أجري في يونيو الماضي"),
        ("وقالت شاهدة في الثلاثين من العمر إن الجنود طاردوا قريبها.", "وقالت", "شاهدة في الثلاثين من العمر"),
        ("وتقول الدول الشرقية المنضمة حديثا لليورو إن معاشاتها أقل.", "وتقول", "الدول الشرقية المنضمة حديثا لليورو"),
    ],
)
def test_phrase_without_a_time_after_it_is_kept(text, cue, speaker):
    assert _speaker_of(text, cue) == speaker


# sp47b: a bare noun with a possessive pronoun right after a definite word of the phrase begins the object


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("وشرحت المصممة فكرتها قائلة: «الشريط يتحرك بحرية على القماش».", "قائلة", "المصممة"),
        (
            "وطالب عدد من المرضى المنومين بمستشفى المدينة العام ذويهم بشراء أجهزة تكييف، مؤكدين أنهم يعانون من الحر.",
            "مؤكدين",
            "عدد من المرضى المنومين بمستشفى المدينة العام",
        ),
        (
            "وطالبت الوزارة منسوبيها بالالتزام بمواعيد الدوام، مؤكدة أن المخالفين سيحاسبون.",
            "مؤكدة",
            "الوزارة",
        ),
    ],
)
def test_possessive_object_after_definite_word(text, cue, speaker):
    assert _speaker_of(text, cue) == speaker


# guards: a word with a pronoun that is still the phrase's, and a family name ending in ه


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("وقال المتحدث باسمها أحمد العلي إن الشركة رابحة.", "وقال", "المتحدث باسمها أحمد العلي"),
        (
            "وقالت مؤسسة الأبحاث الاقتصادية ومقرها لندن إن المؤشر تراجع.",
            "وقالت",
            "مؤسسة الأبحاث الاقتصادية ومقرها لندن",
        ),
        ("وقال المسؤول نفسه إن التحقيق مستمر.", "وقال", "المسؤول نفسه"),
        (
            "وقال الخبير الفرنسي في سلامة الطيران كزافييه دوبون إن الحطام يعود إلى الطائرة.",
            "وقال",
            "الخبير الفرنسي في سلامة الطيران كزافييه دوبون",
        ),
        ("وقال وزير العمل المهندس عادل فقيه إن القرار نهائي.", "وقال", "وزير العمل المهندس عادل فقيه"),
    ],
)
def test_phrase_possessive_is_kept(text, cue, speaker):
    assert _speaker_of(text, cue) == speaker
