"""News outlets and agencies: whom a credit, a domain or a dataset label names.

An article names its sources in many spellings: «أ ف ب», «ا.ف.ب», «وكالة فرانس
برس», «الوكالة الفرنسية» are all AFP; «source : www.alhurra.com» is Alhurra;
the SaudiNewsNet label ``aawsat`` is Asharq Al-Awsat. Credits, the publishing
outlet and the ``via`` of quotes must all land on one canonical record, so the
names live in one hand-kept table (``data/outlets.tsv``) and every lookup folds
spelling the same way.

>>> find_outlet("أ.ف.ب").name
'AFP'
>>> find_outlet("لوكالة فرانس برس").name
'AFP'
>>> outlet_for_domain("https://www.alhurra.com/a/1.html").name
'Alhurra'
>>> outlet_for_label("aawsat").domain
'aawsat.com'
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from khabar.text.normalize import normalize

KINDS = frozenset({"agency", "newspaper", "tv", "site"})
CLITIC_LETTERS = "بلفك"
KEY_NOISE_RE = re.compile(r"[\s.\-_·/'’]+")
FOLD_NOISE_RE = re.compile(r"[«»\"“”„‹›()\[\]{}<>*]+")
SPACES_RE = re.compile(r"\s+")
DOMAIN_RE = re.compile(r"(?:[a-z][a-z0-9+.\-]*://)?(?:[^@/\s]*@)?(?:www\d?\.)?([a-z0-9\-]+(?:\.[a-z0-9\-]+)+)", re.IGNORECASE)
MARKS = "[\u064b-\u065f\u0670\u0640]*"  # diacritics and tatweel that may follow a letter
ARABIC_LETTER_RE = re.compile(r"[\u0600-\u06ff]")
LETTER_FORMS = {"ا": "[اأإآٱ]", "ي": "[يىی]", "ه": "[هةە]", "ك": "[كک]"}
DIGIT_FORMS = {str(d): f"[{d}{chr(0x0660 + d)}{chr(0x06F0 + d)}]" for d in range(10)}


@dataclass(frozen=True, slots=True)
class Outlet:
    """One news outlet or agency, as listed in ``data/outlets.tsv``.

    ``ar`` is the main Arabic name; ``variants`` every Arabic spelling listed
    (``ambiguous`` those that are also ordinary words or places, such as
    الجزيرة or الرياض); ``domains``, ``labels`` and ``aliases`` the web
    domains (main one first, also in ``domain``), dataset labels and Latin names.
    """

    name: str
    domain: str | None
    kind: str
    ar: str | None
    variants: tuple[str, ...]
    domains: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, str | None]:
        """The ``{name, domain}`` the contract's ``outlet`` field carries."""
        return {"name": self.name, "domain": self.domain}


@dataclass(frozen=True, slots=True)
class OutletMatch:
    """A name found in the table; ``ambiguous`` when the spelling is also a common word."""

    outlet: Outlet
    ambiguous: bool


@dataclass(frozen=True, slots=True)
class _Index:
    outlets: tuple[Outlet, ...]
    by_key: dict[str, tuple[OutletMatch, ...]]
    by_domain: dict[str, Outlet]
    by_label: dict[str, Outlet]
    cues: tuple[str, ...]


# --- loading ---------------------------------------------------------------


def read_data_lines(filename: str) -> Iterator[list[str]]:
    """TAB-split rows of a data file of this package, without comments and blank lines."""
    text = resources.files("khabar.clean").joinpath("data").joinpath(filename).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            yield line.rstrip("\n").split("\t")


def parse_outlet_row(row: list[str]) -> Outlet:
    """One TSV row → :class:`Outlet`; a malformed row fails loudly (the file is ours)."""
    if len(row) != 6:
        raise ValueError(f"outlets.tsv: expected 6 TAB-separated columns, got {len(row)}: {row!r}")
    name, domains, kind, arabic, labels, aliases = (split_cell(c) for c in row)
    if kind[0] not in KINDS:
        raise ValueError(f"outlets.tsv: kind {kind[0]!r} of {name[0]!r} is not one of {sorted(KINDS)}")
    variants = tuple(v.lstrip("~") for v in arabic)
    return Outlet(
        name=name[0],
        domain=domains[0].lower() if domains else None,
        kind=kind[0],
        ar=variants[0] if variants else None,
        variants=variants,
        domains=tuple(d.lower() for d in domains),
        labels=tuple(label.lower() for label in labels),
        aliases=aliases,
        ambiguous=tuple(v[1:] for v in arabic if v.startswith("~")),
    )


