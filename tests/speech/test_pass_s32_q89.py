"""Session 32, q89: the participles "مبينا" and "معتبرا" take a noun object as their content
("…، مبيناً أهمية الالتزام …", "…، معتبرة المتاجرة في … تسهيلًا للأعمال المشبوهة"), as "مؤكدا" and
"داعيا" already did (participles.tsv flag ``noun``). Before, they were cues only before أن / إن, and the
statement was lost. Draw 20187 dev 2015-08-11#436 ("مبيناً أهمية اللقاء …"); dev 2015-07-26#41,
2015-08-07#833 (مبينا), 2015-07-21#2774, 2015-08-10#629, 2015-08-10#656 (معتبرا)."""

from __future__ import annotations

from entity_quotes import quote_rows as quotes


def _rows(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(kind, cue, speaker, content) for kind, cue, speaker, content in quotes(text)]


def test_mubayyinan_with_a_verbal_noun() -> None:
    found = _rows("وقال مدير التعليم إن الاستعدادات اكتملت، مبيناً أهمية التزام المدارس بالمواعيد الجديدة.")
    assert found[-1] == ("indirect", "مبيناً", "مدير التعليم", "أهمية التزام المدارس بالمواعيد الجديدة")


def test_mubayyinan_feminine_after_a_ministry() -> None:
    found = _rows("وأعلنت وزارة الصحة افتتاح مركزين جديدين في المنطقة، مبينة حرص الوزارة على خدمة المراجعين.")
    assert found[-1] == ("indirect", "مبينة", "وزارة الصحة", "حرص الوزارة على خدمة المراجعين")


def test_mutabiran_with_object_and_predicate() -> None:
    found = _rows("ورحب رئيس النادي سالم الحربي بقرار الاتحاد، معتبراً القرار خطوة مهمة لتطوير المسابقة.")
    assert found[-1] == ("indirect", "معتبراً", "رئيس النادي سالم الحربي", "القرار خطوة مهمة لتطوير المسابقة")


def test_mutabiran_with_a_demonstrative() -> None:
    found = _rows("وأدان المجلس البلدي الاعتداء على الحديقة العامة، معتبرا ذلك تعديا على الممتلكات العامة.")
    assert found[-1] == ("indirect", "معتبرا", "المجلس البلدي", "ذلك تعديا على الممتلكات العامة")


def test_guard_complement_clause_unchanged() -> None:
    found = _rows("وقال مدير التعليم إن الاستعدادات اكتملت، مبيناً أن الدراسة تبدأ الأحد المقبل.")
    assert found[-1] == ("indirect", "مبيناً", "مدير التعليم", "الدراسة تبدأ الأحد المقبل")


def test_guard_adjective_is_no_cue() -> None:
    # "شهادة معتبرة": the adjective "recognised", no comma before it, nothing said
    assert _rows("وحصل الطالب على شهادة معتبرة من الجامعة بعد سنتين من الدراسة.") == []
