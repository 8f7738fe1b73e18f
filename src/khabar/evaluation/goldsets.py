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

from khabar.evaluation.conventions import apply_quote_conventions, apply_time_conventions

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
AGREEMENT_PATH = GOLD_PATH.with_name("agreement_gold.json")  # a second annotation of some dev articles


SPLITS = ("dev", "test", "all")


# The draws that make tests/data/gold_news.json, in the order they were appended: (seed, articles).
DRAWS = ((20151, 66), (20152, 33), (20153, 33), (20154, 33), (20155, 55), (20156, 33), (20157, 33),
         (20158, 44), (20159, 44), (20160, 44), (20161, 44), (20162, 44), (20163, 44), (20164, 44),
         (20165, 44), (20166, 44), (20167, 44), (20168, 44), (20169, 44),
         (20170, 44), (20171, 44), (20172, 44), (20173, 44), (20174, 44), (20175, 44),
         (20176, 44), (20177, 44), (20178, 44), (20179, 44), (20180, 44), (20181, 44), (20182, 44),
         (20183, 44), (20184, 44), (20185, 44), (20186, 44), (20187, 44), (20188, 44), (20189, 44), (20190, 44), (20191, 44),
         (20192, 44), (20193, 44),
         (20194, 44), (20195, 44), (20196, 44),
         (20197, 44), (20198, 44), (20199, 44), (20200, 44), (20201, 44), (20202, 44), (20203, 44), (20204, 44), (20205, 44), (20206, 44), (20207, 44))


def load_gold(path: Path | str | None = None, split: str = "all", draw: int | None = None) -> list[dict]:
    """Gold entries (see tests/data/GOLD_FORMAT.md), optionally one split, optionally one draw
    (its seed: ``draw=20159`` is the last 44 articles, scored alone to see how khabar does on
    articles no rule was written for)."""
    if split not in SPLITS:
        raise ValueError(f"split {split!r}: use one of {', '.join(SPLITS)}")
    entries = json.loads(Path(path or GOLD_PATH).read_text(encoding="utf-8"))
    if draw is not None:
        entries = entries_of_draw(entries, draw)
    return [e for e in entries if split == "all" or e["split"] == split]


def entries_of_draw(entries: list[dict], seed: int) -> list[dict]:
    """The entries of the draw made with ``seed`` (see ``DRAWS``)."""
    start = 0
    for draw_seed, count in DRAWS:
        if draw_seed == seed:
            return entries[start:start + count]
        start += count
    raise ValueError(f"draw {seed}: the gold holds draws {', '.join(str(d) for d, _ in DRAWS)}")


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
    """A quote's offsets from its verbatim opening and closing words. A quote said twice in the
    same words (a statement reported, then cited again inside a document) is told apart by ``at``,
    the offset of its opening words, as a fact or a time placed by hand is."""
    placed = quote.get("at")
    start = _quote_start(content, quote["content_first"], cursor, placed)
    last = content.find(quote["content_last"], start)
    if last < 0:
        raise ValueError(f"quote end not found: {quote['content_last']!r}")
    cue = find_near(content, quote.get("cue"), start)
    speaker = find_near(content, quote.get("speaker"), cue[0] if cue else start)
    moved = start if placed is not None else start_after_own_cue(
        content, quote["content_first"], [start, last + len(quote["content_last"])], cue, speaker)
    if moved != start:  # found again near the content's true start
        start, last = moved, content.find(quote["content_last"], moved)
        cue = find_near(content, quote.get("cue"), start)
        speaker = find_near(content, quote.get("speaker"), cue[0] if cue else start)
    name = find_near(content, quote.get("speaker_name"), speaker[0] if speaker else start)
    anchor = cue[0] if cue else start
    return {
        "kind": quote["kind"], "cue": cue, "content": [start, last + len(quote["content_last"])],
        "speaker": speaker, "speaker_name": name, "anonymous": bool(quote.get("anonymous")),
        "via": find_near(content, quote.get("via"), anchor), "time": find_near(content, quote.get("time"), anchor),
    }


def _quote_start(content: str, first: str, cursor: int, at: int | None) -> int:
    if at is not None:
        if content[at:at + len(first)] != first:
            raise ValueError(f"quote start not at {at}: {first!r}")
        return at
    start = content.find(first, cursor)
    if start < 0:
        start = content.find(first)
    if start < 0:
        raise ValueError(f"quote start not found: {first!r}")
    return start


