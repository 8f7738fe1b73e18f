"""The numbers package's word lists, read from ``numbers/data`` once, on first use.

Every form is stored in its matching form: :func:`khabar.text.normalize.normalize`
with ``ta_marbuta=True`` (alef forms → ا, ى → ي, ة → ه, diacritics dropped),
the form the scanners match against.

>>> number_words()[match_form("ثلاثمائة")]
(300, 'hundred')
>>> dual_forms()[match_form("رهينتين")]
'رهينة'
>>> match_form("عاملين") in dual_forms(), match_form("مواطنين") in dual_forms()
(True, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from khabar.text.normalize import normalize

DATA = resources.files("khabar.numbers") / "data"


@lru_cache(maxsize=8192)
def match_form(text: str) -> str:
    """The matching form of a word or phrase (see module docstring); cached, since the fact
    classifier asks it of every counted noun and lemma, which recur from article to article."""
    return " ".join(normalize(text, ta_marbuta=True).split())


# the column names a one-column data file may open with: never an Arabic entry ("word" was read as one)
ONE_COLUMN_HEADERS = frozenset({"word", "stem"})


def read_rows(name: str, columns: int) -> list[list[str]]:
    """Rows of a tab-separated data file, comments and its header line skipped."""
    rows = []
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    header_seen = False
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen and (columns > 1 or line.strip() in ONE_COLUMN_HEADERS):
            header_seen = True
            continue  # the header line; a one-column file may have one ("word") or start with its first word
        cells = [cell.strip() for cell in line.split("\t")]
        rows.append(cells + [""] * (columns - len(cells)))
    return rows


@lru_cache(maxsize=1)
def change_stems() -> tuple[str, ...]:
    """Matching forms of the words of change (``change_words.tsv``)."""
    return tuple(match_form(row[0]) for row in read_rows("change_words.tsv", 1))


@lru_cache(maxsize=1)
def change_stems_before_figures() -> tuple[str, ...]:
    """The words of change that make a bare figure right after them what rose or fell (those of
    ``change_words.tsv`` whose second column is not "no")."""
    return tuple(match_form(row[0]) for row in read_rows("change_words.tsv", 1) if row[1:2] != ["no"])


@lru_cache(maxsize=1)
def number_words() -> dict[str, tuple[float, str]]:
    """Matching form → (value, kind); kinds are described in ``number_words.tsv``."""
    table = {}
    for form, value, kind in (row[:3] for row in read_rows("number_words.tsv", 3)):
        number = float(value)
        table[match_form(form)] = (int(number) if number.is_integer() else number, kind)
    return table


@dataclass(frozen=True, slots=True)
class CountableNoun:
    lemma: str
    type: str | None


@lru_cache(maxsize=1)
def countable_nouns() -> dict[str, CountableNoun]:
    """Lemma (verbatim spelling) → noun, keyed by matching form."""
    nouns = {}
    for lemma, kind, _oblique, _forms in read_rows("countable_nouns.tsv", 4):
        nouns[match_form(lemma)] = CountableNoun(lemma, None if kind in ("-", "") else kind)
    return nouns


@lru_cache(maxsize=1)
def dual_forms() -> dict[str, str]:
    """Matching form of a dual (رهينتين، أمريكيان) → its lemma's verbatim spelling."""
    duals: dict[str, str] = {}
    names = not_duals()  # طالبان is the movement, not two students
    for lemma, _kind, oblique, forms in read_rows("countable_nouns.tsv", 4):
        listed = forms.split()
        for form in listed or _generated_duals(lemma, oblique == "yes"):
            if match_form(form) not in names:
                duals[match_form(form)] = lemma
    return duals


def _generated_duals(lemma: str, oblique: bool) -> list[str]:
    """Nominative -ان and, where it is not also the sound plural, oblique -ين."""
    if lemma.endswith("ة"):
        stem = lemma[:-1]
        return [stem + "تان", stem + "تين"]
    return [lemma + "ان", lemma + "ين"] if oblique else [lemma + "ان"]


