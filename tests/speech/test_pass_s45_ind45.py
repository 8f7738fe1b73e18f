"""Session 45, ind45: where an indirect content ends on unseen news (docs/evaluation/quotes.md, "Session 45, ind45"),
from a drawn sample of 195 indirect quotes of non-gold articles (read_random seeds 9750-9799) and dev's exact-content
misses:

- ind45a: after a comma, و + a past reporting verb whose own speaker is named right after it, though no complement
  follows ("…، واعتبرت منظمة التعاون الإسلامي هذه الجريمة تصعيدا"), begins a new attribution: a content that
  reached it ends at the comma (extract.py ``narrated_clause_at``). A verb with no speaker after it goes on with the
  same one and does not cut ("…، وأكد لجميع القوى أن …").
- ind45b: right after a comma, a participle of thanks, welcome, congratulation, condolence or threat that no cue reads
  ("…، شاكرا مدير التعليم على …"، "…، مرحبا بالخطوة …"، "…، موجها شكره لناديه …") is the speaker's next act,
  not what was said: the content before it ends at the comma (clause_words.tsv ``aside_participle``).
"""

from __future__ import annotations

import pytest
from entity_quotes import analysed, by_cue

# ind45a: "، و + a reporting verb + its own speaker" ends the content before it


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "ونددت الحكومة الفرنسية بأشد العبارات بالاعتداء على المسجد، واعتبرت منظمة التعاون الإسلامي الحادث تصعيدا خطيرا.",
            "ونددت",
            "بالاعتداء على المسجد",
        ),
        (
            "وأعلنت الشرطة الإيطالية اعتقال أربعة أشخاص في مدينة ميلانو، واعتبرت الخارجية الإيطالية العملية ضربة قوية للخلية.",
            "وأعلنت",
            "اعتقال أربعة أشخاص في مدينة ميلانو",
        ),
    ],
)
def test_new_speaker_after_comma_ends_content(text: str, cue: str, content: str) -> None:
    assert by_cue(analysed(text), cue)["text"] == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "وقال المتحدث باسم الشرطة إن الدورية اعتقلت المتهمين الثلاثة، وصادرت كميات من الأسلحة والذخائر.",
            "وقال",
            "الدورية اعتقلت المتهمين الثلاثة، وصادرت كميات من الأسلحة والذخائر",
        ),
        (
            "وأوضح المتحدث أن الحملة تشمل الصحف، ووسائل التواصل الاجتماعي، وأبرز المواقع الإلكترونية في المملكة.",
            "وأوضح",
            "الحملة تشمل الصحف، ووسائل التواصل الاجتماعي، وأبرز المواقع الإلكترونية في المملكة",
        ),
        (
            "وذكرت الهيئة أن معدل البطالة انخفض في الربع الثاني، وكانت نسبة البطالة بين النساء أعلى.",
            "وذكرت",
            "معدل البطالة انخفض في الربع الثاني، وكانت نسبة البطالة بين النساء أعلى",
        ),
    ],
)
def test_content_goes_on_without_a_new_speaker(text: str, cue: str, content: str) -> None:
    assert by_cue(analysed(text), cue)["text"] == content


# ind45b: a participle of thanks or welcome after a comma is the speaker's next act


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "وأكد مدير المدرسة استعداده للتعاون مع الإدارة في أي شيء تحتاجه، شاكراً مدير التعليم على ما لمسه من تعامل طيب.",
            "وأكد",
            "استعداده للتعاون مع الإدارة في أي شيء تحتاجه",
        ),
        (
            "وقال وزير المالية إن الحكومة ستصدر سندات جديدة هذا العام، مرحبا بالخطوة التي تجنب استخدام الاحتياطيات.",
            "وقال",
            "الحكومة ستصدر سندات جديدة هذا العام",
        ),
        (
            "وأكد اللاعب رغبته في الرحيل خلال الفترة المقبلة، موجها شكره لناديه ولجماهيره الكبيرة على دعمها.",
            "وأكد",
            "رغبته في الرحيل خلال الفترة المقبلة",
        ),
        (
            "ورحب مدير المستشفى بزيارة الفريق التطوعي، مهنئاً الجميع بحلول عيد الفطر المبارك.",
            "ورحب",
            "بزيارة الفريق التطوعي",
        ),
    ],
)
def test_aside_participle_ends_content(text: str, cue: str, content: str) -> None:
    assert by_cue(analysed(text), cue)["text"] == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "وقالت الوزارة في بيان إن «الجميع مرحبا بهم في المعرض، شاكرا كان أو ناقدا».",
            "وقالت",
            "الجميع مرحبا بهم في المعرض، شاكرا كان أو ناقدا",
        ),
        (
            "وأكد رئيس النادي أن الفريق جاهز للموسم الجديد، معربا عن شكره للجماهير.",
            "وأكد",
            "الفريق جاهز للموسم الجديد",
        ),
    ],
)
def test_aside_participle_guards(text: str, cue: str, content: str) -> None:
    assert by_cue(analysed(text), cue)["text"] == content
