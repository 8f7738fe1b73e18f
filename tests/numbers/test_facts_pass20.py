"""Facts, twentieth pass: a noun of a group of named people (ثنائي، ثلاثي، رباعي) counts them when
a list of names joined by و follows (made-up sentences, each with the near misses that must not change)."""

from fact_rows import facts


def rows(text):
    return [(f["text"], f["type"], f["value"]) for f in facts(text)]


def test_a_duo_of_named_players_counts_two():
    assert rows("وأجرى الثنائي سامي الفهد وخالد العتيبي تمارين خاصة في الصالة") == [
        ("الثنائي", "other", 2),
    ]


def test_a_trio_or_quartet_named_in_a_list_counts_them():
    assert rows("وواصل الثلاثي (ماجد السالم، فهد الزهراني وعلي الغامدي) برنامجهم العلاجي") == [
        ("الثلاثي", "other", 3),
    ]
    assert rows("واكتفى الرباعي “نايف الحربي، سعد القرني، بدر العنزي، وهاني الشمري” بالجري حول الملعب") == [
        ("الرباعي", "other", 4),
    ]


def test_a_duo_named_after_its_sport_counts_two():
    assert rows("وتأهل ثنائي كرة الطاولة سالم الدوسري، ومحمد اليامي إلى النهائي") == [
        ("ثنائي", "other", 2),
    ]


def test_the_adjectives_count_nothing():
    assert rows("وبحث الجانبان التعاون الثنائي بين المؤسستين وسبل تطويره") == []
    assert rows("وعقد الاجتماع الثلاثي في العاصمة وحضره الوزراء") == []
    assert rows("وصمم المعرض بأسلوب ثلاثي الأبعاد ولاقى إقبالا") == []
    assert rows("وتوقفت سيارة دفع رباعي أمام المبنى وترجل منها رجلان") == [("رجلان", "other", 2)]


def test_no_list_of_names_no_count():
    assert rows("ويأمل الجمهور أن يعود الثنائي إلى الملاعب قريبا.") == []
    assert rows("وقد يطالبنا المنتج بثنائي جديد ونحن نفكر في ذلك") == []
    assert rows("ووصل المصاب بشلل رباعي ونزيف في الرأس إلى المستشفى") == []
    assert rows("وأعجب المشاهدون بالثنائي بين البطلين وطالبوا بالمزيد") == []
