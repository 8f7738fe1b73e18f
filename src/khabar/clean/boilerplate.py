"""Boilerplate lines: what a scraped article carries that its author did not write.

Comment forms, share buttons, "read also" lists, breadcrumbs, copyright and
timestamp lines end up in the body text of scraped news, where they become
false entities, quotes and dates for every later stage. They are recognised
line by line with the hand-kept patterns of ``data/boilerplate.tsv``, tested
only on short lines, so a real paragraph that merely mentions "المصدر" or
"شارك" is never touched.

Cleaning must keep up with bulk imports (thousands of articles a second), so
a line is only folded and tested against the rules its first character
allows, or, for the few "contains" rules, when it holds one of their key
words; and folding is done with a few ``str.replace`` calls, several times
faster than a character-by-character ``str.translate``.

>>> match_line("شارك هذا المقال").kind
'share'
>>> match_line("وقال المصدر إن الاجتماع انتهى") is None
True
>>> match_line("المصدر: وكالة فرانس برس").source
'وكالة فرانس برس'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from khabar.clean.firstchars import first_chars, required_keys
from khabar.clean.outlets import read_data_lines
from khabar.text.normalize import normalize

MAX_LINE = 200  # longest line tested against whole-line patterns
MAX_CONTAINS = 160  # longest line tested against "contains" patterns
PREFIX_WINDOW = 80  # characters of a line tested against prefix patterns
# Unicode whitespace and the invisible marks that pad scraped lines.
EDGE_CHARS = (
    " \t\n\v\f\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
    "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
SUFFIX_WINDOW = 200  # characters at the end of a line tested against suffix patterns
MAX_HEADLINE_CHARS = 150  # a line of a related list is a headline, not a paragraph
MAX_HEADLINE_WORDS = 15
MAX_BLOCK_LINES = 15
SCOPES = ("line", "prefix", "block", "contains", "suffix")
MACRO_RE = re.compile(r"\{@(\w+)\}")
LATIN_RE = re.compile(r"[A-Za-z]")
UNSTABLE_RE = re.compile(r"[\sاأإآٱيىهةكک0-9]+")  # characters folding may change
NEVER = "(?!)"
LETTER_FOLDS = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ی", "ي"), ("ة", "ه"), ("ک", "ك"))
DELETED_RE = re.compile("[\u064b-\u065f\u0670\u0640\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
INDIC_DIGITS_RE = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
INDIC_DIGITS = str.maketrans({**{0x0660 + d: str(d) for d in range(10)}, **{0x06F0 + d: str(d) for d in range(10)}})


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern of the data file: its folded ``source``, and ``regex`` compiled alone."""

    kind: str
    scope: str
    source: str
    regex: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Rules:
    """The compiled rules, indexed for cheap tests.

    ``first[i]``: the folded characters rule ``i`` can start with (``None``:
    any). ``gate_keys``/``gate_latin``: key words one of which a line must
    hold before the "contains" rules are tried (``gate_always`` when a rule
    has none).
    """

    rules: tuple[Rule, ...]
    first: tuple[frozenset[str] | None, ...]
    whole: tuple[int, ...]  # indices of line and block rules
    prefix_first: frozenset[str] | None
    gate_always: bool
    gate_keys: tuple[str, ...]  # matched as written
    gate_latin: tuple[str, ...]  # with Latin letters: matched on the lower-cased line
    contains: re.Pattern[str]
    prefix: re.Pattern[str]
    suffix: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class LineMatch:
    """Why a line is boilerplate: its ``kind``, the rule's ``scope``, and for a
    source line the credited ``source`` as written."""

    kind: str
    scope: str
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Cut:
    """A stretch cleaning removed: ``text`` exactly as written, from line ``index``."""

    kind: str
    text: str
    index: int
    source: str | None = None

    def to_dict(self) -> dict[str, str]:
        """The contract's ``removed`` object."""
        return {"kind": self.kind, "text": self.text}


# --- loading ---------------------------------------------------------------


def expand_macros(pattern: str, macros: dict[str, str]) -> str:
    """Replace ``{@name}`` by the macro's regex, in a non-capturing group."""
    def replace(match: re.Match[str]) -> str:
        """The named macro, or an error naming the pattern that uses an unknown one."""
        if match.group(1) not in macros:
            raise ValueError(f"boilerplate.tsv: unknown macro {{@{match.group(1)}}} in {pattern!r}")
        return "(?:" + macros[match.group(1)] + ")"
    return MACRO_RE.sub(replace, pattern)