@lru_cache(maxsize=1)
def fact_nouns() -> dict[str, str]:
    """Matching form of a counted noun → the fact type it implies (قتلى → killed)."""
    table = {match_form(form): kind for form, kind in read_rows("fact_nouns.tsv", 2)}
    for key, noun in countable_nouns().items():
        if noun.type:
            table.setdefault(key, noun.type)
    return table


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    where: str  # before / after
    strong: bool


@lru_cache(maxsize=1)
def count_subjects() -> frozenset[str]:
    """Matching forms of the words that make a count a sentence's subject (عدد، حصيلة)."""
    return frozenset(match_form(row[0]) for row in read_rows("count_subjects.tsv", 1))


THIRD_PERSON_SUFFIXES = ("هم", "ها", "هن", "هما")  # attached pronouns of a group named before


@lru_cache(maxsize=1)
def count_subjects_of_them() -> frozenset[str]:
    """Matching forms of the count subjects with the pronoun of a group named before: عددهم،
    عددها، حصيلتهم (a final ة is written ت before the pronoun)."""
    stems = [word[:-1] + "ت" if word.endswith("ه") else word for word in count_subjects()]
    return frozenset(stem + suffix for stem in stems for suffix in THIRD_PERSON_SUFFIXES)


@lru_cache(maxsize=1)
def fact_triggers() -> dict[str, Trigger]:
    """Matching form of a governing phrase → its trigger."""
    return {
        match_form(phrase): Trigger(kind, where, strength == "strong")
        for phrase, kind, where, strength in read_rows("fact_triggers.tsv", 4)
    }


@lru_cache(maxsize=1)
def verbs_after_count() -> frozenset[str]:
    """Matching forms of the plural verbs in -وا that open a trigger after a count (قتلوا، أصيبوا، لقوا
    حتفهم): the count's predicate, never its counted noun ("العشرات أصيبوا"، "ومئات جرحوا")."""
    firsts = (phrase.split()[0] for phrase, trigger in fact_triggers().items() if trigger.where == "after")
    return frozenset(word for word in firsts if word.endswith("وا"))


@lru_cache(maxsize=1)
def object_verbs() -> dict[str, str]:
    """Matching form of a plural verb → the type of the count that is its object (قتلوا → killed)."""
    return {match_form(verb): kind for verb, kind in read_rows("object_verbs.tsv", 2)}


@lru_cache(maxsize=1)
def modifiers() -> dict[str, tuple[str, str]]:
    """Matching form of a modifier phrase → (role, position)."""
    return {match_form(p): (role, pos) for p, role, pos in read_rows("modifiers.tsv", 3)}


@lru_cache(maxsize=1)
def far_modifiers() -> dict[str, str]:
    """Matching form of a modifier that bounds a number across a few words after its noun → role."""
    return {match_form(p): role for p, role in read_rows("far_modifiers.tsv", 2)}


@lru_cache(maxsize=1)
def comparing_verbs() -> dict[str, tuple[str, frozenset[str]]]:
    """Matching form of a verb that compares its subject with a figure after it → (role, the words
    one of which the figure must follow, or none)."""
    return {
        match_form(form): (role, frozenset() if on == "-" else frozenset(match_form(w) for w in on.split("/")))
        for form, role, on, _ in read_rows("comparing_verbs.tsv", 4)
    }


@lru_cache(maxsize=1)
def comparing_stems() -> tuple[str, ...]:
    """A part of each comparing verb that every form of it holds (matching form)."""
    return tuple(sorted({match_form(row[3]) for row in read_rows("comparing_verbs.tsv", 4)}))


@lru_cache(maxsize=1)
def comparison_breakers() -> dict[str, bool]:
    """Matching form of a word that ends a comparing verb's subject before a figure → whether only
    right before the figure."""
    return {match_form(word): where == "last" for word, where in read_rows("comparison_breakers.tsv", 2)}


@lru_cache(maxsize=1)
def merely_negations() -> frozenset[str]:
    """Matching form of a negation that turns "أكثر من + singular" after it into "merely" (لا، ليس)."""
    return frozenset(match_form(row[0]) for row in read_rows("merely_negations.tsv", 1))


