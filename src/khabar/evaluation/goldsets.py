"""Which SaudiNewsNet articles the hand-made gold sets use, and how to read them back.

The repository keeps only references (zip file, index in its JSON array, a
hash of the content) and offsets into the article's ``content``; the text is
read from ../shared/data at evaluation time. Articles are drawn at random
with a fixed seed among those with a reporting verb or quotation marks, so
anyone can redraw the same sample.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

REPORTING_RE = re.compile(
    r"[«»“”\"]|(?:^|\s)[وف]?(?:قال|قالت|أضاف|أضافت|ذكر|ذكرت|أكد|أكدت|أوضح|أوضحت|أشار|أشارت|صرح|صرحت|أعلن|أعلنت|أفاد|أفادت|بحسب|وفقا|نقلا)(?=\s)"
)
SEED = 20151
HELD_OUT_EVERY = 3  # every third drawn article is held out (test); the rest is dev


@dataclass(frozen=True)
class GoldRef:
    """Where a gold article lives in ../shared/data/news/saudinewsnet."""

    zip: str
    index: int
    sha1: str

    @property
    def gold_id(self) -> str:
        return f"{self.zip}#{self.index}"


def content_hash(content: str) -> str:
    return hashlib.sha1(content.encode("utf-8")).hexdigest()[:12]


def read_day(shared: Path, zip_name: str) -> list[dict]:
    """The article objects of one SaudiNewsNet day file."""
    with zipfile.ZipFile(shared / "news" / "saudinewsnet" / zip_name) as archive:
        member = archive.namelist()[0]
        return json.loads(archive.read(member))


def load_article(shared: Path, ref: GoldRef) -> dict:
    """The article a reference points to; raises if its content has changed."""
    article = read_day(shared, ref.zip)[ref.index]
    if content_hash(article["content"]) != ref.sha1:
        raise ValueError(f"{ref.gold_id}: content hash differs from the gold's; the shared data changed")
    return article


def draw_articles(shared: Path, count: int, *, seed: int = SEED) -> list[GoldRef]:
    """``count`` articles with attribution cues, drawn reproducibly across all days."""
    candidates = []
    for path in sorted((shared / "news" / "saudinewsnet").glob("*.zip")):
        for index, article in enumerate(read_day(shared, path.name)):
            content = article.get("content") or ""
            if 300 <= len(content) <= 6000 and REPORTING_RE.search(content):
                candidates.append(GoldRef(path.name, index, content_hash(content)))
    return random.Random(seed).sample(candidates, count)


def is_held_out(position: int) -> bool:
    """Whether the article drawn at ``position`` belongs to the held-out test third."""
    return position % HELD_OUT_EVERY == HELD_OUT_EVERY - 1


GOLD_PATH = Path(__file__).resolve().parents[3] / "tests" / "data" / "gold_news.json"


SPLITS = ("dev", "test", "all")


def load_gold(path: Path | str | None = None, split: str = "all") -> list[dict]:
    """Gold entries (see tests/data/GOLD_FORMAT.md), optionally one split."""
    if split not in SPLITS:
        raise ValueError(f"split {split!r}: use one of {', '.join(SPLITS)}")
    entries = json.loads(Path(path or GOLD_PATH).read_text(encoding="utf-8"))
    return [e for e in entries if split == "all" or e["split"] == split]


def ref_of(entry: dict) -> GoldRef:
    return GoldRef(entry["zip"], entry["index"], entry["sha1"])


# Turning an annotator's verbatim snippets into offsets (ANNOTATION.md → GOLD_FORMAT.md).


def find_near(content: str, snippet: str | None, anchor: int, *, window: int = 4000) -> list[int] | None:
    """Offsets of the occurrence of ``snippet`` nearest to ``anchor`` (before it preferred on ties)."""
    if not snippet:
        return None
    best = None
    at = content.find(snippet, max(0, anchor - window))
    while at >= 0 and at <= anchor + window:
        distance = abs(at - anchor) + (0 if at <= anchor else 1)
        if best is None or distance < best[0]:
            best = (distance, at)
        at = content.find(snippet, at + 1)
    if best is None:
        at = content.find(snippet)
        if at < 0:
            raise ValueError(f"snippet not in content: {snippet!r}")
        best = (0, at)
    return [best[1], best[1] + len(snippet)]


def convert_quote(quote: dict, content: str, cursor: int) -> dict:
    start = content.find(quote["content_first"], cursor)
    if start < 0:
        start = content.find(quote["content_first"])
    if start < 0:
        raise ValueError(f"quote start not found: {quote['content_first']!r}")
    last = content.find(quote["content_last"], start)
    if last < 0:
        raise ValueError(f"quote end not found: {quote['content_last']!r}")
    cue = find_near(content, quote.get("cue"), start)
    speaker = find_near(content, quote.get("speaker"), cue[0] if cue else start)
    name = find_near(content, quote.get("speaker_name"), speaker[0] if speaker else start)
    anchor = cue[0] if cue else start
    return {
        "kind": quote["kind"], "cue": cue, "content": [start, last + len(quote["content_last"])],
        "speaker": speaker, "speaker_name": name, "anonymous": bool(quote.get("anonymous")),
        "via": find_near(content, quote.get("via"), anchor), "time": find_near(content, quote.get("time"), anchor),
    }


def convert_fact(fact: dict, content: str, cursor: int) -> dict:
    span = _sequential(content, fact["text"], cursor)
    noun = find_near(content, fact.get("noun"), span[0]) if fact.get("noun") else None
    speaker = find_near(content, fact.get("source_speaker"), span[0]) if fact.get("source_speaker") else None
    keys = ("type", "value", "min", "max", "approximate")
    return {"span": span, **{k: fact.get(k) for k in keys}, "noun": noun, "source_speaker": speaker}


def convert_time(time: dict, content: str, cursor: int) -> dict:
    return {"span": _sequential(content, time["text"], cursor), "type": time["type"], "value": time.get("value")}


def _sequential(content: str, snippet: str, cursor: int) -> list[int]:
    """Annotators list facts and times in reading order: search from the previous one."""
    at = content.find(snippet, cursor)
    if at < 0:
        at = content.find(snippet)
    if at < 0:
        raise ValueError(f"snippet not in content: {snippet!r}")
    return [at, at + len(snippet)]


def convert_article(annotation: dict, article: dict, ref: GoldRef, split: str) -> dict:
    """One annotator's verbatim record → an offsets-only gold entry."""
    content = article["content"]
    entry = {"gold_id": ref.gold_id, "zip": ref.zip, "index": ref.index, "sha1": ref.sha1, "split": split,
             "published": (article.get("date_extracted") or "")[:10], "quotes": [], "facts": [], "times": []}
    for key, convert in (("quotes", convert_quote), ("facts", convert_fact), ("times", convert_time)):
        cursor = 0
        for item in annotation.get(key, []):
            converted = convert(item, content, cursor)
            if key != "quotes":  # the next fact or time starts after this one
                cursor = converted["span"][1]
            entry[key].append(converted)
    return entry