def fold_pattern(pattern: str) -> str:
    """A pattern in the matching form: non-ASCII characters folded, regex syntax untouched.

    Folding makes spellings such as انستغرام / إنستغرام one alternative twice;
    those duplicates are dropped, as inside a repeated group they make the
    regex backtrack exponentially on a line that almost matches.
    """
    folded = "".join(normalize(c, ta_marbuta=True) if c > "\x7f" else c for c in pattern)
    return dedupe_alternatives(folded)


def dedupe_alternatives(pattern: str) -> str:
    """The pattern with repeated alternatives of each group (and of the top level) dropped."""
    stack: list[tuple[str, list[list[str]]]] = [("", [[]])]  # (group opening, alternatives)
    position = 0
    while position < len(pattern):
        piece, position = next_piece(pattern, position)
        if piece == "|":
            stack[-1][1].append([])
        elif piece.startswith("("):
            stack.append((piece, [[]]))
        elif piece == ")" and len(stack) > 1:
            opening, alternatives = stack.pop()
            stack[-1][1][-1].append(opening + join_alternatives(alternatives) + ")")
        else:
            stack[-1][1][-1].append(piece)
    while len(stack) > 1:  # an unbalanced pattern: leave the rest as written, re reports it
        opening, alternatives = stack.pop()
        stack[-1][1][-1].append(opening + join_alternatives(alternatives))
    return join_alternatives(stack[0][1])


def next_piece(pattern: str, position: int) -> tuple[str, int]:
    """The next atom of a pattern: an escape, a whole character class, a group opening or one character."""
    char = pattern[position]
    if char == "\\":
        return pattern[position:position + 2], position + 2
    if char == "[":
        end = position + 1 + (pattern[position + 1:position + 2] == "^")
        end += pattern[end:end + 1] == "]"
        while end < len(pattern) and pattern[end] != "]":
            end += 2 if pattern[end] == "\\" else 1
        return pattern[position:end + 1], end + 1
    if char == "(":
        opening = re.match(r"\((?:\?P<\w+>|\?P=\w+\)|\?[:=!>]|\?<[=!]|\?[aiLmsux-]+[:)])?", pattern[position:])
        return opening.group(), position + len(opening.group())
    return char, position + 1


def join_alternatives(alternatives: list[list[str]]) -> str:
    """Alternatives joined with ``|``, each kept once, in order."""
    return "|".join(dict.fromkeys("".join(alternative) for alternative in alternatives))


def compile_rule(kind: str, pattern: str, scope: str) -> Rule:
    """Compile one rule; reject groups the shared alternations cannot carry."""
    if scope not in SCOPES:
        raise ValueError(f"boilerplate.tsv: scope {scope!r} is not one of {SCOPES}")
    source = fold_pattern(pattern)
    regex = re.compile(source, re.IGNORECASE)
    if regex.groups != len(regex.groupindex) or set(regex.groupindex) - {"src"}:
        raise ValueError(f"boilerplate.tsv: use (?:...) groups, and only (?P<src>...), in {pattern!r}")
    return Rule(kind, scope, source, regex)


def parse_rules(rows: Iterable[list[str]]) -> list[Rule]:
    """Rules from TSV rows, macros (``@name<TAB>regex``) expanded in order."""
    macros: dict[str, str] = {}
    rules: list[Rule] = []
    for row in rows:
        if row[0].startswith("@"):
            macros[row[0][1:]] = expand_macros(row[1], macros)
            continue
        if len(row) not in (2, 3):
            raise ValueError(f"boilerplate.tsv: expected kind<TAB>pattern[<TAB>scope], got {row!r}")
        scope = row[2].strip() if len(row) == 3 else "line"
        rules.append(compile_rule(row[0].strip(), expand_macros(row[1], macros), scope))
    return rules


def alternation(rules: list[Rule] | tuple[Rule, ...], indices: Iterable[int]) -> re.Pattern[str]:
    """One regex trying each rule in turn, rule ``i`` in group ``r<i>``."""
    parts = [f"(?P<r{i}>{rules[i].source.replace('(?P<src>', '(?:')})" for i in indices]
    return re.compile("|".join(parts) or NEVER, re.IGNORECASE)