@lru_cache(maxsize=1)
def more_than_idioms() -> frozenset[str]:
    """Matching form of a noun of occasion or place that makes "أكثر من + noun" an idiom (في أكثر من مناسبة)."""
    return frozenset(match_form(row[0]) for row in read_rows("more_than_idioms.tsv", 1))


@lru_cache(maxsize=1)
def single_negations() -> dict[str, str]:
    """Matching form of a word before "X واحد(ة)" → its role (negation, without or exception)."""
    return {match_form(word): role for word, role in read_rows("single_negations.tsv", 2)}


@lru_cache(maxsize=1)
def currencies() -> dict[str, tuple[str, str | None]]:
    """Matching form of a currency word → (lemma, default ISO code or None)."""
    return {match_form(f): (lemma, None if code == "-" else code) for f, lemma, code in read_rows("currencies.tsv", 3)}


@dataclass(frozen=True, slots=True)
class Qualifier:
    lemma: str
    adjective: str
    country: str | None
    code: str


@lru_cache(maxsize=1)
def currency_qualifiers() -> list[Qualifier]:
    rows = read_rows("currency_qualifiers.tsv", 4)
    return [
        Qualifier(lemma, match_form(adj), None if country == "-" else match_form(country), code)
        for lemma, adj, country, code in rows
    ]


@lru_cache(maxsize=1)
def identifier_words() -> frozenset[str]:
    """Words after which a number is a label (المادة 5، رقم 12)."""
    return frozenset(match_form(row[0]) for row in read_rows("identifier_words.tsv", 1))


@lru_cache(maxsize=1)
def counting_label_words() -> frozenset[str]:
    """Identifier words whose figure counts a noun right after it (في المنطقة 5 مهرجانات)."""
    return frozenset(match_form(row[0]) for row in read_rows("counting_label_words.tsv", 1))


@lru_cache(maxsize=1)
def edition_heads() -> frozenset[str]:
    """Heads of recurring events whose number is an edition (عيد طيبة 36، خليجي 23)."""
    return frozenset(match_form(row[0]) for row in read_rows("edition_heads.tsv", 1))


@lru_cache(maxsize=1)
def noun_stopwords() -> frozenset[str]:
    """Words that cannot be a counted noun."""
    return frozenset(match_form(row[0]) for row in read_rows("noun_stopwords.tsv", 1))


@lru_cache(maxsize=1)
def repetition_nouns() -> frozenset[str]:
    """Nouns that count times (مرة، مرات): ``repetition_nouns.tsv``."""
    return frozenset(match_form(row[0]) for row in read_rows("repetition_nouns.tsv", 1))


def listed_counted_noun(word: str) -> bool:
    """Whether a bare word (no article) is a countable noun or a noun of a fact the lexicon knows, its
    accusative -ا too (لاعبا، بلاغا): a noun a figure before it counts."""
    return any(form in countable_nouns() or form in fact_nouns() for form in (word, word.rstrip("ا")))


@lru_cache(maxsize=1)
def hit_nouns() -> frozenset[str]:
    """Nouns of what hits a victim (طلقات، طعنات، قذائف): ``hit_nouns.tsv``."""
    return frozenset(match_form(row[0]) for row in read_rows("hit_nouns.tsv", 1))


@lru_cache(maxsize=1)
def frequency_words() -> frozenset[str]:
    """Adverbs of frequency after a count of times (مرتين سنويا): ``frequency_words.tsv``."""
    return frozenset(match_form(row[0]) for row in read_rows("frequency_words.tsv", 1))


@lru_cache(maxsize=1)
def measure_units() -> frozenset[str]:
    """Units of measure after "N و M" that make the two one range (44 و46 درجة): ``measure_units.tsv``."""
    return frozenset(match_form(row[0]) for row in read_rows("measure_units.tsv", 1))


@lru_cache(maxsize=1)
def lone_units() -> frozenset[str]:
    """Units and currencies that count one of them alone after "about" (نحو طن): ``lone_units.tsv``."""
    return frozenset(match_form(row[0]) for row in read_rows("lone_units.tsv", 1))


