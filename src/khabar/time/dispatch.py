"""Which of the time scanner's alternatives can match at a start, from the letters that open it.

The scanner is one long alternation, and Python's regex engine tries every
alternative in turn at a start: most fail, several letters in (a try from
``في`` before ``12 يوليو`` walks into some twenty alternatives before giving
up). Each alternative opens with a few known words, so the run of letters at
the start decides, before any try, which alternatives could match there at all.

For every alternative, :func:`opening_runs` reads its parsed pattern and lists
the runs of letters it can open with: the runs it can consume before a
character that is not a letter (a space, a digit, a slash), and the runs after
which it can end. An alternative can match at a start only if the text's run
of letters there (up to the first character that is no letter) is one of the
first, or begins with one of the second. Assertions are passed over, so the
lists hold every run that can occur (and perhaps more): keeping the
alternatives whose lists admit the run, in their order, changes no match.
Where the runs would be too many (a number word written against its unit:
ثلاثهايام), their first letters stand for them, as prefixes any run may
continue; an opening that cannot be listed at all (``\\w+``, a back reference)
keeps the alternative everywhere.

>>> runs = opening_runs(r"(?:في[^\\S\\n]+)?(?:يوم|ليله)(?:[^\\S\\n]+\\d+)?(?!\\w)")
>>> sorted(runs.full), sorted(runs.ends)
(['في', 'ليله', 'يوم'], ['ليله', 'يوم'])
>>> runs.may_open("يوم"), runs.may_open("ليل"), runs.may_open("فيما")
(True, False, False)
"""

from __future__ import annotations

from dataclasses import dataclass
from re import _constants as C  # the parsed form of a pattern
from re import _parser as re_parser

MAX_RUNS = 2_000  # more open runs than this: their first letters stand for them
PREFIX_LETTERS = 4
MAX_ROUNDS = 16  # rounds of a repeat followed before its runs are given up


class Unlisted(Exception):
    """The pattern's opening cannot be listed as runs of letters."""


@dataclass(frozen=True)
class OpeningRuns:
    """The runs of letters a pattern can open with."""

    full: frozenset[str]  # runs consumed before a character that is no letter
    ends: frozenset[str]  # runs the match can end after
    prefixes: frozenset[str]  # beginnings of runs too many to list: any continuation is possible

    def may_open(self, run: str) -> bool:
        """Whether the pattern can match where the text's letters begin with ``run`` (the whole run
        of letters there, up to the first character that is no letter)."""
        if run in self.full:
            return True
        ends, prefixes = self.ends, self.prefixes
        return any(run[:n] in ends for n in range(len(run) + 1)) or any(
            run[:n] in prefixes for n in range(min(len(run), PREFIX_LETTERS) + 1)
        )


    def may_open_pair(self, pair: str, complete: bool) -> bool:
        """Whether the pattern can match where the text holds ``pair``: a run of letters, one
        space and the first letters of the next word's run (all of it when ``complete``), as
        :func:`opening_pairs` lists them."""
        if complete and pair in self.full:
            return True
        ends, prefixes = self.ends, self.prefixes
        return any(pair[:n] in ends or pair[:n] in prefixes for n in range(len(pair) + 1))


def opening_runs(pattern: str) -> OpeningRuns:
    """The runs of letters ``pattern`` can open with; :class:`Unlisted` when they cannot be listed."""
    full: set[str] = set()
    prefixes: set[str] = set()
    open_runs = _walk(re_parser.parse(pattern).data, {""}, full, prefixes)
    return OpeningRuns(frozenset(full), frozenset(open_runs), frozenset(prefixes))


def _walk(items, runs: set[str], full: set[str], prefixes: set[str], pairs: bool = False) -> set[str]:
    """Runs still open (letters only, not yet ended) after the sequence ``items``, from ``runs``;
    runs that meet a character that is no letter go to ``full``, runs too many to follow go to
    ``prefixes`` as their first letters. With ``pairs``, a run goes on over one space into the
    next word's first letters (see :func:`opening_pairs`)."""
    for op, arg in items:
        if not runs:
            return runs
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero width: passed over, which only admits more
        if op is C.SUBPATTERN:
            runs = _walk(arg[-1], runs, full, prefixes, pairs)
        elif op is C.BRANCH:
            runs = set().union(*(_walk(branch, set(runs), full, prefixes, pairs) for branch in arg[1]))
        elif op is C.GROUPREF_EXISTS:
            _, yes, no = arg
            runs = _walk(yes, set(runs), full, prefixes, pairs) | (
                _walk(no, set(runs), full, prefixes, pairs) if no else set(runs)
            )
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            runs = _repeat(arg, runs, full, prefixes, pairs)
        elif op is C.ATOMIC_GROUP:
            runs = _walk(arg, runs, full, prefixes, pairs)
        elif not pairs:
            runs = _consume(runs, _character(op, arg), full)
        elif pairs is DIGIT_PAIRS:
            runs = _consume_digit_pair(runs, op, arg, full, prefixes)
        else:
            runs = _consume_pair(runs, op, arg, full, prefixes)
        if len(runs) > MAX_RUNS:
            runs = _give_up(runs, prefixes)
    return runs