def suffix_alternation(rules: list[Rule], indices: list[int]) -> re.Pattern[str]:
    """The suffix rules as one regex searched in a line's tail: a rule's match must close the line and
    follow the end of a sentence (or of a quotation or bracket closing one), so a sentence that merely
    opens with the same word ("سمات المرحلة …") in the middle of a paragraph is never cut."""
    if not indices:
        return re.compile(NEVER)
    body = alternation(rules, indices).pattern
    return re.compile(r"(?<=[.!?؟…»\"”)])\s*(?:" + body + r")\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    """Read and compile ``boilerplate.tsv`` once, on first use."""
    rules = parse_rules(read_data_lines("boilerplate.tsv"))
    scoped = {scope: [i for i, r in enumerate(rules) if r.scope == scope] for scope in SCOPES}
    first = tuple(first_chars(r.source, re.IGNORECASE) for r in rules)
    gates = [raw_keys(rules[i]) for i in scoped["contains"]]
    keys = [key for keys in gates if keys for key in keys]
    return Rules(
        rules=tuple(rules),
        first=first,
        whole=tuple(sorted(scoped["line"] + scoped["block"])),
        prefix_first=union_or_none(first[i] for i in scoped["prefix"]),
        gate_always=None in gates,
        gate_keys=tuple(dict.fromkeys(k for k in keys if not LATIN_RE.search(k))),
        gate_latin=tuple(dict.fromkeys(k for k in keys if LATIN_RE.search(k))),
        contains=alternation(rules, scoped["contains"]),
        prefix=alternation(rules, scoped["prefix"]),
        suffix=suffix_alternation(rules, scoped["suffix"]),
    )


def union_or_none(sets: Iterable[frozenset[str] | None]) -> frozenset[str] | None:
    """Union of character sets, ``None`` (any character) if one of them is."""
    result: set[str] = set()
    for chars in sets:
        if chars is None:
            return None
        result |= chars
    return frozenset(result)


def raw_keys(rule: Rule) -> tuple[str, ...] | None:
    """Key words of a "contains" rule as they are written in raw text.

    A folded key such as "محفوظه" may be written محفوظة: only its longest run
    of characters that folding never changes ("محفوظ") is looked for.
    """
    keys = required_keys(rule.source, re.IGNORECASE)
    if keys is None:
        return None
    stable = [max(UNSTABLE_RE.split(key), key=len) for key in keys]
    return tuple(stable) if all(stable) else None


@lru_cache(maxsize=4096)
def whole_line_indices(first: str) -> tuple[int, ...]:
    """Whole-line rules a line whose folded first character is ``first`` may match."""
    rules = load_rules()
    if not first:  # a line folding deletes entirely (only tatweel or diacritics)
        return tuple(i for i in rules.whole if rules.rules[i].regex.fullmatch(""))
    return tuple(i for i in rules.whole if rules.first[i] is None or first in rules.first[i])


@lru_cache(maxsize=256)
def compile_alternation(indices: tuple[int, ...]) -> re.Pattern[str]:
    """One alternation per distinct set of rules (most first characters share a set)."""
    return alternation(load_rules().rules, indices)


# --- matching one line -----------------------------------------------------


def fold_line(line: str) -> str:
    """Matching form of a line, as :func:`khabar.text.normalize.normalize` gives it
    for what the patterns test (letters, marks, digits), only faster."""
    for raw, folded in LETTER_FOLDS:
        if raw in line:
            line = line.replace(raw, folded)
    if DELETED_RE.search(line):
        line = DELETED_RE.sub("", line)
    if INDIC_DIGITS_RE.search(line):
        line = line.translate(INDIC_DIGITS)
    return line


@lru_cache(maxsize=8192)
def fold_char(char: str) -> str:
    """Folded form of one character (empty when folding deletes it)."""
    return fold_line(char)[:1] if char else ""


def original_span(line: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` in ``line`` of a span of its folded form.

    The two differ only where :func:`fold_line` deleted marks; marks right
    after the span's last letter belong to the span.
    """
    if not DELETED_RE.search(line):
        return start, end
    kept = [i for i, char in enumerate(line) if not DELETED_RE.match(char)]
    begin = kept[start] if start < len(kept) else len(line)
    if end <= start:
        return begin, begin
    stop = kept[end - 1] + 1
    while stop < len(line) and DELETED_RE.match(line[stop]):
        stop += 1
    return begin, stop


def passes_gate(line: str) -> bool:
    """Whether a short line holds a key word of some "contains" rule."""
    if len(line) > MAX_CONTAINS:
        return False
    rules = load_rules()
    if rules.gate_always or any(key in line for key in rules.gate_keys):
        return True
    if not rules.gate_latin or LATIN_RE.search(line) is None:
        return False
    lowered = line.lower()
    return any(key in lowered for key in rules.gate_latin)


def match_line(line: str) -> LineMatch | None:
    """Why a whole (stripped) line is boilerplate, or ``None`` when it is text.

    Lines over ``MAX_LINE`` characters are never boilerplate: real sentences
    that contain these words are long, boilerplate is short.
    """
    if not line or len(line) > MAX_LINE:
        return None
    key = fold_char(line[0])
    folded = None if key else fold_line(line)
    if folded is not None:  # the line opens with a mark or tatweel: look past it
        key = folded.lstrip()[:1]
    indices = whole_line_indices(key)
    gate = passes_gate(line)
    if not indices and not gate:
        return None
    rules = load_rules()
    folded = fold_line(line) if folded is None else folded
    found = compile_alternation(indices).fullmatch(folded) if indices else None
    if found is None and gate:
        found = rules.contains.search(folded)
    if found is None:
        return None
    rule = rules.rules[int(found.lastgroup[1:])]
    return LineMatch(rule.kind, rule.scope, source_of(rule, line) if rule.kind == "source_line" else None)


def source_of(rule: Rule, line: str) -> str | None:
    """The ``src`` group of a source line, as written in the line."""
    found = rule.regex.fullmatch(fold_line(line)) if "src" in rule.regex.groupindex else None
    if found is None or found.start("src") < 0:
        return None
    start, end = original_span(line, found.start("src"), found.end("src"))
    return line[start:end].strip()


def match_prefix(line: str) -> tuple[str, int] | None:
    """``(kind, end)`` when the line opens with a boilerplate prefix ending at ``end``."""
    rules = load_rules()
    if not line or (rules.prefix_first is not None and fold_char(line[0]) not in rules.prefix_first):
        return None
    window = line[:PREFIX_WINDOW]
    found = rules.prefix.match(fold_line(window))
    if found is None or found.end() == 0:
        return None
    return rules.rules[int(found.lastgroup[1:])].kind, original_span(window, 0, found.end())[1]


def match_suffix(line: str) -> tuple[str, int] | None:
    """``(kind, start)`` when the line closes with a boilerplate suffix starting at ``start``: tags the
    scrape glued after an article's last sentence ("… يوما ما. سمات الاتحاد سولي مونتاري")."""
    rules = load_rules()
    window = line[-SUFFIX_WINDOW:]
    found = rules.suffix.search(fold_line(window))
    if found is None or found.end() == found.start():
        return None
    start = len(line) - len(window) + original_span(window, found.start(), found.end())[0]
    return rules.rules[int(found.lastgroup[1:])].kind, start


def is_headline(line: str) -> bool:
    """A short line that does not end a sentence: an item of a related-articles list."""
    if len(line) > MAX_HEADLINE_CHARS or len(line.split()) > MAX_HEADLINE_WORDS:
        return False
    return not (line.endswith(".") and not line.endswith(".."))


# --- a whole body ----------------------------------------------------------


def classify_line(line: str, index: int = 0) -> tuple[str, list[Cut], LineMatch | None]:
    """Cut boilerplate prefixes off a line, then tell whether what is left is boilerplate.

    Returns the rest of the line, the cuts, and the rest's match.
    """
    cuts: list[Cut] = []
    while (found := match_prefix(line)) is not None:  # each cut shortens the line
        kind, end = found
        cuts.append(Cut(kind, line[:end].strip(EDGE_CHARS), index))
        line = line[end:].strip(EDGE_CHARS)
    return line, cuts, (match_line(line) if line else None)


def cut_closing_tags(kept: list[tuple[int, str]]) -> list[Cut]:
    """Cut a boilerplate suffix (tags the scrape glued after the closing sentence) off the last line
    kept, in place. It is read on the last line *kept*, not the last line read, so that a share line
    or credit below the tags changes nothing and cleaning twice gives the same text."""
    cuts: list[Cut] = []
    while kept and (tail := match_suffix(kept[-1][1])) is not None:
        index, line = kept.pop()
        kind, start = tail
        cuts.append(Cut(kind, line[start:].strip(EDGE_CHARS), index))
        rest = line[:start].rstrip(EDGE_CHARS)
        if rest and (found := match_line(rest)) is not None:
            cuts.append(Cut(found.kind, rest, index, found.source))
        elif rest:
            kept.append((index, rest))
            break
    return cuts


def remove_boilerplate(lines: list[str]) -> tuple[list[tuple[int, str]], list[Cut]]:
    """Kept ``(index, line)`` pairs and the cuts, for stripped non-empty lines.

    A related-list header ("اقرأ أيضا") also takes the headline lines after
    it, up to the first long paragraph or sentence.
    """
    kept: list[tuple[int, str]] = []
    cuts: list[Cut] = []
    block = 0  # lines still allowed in the current related list
    for index, raw in enumerate(lines):
        line, prefix_cuts, found = classify_line(raw, index)
        cuts.extend(prefix_cuts)
        if not line:
            continue
        if found is not None:
            cuts.append(Cut(found.kind, line, index, found.source))
            block = MAX_BLOCK_LINES if found.scope == "block" else 0
        elif block and is_headline(line):
            cuts.append(Cut("related", line, index))
            block -= 1
        else:
            block = 0
            kept.append((index, line))
    cuts.extend(cut_closing_tags(kept))
    return kept, cuts