@lru_cache(maxsize=1)
def signed_units() -> frozenset[str]:
    """Units whose figure may be below zero (درجة): ``signed_units.tsv``."""
    return frozenset(match_form(row[0]) for row in read_rows("signed_units.tsv", 1))


@lru_cache(maxsize=1)
def sign_words_after() -> tuple[str, ...]:
    """Words after a signed unit that make its figure negative (تحت الصفر، بالسالب): ``sign_words_after.tsv``."""
    return tuple(match_form(row[0]) for row in read_rows("sign_words_after.tsv", 1))


@lru_cache(maxsize=1)
def money_bounds() -> dict[str, str]:
    """Words that bound a sum of money only, standing alone right before its figure (تحت 46
    دولارا): ``money_bounds.tsv``, word to role."""
    return {match_form(p): role for p, role in read_rows("money_bounds.tsv", 2)}


@lru_cache(maxsize=1)
def adjective_label_heads() -> frozenset[str]:
    """Words of a text whose number may follow one relative adjective (القرار الأممي 2216):
    ``adjective_label_heads.tsv``."""
    return frozenset(match_form(row[0]) for row in read_rows("adjective_label_heads.tsv", 1))


@lru_cache(maxsize=1)
def glued_words() -> frozenset[str]:
    """Words typed glued to the figure after them (أقصى600، حدود70): ``glued_words.tsv``."""
    return frozenset(match_form(row[0]) for row in read_rows("glued_words.tsv", 1))


@lru_cache(maxsize=1)
def sum_followers() -> frozenset[str]:
    """Words after an amount that name nothing it counts (أخرى، لكل): ``sum_followers.tsv``."""
    return frozenset(match_form(row[0]) for row in read_rows("sum_followers.tsv", 1))


@lru_cache(maxsize=1)
def disease_words() -> frozenset[str]:
    """Diseases, whose cases are infections, not injuries (فيروس، سرطان): ``disease_words.tsv``."""
    return frozenset(match_form(row[0]) for row in read_rows("disease_words.tsv", 1))


@lru_cache(maxsize=1)
def money_heads() -> frozenset[str]:
    """Nouns naming a sum of money (تكلفة، قيمة، ميزانية): ``money_heads.tsv``."""
    return frozenset(match_form(row[0]) for row in read_rows("money_heads.tsv", 1))


@lru_cache(maxsize=1)
def money_verbs() -> frozenset[str]:
    """Verbs of paying and spending whose object is a sum (دفع، إنفاق، ضخ، تدر): ``money_verbs.tsv``."""
    return frozenset(match_form(row[0]) for row in read_rows("money_verbs.tsv", 1))


@lru_cache(maxsize=1)
def count_words_before() -> frozenset[str]:
    """Words right before a figure that make it a count, not a year (بعدد، بإجمالي): ``count_words_before.tsv``."""
    return frozenset(match_form(row[0]) for row in read_rows("count_words_before.tsv", 1))


@lru_cache(maxsize=1)
def headcount_words() -> frozenset[str]:
    """Words announcing a count of people (عدد، سكان، مستخدمين): ``headcount_words.tsv``."""
    return frozenset(match_form(row[0]) for row in read_rows("headcount_words.tsv", 1))


@lru_cache(maxsize=1)
def group_nouns() -> dict[str, dict[str, float]]:
    """``group_nouns.tsv`` by role: "group" (ثنائي → 2: a duo of named people), "not_after" (the
    words after it that make it no group of names besides noun_stopwords.tsv: بيني، على …)."""
    table: dict[str, dict[str, float]] = {"group": {}, "not_after": {}}
    for word, role, value in read_rows("group_nouns.tsv", 3):
        table[role][match_form(word)] = float(value) if value else 0.0
    return table