def split_cell(cell: str) -> tuple[str, ...]:
    """A ``|``-separated cell as a tuple; ``-`` or an empty cell is empty."""
    cell = cell.strip()
    if cell in ("", "-"):
        return ()
    return tuple(part.strip() for part in cell.split("|") if part.strip())


@lru_cache(maxsize=1)
def load_index() -> _Index:
    """Read ``outlets.tsv`` once (lazily, on first use) and index every spelling."""
    outlets = tuple(parse_outlet_row(row) for row in read_data_lines("outlets.tsv"))
    by_key: dict[str, list[OutletMatch]] = {}
    for outlet in outlets:
        for spelling, ambiguous in spellings_of(outlet):
            entries = by_key.setdefault(name_key(spelling), [])
            if all(e.outlet is not outlet for e in entries):
                entries.append(OutletMatch(outlet, ambiguous))
    by_domain: dict[str, Outlet] = {}
    by_label: dict[str, Outlet] = {}
    for outlet in outlets:
        for domain in outlet.domains:
            by_domain.setdefault(domain, outlet)
        for label in outlet.labels:
            by_label.setdefault(label, outlet)
    cues = [fold_name(row[1]) for row in read_data_lines("credit_words.tsv") if row[0] == "outlet_cue"]
    cues.sort(key=len, reverse=True)
    return _Index(outlets, {k: tuple(v) for k, v in by_key.items()}, by_domain, by_label, tuple(cues))


def spellings_of(outlet: Outlet) -> Iterator[tuple[str, bool]]:
    """Every name an outlet answers to, with whether that spelling is ambiguous."""
    yield outlet.name, False
    for alias in outlet.aliases:
        yield alias, False
    for label in outlet.labels:
        yield label, False
    for variant in outlet.variants:
        yield variant, variant in outlet.ambiguous


def all_outlets() -> tuple[Outlet, ...]:
    """Every outlet of the table, in file order."""
    return load_index().outlets


# --- folding ---------------------------------------------------------------


def fold_name(name: str) -> str:
    """Matching form of a name: normalised, without quotes or brackets, spaces collapsed."""
    folded = FOLD_NOISE_RE.sub(" ", normalize(name, ta_marbuta=True))
    return SPACES_RE.sub(" ", folded).strip(" .:،,-–—")


def name_key(name: str) -> str:
    """Dictionary key of a name: its folded form without spaces, dots or hyphens (أ.ف.ب = أف ب)."""
    return KEY_NOISE_RE.sub("", fold_name(name))


def strip_clitics(folded: str) -> list[str]:
    """Forms of a folded name without a leading و/ف, ب/ل/ك or ال (لوكالة → وكالة, للجزيرة → الجزيرة)."""
    forms: list[str] = []
    if len(folded) > 3 and folded[0] in "وف":
        forms.append(folded[1:])
    for form in [folded, *forms]:
        if len(form) > 3 and form.startswith("لل"):
            forms.append("ال" + form[2:])
        elif len(form) > 3 and form[0] in CLITIC_LETTERS:
            forms.append(form[1:])
            if form[0] == "ل":
                forms.append("ا" + form)
    for form in [folded, *forms]:
        if len(form) > 4 and form.startswith("ال"):
            forms.append(form[2:])
    return forms


def strip_cue(folded: str, cues: tuple[str, ...]) -> str | None:
    """The name after a cue word such as صحيفة or وكالة, or ``None`` when there is none."""
    for cue in cues:
        if folded.startswith(cue + " ") and len(folded) > len(cue) + 2:
            return folded[len(cue) + 1:]
    return None


