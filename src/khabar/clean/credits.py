"""The article's own credits: whom it names as its origin.

The chain of a quote starts at the publishing outlet, then the credits the
article gives itself: the dateline ("بيروت - (رويترز) -", "الرياض - واس"), the
byline ("كتب: فلان", "لندن: رنيم حنوش") and the source line at the foot
("المصدر: وكالة فرانس برس", "source : www.alhurra.com"). Datelines and bylines
stay in the text (they open its first sentence); source lines are cut by the
boilerplate stage and read here.

A credit line is split into segments at dashes and colons; each segment is an
outlet (from ``outlets.tsv``), a generic source ("وكالات"), a place
(``places.txt``) or a person. Only a line whose segments all read that way is
a credit, so a first sentence with a dash in it is left alone.

>>> [c.to_dict()["name"] for c in parse_credit_line("عمّان - (أ ف ب)")]
['AFP']
>>> parse_credit_line("عمّان - (أ ف ب)")[0].place
'عمّان'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from khabar.clean.boilerplate import Cut
from khabar.clean.outlets import Outlet, fold_name, host_of, match_outlet, outlet_for_domain, read_data_lines

MAX_CREDIT_LINE = 100  # a standalone credit line is short
MAX_LEADING = 3  # credit lines looked for among the first paragraphs
MAX_BARE_LINE = 40  # "(أ ف ب)" alone on a line
MAX_NAME_WORDS = 5
ARABIC_RE = re.compile(r"[\u0600-\u06ff]")

DASH = r"(?:\s*[-–—]+\s*|\s+ـ+\s+)"
WRAPPED = r"(?:\([^()\n]{1,40}\)|«[^«»\n]{1,40}»|\"[^\"\n]{1,40}\"|“[^“”\n]{1,40}”|/[^/\n]{1,20}/)"
WORD = r"[^\s\-–—:：()«»\"“”\[\]/]+"
BARE = rf"{WORD}(?:\s+{WORD}){{0,4}}"
SEG = rf"(?:{WRAPPED}|{BARE})"
JOIN = rf"(?:{DASH}|\s*(?=[(«\"“/]))"
END = r"\s*(?P<end>[-–—:：]+|$)"
DIGIT = "[0-9٠-٩]"
DATE = (
    rf"{DIGIT}{{1,3}}\s+[^\s\d/]+(?:\s*/\s*[^\s\d/]+)?(?:\s+{DIGIT}{{4}}\s*(?:هـ|ه|م)?)?"
    rf"(?:\s*الموافق\s+{DIGIT}{{1,3}}\s+[^\s\d]+\s+{DIGIT}{{4}}\s*م?)?"
)
THREE_RE = re.compile(rf"(?P<a>{SEG}){JOIN}(?P<b>{SEG}){DASH}(?P<c>{SEG}){END}")
TWO_RE = re.compile(rf"(?P<a>{SEG}){JOIN}(?P<b>{SEG}){END}")
LEAD_SOURCE_RE = re.compile(rf"(?P<b>{WRAPPED}){END}")
DATED_RE = re.compile(
    rf"(?P<a>{WORD}(?:\s+(?!في\s){WORD}){{0,2}})\s+(?:في\s+)?(?P<date>{DATE})\s*"
    rf"(?:(?P<slashed>/[^/\n]{{1,20}}/)|(?P<b>{SEG}){END})"
)
COLON_RE = re.compile(rf"(?P<a>{BARE})\s*[:：]\s*(?P<b>{BARE})$")
PAREN_PLACE_RE = re.compile(rf"(?P<a>{BARE})\s*\((?P<b>[^()\n]{{1,30}})\)$")
SOURCE_SPLIT_RE = re.compile(r"\s*(?:[،,/+&]|\s+و(?=\S))\s*")
WRAPPERS = "()«»\"“”/[]{} \t.:،,-–—*"


@dataclass(frozen=True, slots=True)
class Credit:
    """One credit: ``name`` is the canonical outlet name or the name as written."""

    kind: str
    name: str
    domain: str | None
    text: str
    ar: str | None = None
    place: str | None = None
    index: int = 0  # line of the body it was read from, to keep credits in text order

    def to_dict(self) -> dict[str, str | None]:
        """The contract's credit object (``index`` is internal and left out)."""
        return {
            "name": self.name, "domain": self.domain, "kind": self.kind,
            "text": self.text, "ar": self.ar, "place": self.place,
        }