@lru_cache(maxsize=1)
def lone_fractions() -> dict[str, dict[str, float]]:
    """``lone_fractions.tsv`` by role: "fraction" (النصف → 0.5), "lead" (إلى، بمقدار: the words
    before a lone definite fraction that make it a measure), "not_before" (نفسه، ذاته)."""
    table: dict[str, dict[str, float]] = {"fraction": {}, "lead": {}, "not_before": {}}
    for word, role, value in read_rows("lone_fractions.tsv", 3):
        table[role][match_form(word)] = float(value) if value else 0.0
    return table


@lru_cache(maxsize=1)
def not_numbers() -> frozenset[str]:
    """Phrases holding a number word that are no number (وست هام، الثالث عشر، في آن واحد)."""
    return frozenset(match_form(row[0]) for row in read_rows("not_numbers.tsv", 1))


# (matching form) "1400 سنة ضوئية"، "بسنوات ضوئية": after a unit of time, a light year — a distance, no time
# and no duration; read by the time stage (drops the time) and the facts stage (counts the figure)
LIGHT_YEAR_AFTER_RE = re.compile(r"[^\S\n]*(?:ال)?ضوئي")


@lru_cache(maxsize=1)
def letter_names() -> frozenset[str]:
    """Matching forms of Latin letter names spelt in Arabic (بي، سي، إف): abbreviations' letters."""
    return frozenset(match_form(row[0]) for row in read_rows("letter_names.tsv", 1))


@lru_cache(maxsize=1)
def letters_after_figures() -> tuple[str, ...]:
    """Matching forms of the letter names that make the figure before them a name (4 كيه: 4K)."""
    return tuple(match_form(row[0]) for row in read_rows("letters_after_figures.tsv", 1))


@lru_cache(maxsize=1)
def letters_before_figures() -> frozenset[str]:
    """Matching forms of the letter names that make the figure after them a name (إف 16: F-16)."""
    return frozenset(match_form(row[0]) for row in read_rows("letters_before_figures.tsv", 1))


@lru_cache(maxsize=1)
def letter_name_endings() -> frozenset[str]:
    """The last letters of ``letters_before_figures``: a cheap first test of the word before a figure."""
    return frozenset(word[-1] for word in letters_before_figures())


@lru_cache(maxsize=1)
def plural_shaped_singulars() -> frozenset[str]:
    """Matching forms of singulars shaped as broken plurals (أربعاء، ثلاثاء): no counted plural."""
    return frozenset(match_form(row[0]) for row in read_rows("plural_shaped_singulars.tsv", 1))


@lru_cache(maxsize=1)
def short_broken_plurals() -> frozenset[str]:
    """Matching forms of broken plurals shorter than the shapes ``looks_plural`` knows (دول، نواب):
    a figure with the article after them counts them."""
    return frozenset(match_form(row[0]) for row in read_rows("short_broken_plurals.tsv", 1))


@lru_cache(maxsize=1)
def era_words() -> dict[str, str]:
    """Words of an era after a figure (م، هـ، ميلادي، هجرية …) → kind, "letter" or "word": see
    ``era_words.tsv``."""
    return {match_form(form): kind for form, kind in read_rows("era_words.tsv", 2)}


@lru_cache(maxsize=1)
def score_words() -> dict[str, frozenset[str]]:
    """Words that make a count of goals a sports score, by kind ("noun", "after", "before"):
    see ``score_words.tsv``."""
    kinds: dict[str, set[str]] = {}
    for form, kind in read_rows("score_words.tsv", 2):
        kinds.setdefault(kind, set()).add(match_form(form))
    return {kind: frozenset(forms) for kind, forms in kinds.items()}


@lru_cache(maxsize=1)
def grade_words() -> dict[str, frozenset[str]]:
    """Words that make a count of stars a grade ("فندق 5 نجوم"), by kind ("noun", "before"): see
    ``grade_words.tsv``."""
    kinds: dict[str, set[str]] = {}
    for form, kind in read_rows("grade_words.tsv", 2):
        kinds.setdefault(kind, set()).add(match_form(form))
    return {kind: frozenset(forms) for kind, forms in kinds.items()}