def start_after_own_cue(content: str, first: str, span: list[int], cue: list[int] | None,
                        speaker: list[int] | None = None) -> int:
    """Where a quote's content starts, given the span its opening words ``first`` gave at their
    first occurrence. A lead sentence often says what the quote says in the same words ("أدانت
    الوزارة التفجير الذي …" above "وأدانت … التفجير الذي …"); found from the top of the article,
    the opening words then start a span that runs over the quote's own cue. The content starts at
    their next occurrence after the cue (and after the speaker, when that too is inside the span),
    inside that span. (An according-to cue inside its content, "وهو تحسن يرجع بحسب الوزارة بفضل …",
    has no second occurrence and stays.)"""
    start, end = span
    if not cue or not (start < cue[0] and cue[1] <= end):
        return start
    after = speaker[1] if speaker and cue[1] <= speaker[1] <= end else cue[1]
    again = content.find(first, after)
    return again if 0 <= again < end else start


def repair_misplaced_quotes(entry: dict, content: str) -> int:
    """Re-place, in a stored gold ``entry``, the quotes converted before :func:`start_after_own_cue`
    existed (their opening words are no longer known: the first three words of the stored content
    stand for them); the cue, speaker, name, via and time are found again near the new start as
    :func:`convert_quote` finds them, and a quote the move puts inside quotation marks is direct
    again (the conversion had made it indirect for not opening after one). Returns how many moved."""
    moved = 0
    for quote in entry["quotes"]:
        start, end = quote["content"]
        words = OPENING_WORDS_RE.match(content, start)
        if not words:
            continue
        again = start_after_own_cue(content, words.group(), [start, end], quote["cue"], quote["speaker"])
        if again == start:
            continue
        moved += 1
        cue = _found_again(content, quote["cue"], again)
        speaker = _found_again(content, quote["speaker"], cue[0] if cue else again)
        anchor = cue[0] if cue else again
        quote.update(content=[again, end], cue=cue, speaker=speaker,
                     speaker_name=_found_again(content, quote["speaker_name"], speaker[0] if speaker else again),
                     via=_found_again(content, quote["via"], anchor), time=_found_again(content, quote["time"], anchor))
        if quote["kind"] == "indirect" and _inside_marks(content, again, end):
            quote["kind"] = "direct"
    return moved


OPENING_WORDS_RE = re.compile(r"\S+(?:\s+\S+){2}")


def _found_again(content: str, span: list[int] | None, anchor: int) -> list[int] | None:
    return find_near(content, content[span[0]:span[1]], anchor) if span else None


def _inside_marks(content: str, start: int, end: int) -> bool:
    before = content[max(0, start - 3):start].strip()
    after = content[end:end + 3].strip()
    return bool(before and before[-1] in QUOTE_MARKS and after and after[0] in QUOTE_MARKS)


def convert_fact(fact: dict, content: str, cursor: int) -> dict:
    span = _sequential(content, fact["text"], cursor, fact.get("at"))
    noun = find_near(content, fact.get("noun"), span[0]) if fact.get("noun") else None
    speaker = find_near(content, fact.get("source_speaker"), span[0]) if fact.get("source_speaker") else None
    keys = ("type", "value", "min", "max", "approximate")
    return {"span": span, **{k: fact.get(k) for k in keys}, "noun": noun, "source_speaker": speaker}


def convert_time(time: dict, content: str, cursor: int) -> dict:
    span = _sequential(content, time["text"], cursor, time.get("at"))
    return {"span": span, "type": time["type"], "value": time.get("value")}


def _sequential(content: str, snippet: str, cursor: int, at: int | None = None) -> list[int]:
    """Annotators list facts and times in reading order: search from the previous one. A span
    placed by hand where the search would land elsewhere (the annotator's second "اليوم" when
    the first is inside an outlet's name) carries its offset as ``at``."""
    if at is not None:
        if content[at:at + len(snippet)] != snippet:
            raise ValueError(f"snippet not at {at}: {snippet!r}")
        return [at, at + len(snippet)]
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


# Back from offsets to an annotator's record: the worked example shown to annotators (a gold
# article in the very format they write), and a check that conversion loses nothing.

WORDS_RE = re.compile(r"\S+")