def candidate_forms(name: str, cues: tuple[str, ...], exact: bool) -> list[str]:
    """Folded forms to look up, most literal first; ``exact`` skips clitic stripping."""
    folded = fold_name(name)
    forms = [folded]
    bare = strip_cue(folded, cues)
    if bare:
        forms.append(bare)
    if not exact:
        for form in list(forms):
            forms.extend(strip_clitics(form))
            after_clitic = [strip_cue(f, cues) for f in strip_clitics(form)]
            forms.extend(f for f in after_clitic if f)
    return list(dict.fromkeys(f for f in forms if f))


# --- lookups ---------------------------------------------------------------


def match_outlet(name: str, *, exact: bool = False, prefer: Outlet | str | None = None) -> OutletMatch | None:
    """Look a name up, telling whether the spelling found is ambiguous (الجزيرة, الرياض).

    ``exact`` only drops quotes, dots, spaces and cue words (صحيفة، وكالة), not
    clitics: credit lines use it, where «بنا» must not become a preposition's
    object. ``prefer`` (an outlet, or a label, name or domain) wins when a
    spelling is shared, as الجزيرة is by Al Jazeera and the Saudi Al Jazirah.
    """
    if not name or len(name) > 200:
        return None
    return lookup_name(name, exact, resolve_preference(prefer))


@lru_cache(maxsize=8192)
def lookup_name(name: str, exact: bool, preferred: Outlet | None) -> OutletMatch | None:
    """:func:`match_outlet` for a resolved preference, cached: credits repeat the same names."""
    index = load_index()
    for form in candidate_forms(name, index.cues, exact):
        entries = index.by_key.get(KEY_NOISE_RE.sub("", form))
        if entries:
            return pick_entry(entries, preferred)
    return None


def pick_entry(entries: tuple[OutletMatch, ...], preferred: Outlet | None) -> OutletMatch:
    """The preferred outlet's entry when it shares the spelling, else the first listed."""
    for entry in entries:
        if entry.outlet is preferred:
            return entry
    return entries[0]


def resolve_preference(prefer: Outlet | str | None) -> Outlet | None:
    """An :class:`Outlet` from an outlet, a dataset label, a domain or a name."""
    if prefer is None or isinstance(prefer, Outlet):
        return prefer
    return outlet_for_label(prefer) or outlet_for_domain(prefer) or find_outlet(prefer)


def find_outlet(name: str, prefer: Outlet | str | None = None) -> Outlet | None:
    """The outlet a name refers to, in any listed spelling, else ``None``.

    Folds alef forms, ى/ي, ة/ه, diacritics, tatweel, case, quotes, and the
    dots and spaces of abbreviations; drops a leading و/ل/ب/ال and a cue word
    (صحيفة، وكالة، قناة) where that finds a name; a domain or URL is looked up
    as one.
    """
    if not isinstance(name, str):
        return None
    found = match_outlet(name, prefer=prefer)
    if found is not None:
        return found.outlet
    if "." in name and not ARABIC_LETTER_RE.search(name):
        return outlet_for_domain(name)
    return None


def host_of(domain_or_url: str) -> str | None:
    """The lower-case host of a URL or bare domain, without ``www.``."""
    match = DOMAIN_RE.match(domain_or_url.strip()) if domain_or_url else None
    return match.group(1).lower().rstrip(".") if match else None


def outlet_for_domain(domain_or_url: str) -> Outlet | None:
    """The outlet of a domain or URL; subdomains match (arabic.cnn.com → CNN)."""
    if not isinstance(domain_or_url, str) or len(domain_or_url) > 2000:
        return None
    host = host_of(domain_or_url)
    if not host:
        return None
    by_domain = load_index().by_domain
    labels = host.split(".")
    for start in range(len(labels) - 1):
        outlet = by_domain.get(".".join(labels[start:]))
        if outlet is not None:
            return outlet
    return None


def outlet_for_label(label: str) -> Outlet | None:
    """The outlet of a dataset label such as SaudiNewsNet's ``aawsat`` or ``was``."""
    if not isinstance(label, str):
        return None
    return load_index().by_label.get(label.strip().lower())


