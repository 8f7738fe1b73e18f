"""Session 54, pass acc56 (issue #4, according-to quotes), from the dev errors of draw 20201 and the corpus:

- acc56a: a source set off by commas inside its clause, with its title or name set off by a comma of its own
  ("وهذا يؤدي، بحسب أدي هويس، الرئيس التنفيذي لشركة …، إلى نهج …"), interrupts that clause as a short source
  does: the whole clause is attributed, not the lead before the cue alone, nor the list a later colon opens.
- acc56b: a fronted source followed by "، فقد" (or "فقد" a few words on) attributes the clause فقد opens, not the
  أن-clause of a later conjunct ("…، ومن المرجح أن …"، "…، غير أن …") nor the list after a later colon.
"""

from __future__ import annotations

import pytest
from entity_quotes import only_according


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "وهذا يؤدي، بحسب سامي الفارس، المدير التنفيذي لشركة نماء للاستثمار، إلى نهج أكثر حذرا من قبل المستثمرين.",
            "سامي الفارس، المدير التنفيذي لشركة نماء للاستثمار",
            "هذا يؤدي، بحسب سامي الفارس، المدير التنفيذي لشركة نماء للاستثمار، إلى نهج أكثر حذرا من قبل المستثمرين",
        ),
        (
            "وتعود تفاصيل الحادثة، بحسب مدير إدارة المرور، العقيد خالد المطيري، إلى مطاردة بدأت مساء الخميس.",
            "مدير إدارة المرور، العقيد خالد المطيري",
            "تعود تفاصيل الحادثة، بحسب مدير إدارة المرور، العقيد خالد المطيري، إلى مطاردة بدأت مساء الخميس",
        ),
    ],
)
def test_a_source_with_its_apposition_interrupts_its_clause(text: str, speaker: str, content: str) -> None:
    # acc56a: the content was the lead alone ("هذا يؤدي")
    assert only_according(text) == (speaker, content)


def test_a_colon_further_in_the_interrupted_clause_opens_no_content() -> None:
    # acc56a: the content was the list after the colon ("الداخلية، والصحة")
    speaker, found = only_according(
        "ودفع ذلك الوزارة، حسب مدير عام البرنامج، ناصر العريني، للتخطيط، لإقامة برنامج دائم بالشراكة مع"
        " الجهات ذات العلاقة، وهي وزارات: الداخلية، والصحة."
    )
    assert speaker == "مدير عام البرنامج، ناصر العريني"
    assert found.startswith("دفع ذلك الوزارة") and found.endswith("والصحة")


def test_guard_a_closing_source_with_its_apposition_keeps_the_clause_before() -> None:
    # guard (before and after): the sentence goes on with a new clause (و), the source closes the one before
    speaker, found = only_according(
        "وارتفعت أسعار الحديد في السوق المحلية، بحسب سامي الفارس، المدير التنفيذي لشركة نماء، وتراجعت أسعار الإسمنت."
    )
    assert speaker.startswith("سامي الفارس")
    assert found == "ارتفعت أسعار الحديد في السوق المحلية"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "وحسب المجلة الرياضية، فقد وافق النادي على دفع مبلغ 30 مليون يورو، ومن المرجح أن يتم الإعلان عن الصفقة الجمعة.",
            "المجلة الرياضية",
            "وافق النادي على دفع مبلغ 30 مليون يورو، ومن المرجح أن يتم الإعلان عن الصفقة الجمعة",
        ),
        (
            "وبحسب الدراسة فقد بلغ عدد المختصين 16 مختصا في سبع كليات، منهم خبراء في مجالات مثل: التغذية، والأعشاب.",
            "الدراسة",
            "بلغ عدد المختصين 16 مختصا في سبع كليات، منهم خبراء في مجالات مثل: التغذية، والأعشاب",
        ),
    ],
)
def test_the_clause_after_fa_qad_not_a_later_one(text: str, speaker: str, content: str) -> None:
    # acc56b: the content was the later أن-clause ("يتم الإعلان …") or the list after the colon
    assert only_according(text) == (speaker, content)


def test_guard_a_reporting_verb_after_fa_qad_keeps_its_own_quote() -> None:
    # guard (before and after): the verb after "فقد" with its أن is the sources' report of it, as before
    speaker, found = only_according("وبحسب المصادر، فقد أكد الوزير أن الدول اختارت الانضمام للوحدة النقدية.")
    assert speaker == "المصادر"
    assert found == "أكد الوزير أن الدول اختارت الانضمام للوحدة النقدية"
