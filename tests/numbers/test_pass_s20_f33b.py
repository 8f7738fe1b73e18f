"""Facts, thirty-third pass (b): construct duals that show two with no tail — a noun in ء before -ي
(إجراءي، اعتداءي: "my X" is written -ئي) and ناديي — and the nominative construct dual in -ا of a
masculine countable noun before a definite genitive (رئيسا الوزراء، لاعبا الفريق); the accusative
in -ا (after a number, before an adverb of time or a relative, a participle with its object, after
ب/ل/ك) and the ambiguous masculine -ي stay unread (made-up sentences)."""

from fact_rows import rows


def values(text):
    return [(f[0], f[2]) for f in rows(text)]


def test_construct_dual_of_a_noun_in_hamza():
    assert values("وأوضح أن إجراءي المنع سيبقيان ساريين.") == [("إجراءي", 2)]
    # (two definite genitives joined by و, "اعتداءي المتحف والفندق", count nothing since pass dual61)
    assert values("وتراجعت الحجوزات بعد اعتداءي مومباي ولندن.") == [("اعتداءي", 2)]
    assert values("واستقبل ميناءي جدة وينبع شحنات القمح.") == [("ميناءي", 2)]


def test_construct_dual_of_nadi():
    # (two definite genitives joined by و, "ناديي الفيصلي والرائد", count nothing since pass dual61)
    assert values("وتقام المباريات على ملاعب ناديي الرائد وأحد.") == [("ناديي", 2)]


def test_nominative_construct_dual_before_a_definite_genitive():
    assert values("واجتمع وزيرا الخارجية في جنيف لبحث الأزمة.") == [("وزيرا", 2)]
    assert values("وغاب لاعبا الفريق عن التدريبات بسبب الإصابة.") == [("لاعبا", 2)]
    assert values("وأكد والدا الطالب أنه بخير.") == [("والدا", 2)]


def test_no_dual_without_the_two():
    assert values("وأكد أن العمل الإجرائي مستمر في الميناء.") == []
    assert values("وزار ملعبي الفريق الأول.") == []
    assert values("وعقد المجلس اجتماعا اليوم في مقره.") == []
    assert values("وأصدرت الهيئة قرارا الأسبوع الماضي.") == []
    assert values("وانتقد الحكومة متهما الوزارة بالتقصير.") == []
    assert values("والتقط الصور بكاميرا الهاتف.") == []
    assert values("وكرم النادي 25 لاعبا الذين شاركوا في البطولة.") == [("25 لاعبا", 25)]