@dataclass(frozen=True, slots=True)
class Words:
    """Word lists of ``credit_words.tsv`` and ``places.txt``, folded for matching."""

    byline_cues: re.Pattern[str]
    bare_cues: re.Pattern[str]
    generic: frozenset[str]
    places: frozenset[str]
    place_suffixes: frozenset[str]
    not_name: frozenset[str]


@dataclass(frozen=True, slots=True)
class Role:
    """What one segment of a credit line is: outlet, weak (an ambiguous outlet
    name), named (an unknown source in quotes), generic, place or unknown."""

    kind: str
    text: str
    outlet: Outlet | None = None


@dataclass(frozen=True, slots=True)
class Reading:
    """A credit line understood: its sources (outlets, else a generic source), place and person."""

    sources: tuple[Role, ...]
    place: str | None
    person: str | None


# --- word lists ------------------------------------------------------------


def cue_regex(cues: list[str], separator: str) -> re.Pattern[str]:
    """``cue<separator>rest`` for the given cue words, longest first."""
    alternatives = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?P<cue>{alternatives}){separator}(?P<rest>.{{2,80}})$", re.IGNORECASE)


@lru_cache(maxsize=1)
def load_words() -> Words:
    """Read the credit word lists once, on first use."""
    words: dict[str, list[str]] = {}
    for row in read_data_lines("credit_words.tsv"):
        words.setdefault(row[0], []).append(row[1].strip())
    places = [row[0].strip() for row in read_data_lines("places.txt")]
    return Words(
        byline_cues=cue_regex(words.get("byline_cue", []), r"\s*[:：\-–]\s*"),
        bare_cues=cue_regex(words.get("byline_cue_bare", []), r"(?:\s*[:：]\s*|\s+)"),
        generic=frozenset(fold_name(w) for w in words.get("generic_source", [])),
        places=frozenset(fold_name(p) for p in places),
        place_suffixes=frozenset(fold_name(w) for w in words.get("place_suffix", [])),
        not_name=frozenset(fold_name(w) for w in words.get("not_name", [])),
    )


def is_place(text: str) -> bool:
    """A known place, possibly with a suffix such as المحتلة."""
    words = load_words()
    folded = fold_name(text)
    if folded in words.places:
        return True
    head, _, last = folded.rpartition(" ")
    return bool(head) and last in words.place_suffixes and head in words.places


def is_person_name(text: str) -> bool:
    """No digits, none of the words a function word or verb, at most two names
    of five words ("أحمد حجازي، رغد عشميل"): what a byline can hold."""
    parts = text.replace("،", " ").split()
    if not 1 <= len(parts) <= MAX_NAME_WORDS * 2 or any(ch.isdigit() for ch in text):
        return False
    not_name = load_words().not_name
    return all(fold_name(w) not in not_name for w in parts) and bool(ARABIC_RE.search(text) or text.istitle())


# --- reading segments ------------------------------------------------------


def unwrap(segment: str) -> tuple[str, bool]:
    """A segment without its brackets or quotes, and whether it had them."""
    inner = segment.strip(WRAPPERS)
    opening = segment.strip()[:1]
    return inner, bool(opening) and opening in "(«\"“/"


def classify(segment: str, prefer: Outlet | str | None) -> Role:
    """The role of one segment of a credit line (see :class:`Role`)."""
    inner, wrapped = unwrap(segment)
    if not inner:
        return Role("unknown", inner)
    found = match_outlet(inner, exact=True, prefer=prefer)
    generic = fold_name(inner) in load_words().generic
    if wrapped:
        if found:
            return Role("outlet", inner, found.outlet)
        if generic:
            return Role("generic", inner)
        return Role("place", inner) if is_place(inner) else Role("named", inner)
    if is_place(inner):
        return Role("place", inner)
    if found:
        return Role("weak" if found.ambiguous else "outlet", inner, found.outlet)
    return Role("generic", inner) if generic else Role("unknown", inner)


def read_segments(segments: list[str], standalone: bool, prefer: Outlet | str | None) -> Reading | None:
    """Source, place and person of a credit line's segments, or ``None`` if it is not one."""
    roles = [classify(s, prefer) for s in segments]
    if not any(r.kind in ("outlet", "named") for r in roles):
        roles = promote_weak(roles)
    sources = tuple(r for r in roles if r.kind in ("outlet", "named"))
    sources = sources or tuple(r for r in roles if r.kind == "generic")[:1]
    place = next((r.text for r in roles if r.kind == "place"), None)
    person = None
    for role in roles:
        if role.kind not in ("unknown", "weak"):
            continue
        if place is None and " " not in role.text and is_person_name(role.text):
            place = role.text
        elif person is None and is_person_name(role.text):
            person = role.text
        else:
            return None
    if not sources and not (standalone and person and place):
        return None
    if any(r.kind == "named" for r in sources) and not any(r.kind == "place" for r in roles):
        return None  # without a known place, a quoted name is a speaker or a title, not a credit
    return Reading(sources, place, person)