def _character(op, arg) -> frozenset[str] | None:
    """The letters one character item matches (``None``: no letter); :class:`Unlisted` otherwise."""
    if op is C.LITERAL:
        return _letter_class({chr(arg)})
    if op is C.IN:
        return _charset(arg)
    raise Unlisted(op)  # ANY, NOT_LITERAL, GROUPREF…


def _give_up(runs: set[str], prefixes: set[str]) -> set[str]:
    """Too many runs to follow: their first letters stand for them, and any continuation."""
    prefixes.update(run[:PREFIX_LETTERS] for run in runs)
    return set()


def _repeat(arg, runs: set[str], full: set[str], prefixes: set[str], pairs: bool = False) -> set[str]:
    """Runs after a repeat: those of every round from its minimum on, followed round by round
    until a round brings no run the counted rounds have not brought (then no later round can:
    each round's runs come from the round before, run by run)."""
    low, high, items = arg
    result = set(runs) if low == 0 else set()
    current = runs
    count = 0
    while current:
        count += 1
        current = _walk(items, set(current), full, prefixes, pairs)
        if count >= low:
            if current <= result:
                break
            result |= current
        if high is not C.MAXREPEAT and count >= high:
            break
        if count > MAX_ROUNDS:
            _give_up(current, prefixes)  # a repeated run of letters: any continuation
            break
    return result


def _consume(runs: set[str], chars: frozenset[str] | None, full: set[str]) -> set[str]:
    """One character: a letter extends every run; a character that is no letter ends them."""
    if chars is None:  # no letter: every run is complete
        full |= runs
        return set()
    return {run + char for run in runs for char in chars}


NOT_LETTER = None
PAIR_LETTERS = 3  # letters of the second word a pair holds; a longer one goes to ``prefixes``


def opening_pairs(pattern: str, digits: bool = False) -> OpeningRuns:
    """As :func:`opening_runs`, for a start whose run of letters is followed by one space and the
    next word: the runs go on over that space (written " ") into the next word's first
    :data:`PAIR_LETTERS` letters ("في 12…" → "في ", "في الشهر" → "في الش", kept as a prefix).
    ``may_open_pair`` reads them. Every character item that may match a space is taken to do so
    (besides what else it matches), so that no pair that can occur is missed; a second word the
    walk cannot follow (``\\w+``) keeps its pair as a prefix, open to any continuation.

    With ``digits``, the first word is a number: each digit of it is written "0" and counts as a
    letter of its run ("400 مفتش" → "000 مفت"), so that a try at a number is narrowed by the word
    after it as a try at في is (:func:`_consume_digit_pair`)."""
    full: set[str] = set()
    prefixes: set[str] = set()
    open_runs = _walk(re_parser.parse(pattern).data, {""}, full, prefixes, pairs=DIGIT_PAIRS if digits else True)
    return OpeningRuns(frozenset(full), frozenset(open_runs), frozenset(prefixes))


DIGIT_PAIRS = "digits"  # the ``pairs`` of a walk whose first word is a number (see :func:`opening_pairs`)
DIGIT = "0"  # how a digit of that number is written in its run


def _consume_digit_pair(runs: set[str], op, arg, full: set[str], prefixes: set[str]) -> set[str]:
    """One character in a pair walk whose first word is a number: an item that may match a digit
    extends each run of the first word by :data:`DIGIT`; besides, the item is consumed as in a
    pair walk (so that what it matches other than a digit is followed too, and a digit ends a
    run of the second word, as there). Admitting more runs than can occur changes no match."""
    first = {run for run in runs if " " not in run}
    if not first or not _may_match_digit(op, arg):
        return _numbers_only(_consume_mixed_pair(runs, op, arg, full, prefixes))
    numbers = {run + DIGIT for run in first}
    if _only_digits(op, arg):
        second = runs - first
        return numbers | (_numbers_only(_consume_pair(second, op, arg, full, prefixes)) if second else set())
    return numbers | _numbers_only(_consume_mixed_pair(runs, op, arg, full, prefixes))


