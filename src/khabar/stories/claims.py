"""Claims across articles: the same quote or the same figure, reported by several outlets.

Every quote and every fact of a stored article is a *report*. Reports of the
same thing become one *claim*:

* a **quote** claim gathers quotes of the same speaker (the same corpus-wide
  entity, else the same description such as "مصدر أمني") published within
  :data:`QUOTE_WINDOW_DAYS` of each other whose contents are near-identical:
  word-set Jaccard ≥ :data:`QUOTE_JACCARD`, or one holding ≥
  :data:`QUOTE_CONTAINMENT` of the other's words (a quote cut short), and
  not naming different places or people (greetings to Egypt and to Oman are
  two claims);
* a **fact** claim gathers facts of the same type at the same place (the
  same location entity, or none on both sides), on days at most
  :data:`FACT_WINDOW_DAYS` apart (the fact's own date when its sentence says
  one, else the article's), told in similar words: the words of the sentence
  (Jaccard ≥ :data:`FACT_SENTENCE_MIN`) *and* the few words around the number
  (Jaccard ≥ :data:`FACT_LOCAL_MIN`: "استشهاد عشرة من منسوبي القوات" and
  "ثلاثة من العاملين" in one sentence are two facts), or near-identical
  sentences (≥ :data:`FACT_SENTENCE_ALONE`).

A claim's values *contradict* when two reports give ranges that cannot both
be true: 1400 and 1200 do, "أكثر من 1400" (min 1400) and 1500 do not; an
approximate figure ("نحو 120") stands for ±:data:`APPROXIMATE_SHARE`. Only
counts of people (:data:`EVENT_TYPES`) can contradict: other figures (an
index, a price) are grouped only when they are the same figure. A figure
that disagrees with the claim's first report joins it only on stronger
evidence (:func:`_conflict_score`): the same or next day, closer words, and
not when its own sentence also gives the claim's figure.

Matching is incremental: :func:`update_claims` looks each new report up
among the claims of its own bucket (fact type and place, or speaker) whose
days fall in the window, through an index on ``claims(key, first_day)``, so
the cost of an article depends on how busy its days were, not on the size of
the store. Sources and contradictions of the claims it touched are then
recomputed (:func:`refresh_claim`): copies (``duplicate_of``) stand for their
original and articles crediting the same agency count once.
"""

from __future__ import annotations

import json
import logging
import math
import sqlite3
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from khabar.store.fts import normalized_name, text_forms
from khabar.text import lexicon
from khabar.text.normalize import normalize

FACT_WINDOW_DAYS = 2  # publication days of two reports of one figure
DATED_WINDOW_DAYS = 1  # when both sentences give the day: "أمس" resolved by two outlets may differ by one
QUOTE_WINDOW_DAYS = 3
FACT_SENTENCE_MIN = 0.25
FACT_LOCAL_MIN = 0.3
FACT_SENTENCE_ALONE = 0.6
LOCAL_WORDS = 3  # words taken on each side of the number
CONFLICT_WINDOW_DAYS = 1  # a figure that disagrees must be of the same event day (its sentence's date, else the
# article's), or of the next one for a running total (a toll "since the fighting began": running_total_words())
CONFLICT_SENTENCE_MIN = 0.3  # ... and be told in closer words than one that agrees
CONFLICT_LOCAL_MIN = 0.4
QUOTE_JACCARD = 0.5
QUOTE_CONTAINMENT = 0.9
MIN_QUOTE_WORDS = 4  # shorter quotes ("نعم") are not matched across articles
MIN_CONTAINED_WORDS = 6  # a quote matched by containment must be at least this long
APPROXIMATE_SHARE = 0.1
EVENT_TYPES = ("killed", "injured", "hostages", "released", "arrested", "displaced", "missing")
AGENCY_CREDIT_KINDS = ("dateline", "source_line")
BATCH = 200

logger = logging.getLogger(__name__)

__all__ = [
    "Observation", "article_observations", "conflicting", "interval", "rebuild_claims", "refresh_claim",
    "update_claims",
]


# ---------------------------------------------------------------------------
# Word lists


DATA = resources.files("khabar.stories") / "data"