def annotation_record(entry: dict, content: str, *, words: int = 5) -> dict:
    """The verbatim record an annotator would have written for a gold ``entry`` (the inverse of
    :func:`convert_article`): snippets cut from ``content``, a quote's content as its first and last
    ``words`` words (more where fewer would be found elsewhere first)."""
    def text(span):
        return content[span[0]:span[1]] if span else None

    quotes = []
    for quote in entry["quotes"]:
        record = {"kind": quote["kind"], **_content_ends(content, quote, words), "cue": text(quote["cue"]),
                  "speaker": text(quote["speaker"]), "speaker_name": text(quote["speaker_name"]),
                  "anonymous": quote["anonymous"], "via": text(quote["via"]), "time": text(quote["time"])}
        quotes.append(record)
    facts = [{"text": text(f["span"]), **{k: f[k] for k in ("type", "value", "min", "max", "approximate")},
              "noun": text(f["noun"]), "source_speaker": text(f["source_speaker"])} for f in entry["facts"]]
    times = [{"text": text(t["span"]), "type": t["type"], "value": t["value"]} for t in entry["times"]]
    _place_by_hand(content, entry["facts"], facts)
    _place_by_hand(content, entry["times"], times)
    return {"gold_id": entry["gold_id"], "quotes": quotes, "facts": facts, "times": times}


def _place_by_hand(content: str, stored: list[dict], records: list[dict]) -> None:
    """Give a record its offset (``at``) where the reading-order search would find its snippet
    somewhere other than the stored span, so that converting the record gives the span back."""
    cursor = 0
    for item, record in zip(stored, records):
        if _sequential(content, record["text"], cursor) != item["span"]:
            record["at"] = item["span"][0]
        cursor = item["span"][1]


def _content_ends(content: str, quote: dict, words: int) -> dict:
    """A quote's opening and closing words, as many as it takes for :func:`convert_quote` to find
    the stored span again (a lead sentence can repeat a quote's opening words). A quote said
    earlier in the very same words is found again only by its offset, ``at``."""
    start, end = quote["content"]
    spans = [m.span() for m in WORDS_RE.finditer(content, start, end)]
    for placed in ({}, {"at": start}):
        for n in range(words, len(spans) + 1):
            ends = {"content_first": content[start:spans[min(n, len(spans)) - 1][1]],
                    "content_last": content[spans[max(0, len(spans) - n)][0]:end], **placed}
            try:
                if convert_quote({"kind": quote["kind"], **ends, "cue": None}, content, 0)["content"] == [start, end]:
                    return ends
            except ValueError:
                pass
    return {"content_first": content[start:end], "content_last": content[start:end], "at": start}


# Growing the gold set: draw a batch for annotators, then turn their files into gold entries.

QUOTE_MARKS = "«»“”\"'„‘’("


def draw_batch(shared: Path, count: int, seed: int, *, exclude: set[str]) -> list[dict]:
    """``count`` articles drawn with ``seed`` among those not in ``exclude`` (gold ids), each with
    its reference, split (every third held out) and text, for annotators: the file they work on
    holds article text, so it stays outside the repository."""
    # (as many more as are excluded, so a seed already used still yields ``count`` new articles)
    refs = [r for r in draw_articles(shared, count + len(exclude), seed=seed) if r.gold_id not in exclude][:count]
    batch = []
    for position, ref in enumerate(refs):
        article = load_article(shared, ref)
        batch.append({"gold_id": ref.gold_id, "zip": ref.zip, "index": ref.index, "sha1": ref.sha1,
                      "split": "test" if is_held_out(position) else "dev",
                      "published": (article.get("date_extracted") or "")[:10] or ref.zip[:10],
                      "source": article.get("source"), "title": article.get("title"), "content": article["content"]})
    return batch


def convert_batch(shared: Path, articles: list[dict], annotations: list[dict]) -> list[dict]:
    """Gold entries of one annotated batch (``articles`` as :func:`draw_batch` wrote them, the
    annotators' records in the same order). A quote annotated direct whose content does not open
    right after a quotation mark becomes indirect (ANNOTATION.md: direct only inside the marks)."""
    entries = []
    for article, annotation in zip(articles, annotations, strict=True):
        if article["gold_id"] != annotation["gold_id"]:
            raise ValueError(f"{annotation['gold_id']}: annotations out of order (expected {article['gold_id']})")
        ref = GoldRef(article["zip"], article["index"], article["sha1"])
        shared_article = load_article(shared, ref)
        content = shared_article["content"]
        entry = convert_article(annotation, shared_article, ref, article["split"])
        apply_time_conventions(entry, content)  # where the guide is silent (conventions.py)
        for quote in entry["quotes"]:
            before = content[max(0, quote["content"][0] - 3):quote["content"][0]].strip()
            if quote["kind"] == "direct" and not (before and before[-1] in QUOTE_MARKS):
                quote["kind"] = "indirect"
        apply_quote_conventions(entry, content)  # «إن …» direct from إن (conventions.py)
        entries.append(entry)
    return entries


def write_gold(entries: list[dict], path: Path = GOLD_PATH) -> None:
    """The gold file, one entry a line (diffs stay readable)."""
    text = json.dumps(entries, ensure_ascii=False).replace('}, {"gold_id"', '},\n{"gold_id"')
    Path(path).write_text(text, encoding="utf-8")