def _consume_mixed_pair(runs: set[str], op, arg, full: set[str], prefixes: set[str]) -> set[str]:
    """:func:`_consume_pair`, and for a class of letters and other characters (``[-–و]``, which the
    regex parser makes of "(?:[-–]|و)"), read after a number: a letter glued to the number would
    make its word no number (such runs are dropped), so for the first word the class only ends
    the run (and may be a space); for the second word it is open to any continuation."""
    try:
        return _consume_pair(runs, op, arg, full, prefixes)
    except Unlisted:
        if op is not C.IN or not arg or arg[0][0] is C.NEGATE or any(item_op not in (C.LITERAL, C.RANGE) for item_op, _ in arg):
            raise
    first = {run for run in runs if " " not in run}
    prefixes |= runs - first
    full |= first
    return {run + " " for run in first} if _may_match_space(op, arg) else set()


def _numbers_only(runs: set[str]) -> set[str]:
    """The runs whose first word can still be a number: a first word that took a letter (بين،
    الحادي…) is no number, and following it would only fill the lists (and make the walk give up)."""
    return {run for run in runs if " " in run or not run.strip(DIGIT)}


DIGIT_CATEGORIES = frozenset({C.CATEGORY_DIGIT, C.CATEGORY_UNI_DIGIT})
ALL_DIGITS_CATEGORIES = DIGIT_CATEGORIES | {  # categories that hold every digit
    C.CATEGORY_NOT_SPACE, C.CATEGORY_UNI_NOT_SPACE, C.CATEGORY_WORD, C.CATEGORY_UNI_WORD,
    C.CATEGORY_NOT_LINEBREAK, C.CATEGORY_UNI_NOT_LINEBREAK,
}


def _may_match_digit(op, arg) -> bool:
    """Whether a character item may match a digit: no only where that is certain."""
    if op is C.LITERAL:
        return chr(arg).isdigit()
    if op is not C.IN:
        return True
    if arg and arg[0][0] is C.NEGATE:  # [^\S\n]: a category that holds every digit leaves none
        return not any(item_op is C.CATEGORY and item_arg in ALL_DIGITS_CATEGORIES for item_op, item_arg in arg[1:])
    for item_op, item_arg in arg:
        if item_op is C.LITERAL and not chr(item_arg).isdigit():
            continue
        if item_op is C.RANGE and not any(chr(c).isdigit() for c in range(item_arg[0], min(item_arg[1], 0x10FFF) + 1)):
            continue
        if item_op is C.CATEGORY and item_arg not in WORD_CHARACTER_CATEGORIES and item_arg not in DIGIT_CATEGORIES:
            continue
        return True
    return False


def _only_digits(op, arg) -> bool:
    """Whether a character item matches digits only (``\\d``, ``[0-9]``, a digit)."""
    if op is C.LITERAL:
        return chr(arg).isdigit()
    if op is not C.IN or not arg or arg[0][0] is C.NEGATE:
        return False
    return all(
        (item_op is C.LITERAL and chr(item_arg).isdigit())
        or (item_op is C.RANGE and all(chr(c).isdigit() for c in range(item_arg[0], item_arg[1] + 1)))
        or (item_op is C.CATEGORY and item_arg in DIGIT_CATEGORIES)
        for item_op, item_arg in arg
    )


def _consume_pair(runs: set[str], op, arg, full: set[str], prefixes: set[str]) -> set[str]:
    """One character in a pair walk: a letter extends a run (in the second word, up to
    :data:`PAIR_LETTERS` letters, then the run is a prefix); a space carries a first word's run
    into the second; a character that is no letter ends the run."""
    try:
        letters = _character(op, arg)
    except Unlisted:
        if any(" " not in run for run in runs):
            raise  # in the first word: as :func:`opening_runs`
        prefixes |= runs  # in the second word: any continuation
        return set()
    if letters is not NOT_LETTER:
        extended = set()
        for run in runs:
            for letter in letters:
                longer = run + letter
                space = longer.find(" ")
                if space >= 0 and len(longer) - space - 1 >= PAIR_LETTERS:
                    prefixes.add(longer)
                else:
                    extended.add(longer)
        return extended
    # no letter: the run ends (it is full), but for a run that has just passed the space only if
    # the character may open the next word (a digit): a word follows that single space
    full |= runs if _may_match_word_character(op, arg) else {run for run in runs if not run.endswith(" ")}
    if not _may_match_space(op, arg):
        return set()
    # a space opens the second word; a second space after the first, or one after the second
    # word, cannot be what the key holds (one space between two words): those runs end here
    return {run + " " for run in runs if " " not in run}


WORD_CHARACTER_CATEGORIES = frozenset({  # categories that hold a character of \w that is no letter
    C.CATEGORY_DIGIT, C.CATEGORY_UNI_DIGIT, C.CATEGORY_WORD, C.CATEGORY_UNI_WORD, C.CATEGORY_NOT_SPACE,
    C.CATEGORY_UNI_NOT_SPACE, C.CATEGORY_NOT_DIGIT, C.CATEGORY_UNI_NOT_DIGIT, C.CATEGORY_NOT_LINEBREAK,
    C.CATEGORY_UNI_NOT_LINEBREAK,
})
ONLY_SPACES = frozenset({C.CATEGORY_NOT_SPACE, C.CATEGORY_UNI_NOT_SPACE})  # [^\S…]: spaces at most