@cache
def _word_list(name: str) -> frozenset[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(normalize(w.strip(), ta_marbuta=True) for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def ignored_words() -> frozenset[str]:
    """Words left out of compared word sets: khabar's function words and claims_stopwords.tsv."""
    function_words = {normalize(w, ta_marbuta=True) for w in lexicon.function_words()}
    return frozenset(function_words) | _word_list("claims_stopwords.tsv")


@lru_cache(maxsize=1)
def running_total_words() -> frozenset[str]:
    """Words that make a count a running total, which may be revised on a later day (claims_running_total.txt)."""
    lines = (DATA / "claims_running_total.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if line.strip() and not line.startswith("#") for w in content_words(line))


def content_words(text: str | None) -> list[str]:
    """The search forms of ``text`` (clitics and article peeled), without numbers and empty words."""
    ignored = ignored_words()
    return [w for w in text_forms(text).split() if w not in ignored and not any(c.isdigit() for c in w)]


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


# ---------------------------------------------------------------------------
# Reports of one article


@dataclass
class Observation:
    """One quote or fact of one stored article, ready to be matched to a claim."""

    article: int
    local: str
    kind: str  # "fact" or "quote"
    type: str  # the fact's type, or "quote"
    key: str  # the bucket its claim is looked up in
    day: date
    dated: bool  # day from the fact's own time expression
    published: str | None
    text: str
    source: str  # who this article's words come from (see report_source)
    words: frozenset[str] = frozenset()  # sentence (fact) or content (quote) words
    near: frozenset[str] = frozenset()  # fact: words around the number
    names: frozenset[int] = frozenset()  # quote: entities named in its content
    figures: frozenset[float] = frozenset()  # fact: every figure of its sentence, of any type
    value: Any = None
    min: Any = None
    max: Any = None
    approximate: bool | None = None
    speaker_entity: int | None = None
    speaker: str | None = None
    location_entity: int | None = None

    def signature(self) -> bytes:
        """The words compared with later reports, compressed (most claims keep only this one)."""
        low, high = interval(self.value, self.min, self.max, self.approximate) if self.kind == "fact" else (0, 0)
        data = json.dumps({"w": sorted(self.words), "n": sorted(self.near), "e": sorted(self.names),
                           "v": [_finite(low), _finite(high)], "f": _figure(self)},
                          ensure_ascii=False, separators=(",", ":"))
        return zlib.compress(data.encode("utf-8"), 6)


def _finite(bound: float) -> float | None:
    return bound if math.isfinite(bound) else None


def _figure(obs_or_fact: Any) -> float | None:
    """The number a fact states: its value, else its minimum, else its maximum."""
    get = obs_or_fact.get if isinstance(obs_or_fact, dict) else lambda k: getattr(obs_or_fact, k)
    return next((float(v) for v in (get("value"), get("min"), get("max")) if isinstance(v, (int, float))), None)


def article_observations(conn: sqlite3.Connection, n: int) -> list[Observation]:
    """The reports (quotes and facts) of stored article ``n`` that can be matched across articles."""
    row = conn.execute("SELECT published, outlet_name, outlet_domain, text, record FROM articles WHERE n = ?", (n,)).fetchone()
    if row is None:
        return []
    published, outlet_name, outlet_domain, text, record_json = row
    published_day = _day(published)
    if published_day is None or not isinstance(text, str):
        return []  # undated articles cannot be placed in a time window
    sentences = _sentences(record_json)
    times = dict(conn.execute("SELECT local, value FROM times WHERE article = ?", (n,)).fetchall())
    own_source = article_source(conn, n, outlet_name, outlet_domain)
    quotes = _quote_rows(conn, n, text)
    observations = [
        obs for obs in (_quote_observation(n, q, published, published_day, own_source, conn) for q in quotes.values())
        if obs is not None
    ]
    facts = _fact_rows(conn, n, text)
    for fact in facts:
        obs = _fact_observation(n, fact, text, sentences, times, quotes, published, published_day, own_source)
        if obs is not None:
            obs.figures = frozenset(
                figure for other in facts
                if other["sentence"] == fact["sentence"] and (figure := _figure(other)) is not None)
            observations.append(obs)
    return observations


def _sentences(record_json: str | None) -> list[list[int]]:
    try:
        sentences = json.loads(record_json or "{}").get("sentences") or []
    except (ValueError, AttributeError):
        return []
    return [s for s in sentences if isinstance(s, list) and len(s) == 2]


def _day(value: Any) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _quote_rows(conn: sqlite3.Connection, n: int, text: str) -> dict[str, dict[str, Any]]:
    rows = conn.execute(
        "SELECT q.local, q.start, q.\"end\", q.text, q.speaker_entity, q.speaker_text, q.speaker_start, q.speaker_end,"
        " q.via_entity, ve.code, ve.canonical_en, ve.name"
        " FROM quotes q LEFT JOIN entities ve ON ve.id = q.via_entity WHERE q.article = ? ORDER BY q.n", (n,)
    ).fetchall()
    quotes = {}
    for local, start, end, content, speaker_entity, speaker_text, s_start, s_end, via, code, en, name in rows:
        if content is None and isinstance(start, int) and isinstance(end, int):
            content = text[start:end]
        if speaker_text is None and isinstance(s_start, int) and isinstance(s_end, int):
            speaker_text = text[s_start:s_end]
        quotes[local] = {
            "local": local, "start": start, "end": end, "text": content or "", "speaker_entity": speaker_entity,
            "speaker": speaker_text, "via": _via_source(name, en, code) if via is not None else None,
        }
    return quotes


def _via_source(name: str | None, en: str | None, code: str | None) -> str | None:
    """The source key of a ``via`` entity that is a known outlet or agency, else None.

    Its Arabic name is tried first: "الرياض" given as via is the newspaper, not the city.
    """
    from khabar.clean.outlets import find_outlet

    for label in (name, en, code):
        if label and find_outlet(label) is not None:
            return source_key(label)
    return None


def _fact_rows(conn: sqlite3.Connection, n: int, text: str) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT local, type, value, min, max, approximate, start, \"end\", text, location_entity, time_local,"
        " quote_local, sentence FROM facts WHERE article = ? ORDER BY n", (n,)
    ).fetchall()
    names = ("local", "type", "value", "min", "max", "approximate", "start", "end", "text", "location_entity",
             "time_local", "quote_local", "sentence")
    facts = [dict(zip(names, row)) for row in rows]
    for fact in facts:
        if fact["text"] is None and isinstance(fact["start"], int) and isinstance(fact["end"], int):
            fact["text"] = text[fact["start"]:fact["end"]]
    return facts


def _quote_observation(n: int, quote: dict[str, Any], published: str, day: date, own_source: str,
                       conn: sqlite3.Connection) -> Observation | None:
    speaker_key = _speaker_key(quote["speaker_entity"], quote["speaker"])
    words = frozenset(content_words(quote["text"]))
    if speaker_key is None or len(words) < MIN_QUOTE_WORDS or not isinstance(quote["start"], int):
        return None
    names = frozenset(r[0] for r in conn.execute(
        "SELECT DISTINCT entity FROM mentions WHERE article = ? AND entity IS NOT NULL AND start >= ? AND \"end\" <= ?",
        (n, quote["start"], quote["end"])))
    return Observation(
        article=n, local=quote["local"], kind="quote", type="quote", key=speaker_key, day=day, dated=False,
        published=published, text=quote["text"], source=_source_with_via(own_source, quote["via"]), words=words,
        names=names, speaker_entity=quote["speaker_entity"], speaker=quote["speaker"],
    )


def _speaker_key(entity: int | None, text: str | None) -> str | None:
    if entity is not None:
        return f"quote|e{entity}"
    words = text_forms(text).split() if text else []
    return "quote|" + " ".join(words) if words else None


def _fact_observation(n: int, fact: dict[str, Any], text: str, sentences: list[list[int]], times: dict[str, Any],
                      quotes: dict[str, dict[str, Any]], published: str, published_day: date,
                      own_source: str) -> Observation | None:
    start, end = fact["start"], fact["end"]
    if not fact["type"] or not isinstance(start, int) or not isinstance(end, int):
        return None
    if fact["value"] is None and fact["min"] is None and fact["max"] is None:
        return None
    sentence_start, sentence_end = _sentence_around(sentences, fact["sentence"], start, end, len(text))
    before = content_words(text[sentence_start:start])[-LOCAL_WORDS:]
    after = content_words(text[end:sentence_end])[:LOCAL_WORDS]
    near = frozenset(before + after + content_words(fact["text"]))
    words = frozenset(content_words(text[sentence_start:sentence_end]))
    own_day = _day(times.get(fact["time_local"])) if fact["time_local"] else None
    quote = quotes.get(fact["quote_local"]) if fact["quote_local"] else None
    location = fact["location_entity"]
    return Observation(
        article=n, local=fact["local"], kind="fact", type=fact["type"],
        key=_fact_key(fact, location),
        day=own_day or published_day, dated=own_day is not None, published=published, text=fact["text"] or "",
        source=_source_with_via(own_source, quote["via"] if quote else None), words=words, near=near,
        value=fact["value"], min=fact["min"], max=fact["max"],
        approximate=None if fact["approximate"] is None else bool(fact["approximate"]),
        speaker_entity=quote["speaker_entity"] if quote else None, speaker=quote["speaker"] if quote else None,
        location_entity=location,
    )


def _fact_key(fact: dict[str, Any], location: int | None) -> str:
    """Type and place; for figures other than counts of people, also the figure itself.

    A stock index or a budget differs from one day's report to the next
    without anyone being contradicted: such figures are grouped only when
    they agree, and never reported as contradictions.
    """
    key = f"{fact['type']}|{location if location is not None else '-'}"
    if fact["type"] in EVENT_TYPES:
        return key
    figure = next(v for v in (fact["value"], fact["min"], fact["max"]) if v is not None)
    return f"{key}|{figure:g}"


def _sentence_around(sentences: list[list[int]], index: Any, start: int, end: int, length: int) -> tuple[int, int]:
    if isinstance(index, int) and 0 <= index < len(sentences):
        s, e = sentences[index]
        if s <= start and end <= e:
            return s, e
    for s, e in sentences:
        if s <= start and end <= e:
            return s, e
    return max(0, start - 120), min(length, end + 120)


# ---------------------------------------------------------------------------
# Sources: who an article's words come from


@lru_cache(maxsize=4096)
def source_key(name: Any) -> str | None:
    """One key per source, whatever its spelling: "واس", "SPA", "وكالة الأنباء السعودية", "spa.gov.sa" → "spa.gov.sa".

    Outlets and agencies khabar knows (khabar.clean.outlets) become their
    domain; any other name its normalised form.
    """
    from khabar.clean.outlets import find_outlet

    text = " ".join(str(name or "").split())
    if not text:
        return None
    outlet = find_outlet(text)
    if outlet is not None and outlet.domain:
        return outlet.domain
    return normalized_name(text)


def article_source(conn: sqlite3.Connection, n: int, outlet_name: str | None = None,
                   outlet_domain: str | None = None) -> str:
    """The source an article stands for: the agency it credits (واس، رويترز), else its own outlet.

    A credit naming the article's own outlet (Sabq's "سبق" dateline) or no one
    in particular ("متابعات") does not count.
    """
    if outlet_name is None and outlet_domain is None:
        row = conn.execute("SELECT outlet_name, outlet_domain FROM articles WHERE n = ?", (n,)).fetchone()
        outlet_name, outlet_domain = row if row else (None, None)
    own = {source_key(outlet_name), source_key(outlet_domain)} - {None}
    no_source = _word_list("claims_no_source.tsv")
    for name, domain, kind in conn.execute(
        "SELECT name, domain, kind FROM credits WHERE article = ? ORDER BY n", (n,)
    ):
        if kind not in AGENCY_CREDIT_KINDS or not (name or domain):
            continue
        if source_key(name) in own or source_key(domain) in own or normalize(name or "", ta_marbuta=True) in no_source:
            continue
        return source_key(name or domain) or "?"
    return source_key(outlet_name or outlet_domain) or f"article {n}"


def _source_with_via(own_source: str, via: str | None) -> str:
    """A quote given to an agency ("قال لرويترز") comes from that agency, whoever republished it."""
    return via or own_source


# ---------------------------------------------------------------------------
# Values


def interval(value: Any, low: Any, high: Any, approximate: Any) -> tuple[float, float]:
    """The range a reported figure allows: 1400 → [1400, 1400]; "أكثر من 1400" → [1400, ∞); "نحو 120" → ±10%."""
    if isinstance(value, (int, float)):
        if approximate:
            margin = max(abs(value) * APPROXIMATE_SHARE, 1)
            return value - margin, value + margin
        return float(value), float(value)
    return (float(low) if isinstance(low, (int, float)) else -math.inf,
            float(high) if isinstance(high, (int, float)) else math.inf)


def conflicting(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Two ranges that cannot both hold."""
    return a[1] < b[0] or b[1] < a[0]


# ---------------------------------------------------------------------------
# Matching a report to a claim


@dataclass
class Candidate:
    id: int
    kind: str
    first_day: date
    last_day: date
    dated: bool
    words: frozenset[str]
    near: frozenset[str]
    names: frozenset[int]
    range: tuple[float, float] = (-math.inf, math.inf)  # the first report's figure
    figure: float | None = None
    articles: set[int] = field(default_factory=set)


def match_score(obs: Observation, claim: Candidate) -> float | None:
    """How well ``obs`` matches the claim's first report (None: not the same claim)."""
    if obs.kind == "fact":
        return _fact_score(obs, claim)
    return _quote_score(obs, claim)


def _fact_score(obs: Observation, claim: Candidate) -> float | None:
    if obs.dated and claim.dated and abs((obs.day - claim.first_day).days) > DATED_WINDOW_DAYS:
        return None
    sentence = jaccard(obs.words, claim.words)
    near = jaccard(obs.near, claim.near)
    if conflicting(interval(obs.value, obs.min, obs.max, obs.approximate), claim.range):
        return _conflict_score(obs, claim, sentence, near)
    if (sentence >= FACT_SENTENCE_MIN and near >= FACT_LOCAL_MIN) or sentence >= FACT_SENTENCE_ALONE:
        return (sentence + near) / 2
    return None


def _conflict_score(obs: Observation, claim: Candidate, sentence: float, near: float) -> float | None:
    """A figure that disagrees with the claim joins it only on strong evidence.

    The same event day (a toll revised the next morning says "أمس" and is
    still that day; fighting told in the same words at one place on two days
    is two events), or the next day for a running total (either sentence
    says "حصيلة", "منذ اندلاع", "ارتفع": a toll revised), closer words than
    an agreeing figure needs, and not
    when its own sentence also gives the claim's figure: that sentence then
    holds two figures (10 killed, 3 wounded), and the other one is the match.
    (:func:`same_story` is checked too, by :func:`_assign`.)
    """
    apart = abs((obs.day - claim.first_day).days)
    if apart > CONFLICT_WINDOW_DAYS:
        return None
    if apart and not (running_total_words() & (obs.words | claim.words)):
        return None
    if claim.figure is not None and claim.figure in obs.figures:
        return None
    if sentence >= CONFLICT_SENTENCE_MIN and near >= CONFLICT_LOCAL_MIN:
        return (sentence + near) / 2
    return None


def _quote_score(obs: Observation, claim: Candidate) -> float | None:
    if obs.names - claim.names and claim.names - obs.names:
        return None  # each names someone or somewhere the other does not
    shared = len(obs.words & claim.words)
    smaller = min(len(obs.words), len(claim.words))
    similarity = jaccard(obs.words, claim.words)
    if similarity >= QUOTE_JACCARD:
        return similarity
    if smaller >= MIN_CONTAINED_WORDS and shared / smaller >= QUOTE_CONTAINMENT:
        return similarity
    return None


def _candidates(conn: sqlite3.Connection, obs: Observation, cache: dict[tuple, list[Candidate]]) -> list[Candidate]:
    window = _window(obs)
    lookup = (obs.key, obs.day)
    if lookup not in cache:
        rows = conn.execute(
            "SELECT id, kind, first_day, last_day, dated, signature FROM claims"
            " WHERE key = ? AND first_day BETWEEN ? AND ?",
            (obs.key, (obs.day - timedelta(days=window)).isoformat(), (obs.day + timedelta(days=window)).isoformat()),
        ).fetchall()
        cache[lookup] = [_candidate(row) for row in rows]
    return cache[lookup]


def _window(obs: Observation) -> int:
    return FACT_WINDOW_DAYS if obs.kind == "fact" else QUOTE_WINDOW_DAYS


def _in_window(obs: Observation, claim: Candidate) -> bool:
    return abs((obs.day - claim.first_day).days) <= _window(obs)


def _candidate(row: tuple) -> Candidate:
    id_, kind, first_day, last_day, dated, signature = row
    data = json.loads(zlib.decompress(signature))
    low, high = data.get("v") or (None, None)
    return Candidate(id_, kind, date.fromisoformat(first_day), date.fromisoformat(last_day), bool(dated),
                     frozenset(data.get("w", ())), frozenset(data.get("n", ())), frozenset(data.get("e", ())),
                     (-math.inf if low is None else low, math.inf if high is None else high), data.get("f"))


# ---------------------------------------------------------------------------
# Updating the store


def update_claims(conn_or_store: Any, article_ids: Iterable[Any]) -> dict[str, int]:
    """Put the quotes and facts of these stored articles into claims (ids or integer keys).

    Idempotent: an article's earlier reports are taken out first, so a
    re-analysed article is matched afresh. Runs in the caller's transaction
    when one is open (ingest's batch), else in its own. Returns
    ``{"articles", "reports", "new_claims", "claims_touched"}``.
    """
    conn = getattr(conn_or_store, "conn", conn_or_store)
    keys = _article_keys(conn, article_ids)
    if conn.in_transaction:
        return _update(conn, keys)
    conn.execute("BEGIN IMMEDIATE")
    try:
        counts = _update(conn, keys)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return counts


def _article_keys(conn: sqlite3.Connection, article_ids: Iterable[Any]) -> list[int]:
    keys = []
    for item in article_ids:
        if isinstance(item, int):
            keys.append(item)
        else:
            row = conn.execute("SELECT n FROM articles WHERE id = ?", (str(item),)).fetchone()
            if row is not None:
                keys.append(row[0])
    return keys


def _update(conn: sqlite3.Connection, keys: list[int]) -> dict[str, int]:
    touched = _forget_articles(conn, keys)
    counts = {"articles": len(keys), "reports": 0, "new_claims": 0, "claims_touched": 0}
    cache: dict[tuple, list[Candidate]] = {}
    for n in keys:
        try:
            observations = article_observations(conn, n)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:  # a malformed stored record: skip its claims
            counts["skipped"] = counts.get("skipped", 0) + 1
            logger.warning("article %s: its quotes and facts were left out of claims (%s)", n, exc)
            continue
        counts["reports"] += len(observations)
        for obs, claim in _assign(conn, observations, cache):
            if claim is None:
                claim = _new_claim(conn, obs, cache)
                counts["new_claims"] += 1
            else:
                claim.articles.add(obs.article)
            _insert_report(conn, obs, claim.id)
            touched.add(claim.id)
    for claim_id in touched:
        refresh_claim(conn, claim_id)
    counts["claims_touched"] = len(touched)
    return counts


def _forget_articles(conn: sqlite3.Connection, keys: list[int]) -> set[int]:
    """Take the reports of these articles out of their claims; the claims left to refresh."""
    touched: set[int] = set()
    for n in keys:
        claims = [r[0] for r in conn.execute("SELECT DISTINCT claim FROM claim_reports WHERE article = ?", (n,))]
        if claims:
            conn.execute("DELETE FROM claim_reports WHERE article = ?", (n,))
            touched.update(claims)
    return touched


def _assign(conn: sqlite3.Connection, observations: list[Observation],
            cache: dict[tuple, list[Candidate]]) -> list[tuple[Observation, Candidate | None]]:
    """Best claim for each report, one report of an article per claim (the best-matching one)."""
    scored = []
    for index, obs in enumerate(observations):
        for claim in _candidates(conn, obs, cache):
            if obs.article in claim.articles or not _in_window(obs, claim):
                continue
            score = match_score(obs, claim)
            if score is not None and _disagrees(obs, claim) and not same_story(conn, obs.article, claim.id):
                continue
            if score is not None:
                scored.append((score, index, claim))
    scored.sort(key=lambda item: (-item[0], item[1], item[2].id))
    chosen: dict[int, Candidate] = {}
    taken: set[int] = set()
    for _score, index, claim in scored:
        if index in chosen or claim.id in taken:
            continue
        chosen[index] = claim
        taken.add(claim.id)
    return [(obs, chosen.get(index)) for index, obs in enumerate(observations)]


def _disagrees(obs: Observation, claim: Candidate) -> bool:
    return obs.kind == "fact" and conflicting(interval(obs.value, obs.min, obs.max, obs.approximate), claim.range)


def same_story(conn: sqlite3.Connection, article: int, claim_id: int) -> bool:
    """Whether the article is in the story of one of the claim's reports (issue 7's stories: one event).

    A disagreeing figure joins a claim only then. When stories were not
    computed (``Store.add``, or a store not rebuilt since), nothing is known
    and the other tests decide alone.
    """
    story = conn.execute("SELECT story FROM story_articles WHERE article = ?", (article,)).fetchone()
    if story is None:
        return True
    stories = {row[0] for row in conn.execute(
        "SELECT s.story FROM claim_reports r JOIN story_articles s ON s.article = r.article WHERE r.claim = ?",
        (claim_id,))}
    return not stories or story[0] in stories


def _new_claim(conn: sqlite3.Connection, obs: Observation, cache: dict[tuple, list[Candidate]]) -> Candidate:
    cursor = conn.execute(
        "INSERT INTO claims (kind, type, key, first_day, last_day, dated, signature, speaker_entity, speaker,"
        " location_entity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (obs.kind, obs.type, obs.key, obs.day.isoformat(), obs.day.isoformat(), int(obs.dated), obs.signature(),
         obs.speaker_entity, obs.speaker, obs.location_entity),
    )
    claim = Candidate(cursor.lastrowid, obs.kind, obs.day, obs.day, obs.dated, obs.words, obs.near, obs.names,
                      interval(obs.value, obs.min, obs.max, obs.approximate), _figure(obs), {obs.article})
    for (key, _), claims in cache.items():
        if key == obs.key:
            claims.append(claim)
    return claim


def _insert_report(conn: sqlite3.Connection, obs: Observation, claim_id: int) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO claim_reports (article, local, claim, published, day, value, min, max, approximate,"
        " source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (obs.article, obs.local, claim_id, obs.published, obs.day.isoformat(), obs.value, obs.min, obs.max,
         None if obs.approximate is None else int(obs.approximate), obs.source),
    )


def refresh_claim(conn: sqlite3.Connection, claim_id: int) -> None:
    """Recompute a claim's first report, independent sources and contradiction from its reports."""
    reports = claim_reports(conn, claim_id)
    if not reports:
        conn.execute("DELETE FROM claims WHERE id = ?", (claim_id,))
        return
    first = reports[0]
    values = [interval(r["value"], r["min"], r["max"], r["approximate"]) for r in reports]
    contradicted = any(conflicting(a, b) for i, a in enumerate(values) for b in values[i + 1:])
    days = [r["day"] for r in reports if r["day"]]
    conn.executemany("UPDATE claim_reports SET independent = ? WHERE article = ? AND local = ?",
                     [(int(r["independent"]), r["n"], r["local"]) for r in reports])
    conn.execute(
        "UPDATE claims SET first_article = ?, first_local = ?, first_published = ?, reports = ?, sources = ?,"
        " contradicted = ?, first_day = ?, last_day = ? WHERE id = ?",
        (first["n"], first["local"], first["published"], len(reports), sum(r["independent"] for r in reports), int(contradicted),
         min(days), max(days), claim_id),
    )


def claim_reports(conn: sqlite3.Connection, claim_id: int) -> list[dict[str, Any]]:
    """The reports of a claim, earliest first, each with its effective source and whether it is independent.

    A copy stands for its original: it takes the original's source, so it
    never adds one. The first report of each source is the independent one.
    """
    rows = conn.execute(
        "SELECT r.article, r.local, r.published, r.day, r.value, r.min, r.max, r.approximate, r.source,"
        " CASE WHEN c.kind = 'fact'"
        " THEN (SELECT coalesce(f.text, substr(a.text, f.start + 1, f.\"end\" - f.start)) FROM facts f"
        "       WHERE f.article = r.article AND f.local = r.local)"
        " ELSE (SELECT coalesce(q.text, substr(a.text, q.start + 1, q.\"end\" - q.start)) FROM quotes q"
        "       WHERE q.article = r.article AND q.local = r.local) END,"
        " a.id, a.title, a.url, a.outlet_name, a.outlet_domain"
        " FROM claim_reports r JOIN claims c ON c.id = r.claim JOIN articles a ON a.n = r.article WHERE r.claim = ?"
        " ORDER BY r.published IS NULL, r.published, r.article, r.local", (claim_id,)
    ).fetchall()
    originals = duplicate_originals(conn, [r[0] for r in rows])
    seen: set[str] = set()
    reports = []
    for n, local, published, day, value, low, high, approximate, source, text, id_, title, url, outlet, domain in rows:
        original = originals.get(n)
        effective = article_source(conn, original[0]) if original else source
        reports.append({
            "n": n, "local": local, "article": id_, "title": title, "url": url, "outlet": outlet or domain,
            "outlet_domain": domain, "published": published, "day": day, "value": value, "min": low, "max": high,
            "approximate": None if approximate is None else bool(approximate), "text": text,
            "source": effective, "duplicate_of": original[1] if original else None,
            "independent": effective not in seen,
        })
        seen.add(effective)
    return reports


def duplicate_originals(conn: sqlite3.Connection, keys: list[int]) -> dict[int, tuple[int, str]]:
    """Article key → (key, id) of the original it copies, for those of ``keys`` that are copies."""
    column = _duplicate_column(conn)
    if column is None or not keys:
        return {}
    found = {}
    for start in range(0, len(keys), 500):
        part = keys[start:start + 500]
        marks = ", ".join("?" for _ in part)
        for n, original, original_id in conn.execute(
            f"SELECT a.n, o.n, o.id FROM articles a JOIN articles o ON o.n = a.{column}"
            f" WHERE a.n IN ({marks}) AND a.{column} IS NOT NULL", part
        ):
            found[n] = (original, original_id)
    return found


def _duplicate_column(conn: sqlite3.Connection) -> str | None:
    columns = {row[1] for row in conn.execute("PRAGMA table_info(articles)")}
    return "duplicate_of" if "duplicate_of" in columns else None


# ---------------------------------------------------------------------------
# Rebuilding


def rebuild_claims(conn_or_store: Any, *, batch: int = BATCH, progress: Any = None) -> dict[str, Any]:
    """Recompute every claim of a store from its articles, in publication order.

    Each batch of ``batch`` articles is one transaction; ``progress(done,
    total, seconds_of_batch)`` is called after each. Returns the counts and
    the seconds each batch took (to check the cost per article stays flat).
    """
    import time

    conn = getattr(conn_or_store, "conn", conn_or_store)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("DELETE FROM claim_reports")
    conn.execute("DELETE FROM claims")
    conn.execute("COMMIT")
    keys = [r[0] for r in conn.execute("SELECT n FROM articles ORDER BY published IS NULL, published, n")]
    totals = {"articles": 0, "reports": 0, "new_claims": 0}
    timings = []
    for start in range(0, len(keys), batch):
        began = time.perf_counter()
        counts = update_claims(conn, keys[start:start + batch])
        seconds = time.perf_counter() - began
        timings.append(round(seconds, 3))
        for key in totals:
            totals[key] += counts[key]
        if progress is not None:
            progress(min(start + batch, len(keys)), len(keys), seconds)
    return {**totals, "claims": conn.execute("SELECT count(*) FROM claims").fetchone()[0], "batch_seconds": timings}