# --- finding outlets in running text ---------------------------------------


def spelling_tokens(spelling: str) -> list[str]:
    """Regex pieces, one per folded character, for one spelling in raw text.

    Alef/ya/ta forms, diacritics and tatweel are allowed; Latin names match
    in either case; spaces, dots and hyphens between words may vary.
    """
    folded = fold_name(spelling)
    if not ARABIC_LETTER_RE.search(folded):
        words = [w for w in re.split(r"[\s\-]+", spelling.strip().lower()) if w]
        return [piece for word in words for piece in [r"[\s\-]+", *map(latin_regex, word)]][1:]
    tokens = [article_regex()] if folded.startswith("ال") else []
    for chunk in re.split(r"([\s.]+)", folded[2:] if tokens else folded):
        if chunk and not chunk.strip(" ."):
            tokens.append(r"[\s.]+")
        else:
            tokens.extend(char_regex(ch) for ch in chunk)
    return tokens


def article_regex() -> str:
    """The article ال, or the second ل of للجزيرة after the clitic ل."""
    return f"(?:[اأإآٱ]{MARKS}ل{MARKS}|(?<=ل)ل{MARKS})"


def char_regex(char: str) -> str:
    """Regex for one folded character in raw text."""
    if char in DIGIT_FORMS:
        return DIGIT_FORMS[char]
    if "\u0600" <= char <= "\u06ff":
        return LETTER_FORMS.get(char, re.escape(char)) + MARKS
    return re.escape(char)


def latin_regex(char: str) -> str:
    """Regex for one Latin character, in either case."""
    if char.isalpha() and char.isascii():
        return f"[{char}{char.upper()}]"
    return DIGIT_FORMS.get(char) or re.escape(char)


def trie_regex(sequences: list[list[str]]) -> str:
    """One regex for many token sequences, shaped as a trie.

    ``re`` tries the branches of an alternation one by one; with hundreds of
    names sharing their first letters, a trie lets a failing position fail
    after a few tests instead of hundreds. Longer names are tried first.
    """
    root: dict[str, dict] = {}
    for sequence in sequences:
        node = root
        for token in sequence:
            node = node.setdefault(token, {})
        node[""] = {}  # a name may end here
    return node_regex(root) or "(?!)"


def node_regex(node: dict[str, dict]) -> str:
    """The regex of a trie node: its branches, optional where a name may end."""
    branches = [token + node_regex(child) for token, child in node.items() if token]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@lru_cache(maxsize=2)
def outlet_patterns(ambiguous: bool = False) -> re.Pattern[str]:
    """One compiled regex that finds any outlet spelling in running text.

    Group ``name`` holds the spelling (after a clitic و/ف/ب/ل/ك, group
    ``clitic``); group ``quoted`` holds an ambiguous spelling (الجزيرة، اليوم)
    found inside «» or quotes, the only place such a word surely names an
    outlet, unless ``ambiguous=True`` lets them match anywhere through ``name``.
    Map a match to its outlet with :func:`find_outlet`, or use
    :func:`iter_outlet_mentions`.
    """
    plain: list[list[str]] = []
    unsure: list[list[str]] = []
    for outlet in all_outlets():
        for spelling, is_ambiguous in spellings_of(outlet):
            if spelling not in outlet.labels:
                (unsure if is_ambiguous and not ambiguous else plain).append(spelling_tokens(spelling))
    return re.compile(
        rf"(?<!\w)(?P<clitic>[وف]?[بلك]?\u0640*)(?P<name>{trie_regex(plain)})(?!\w)"
        rf"|(?<=[«\"“])(?P<quoted>{trie_regex(unsure)})(?=[»\"”])"
    )


def iter_outlet_mentions(text: str, ambiguous: bool = False) -> Iterator[tuple[int, int, Outlet]]:
    """``(start, end, outlet)`` of every outlet named in ``text``, clitics left out of the span."""
    for match in outlet_patterns(ambiguous).finditer(text):
        group = "name" if match.group("name") is not None else "quoted"
        outlet = find_outlet(match.group(group))
        if outlet is not None:
            yield match.start(group), match.end(group), outlet