@lru_cache(maxsize=1)
def compound_heads() -> frozenset[str]:
    """Counted nouns that take their complement along (فرصة عمل)."""
    return frozenset(match_form(row[0]) for row in read_rows("compound_heads.tsv", 1))


@lru_cache(maxsize=1)
def own_letter_nouns() -> frozenset[str]:
    """Nouns whose first letter looks like a proclitic but is their own (فعالية، وجبة، وفيات),
    without the case alef (see ``own_letter_nouns.tsv``)."""
    return frozenset(match_form(row[0]).removesuffix("ا") for row in read_rows("own_letter_nouns.tsv", 1))


@lru_cache(maxsize=1)
def whole_nouns() -> frozenset[str]:
    """Singular nouns of things that come whole (فرد، عبوة), without the case alef: "21.192 فرداً"
    is 21,192 (see ``whole_nouns.tsv``)."""
    return frozenset(match_form(row[0]).removesuffix("ا") for row in read_rows("whole_nouns.tsv", 1))


@lru_cache(maxsize=1)
def one_of_triggers() -> tuple[str, ...]:
    """Matching forms of the casualty words after which a lone أحد/إحدى counts one
    (``one_of_triggers.tsv``: "مقتل أحد أفراد الشرطة")."""
    return tuple(match_form(row[0]) + " " for row in read_rows("one_of_triggers.tsv", 1))


@lru_cache(maxsize=1)
def participle_duals() -> dict[str, frozenset[str]]:
    """Matching form of an oblique dual that is also a participle (موقعين) → the matching forms
    of the words after it that make it the participle (على، عشرات: ``participle_duals.tsv``)."""
    rows = read_rows("participle_duals.tsv", 2)
    return {match_form(dual): frozenset(match_form(w) for w in after.split()) for dual, after in rows}


@lru_cache(maxsize=1)
def not_duals() -> frozenset[str]:
    """Words that end like a dual but are none (بروتين، روتين، طالبان)."""
    return frozenset(match_form(row[0]) for row in read_rows("not_duals.tsv", 1))


@lru_cache(maxsize=1)
def word_counts() -> dict[str, int]:
    """The text package's word frequencies, keyed by matching form (ة → ه)."""
    from khabar.text.lexicon import vocabulary

    counts: dict[str, int] = {}
    for word, count in vocabulary().items():
        key = match_form(word)
        counts[key] = counts.get(key, 0) + count
    return counts


def feminine_dual_lemma(form: str) -> str | None:
    """``جلستين`` → ``جلسه``: a -تين/-تان word whose singular in ة is a known word.

    The feminine sound plural ends in -ات, so -تين/-تان is a dual once the
    singular exists (tested against the frequency lexicon: at least 3 uses).
    """
    if len(form) < 5 or form[-3:] not in ("تين", "تان") or form in not_duals():
        return None
    stem = form[:-3]
    singular = stem + "ه"
    counts = word_counts()
    if counts.get(singular, 0) >= 3:
        return singular
    # The frequency lexicon is small: a noun seen once bare (سفارة) is known as well from its
    # definite form and its -ات plural (السفارة، سفارات), which only a noun in ة has.
    uses = counts.get(singular, 0) + counts.get("ال" + singular, 0) + counts.get(stem + "ات", 0) + counts.get("ال" + stem + "ات", 0)
    return singular if uses >= 3 else None


def feminine_dual_lemma_seen_once(form: str) -> str | None:
    """``feminine_dual_lemma``, or the singular of a -تين/-تان word seen even once or twice in
    the frequency lexicon (ندوتين، حادثتان، جرافتان، وجبتين: the lexicon is small, and the gold
    counts such indefinite duals), unless the word may be the sound plural of a masculine
    participle in ت (لافتين، صامتين: لافت is a word). Asked for an indefinite dual only: the
    construct -تي keeps the stricter test (مشاهدتي، مصلحتي are "my" more often than two)."""
    singular = feminine_dual_lemma(form)
    if singular is not None or len(form) < 5 or form[-3:] not in ("تين", "تان") or form in not_duals():
        return singular
    stem = form[:-3]
    counts = word_counts()
    if len(stem) < 3 or counts.get(stem + "ت", 0) + counts.get("ال" + stem + "ت", 0):
        return None  # (لافتين: those pointing out)
    uses = counts.get(stem + "ه", 0) + counts.get("ال" + stem + "ه", 0) + counts.get(stem + "ات", 0) + counts.get("ال" + stem + "ات", 0)
    return stem + "ه" if uses else None


