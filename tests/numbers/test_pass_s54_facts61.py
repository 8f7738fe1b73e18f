"""Pass facts61 (session 54): a death sentence pronounced counts the sentenced, not the dead; a bare
figure joined by و to a price is a second price.

"أصدرت المحكمة أحكاما بالإعدام على خمسة معارضين"، "حكمت بالإعدام رميا بالرصاص على سبعة مسؤولين"
were typed killed: إعدام is a strong trigger of death, and its form with ب and the article
(بالإعدام: "to death") names a sentence, whose people are alive (the dev gold types them other).
A trigger in a form of ``penalty_forms.tsv`` now governs the count after it and leaves it to the
other rules; an execution (إعدام 4 أشخاص، نفذ حكم الإعدام في) is still killed.

"تراوح سعر السهم بين 45.20 ريالا و73.00": the second figure, in digits and counting nothing, was
other; joined by و right after a sum of money it takes its currency (``facts._bare_sum_joined``).

Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest
from fact_rows import analysed_facts

TYPED = [
    # the rule: a count after "بالإعدام" (sentenced to death) is no count of the dead
    ("وأصدرت محكمة الجنايات أحكاما بالإعدام على خمسة متهمين في قضية التفجير.", "خمسة متهمين", "other"),
    ("وقضت المحكمة العسكرية بالإعدام رميا بالرصاص على تسعة ضباط سابقين.", "تسعة ضباط", "other"),
    ("وكشفت مصادر عن صدور أحكام جديدة بالإعدام بحق أربعة مواطنين متهمين بالإرهاب.", "أربعة مواطنين", "other"),
    ("وحكم القضاء غيابيا بالإعدام على قياديين اثنين و12 عضوا في الجماعة.", "12 عضوا", "other"),
    # guards: an execution carried out is a count of the dead
    ("وأعلن التنظيم إعدام ستة أشخاص في ساحة المدينة.", "ستة أشخاص", "killed"),
    ("ونفذ المسلحون حكم الإعدام في ثلاثة شبان بتهمة التعاون مع الجيش.", "ثلاثة شبان", "killed"),
    ("وقامت الجماعة بإعدام 20 أسيرا من الجنود.", "20 أسيرا", "killed"),
    # guards: other triggers in the sentence keep their counts
    ("وأسفر الهجوم عن مقتل سبعة جنود وإصابة 11 آخرين.", "سبعة جنود", "killed"),
    ("وأسفر الهجوم عن مقتل سبعة جنود وإصابة 11 آخرين.", "11 آخرين", "injured"),
]


@pytest.mark.parametrize(("text", "snippet", "kind"), TYPED)
def test_a_death_sentence_counts_no_dead(text, snippet, kind):
    facts = [fact for fact in analysed_facts(text) if snippet in fact["text"] or fact["text"] in snippet]
    assert [fact["type"] for fact in facts] == [kind]


SUMS = [
    # the rule: digits counting nothing, joined by و right after a sum of money
    ("وظل سعر السهم خلال أسبوع بين 31.40 ريالا و33.10، بينما تراوح خلال عام بين 28 ريالا و41.", "33.10", "money"),
    ("وظل سعر السهم خلال أسبوع بين 31.40 ريالا و33.10، بينما تراوح خلال عام بين 28 ريالا و41.", "41", "money"),
    ("وتراوحت أسعار الأضاحي بين 900 ريال و1400 في أسواق المنطقة.", "1400", "money"),
    # guards: a figure with its own noun or sign, a figure not joined right after the sum
    ("وبلغ سعر السهم 40 ريالا و3 أسهم مجانية لكل مساهم.", "3 أسهم", "other"),
    ("وارتفع السهم 2.5 ريال و4 في المائة خلال الجلسة.", "4 في المائة", "percent"),
    ("وبلغ سعر السهم 40 ريالا في جلسة أمس و12 في جلسة الأحد.", "40 ريالا", "money"),
]


@pytest.mark.parametrize(("text", "snippet", "kind"), SUMS)
def test_a_bare_figure_joined_to_a_price_is_a_price(text, snippet, kind):
    facts = [fact for fact in analysed_facts(text) if snippet in fact["text"]]
    assert [fact["type"] for fact in facts] == [kind]
