"""Compact regular expressions from word lists.

A lexicon of a few hundred forms written as ``a|b|c`` makes the regex engine
try every branch at every position; folded into a trie (``ثلاث(?:ة|مئة|مائة)?``)
it tries one branch per letter. Longer forms come first at each node, so the
longest form wins before the word-boundary check.

>>> alternation(["ثلاث", "ثلاثة", "ثلاثمئة"])
'ثلاث(?:مئة|ة)?'
>>> import re
>>> re.fullmatch(alternation(["لقي حتفه", "لقوا حتفهم"]), "لقوا حتفهم") is not None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex matching exactly ``words`` (a space in a word matches any run of spaces)."""
    trie: dict = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _pattern(trie) or "(?!)"


def _pattern(node: dict) -> str:
    ends_here = "" in node
    branches = []
    for char in sorted((c for c in node if c), key=lambda c: -_depth(node[c])):
        branches.append(_char(char) + _pattern(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        body = (body if len(branches) > 1 or len(branches[0]) == 1 else "(?:" + body + ")") + "?"
    return body


def _depth(node: dict) -> int:
    return 1 + max((_depth(child) for char, child in node.items() if char), default=0)


def _char(char: str) -> str:
    return r"\s+" if char == " " else re.escape(char)