def _word_character(char: str) -> bool:
    return (char.isalnum() or char == "_") and not char.isalpha()


def _may_match_word_character(op, arg) -> bool:
    """Whether a character item with no letter may match a character of ``\\w`` (a digit, ``_``):
    no only where that is certain (``[^\\S\\n]``, punctuation, spaces)."""
    if op is C.LITERAL:
        return _word_character(chr(arg))
    if op is not C.IN:
        return True
    if arg and arg[0][0] is C.NEGATE:
        return not any(item_op is C.CATEGORY and item_arg in ONLY_SPACES for item_op, item_arg in arg[1:])
    for item_op, item_arg in arg:
        if item_op is C.LITERAL and not _word_character(chr(item_arg)):
            continue
        if item_op is C.RANGE and not any(_word_character(chr(c)) for c in range(item_arg[0], item_arg[1] + 1)):
            continue
        if item_op is C.CATEGORY and item_arg not in WORD_CHARACTER_CATEGORIES:
            continue
        return True
    return False


SPACE_CATEGORIES = frozenset({
    C.CATEGORY_SPACE, C.CATEGORY_UNI_SPACE, C.CATEGORY_NOT_WORD, C.CATEGORY_UNI_NOT_WORD,
    C.CATEGORY_NOT_DIGIT, C.CATEGORY_UNI_NOT_DIGIT, C.CATEGORY_NOT_LINEBREAK, C.CATEGORY_UNI_NOT_LINEBREAK,
})


def _may_match_space(op, arg) -> bool:
    """Whether a character item with no letter may match " ": no only where that is certain (a
    literal, or a class of literals, ranges and categories that leave the space out)."""
    if op is C.LITERAL:
        return arg == 32
    if op is not C.IN or (arg and arg[0][0] is C.NEGATE):
        return True
    for item_op, item_arg in arg:
        if item_op is C.LITERAL and item_arg != 32:
            continue
        if item_op is C.RANGE and not item_arg[0] <= 32 <= item_arg[1]:
            continue
        if item_op is C.CATEGORY and item_arg not in SPACE_CATEGORIES:
            continue
        return True
    return False


def _letter_class(chars: set[str]) -> frozenset[str] | None:
    if all(c.isalpha() for c in chars):
        return frozenset(chars)
    if not any(c.isalpha() for c in chars):
        return NOT_LETTER
    raise Unlisted("letters and other characters in one class")


NO_LETTER_CATEGORIES = frozenset({
    C.CATEGORY_DIGIT, C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD, C.CATEGORY_LINEBREAK,
    C.CATEGORY_UNI_DIGIT, C.CATEGORY_UNI_SPACE, C.CATEGORY_UNI_NOT_WORD, C.CATEGORY_UNI_LINEBREAK,
})
EVERY_LETTER_CATEGORIES = frozenset({
    C.CATEGORY_NOT_SPACE, C.CATEGORY_WORD, C.CATEGORY_NOT_DIGIT, C.CATEGORY_NOT_LINEBREAK,
    C.CATEGORY_UNI_NOT_SPACE, C.CATEGORY_UNI_WORD, C.CATEGORY_UNI_NOT_DIGIT, C.CATEGORY_UNI_NOT_LINEBREAK,
})


def _charset(items) -> frozenset[str] | None:
    """The letters a character class matches, ``None`` when it matches no letter (``\\d``,
    ``[^\\S\\n]``, ``[/\\-.]``); :class:`Unlisted` when it matches some letters and something else."""
    if items and items[0][0] is C.NEGATE:
        # [^…] matches no letter only if its items together match every letter
        if any(op is C.CATEGORY and arg in EVERY_LETTER_CATEGORIES for op, arg in items[1:]):
            return NOT_LETTER
        raise Unlisted("a negated class")
    chars: set[str] = set()
    for op, arg in items:
        if op is C.LITERAL:
            chars.add(chr(arg))
        elif op is C.RANGE:
            if arg[1] - arg[0] > 256:
                raise Unlisted("a wide range")
            chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
        elif op is C.CATEGORY and arg in NO_LETTER_CATEGORIES:
            chars.add("0")  # stands for the category: no letter
        else:
            raise Unlisted(op)
    return _letter_class(chars)


def letter_run(text: str) -> str:
    """The run of letters ``text`` opens with."""
    for i, char in enumerate(text):
        if not char.isalpha():
            return text[:i]
    return text