def promote_weak(roles: list[Role]) -> list[Role]:
    """With no sure source, the first ambiguous outlet name is the source (جدة - المدينة)."""
    for i, role in enumerate(roles):
        if role.kind == "weak":
            return [*roles[:i], Role("outlet", role.text, role.outlet), *roles[i + 1:]]
    return roles


def credits_of(reading: Reading, text: str, index: int) -> list[Credit]:
    """The credits one credit line gives: a dateline for the source, a byline for the person."""
    credits = []
    if reading.person:
        credits.append(Credit("byline", reading.person, None, text, reading.person, reading.place, index))
    credits.extend(source_credit("dateline", role, text, index, reading.place) for role in reading.sources)
    return credits


def source_credit(kind: str, role: Role, text: str, index: int, place: str | None = None) -> Credit:
    """A credit naming an outlet when it is known, else the name as written."""
    if role.outlet is not None:
        return Credit(kind, role.outlet.name, role.outlet.domain, text, role.outlet.ar, place, index)
    return Credit(kind, role.text, None, text, role.text if ARABIC_RE.search(role.text) else None, place, index)


# --- credit lines ----------------------------------------------------------


def parse_credit_line(line: str, prefer: Outlet | str | None = None, index: int = 0) -> list[Credit]:
    """Credits of a line that is only a credit ("الرياض - واس", "كتب: فلان"), else ``[]``."""
    line = line.strip()
    if not line or len(line) > MAX_CREDIT_LINE:
        return []
    for reader in (read_byline, read_dated, read_segmented, read_place_person, read_bare_outlet):
        found = reader(line, prefer, index)
        if found:
            return found
    return []


def parse_dateline(paragraph: str, prefer: Outlet | str | None = None, index: int = 0) -> list[Credit]:
    """Credits of a dateline opening a paragraph ("بيروت - (رويترز) - قال …"), else ``[]``."""
    head = paragraph[:160]
    for pattern in (DATED_RE, LEAD_SOURCE_RE, THREE_RE, TWO_RE):
        found = pattern.match(head)
        if found is None or found.end() == 0:
            continue
        reading = reading_of(found, standalone=False, prefer=prefer)
        if reading is not None:
            return credits_of(reading, head[:found.end()].strip(), index)
    return []


def reading_of(found: re.Match[str], standalone: bool, prefer: Outlet | str | None) -> Reading | None:
    """Read the segments a dateline pattern captured."""
    groups = found.groupdict()
    segments = [groups[g] for g in ("a", "b", "c", "slashed") if groups.get(g)]
    return read_segments(segments, standalone, prefer)


def read_byline(line: str, prefer: Outlet | str | None, index: int) -> list[Credit]:
    """"كتب: فلان", "بقلم فلان", "رصد: فلان – عين اليوم"."""
    words = load_words()
    found = words.byline_cues.match(line) or words.bare_cues.match(line)
    if found is None:
        return []
    rest = found.group("rest").strip(WRAPPERS)
    for pattern in (THREE_RE, TWO_RE):
        segments = pattern.fullmatch(rest)
        if segments is not None and not segments.group("end"):
            reading = reading_of(segments, standalone=True, prefer=prefer)
            if reading is not None and reading.person:
                return credits_of(reading, line, index)
    if is_person_name(rest) and len(rest.split()) <= MAX_NAME_WORDS:
        return [Credit("byline", rest, None, line, rest if ARABIC_RE.search(rest) else None, None, index)]
    return []


def read_dated(line: str, prefer: Outlet | str | None, index: int) -> list[Credit]:
    """"مكة المكرمة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس"."""
    found = DATED_RE.fullmatch(line)
    reading = reading_of(found, True, prefer) if found else None
    return credits_of(reading, line, index) if reading else []


