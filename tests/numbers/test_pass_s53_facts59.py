"""Pass facts59 (session 53): a count of people named by a possessed plural is a count of people.

"القبض على العشرات من أتباعهم"، "توقيف قائد المركب وثلاثة من مساعديه"، "القبض على 431 ممن ارتبطوا
بالتنظيم" were typed other: a weak trigger of arrest (اعتقال، القبض على، توقيف) governs only a count of
people, and ``facts._counts_people`` did not know a plural of ``people_nouns.tsv`` with a pronoun after
it (مساعديه، مواطنيها), nor "ممن" (of those who). أتباع، أنصار، مساعدين are people nouns now.

Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest
from fact_rows import analysed_facts

TYPED = [
    # the rule: a weak trigger of arrest before a possessed plural of people, or "ممن"
    ("وتمكنت قوات الأمن من القبض على العشرات من أتباعهم في ريف المحافظة.", "العشرات من أتباعهم", "arrested"),
    ("وأعلنت الشرطة توقيف سائق الحافلة وثلاثة من مساعديه بعد الحادث.", "ثلاثة من مساعديه", "arrested"),
    ("وأعلنت الوزارة القبض على 215 ممن شاركوا في أعمال الشغب الأخيرة.", "215 ممن", "arrested"),
    ("وقالت مصادر أمنية إن الجيش اعتقل سبعة من مقاتليه قرب الحدود.", "سبعة من مقاتليه", "arrested"),
    ("وذكرت الوكالة أن السلطات اعتقلت عشرين من أنصار المرشح الخاسر.", "عشرين من أنصار", "arrested"),
    # guards: a pronoun on no people, a feminine noun in -ية (written with ه in the matching form)
    ("وضبطت الجمارك خمسة من سياراته في الميناء.", "خمسة من سياراته", "other"),
    ("وضبطت الشرطة ألف اتفاقية مزورة في المستودع.", "ألف اتفاقية", "other"),
    # guards: what the noun or the trigger already said
    ("وأعلنت الشرطة القبض على خمسة متهمين في القضية.", "خمسة متهمين", "arrested"),
    ("وأسفر الهجوم عن مقتل ثلاثة من عناصره.", "ثلاثة من عناصره", "killed"),
    # guards: a feminine singular whose ة the matching form writes ه ("مخالفة" is no "مخالف" of someone's)
    ("وضبطت إدارة المرور خلال الشهر 3200 مخالفة للسرعة.", "3200 مخالفة", "other"),
]


@pytest.mark.parametrize(("text", "snippet", "kind"), TYPED)
def test_a_possessed_plural_of_people_is_counted_as_people(text, snippet, kind):
    facts = [fact for fact in analysed_facts(text) if snippet in fact["text"] or fact["text"] in snippet]
    assert [fact["type"] for fact in facts] == [kind]