def _main(argv: list[str] | None = None) -> None:
    """``python -m khabar.evaluation.goldsets draw|add``: see tests/data/GOLD_FORMAT.md."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m khabar.evaluation.goldsets")
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[4] / "shared" / "data")
    commands = parser.add_subparsers(dest="command", required=True)
    draw = commands.add_parser("draw", help="draw a batch for annotators (a file with article text: keep it outside the repository)")
    draw.add_argument("--count", type=int, required=True)
    draw.add_argument("--seed", type=int, required=True)
    draw.add_argument("--out", type=Path, required=True)
    add = commands.add_parser("add", help="add annotated batches to tests/data/gold_news.json")
    add.add_argument("batches", nargs="+", type=Path, help="X_articles.json files; X_gold.json beside each")
    add.add_argument("--second", action="store_true",
                     help="a second, blind annotation of gold articles: add it to tests/data/agreement_gold.json "
                          "(scored by `khabar eval agreement`), not to the gold")
    repair = commands.add_parser("repair", help="re-place stored quotes whose content ran over their own cue "
                                                "(converted before start_after_own_cue existed)")
    repair.add_argument("--second", action="store_true", help="tests/data/agreement_gold.json, not the gold")
    commands.add_parser("conventions", help="apply the conventions of docs/ANNOTATING.md to the stored gold "
                                            "and second annotation (khabar/evaluation/conventions.py)")
    example = commands.add_parser("example", help="print a gold article with its text and the record an annotator "
                                                  "would write for it (the worked example of docs/ANNOTATING.md)")
    example.add_argument("gold_id")
    args = parser.parse_args(argv)
    if args.command == "example":
        print(json.dumps(_example(args.data, args.gold_id), ensure_ascii=False, indent=1))
        return
    if args.command == "repair":
        _repair(args.data, AGREEMENT_PATH if args.second else GOLD_PATH)
        return
    if args.command == "conventions":
        for path in (GOLD_PATH, AGREEMENT_PATH):
            _apply_conventions(args.data, path)
        return
    gold = load_gold()
    if args.command == "draw":
        batch = draw_batch(args.data, args.count, args.seed, exclude={e["gold_id"] for e in gold})
        args.out.write_text(json.dumps(batch, ensure_ascii=False, indent=1), encoding="utf-8")
        return
    target = AGREEMENT_PATH if args.second else GOLD_PATH
    if args.second:
        gold = load_gold(target) if target.exists() else []
    known = {e["gold_id"] for e in gold}
    for articles_path in args.batches:
        articles = json.loads(articles_path.read_text(encoding="utf-8"))
        annotations_path = articles_path.with_name(articles_path.name.replace("_articles", "_gold"))
        annotations = json.loads(annotations_path.read_text(encoding="utf-8"))
        gold += [e for e in convert_batch(args.data, articles, annotations) if e["gold_id"] not in known]
    write_gold(gold, target)


def _example(shared: Path, gold_id: str) -> dict:
    entry = next((e for e in load_gold() if e["gold_id"] == gold_id), None)
    if entry is None:
        raise SystemExit(f"{gold_id}: not in the gold")
    article = load_article(shared, ref_of(entry))
    shown = {"gold_id": gold_id, "published": entry["published"], "source": article.get("source"),
             "title": article.get("title"), "content": article["content"]}
    return {"article": shown, "record": annotation_record(entry, article["content"])}


def _apply_conventions(shared: Path, path: Path) -> None:
    entries = load_gold(path)
    days: dict[str, list[dict]] = {}  # each day file read once
    changed = quotes = 0
    for entry in entries:
        day = days.get(entry["zip"]) or days.setdefault(entry["zip"], read_day(shared, entry["zip"]))
        changed += apply_time_conventions(entry, day[entry["index"]]["content"])
        quotes += apply_quote_conventions(entry, day[entry["index"]]["content"])
    write_gold(entries, path)
    print(f"{path.name}: {changed} times and {quotes} quotes rewritten by the conventions")


def _repair(shared: Path, path: Path) -> None:
    entries = load_gold(path)
    moved = 0
    for entry in entries:
        if any(q["cue"] and q["content"][0] < q["cue"][0] and q["cue"][1] <= q["content"][1] for q in entry["quotes"]):
            moved += repair_misplaced_quotes(entry, load_article(shared, ref_of(entry))["content"])
    write_gold(entries, path)
    print(f"{path.name}: {moved} quotes re-placed")


if __name__ == "__main__":
    _main()
