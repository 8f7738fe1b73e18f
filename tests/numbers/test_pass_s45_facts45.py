"""Pass facts45 (session 45): a plural verb of killing or wounding after its count ("قتلوا",
"أصيبوا") types it across the subject's adjectives and a partitive (up to six words, not only
four); the nouns after a count (القتلى، المفقودين) keep their reach of four words. A sum whose scale
word stands in the accusative ("23 مليارا محجوزة") counts no word after it, so it takes the
currency of the sum before it; "بعدما" and two other conjunctions in -ما are no counted nouns.

Made-up sentences in the style of the news, through ``khabar.analyze``."""

import khabar


def _facts(text: str) -> list[tuple[str, str, float | None]]:
    doc = khabar.analyze(text, published="2015-08-10")
    return [(f["text"], f["type"], f["value"]) for f in doc.facts]


def _types(text: str) -> dict[float | None, str]:
    return {value: kind for _, kind, value in _facts(text)}


# a plural verb after its count, further than four words


def test_killed_verb_after_the_subjects_adjectives_and_party():
    text = "وذكرت الوكالة أن نحو 250 مسلحا كرديا من جناح الحزب العسكري قتلوا في الغارات."
    assert _types(text)[250] == "killed"


def test_killed_verb_after_among_them_a_named_leader():
    text = "وقالت مصادر محلية إن خمسة مسلحين بينهم القيادي أبو سالم اليافعي قتلوا أمس."
    assert _types(text)[5] == "killed"


def test_wounded_verb_after_the_subjects_adjectives():
    text = "وأفاد شهود بأن 12 عاملا آسيويا في مصنع الحديد المجاور أصيبوا بحروق."
    assert _types(text)[12] == "injured"


def test_guard_a_noun_after_a_count_keeps_its_short_reach():
    text = "وتم إنقاذ ستة أشخاص من النهر ولا يعرف حتى الآن عدد المفقودين."
    assert _types(text)[6] == "other"


def test_guard_the_verb_right_after_the_count_reads_as_before():
    text = "وقال مسؤول إن 7 أشخاص قتلوا في الانفجار."
    assert _types(text)[7] == "killed"


# a sum with its scale word in the accusative, after a sum of money


def test_an_accusative_billion_before_a_participle_takes_the_currency():
    text = "وتبلغ الأصول المجمدة نحو 40 مليار دولار، منها 31 مليارا مودعة في مصارف أوروبية."
    assert _types(text)[31000000000] == "money"


def test_an_accusative_million_before_a_prepositional_word():
    text = "ودفعت الشركات 120 مليون ريال رسوما، وقرابة 45 مليونا كتأمينات لدى الوزارة."
    assert _types(text)[45000000] == "money"


def test_the_sum_after_an_accusative_sum_follows_it():
    text = "وتبلغ الأصول المجمدة نحو 40 مليار دولار، منها 31 مليارا مودعة في أوروبا، و9 مليارات في آسيا."
    types = _types(text)
    assert (types[31000000000], types[9000000000]) == ("money", "money")


def test_a_sum_before_after_when_is_money():
    text = "وبلغت مبيعات البنوك 300 مليار دولار، وبلغ العجز 45.2 مليار بعدما تراجعت الصادرات."
    assert _types(text)[45200000000] == "money"


def test_guard_a_known_counted_noun_after_a_sum_stays_a_count():
    text = "وبلغت أرباح الشركة 12 مليون ريال، وباعت 3 ملايين سهم في السوق."
    assert _types(text)[3000000] == "other"


def test_guard_the_verb_of_a_reported_clause_types_not_the_reporters():
    text = "وقال أربعة شهود لوكالة الأنباء إن أكثر من 20 شخصا قتلوا في القصف."
    assert _types(text)[4] == "other"


def test_guard_an_accusative_thousand_of_them_after_a_sum_stays_people():
    text = "ويملك 90 ألف شخص ثروات تفوق 30 مليون دولار، و35 ألفا منهم يعيشون في أوروبا."
    assert _types(text)[35000] == "other"


# a vague count of millions or billions counts whole millions or billions


def _bounds(text: str) -> list[tuple[float | None, float | None]]:
    doc = khabar.analyze(text, published="2015-08-10")
    return [(f["min"], f["max"]) for f in doc.facts]


def test_tens_of_billions_reach_99_billion():
    text = "وتخسر الدول المصدرة للنفط عشرات المليارات من الدولارات كل عام بسبب تراجع الأسعار."
    assert (10_000_000_000, 99_000_000_000) in _bounds(text)


def test_a_few_billions_reach_nine_billion():
    text = "وتحتاج الحكومة إلى بضعة مليارات من اليورو لسد العجز في الميزانية."
    assert (3_000_000_000, 9_000_000_000) in _bounds(text)


def test_guard_tens_of_thousands_keep_their_bound():
    text = "وشارك عشرات الآلاف من المواطنين في المسيرة وسط العاصمة."
    assert (10_000, 99_999) in _bounds(text)


def test_guard_the_plural_millions_alone_keeps_its_bound():
    text = "وشاهد الملايين المباراة النهائية على شاشات التلفزيون."
    assert (1_000_000, 9_999_999) in _bounds(text)
