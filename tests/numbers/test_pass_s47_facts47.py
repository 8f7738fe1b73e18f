"""Pass facts47 (session 47): two number forms khabar did not read.

1. A figure in guillemets after the article ("الـ«48»"، "الـ «435»") is read as the same figure in
   brackets or bare: a count of the definite plural before it (الشعراء الـ«48») or of the noun after
   it, and an ordinal after a definite singular (الذكرى الـ«63»، البطولة الـ«13»), where main read
   the word after the closing guillemet as the counted noun.
2. A figure with the article after a broken plural too short for the plural shapes (الدول الـ28،
   النواب الـ435، الركاب الـ1400) counts it, as after a longer one (الأعضاء الـ19); the list is
   ``short_broken_plurals.tsv``.
3. Digits typed glued to the word before them by a missing space ("المستفيدين500 طفل"، "متنها٣١
   لاعبا") are a figure of their own when a counted noun, a unit or a currency follows; a name or a
   code glued to digits (ايفون6، فورمولا1) and a year glued to its month stay no count.

Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest

import khabar


def _facts(text: str) -> list[tuple[str, float | None]]:
    doc = khabar.analyze(text, published="2015-08-10")
    return [(f["text"], f["value"]) for f in doc.facts]


def _values(text: str) -> list[float | None]:
    return [value for _text, value in _facts(text)]


# (text, the value counted)
GUILLEMET_COUNTS = [
    ("ونشر الكتاب سير الفنانين الـ«36» الذين شاركوا في الدورة الماضية.", 36),
    ("وكرمت الجمعية المتطوعين الـ «120» في حفل أقيم مساء أمس.", 120),
]


@pytest.mark.parametrize(("text", "value"), GUILLEMET_COUNTS)
def test_a_figure_in_guillemets_after_the_article_counts_the_plural_before_it(text, value):
    assert value in _values(text)


ORDINALS_IN_GUILLEMETS = [
    ("وتشارك المملكة في البطولة الخليجية الـ «17» المقامة حاليا في الدوحة.", 17),
    ("واحتفلت المدرسة بالذكرى الـ«40» لتأسيسها بحضور أولياء الأمور.", 40),
]


@pytest.mark.parametrize(("text", "value"), ORDINALS_IN_GUILLEMETS)
def test_a_figure_in_guillemets_after_a_definite_singular_is_an_ordinal(text, value):
    assert value not in _values(text)


# (text, the count's text, its value)
GLUED = [
    ("وأوضح أن عدد المشاركين في الدورة بلغ هذا العام المتدربين340 متدربا من مختلف المناطق.", "340 متدربا", 340),
    ("وصلت الحافلة وعلى متنها٢٨ طالبا إلى مقر المخيم.", "٢٨ طالبا", 28),
    ("وأعلنت الأمانة عن تأهيل شارع بعرض40 مترا في الحي الجديد.", "40 مترا", 40),
]


@pytest.mark.parametrize(("text", "count", "value"), GLUED)
def test_digits_typed_glued_to_the_word_before_count_the_noun_after(text, count, value):
    assert (count, value) in _facts(text)


# guards: a name or a code glued to digits, a year glued to its month, a figure glued to a
# proclitic (read as before)
NOT_GLUED_COUNTS = [
    ("وطرحت الشركة هاتفها الجديد جالكسي5 بلس في الأسواق.", 5),
    ("وفاز سائق فورمولا1 الألماني بالسباق.", 1),
    ("وفي 14 مارس2012 تأسست الجمعية في المدينة.", 2012),
]


@pytest.mark.parametrize(("text", "value"), NOT_GLUED_COUNTS)
def test_a_name_or_a_year_glued_to_digits_counts_nothing(text, value):
    assert value not in _values(text)


def test_a_figure_after_a_proclitic_reads_as_before():
    assert 25 in _values("واشترى المواطن الكتاب بـ25 ريالا فقط.")


# (text, the value counted)
SHORT_PLURALS = [
    ("وصوت ممثلو الدول الـ27 الأعضاء في الاتحاد على القرار بالإجماع.", 27),
    ("ونقلت الحافلات الركاب الـ45 إلى الفندق بعد تأخر الرحلة.", 45),
]


@pytest.mark.parametrize(("text", "value"), SHORT_PLURALS)
def test_a_figure_with_the_article_after_a_short_broken_plural_counts_it(text, value):
    assert value in _values(text)


def test_a_figure_with_the_article_after_a_definite_singular_stays_an_ordinal():
    assert 27 not in _values("وانطلقت أمس فعاليات الدورة الـ27 للمعرض في العاصمة.")
