"""The characters a regex match can start with, to test a line against few rules.

Testing every line of every article against every boilerplate rule costs a
few microseconds a line even when nothing matches, because Python's ``re``
tries each branch of an alternation in turn. Almost every rule starts with a
word ("شارك", "المصدر", "اقرأ"), so the rules that can match a line are known
from its first character: this module reads a rule's parsed form to find
those characters. Lines are stripped, so leading whitespace is ignored.

>>> sorted(first_chars(r"(?:شارك|تابع)\\s+\\S+"))
['ت', 'ش']
>>> first_chars(r".{0,80}©") is None
True
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

MAX_RANGE = 400  # a class range wider than this counts as "any character"
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))
First = tuple[set[str] | None, bool]  # (characters or None for any, can match empty)


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Characters a non-empty match of ``pattern`` can start with; ``None`` when any can.

    Whitespace is left out (lines are stripped). Under ``re.IGNORECASE`` both
    cases are included.
    """
    try:
        chars, _nullable = first_of_sequence(list(sre_parse.parse(pattern, flags)))
    except (re.error, TypeError, ValueError, AttributeError):
        return None
    if chars is None:
        return None  # (an empty match is no concern: lines are never empty)
    if flags & re.IGNORECASE:
        chars = chars | {c.lower() for c in chars} | {c.upper() for c in chars}
    return frozenset(chars)


def first_of_sequence(items: list[tuple[Any, Any]]) -> First:
    """First characters of a sequence: those of each item until one cannot be empty."""
    result: set[str] = set()
    for op, av in items:
        chars, nullable = first_of_item(op, av)
        if chars is None:
            return None, False
        result |= chars
        if not nullable:
            return result, False
    return result, True


def first_of_item(op: Any, av: Any) -> First:
    """First characters of one parsed item (literal, class, group, branch, repeat…)."""
    if op is sre.LITERAL:
        return {chr(av)}, False
    if op is sre.IN:
        return first_of_class(av), False
    if op is sre.BRANCH:
        return first_of_branches(av[1])
    if op is sre.SUBPATTERN:
        return first_of_sequence(list(av[-1]))
    if op in REPEATS:
        low, _high, sub = av
        chars, nullable = first_of_sequence(list(sub))
        return chars, nullable or low == 0
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True  # zero-width: ignoring a lookahead only widens the set
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return first_of_sequence(list(av))
    return None, False


def first_of_branches(branches: list[Any]) -> First:
    """First characters of an alternation: the union over its branches."""
    result: set[str] = set()
    nullable = False
    for branch in branches:
        chars, empty = first_of_sequence(list(branch))
        if chars is None:
            return None, False
        result |= chars
        nullable = nullable or empty
    return result, nullable


def first_of_class(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Members of a character class; ``None`` for negated, wide or category classes.

    ``\\s`` adds nothing (lines are stripped) and ``\\d`` the ASCII digits
    (lines are folded, Arabic-Indic digits become ASCII).
    """
    result: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            result.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] <= MAX_RANGE:
            result.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av is sre.CATEGORY_SPACE:
            continue
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            result.update("0123456789")  # lines are folded: Arabic-Indic digits are ASCII
        else:
            return None
    return result


def required_keys(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains, else ``None``.

    Read from the top level of the pattern: a run of literals, a small
    character class, or an alternation whose branches all open with literals.
    The longest such choice wins (its shortest member decides). Under
    ``re.IGNORECASE`` the keys are lower case.
    """
    try:
        items = list(sre_parse.parse(pattern, flags))
    except (re.error, TypeError, ValueError, AttributeError):
        return None
    candidates = [keys for keys in top_level_keys(items) if keys and all(keys)]
    if not candidates:
        return None
    best = max(candidates, key=lambda keys: min(len(k) for k in keys))
    return tuple(k.lower() for k in best) if flags & re.IGNORECASE else best


def top_level_keys(items: list[tuple[Any, Any]]) -> list[tuple[str, ...]]:
    """Candidate key sets at the top level of a parsed pattern."""
    candidates: list[tuple[str, ...]] = []
    run = ""
    for op, av in items:
        if op is sre.LITERAL:
            run += chr(av)
            continue
        candidates.append((run,))
        run = ""
        if op is sre.IN:
            members = first_of_class(av)
            if members and len(members) <= 4:
                candidates.append(tuple(members))
        elif op is sre.SUBPATTERN or op is sre.BRANCH:
            candidates.append(branch_keys(op, av))
    candidates.append((run,))
    return candidates


def branch_keys(op: Any, av: Any) -> tuple[str, ...]:
    """The literal openings of an alternation's branches (empty if one has none)."""
    if op is sre.SUBPATTERN:
        inner = list(av[-1])
        if len(inner) != 1 or inner[0][0] is not sre.BRANCH:
            return ()
        av = inner[0][1]
    keys = []
    for branch in av[1]:
        opening = ""
        for item_op, item_av in branch:
            if item_op is not sre.LITERAL:
                break
            opening += chr(item_av)
        keys.append(opening)
    return tuple(keys)
