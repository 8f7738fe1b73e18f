"""Session 32, lead20: a time written between a reporting verb and its subject ("وأكدت أمس وزارة الصحة أن …",
"أعلن أمس الأربعاء وزير الخارجية …", "أكدت مساء اليوم الأربعاء سفارة … بأنه") is stepped over
(``NounPhrases.time_lead_end``): the subject is the phrase after the time, when it can begin a speaker
phrase. Before, the subject was looked for at the time word, which ends a phrase, so the verb had no
subject (speaker None, or the last speaker quoted). Found by reading random indirect quotes outside the gold
(2015-08-06#1465); dev 2015-08-06#254 ("طالب أمس الفريق خليفة حفتر، …")."""

from __future__ import annotations

from entity_quotes import quote_rows as quotes


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(kind, speaker) for kind, _, speaker, _ in quotes(text)]


def test_yesterday_between_feminine_verb_and_ministry() -> None:
    assert _speakers("أكدت أمس وزارة الصحة أن الوضع الصحي في المنطقة مستقر.") == [("indirect", "وزارة الصحة")]


def test_evening_of_a_weekday_before_an_embassy() -> None:
    found = _speakers("أكدت مساء اليوم الأربعاء سفارة المملكة في عمّان بأنه لا صحة لما يتم تداوله عن الحادثة.")
    assert found == [("indirect", "سفارة المملكة في عمّان")]


def test_yesterday_and_weekday_before_a_titled_name() -> None:
    found = _speakers("وقال رئيس البلدية إن العمل مستمر. "
                      "وأعلن أمس الأربعاء وزير الخارجية سامي العلي أن بلاده ستشارك في المؤتمر.")
    assert found[-1] == ("indirect", "وزير الخارجية سامي العلي")


def test_direct_quote_after_a_time() -> None:
    found = _speakers("افتتح الأمير المعرض الدولي للكتاب. وقال أمس وزير الثقافة: «المعرض يكبر كل عام».")
    assert found[-1] == ("direct", "وزير الثقافة")


def test_guard_time_then_an_object_is_no_subject() -> None:
    # "وأعلن اليوم الأحد عن …": no speaker phrase after the time; nothing changes
    found = _speakers("قال مدير الشركة إن الأرباح ارتفعت. وقال اليوم الأحد إن الشركة ستوسع أعمالها.")
    assert found == [("indirect", "مدير الشركة"), ("indirect", "مدير الشركة")]


def test_guard_time_after_the_subject_unchanged() -> None:
    found = _speakers("وقال وزير الصحة أمس إن الوضع مستقر.")
    assert found == [("indirect", "وزير الصحة")]