@lru_cache(maxsize=1)
def nominative_construct_forms() -> dict[str, str]:
    """Matching form of the nominative construct dual of a masculine countable noun (رئيسا،
    لاعبا: the noun + ا, its -ان dropped before a genitive) → the lemma. Nouns in ي or ى are left
    out (سوريا، كوريا are names; سعوديا an accusative), and so are the forms of not_duals.tsv."""
    names = not_duals()
    forms: dict[str, str] = {}
    for lemma, _kind, _oblique, _listed in read_rows("countable_nouns.tsv", 4):
        if lemma.endswith(("ة", "ي", "ى")):
            continue
        form = match_form(lemma + "ا")
        if form not in names:
            forms[form] = lemma
    return forms


@lru_cache(maxsize=1)
def construct_genitive_stops() -> frozenset[str]:
    """Definite words after which a noun in -ا is an accusative, no construct dual (اليوم، الذي)."""
    return frozenset(match_form(row[0]) for row in read_rows("construct_genitive_stops.tsv", 1))


def known_noun(form: str) -> bool:
    """A matching form the frequency lexicon knows as a word at least 3 times, bare or with the
    article (a noun seen once bare, إجراء, is known as well from الإجراء)."""
    counts = word_counts()
    return counts.get(form, 0) + counts.get("ال" + form, 0) >= 3


@lru_cache(maxsize=1)
def people_nouns() -> frozenset[str]:
    """Matching forms of the nouns that count people (شخص، مواطنين، متهما)."""
    return frozenset(match_form(row[0]) for row in read_rows("people_nouns.tsv", 1))


@lru_cache(maxsize=1)
def lost_verbs() -> frozenset[str]:
    """Matching forms of "and were lost" before a count of people, its subject (وفقد 15 آخرون: missing)."""
    return frozenset(match_form(row[0]) for row in read_rows("lost_verbs.tsv", 1))


@lru_cache(maxsize=1)
def penalty_forms() -> frozenset[str]:
    """Matching forms of a trigger with its proclitics that names a sentence, not an execution
    (بالإعدام على خمسة): ``penalty_forms.tsv``."""
    return frozenset(match_form(row[0]) for row in read_rows("penalty_forms.tsv", 1))


@lru_cache(maxsize=1)
def exposure_verbs() -> frozenset[str]:
    """Matching forms of "was exposed to" before a count of people (وتعرض أربعة آخرون لإصابات: injured)."""
    return frozenset(match_form(row[0]) for row in read_rows("exposure_verbs.tsv", 1))


@lru_cache(maxsize=1)
def life_nouns() -> frozenset[str]:
    """Matching forms of "their lives" after a count of people who lost them (وفقد 52 شخصا أرواحهم: killed)."""
    return frozenset(match_form(row[0]) for row in read_rows("life_nouns.tsv", 1))


@lru_cache(maxsize=1)
def age_nouns() -> frozenset[str]:
    """Matching forms of the units of years after which a count of thousands is an age (مليون سنة)."""
    return frozenset(match_form(row[0]) for row in read_rows("age_nouns.tsv", 1))


@lru_cache(maxsize=1)
def duration_nouns() -> frozenset[str]:
    """Matching forms of the nouns whose count is a span of time (موسم، مواسم)."""
    return frozenset(match_form(row[0]) for row in read_rows("duration_nouns.tsv", 1))


@lru_cache(maxsize=1)
def parts_of_day() -> frozenset[str]:
    """Matching forms of the parts of the day a clock time ends with (مساء، صباحا)."""
    return frozenset(match_form(row[0]) for row in read_rows("parts_of_day.tsv", 1))
