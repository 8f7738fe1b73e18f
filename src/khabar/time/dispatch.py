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


def opening_runs(pattern: str) -> OpeningRuns:
    """The runs of letters ``pattern`` can open with; :class:`Unlisted` when they cannot be listed."""
    full: set[str] = set()
    prefixes: set[str] = set()
    open_runs = _walk(re_parser.parse(pattern).data, {""}, full, prefixes)
    return OpeningRuns(frozenset(full), frozenset(open_runs), frozenset(prefixes))


def _walk(items, runs: set[str], full: set[str], prefixes: set[str]) -> set[str]:
    """Runs still open (letters only, not yet ended) after the sequence ``items``, from ``runs``;
    runs that meet a character that is no letter go to ``full``, runs too many to follow go to
    ``prefixes`` as their first letters."""
    for op, arg in items:
        if not runs:
            return runs
        if op is C.LITERAL:
            runs = _consume(runs, _letter_class({chr(arg)}), full)
        elif op is C.IN:
            runs = _consume(runs, _charset(arg), full)
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero width: passed over, which only admits more
        elif op is C.SUBPATTERN:
            runs = _walk(arg[-1], runs, full, prefixes)
        elif op is C.BRANCH:
            runs = set().union(*(_walk(branch, set(runs), full, prefixes) for branch in arg[1]))
        elif op is C.GROUPREF_EXISTS:
            _, yes, no = arg
            runs = _walk(yes, set(runs), full, prefixes) | (_walk(no, set(runs), full, prefixes) if no else set(runs))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            runs = _repeat(arg, runs, full, prefixes)
        elif op is C.ATOMIC_GROUP:
            runs = _walk(arg, runs, full, prefixes)
        else:  # ANY, NOT_LITERAL, GROUPREF…
            raise Unlisted(op)
        if len(runs) > MAX_RUNS:
            runs = _give_up(runs, prefixes)
    return runs


def _give_up(runs: set[str], prefixes: set[str]) -> set[str]:
    """Too many runs to follow: their first letters stand for them, and any continuation."""
    prefixes.update(run[:PREFIX_LETTERS] for run in runs)
    return set()


def _repeat(arg, runs: set[str], full: set[str], prefixes: set[str]) -> set[str]:
    """Runs after a repeat: those of every round from its minimum on, followed round by round
    until a round brings no run the counted rounds have not brought (then no later round can:
    each round's runs come from the round before, run by run)."""
    low, high, items = arg
    result = set(runs) if low == 0 else set()
    current = runs
    count = 0
    while current:
        count += 1
        current = _walk(items, set(current), full, prefixes)
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
