"""Session 53, lead53: "الواحد" after a noun ("the one", "each") does not open a teen with the
number after it: "الكيلوجرام الواحد عشرة ريالات" is ten riyals, not eleven. Teens open with
أحد / إحدى, which still join ("أحد عشر لاعبا")."""

import pytest
from fact_rows import described, rows


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ويبلغ سعر الكيلوجرام الواحد عشرة ريالات في السوق.", ("عشرة ريالات", "money", 10, None, None)),
        ("وتبلغ تكلفة المقعد الواحد عشرة آلاف دولار.", ("عشرة آلاف دولار", "money", 10000, None, None)),
    ],
)
def test_the_one_before_ten_is_no_teen(sentence, expected):
    assert expected in rows(sentence)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("وشارك في المباراة أحد عشر لاعبا من الفريق.", 11),
        ("ووصلت إحدى عشرة طائرة إلى المطار.", 11),
        ("وأصيب ثلاثة عشر شخصا في الحادث.", 13),
    ],
)
def test_teens_still_join(sentence, value):
    assert [d[1] for d in described(sentence)] == [value]
