"""Numbers as written in Arabic news: digits, number words, duals, and their mixtures.

One precompiled scan finds *atoms* on the matching form of the text (see
:func:`khabar.numbers.lexicon.match_form`): digit strings (Western, Arabic-Indic
and Persian digits are already ASCII there, ٫ and ٬ are . and ,), number
words with their proclitics (وعشرين، بثلاثة، العشرات), and duals of countable
nouns (رهينتين، أمريكيان). Adjacent atoms are then folded into *phrases* the
way Arabic composes numbers: ``خمسة وعشرون`` (25), ``ثلاثة عشر`` (13),
``ثلاث مئة`` (300), ``7 آلاف`` (7000), ``1.5 مليون``, ``ثلاثة ملايين و200
ألف`` (3,200,000), ``عشرات الآلاف`` (10,000–99,999).

>>> [(p.low, p.high, p.vague) for p in number_phrases(match("ثلاثة ملايين و200 ألف"))]
[(3200000, 3200000, False)]
>>> [p.low for p in number_phrases(match("مقتل خمسة وعشرين شخصا"))]
[25]
>>> [(p.low, p.high) for p in number_phrases(match("عشرات الآلاف"))]
[(10000, 99999)]
>>> parse_number("ثلاثة عشر"), parse_number("4,5 مليار"), parse_number("مئتي ألف")
(13, 4500000000, 200000)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from khabar.numbers import lexicon
from khabar.numbers.matching import indices_of, with_proclitics, word_columns
from khabar.numbers.regex import alternation

# Proclitics a number word may carry: و/ف, then ب/ك/ل or the article (بال، لل).
PROCLITICS = r"[وف]?(?:[بك]?ال|لل|[بلك])?"
# Proclitic strings allowed right before digits ("و200"، "ب5"، "بـ5" once tatweel is gone).
DIGIT_PROCLITICS = frozenset({
    "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "ال", "وال", "بال", "لل", "ولل", "وبال",
    "من", "في", "الي", "علي", "عن", "نحو", "حوالي",  # typed without a space: بدلا من1000
})
TEEN_TEN = 10  # عشر / عشرة after a unit makes a teen


def match(text: str) -> str:
    """Shorthand for :func:`khabar.numbers.lexicon.match_form` in examples and tests."""
    return lexicon.match_form(text)


@dataclass(slots=True)
class Atom:
    """One number token: ``start``/``end`` exclude its proclitics."""

    start: int
    end: int
    kind: str  # digits, unit, teen, ten, hundred, scale, scale2, plural, vague, fraction, dual
    value: float
    prefix: str = ""
    article: bool = False
    lemma: str | None = None  # for duals: the counted noun
    op: str = "start"  # how it combines with the atoms before it in its phrase


@dataclass(slots=True)
class NumberPhrase:
    """Atoms read as one number: exact (``low == high``) or a vague range."""

    start: int
    end: int
    low: float
    high: float
    vague: bool
    atoms: list[Atom] = field(default_factory=list)

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(a.kind for a in self.atoms)

    @property
    def is_dual(self) -> bool:
        return self.atoms[0].kind == "dual"

    @property
    def has_scale(self) -> bool:
        return any(a.kind in ("scale", "scale2", "plural") for a in self.atoms)


@lru_cache(maxsize=1)
def atom_regex() -> re.Pattern[str]:
    """Digits, or a number word / countable dual with its proclitics (tried where a word starts)."""
    words = alternation(lexicon.number_words())
    duals = alternation(lexicon.dual_forms())
    return re.compile(
        rf"(?<![0-9a-z_.,])(?P<digits>\d+ر\d+(?!\d)|\d+(?:[.,]\d+)*)(?![.,]?\d)"
        rf"|(?<!\w)(?P<pre>{PROCLITICS})(?:(?P<word>{words})|(?P<dual>{duals}))(?!\w)"
    )


FEMININE_DUAL_ENDINGS = ("تين", "تان")
DIGITS_RE = re.compile(r"(?P<digits>\d+(?:ر\d+(?!\d)|(?:[.,]\d+)*))(?![.,]?\d)(?![a-z])")
FEMININE_DUAL_END_RE = re.compile(r"ت[يا]ن(?!\w)")


@lru_cache(maxsize=1)
def _word_candidates() -> frozenset[str]:
    return with_proclitics([*lexicon.number_words(), *lexicon.dual_forms()])


def scan_atoms(text: str, start: int = 0, end: int | None = None) -> list[Atom]:
    """Number atoms of a matching-form ``text`` (see :func:`match`)."""
    stop = len(text) if end is None else end
    atoms = []
    for m in DIGITS_RE.finditer(text, start, stop):
        if m.start() > 0 and text[m.start() - 1] in "0123456789abcdefghijklmnopqrstuvwxyz_.,":
            continue
        atom = _digits_atom(text, m)
        if atom is not None:
            atoms.append(atom)
    candidates = _word_candidates()
    pattern = atom_regex()
    starts, words = word_columns(text)
    hits = indices_of(words, candidates)
    hits += [bisect_right(starts, m.start()) - 1 for m in FEMININE_DUAL_END_RE.finditer(text, start, stop)]
    for i in sorted(set(hits)):
        at, word = starts[i], words[i]
        if at < start or at >= stop:
            continue
        if word in candidates:
            m = pattern.match(text, at)
            atom = _word_atom(m) if m and m.group("pre") is not None else None
        else:
            atom = _feminine_dual(word, at)
        if atom is not None:
            atoms.append(atom)
    atoms.sort(key=lambda a: a.start)
    return atoms


def _digits_atom(text: str, m: re.Match[str]) -> Atom | None:
    begin = m.start()
    letters = begin
    while letters > 0 and text[letters - 1].isalpha():
        letters -= 1
    prefix = text[letters:begin]
    if prefix and prefix not in DIGIT_PROCLITICS:
        return None  # part of a word or a code (إف16)
    value = parse_digits(m.group("digits"))
    if value is None:
        return None
    return Atom(begin, m.end(), "digits", value, prefix)


def _word_atom(m: re.Match[str]) -> Atom | None:
    prefix = m.group("pre") or ""
    if m.group("dual"):
        form, start = m.group("dual"), m.start("dual")
        whole = prefix + form
        if prefix and whole in lexicon.number_words():
            return None
        if "ال" in prefix[-2:] or prefix.endswith("لل"):
            return None  # definite duals (الرهينتين، البلدين) point back, they count nothing new
        return Atom(start, m.end(), "dual", 2, prefix, lemma=lexicon.dual_forms()[form])
    form, start = m.group("word"), m.start("word")
    table = lexicon.number_words()
    if prefix and prefix + form in table:  # واحد is not و + احد
        form, start, prefix = prefix + form, m.start(), ""
    value, kind = table[form]
    article = prefix.endswith(("ال", "لل"))
    if article and kind == "ten":
        return None  # العشرين، الثلاثين: ordinals (القرن العشرين)
    if article and form == "اثنين":
        return None  # الاثنين is Monday
    return Atom(start, m.end(), kind, value, prefix, article)


PROCLITIC_RE = re.compile(PROCLITICS)


def _feminine_dual(whole: str, at: int) -> Atom | None:
    """``سيارتين`` → 2 سيارة (``whole`` may carry proclitics: وفترتين)."""
    if whole in lexicon.not_duals() or whole.startswith("ال"):
        return None  # الدولتين، اللتان: definite duals point back
    prefix = PROCLITIC_RE.match(whole).group()
    form = whole[len(prefix):]
    if prefix.endswith(("ال", "لل")) or form.startswith("ال"):
        return None
    if prefix and not lexicon.feminine_dual_lemma(form):
        prefix, form = "", whole  # وحدتين is no و + حدتين
    singular = lexicon.feminine_dual_lemma(form)
    if singular is None:
        return None
    return Atom(at + len(prefix), at + len(whole), "dual", 2, prefix, lemma=singular[:-1] + "ة")


def parse_digits(digits: str) -> float | None:
    """``1,500,000`` → 1500000; ``1.5`` and ``4,5`` → decimals; ``1.500.000`` → 1500000;
    ``5ر6`` → 6.5 (the Saudi press agency's decimal, fraction first in logical order)."""
    if "ر" in digits:
        fraction, _, whole = digits.partition("ر")
        return parse_digits(f"{whole}.{fraction}")
    if "," in digits and "." in digits:
        digits = digits.replace(",", "")
    if digits.count(",") == 1 and not re.fullmatch(r"\d{1,3},\d{3}", digits):
        digits = digits.replace(",", ".")  # 4,5 مليار: a decimal comma
    digits = digits.replace(",", "")
    if digits.count(".") > 1:
        digits = digits.replace(".", "")
    try:
        number = float(digits)
    except ValueError:
        return None
    return int(number) if number.is_integer() else number


def number_phrases(text: str, start: int = 0, end: int | None = None) -> list[NumberPhrase]:
    """Atoms of ``text`` folded into numbers (see module docstring)."""
    return group_atoms(text, scan_atoms(text, start, end))


def group_atoms(text: str, atoms: list[Atom]) -> list[NumberPhrase]:
    phrases: list[NumberPhrase] = []
    group: list[Atom] = []
    for atom in atoms:
        if group and _joins(text, group, atom):
            group.append(atom)
            continue
        if group and group[-1].kind == "dual" and atom.kind == "dual" and not atom.prefix and not text[group[-1].end : atom.start].strip():
            group[-1].end = atom.end  # هجومين انتحاريين: the adjective agrees, it adds nothing
            continue
        _close(group, phrases)
        atom.op = "start"
        group = [atom]
    _close(group, phrases)
    return phrases


def _joins(text: str, group: list[Atom], atom: Atom) -> bool:
    """Whether ``atom`` continues the number ``group`` (and how: sets ``atom.op``)."""
    last = group[-1]
    if last.kind == "dual" or atom.kind == "dual":
        return False
    gap = text[last.end : atom.start - len(atom.prefix)]
    if len(gap) > 3 or "\n" in gap:
        return False
    waw = atom.prefix == "و" or gap.strip() == "و"
    if gap.strip() not in ("", "و") or (atom.prefix and not waw and not atom.article):
        return False
    if waw:
        return _joins_with_waw(group, last, atom)
    return _joins_plain(last, atom)


def _joins_plain(last: Atom, atom: Atom) -> bool:
    if atom.kind in ("scale", "plural"):
        if atom.article and last.kind != "vague":
            return False  # only عشرات الآلاف takes the article
        if last.kind in ("digits", "unit", "ten", "hundred", "vague", "fraction", "teen") or (
            last.kind == "scale" and atom.value > last.value
        ):
            atom.op = "scale"
            return True
        return False
    if atom.article:
        return False
    if atom.kind == "unit" and atom.value == TEEN_TEN and last.kind in ("unit", "teen") and last.value < 10:
        atom.op = "teen"
        return last.kind == "teen" or last.op == "start"
    if atom.kind == "hundred" and atom.value == 100 and last.kind == "unit" and 3 <= last.value <= 9:
        atom.op = "hundreds"
        return True
    return False


def _joins_with_waw(group: list[Atom], last: Atom, atom: Atom) -> bool:
    if atom.article:
        return False
    if atom.kind == "ten" and last.kind == "unit" and last.value < 10 and last.op == "start":
        atom.op = "add"
        return True
    magnitude = _last_magnitude(group)
    if atom.kind in ("digits", "unit", "ten", "hundred") and magnitude and atom.value < magnitude:
        atom.op = "add"
        return True
    return False


def _last_magnitude(group: list[Atom]) -> float:
    """The scale or hundred the group last reached (ألف، مئة), 0 when none."""
    for atom in reversed(group):
        if atom.kind in ("scale", "scale2", "plural"):
            return atom.value
        if atom.kind == "hundred":
            return 100
    return 0


def _close(group: list[Atom], phrases: list[NumberPhrase]) -> None:
    if not group:
        return
    if group[0].kind == "teen" and len(group) == 1:
        return  # أحد / إحدى without عشر: "one of", not a number
    if group[0].kind == "fraction" and len(group) == 1:
        return
    low, high, vague = evaluate(group)
    phrases.append(NumberPhrase(group[0].start, group[-1].end, low, high, vague, list(group)))


def evaluate(group: list[Atom]) -> tuple[float, float, bool]:
    """Value range of a phrase: ``(low, high, vague)``; ``low == high`` when exact."""
    total_lo = total_hi = 0.0
    cur_lo = cur_hi = 0.0  # what is pending below the latest scale, [lo, hi)
    pending = vague = False
    for atom in group:
        if atom.kind == "dual":
            return 2, 2, False
        if atom.kind == "vague":
            cur_lo, cur_hi, pending, vague = atom.value, atom.value * 10 if atom.value >= 10 else 10, True, True
        elif atom.kind == "scale2":
            total_lo += atom.value
            total_hi += atom.value
        elif atom.op == "scale" or atom.kind in ("scale", "plural"):
            if not pending:
                if atom.kind == "plural":
                    cur_lo, cur_hi, vague = 1, 10, True
                else:
                    cur_lo = cur_hi = 1
            total_lo += cur_lo * atom.value
            total_hi += cur_hi * atom.value
            cur_lo = cur_hi = 0
            pending = False
        elif atom.op == "hundreds":
            cur_lo *= 100
            cur_hi *= 100
        else:
            cur_lo += atom.value
            cur_hi += atom.value
            pending = True
    low = total_lo + cur_lo
    high = total_hi + cur_hi
    if vague:
        high -= 1
    return _tidy(low), _tidy(high), vague


def _tidy(number: float) -> float:
    """539.55 × 10⁹ is 539550000000, not 539549999999.99994."""
    nearest = round(number)
    if abs(number - nearest) <= 1e-9 * max(1.0, abs(number)):
        return int(nearest)
    return round(number, 6)


def parse_number(text: str) -> float | None:
    """The value of a number written in digits, words or both (exact numbers only).

    >>> parse_number("ثلاثمائة وخمسين"), parse_number("١٢٠ ألف"), parse_number("بضعة")
    (350, 120000, None)
    """
    phrases = number_phrases(match(text))
    if len(phrases) != 1 or phrases[0].vague:
        return None
    return phrases[0].low