def read_segmented(line: str, prefer: Outlet | str | None, index: int) -> list[Credit]:
    """"عمّان - (أ ف ب)", "علي حفول- سبق- نجران:", "(أ ف ب)"."""
    for pattern in (LEAD_SOURCE_RE, THREE_RE, TWO_RE):
        found = pattern.fullmatch(line)
        if found is None:
            continue
        reading = reading_of(found, standalone=True, prefer=prefer)
        if reading is not None:
            return credits_of(reading, line, index)
    return []


def read_place_person(line: str, prefer: Outlet | str | None, index: int) -> list[Credit]:
    """"لندن: رنيم حنوش" and "محمد العبد الله (الدمام)": a byline with its place."""
    found = COLON_RE.fullmatch(line)
    if found and is_place(found.group("a")) and is_person_name(found.group("b")):
        person, place = found.group("b").strip(), found.group("a").strip()
    else:
        found = PAREN_PLACE_RE.fullmatch(line)
        if not (found and is_place(found.group("b")) and is_person_name(found.group("a"))):
            return []
        person, place = found.group("a").strip(), found.group("b").strip()
    return credits_of(Reading((), place, person), line, index)


def read_bare_outlet(line: str, prefer: Outlet | str | None, index: int, kind: str = "dateline") -> list[Credit]:
    """A line that is only an outlet's name ("(أ. ف. ب)", "رويترز"); ambiguous names need brackets."""
    if len(line) > MAX_BARE_LINE:
        return []
    inner, wrapped = unwrap(line)
    role = classify(line, prefer) if inner else None
    if role is None or role.kind not in ("outlet", "generic") or (role.kind == "generic" and not wrapped):
        return []
    return [source_credit(kind, role, line, index)]


# --- source lines ----------------------------------------------------------


def credits_from_source(
    source: str | None, text: str, index: int = 0, prefer: Outlet | str | None = None
) -> list[Credit]:
    """Credits of a source line's name: an outlet, a domain, several outlets, or as written."""
    inner = (source or "").strip(WRAPPERS)
    if not inner:
        return []
    found = match_outlet(inner, prefer=prefer)
    if found is not None:
        return [source_credit("source_line", Role("outlet", inner, found.outlet), text, index)]
    if "." in inner and " " not in inner and not ARABIC_RE.search(inner) and host_of(inner):
        outlet = outlet_for_domain(inner)
        if outlet is not None:
            return [source_credit("source_line", Role("outlet", inner, outlet), text, index)]
        return [Credit("source_line", host_of(inner), host_of(inner), text, None, None, index)]
    parts = [match_outlet(p, prefer=prefer) for p in SOURCE_SPLIT_RE.split(inner) if p]
    known = [Role("outlet", inner, p.outlet) for p in parts if p is not None]
    if len(parts) > 1 and known:
        return [source_credit("source_line", role, text, index) for role in known]
    return [source_credit("source_line", Role("named", inner), text, index)]


# --- a whole body ----------------------------------------------------------


def read_leading(paragraphs: list[tuple[int, str]], prefer: Outlet | str | None) -> tuple[int, list[Credit]]:
    """Credits at the top: standalone credit lines, then a dateline opening the first paragraph.

    Returns how many paragraphs were read, and the credits.
    """
    credits: list[Credit] = []
    for position, (index, paragraph) in enumerate(paragraphs[:MAX_LEADING]):
        found = parse_credit_line(paragraph, prefer, index)
        if found:
            credits.extend(found)
            continue
        credits.extend(parse_dateline(paragraph, prefer, index))
        return position + 1, credits
    return min(len(paragraphs), MAX_LEADING), credits


def extract_credits(
    paragraphs: list[tuple[int, str]], cuts: list[Cut], prefer: Outlet | str | None = None
) -> tuple[list[Credit], list[tuple[int, str]], list[Cut]]:
    """Credits of a cleaned body, in text order; lines that are only a source name go too.

    Returns the credits, the paragraphs kept, and the new cuts (source lines
    such as "(أ. ف. ب)" below the text).
    """
    credits = [
        credit
        for cut in cuts if cut.kind == "source_line"
        for credit in credits_from_source(cut.source, cut.text, cut.index, prefer)
    ]
    lead, leading = read_leading(paragraphs, prefer)
    credits.extend(leading)
    kept, new_cuts = list(paragraphs[:lead]), []
    for index, paragraph in paragraphs[lead:]:
        found = read_bare_outlet(paragraph, prefer, index, kind="source_line")
        if found:
            credits.extend(found)
            new_cuts.append(Cut("source_line", paragraph, index))
        else:
            kept.append((index, paragraph))
    credits.sort(key=lambda c: c.index)
    return credits, kept, new_cuts
