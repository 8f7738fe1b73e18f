"""Session 47, sp47: the bounds of indirect speakers on unseen news (docs/evaluation/quotes.md, "Session 47, sp47"),
from a drawn sample of 163 indirect and direct quotes of non-gold articles (days 5:10 and 10:15, seeds 10020-10039):

- sp47a: a time the times stage found after the subject of a reporting verb ends the subject, as it already did for a
  participle's and a direct quote's subject: "وقال وزير النقل في يونيو الماضي إن …"، "وأعلن الاتحاد الآسيوي في مطلع
  العام الجاري أن …"، "وقال الوزير عشية الاجتماع إن …" — when it was said, not who said it (indirect.py, the verb's
  subject is read with ``times=True``); so for a body named before with its head word ("وأمرت المحكمة شركة النقل
  الوطنية في مارس … وقالت الشركة إن …": the company, not "… في مارس"; antecedents.py ``nominal_antecedent``).
  Not a time that is the phrase's own genitive or adjective ("لجنة مهرجان الصيف"، "التقرير السنوي").
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
        ("وقال الوزير عشية الاجتماع إن المفاوضات بلغت مرحلة حاسمة.", "وقال", "الوزير"),
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
    ],
)
def test_phrase_without_a_time_after_it_is_kept(text, cue, speaker):
    assert _speaker_of(text, cue) == speaker
