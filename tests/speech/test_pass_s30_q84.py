"""Session 30, q84: after "جدد" (it reports only the stance it renews), the word of stance written after
the subject ("وجدد العمرة التأكيد على أن …", "وجدد الرئيس تأكيداته على أن …") is what was renewed, its
object: the speaker phrase ends before it ("العمرة", not "العمرة التأكيد"). Counted by lead11; checked on
every article outside the gold with the shape."""

from __future__ import annotations

from entity_quotes import quote_rows as quotes


def test_the_renewed_emphasis_is_not_in_the_speaker() -> None:
    found = quotes("وجدد وزير الصحة التأكيد على أن المستشفيات جاهزة لاستقبال الحجاج.")
    assert found == [("indirect", "وجدد", "وزير الصحة", "المستشفيات جاهزة لاستقبال الحجاج")]


def test_a_stance_word_with_a_pronoun_after_a_title_and_name() -> None:
    found = quotes("وجدد رئيس الهيئة خالد العتيبي تأكيده أن التصاريح ستصدر خلال أسبوع.")
    assert [(speaker, text) for _, _, speaker, text in found] == [
        ("رئيس الهيئة خالد العتيبي", "التصاريح ستصدر خلال أسبوع")]


def test_a_plural_stance_word_after_a_nisba() -> None:
    found = quotes("وجدد الرئيس اليمني تأكيداته على أن الميليشيات لن تنجح في مخططها.")
    assert found and found[0][2] == "الرئيس اليمني"


def test_the_call_renewed_right_after_the_subject_is_unchanged() -> None:
    # guard: "دعوته" was already read as the start of what was said
    found = quotes("وجدد الأمين العام دعوته إلى وقف إطلاق النار فورا.")
    assert found == [("indirect", "وجدد", "الأمين العام", "دعوته إلى وقف إطلاق النار فورا")]


def test_renewing_a_contract_reports_nothing() -> None:
    # guard: "جدد" with no word of stance stays narration
    assert quotes("وجددت إدارة النادي عقد المدرب لموسمين إضافيين.") == []
