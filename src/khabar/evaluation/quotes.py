"""Quote extraction scored against the hand-annotated SaudiNewsNet gold set.

Each gold article (``tests/data/gold_news.json``, offsets into the raw
``content``) is analysed with :func:`khabar.analyze`; when the default
pipeline does not run the ``quotes`` stage yet, the quote finder is run on
the analysed document. Predicted spans are mapped back onto the content
(:mod:`khabar.evaluation.align`) and matched one to one with the gold quotes:
a prediction matches a gold quote when their contents share at least half of
the gold content (largest overlaps paired first). Reported, by kind
(``direct``, ``indirect``, ``according_to``) and over all quotes:

- detection: precision, recall, F1 of that matching (a kind counts only when
  the matched prediction has the gold's kind; ``all`` ignores kinds);
- exact: the content spans are equal but for whitespace and punctuation at
  their ends;
- cue: the predicted cue overlaps the gold cue (both absent counts too);
- speaker: the predicted speaker span overlaps the gold speaker or speaker
  name, or its entity has a mention that does, or it names the same speaker
  at another mention (see :func:`speaker_right`; the source F1 of citron);
- anonymous: accuracy among matched quotes, and precision, recall, F1 with
  an anonymous quote as a positive (a matched pair both mark anonymous is a
  hit; an anonymous quote not found is a miss);
- via: among matched quotes where the gold or the prediction names a via,
  both do and they overlap; and precision, recall, F1 with a quote that has a
  via as a positive (a hit: matched, both have one, they overlap).

The held-out ``test`` split must not be used to tune anything.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.evaluation.align import ContentAligner, overlap
from khabar.evaluation.goldsets import load_article, load_gold, ref_of

KINDS = ("direct", "indirect", "according_to")
EDGE = " \t\n\r\u00a0.,،؛;:!?؟«»\"'“”„‘’()[]-–—…"
MIN_OVERLAP = 0.5


@dataclass
class Tally:
    """Counts for one kind: matched pairs, predictions, gold quotes, and per-aspect hits."""

    predicted: int = 0
    gold: int = 0
    matched: int = 0
    exact: int = 0
    cue: int = 0
    speaker: int = 0
    anonymous_right: int = 0
    anonymous_total: int = 0
    via_right: int = 0
    via_total: int = 0
    # the quotes that have the attribute (gold / predicted) and the matched pairs where both have it
    anonymous_gold: int = 0
    anonymous_predicted: int = 0
    anonymous_hits: int = 0
    via_gold: int = 0
    via_predicted: int = 0
    via_hits: int = 0

    def scores(self, hits: int, predicted: int | None = None, gold: int | None = None) -> dict[str, float]:
        predicted = self.predicted if predicted is None else predicted
        gold = self.gold if gold is None else gold
        p = hits / predicted if predicted else 0.0
        r = hits / gold if gold else 0.0
        return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}

    def to_dict(self) -> dict[str, Any]:
        return {
            "predicted": self.predicted,
            "gold": self.gold,
            "matched": self.matched,
            "detection": self.scores(self.matched),
            "exact": self.scores(self.exact),
            "cue": self.scores(self.cue),
            "speaker": self.scores(self.speaker),
            # speaker F1 is bounded by detection: this is the part the speaker resolution controls
            "speaker_accuracy": self.speaker / self.matched if self.matched else None,
            "anonymous_accuracy": self.anonymous_right / self.anonymous_total if self.anonymous_total else None,
            "anonymous_n": self.anonymous_total,
            "via_accuracy": self.via_right / self.via_total if self.via_total else None,
            "via_n": self.via_total,
            "anonymous": {**self.scores(self.anonymous_hits, self.anonymous_predicted, self.anonymous_gold),
                          "gold": self.anonymous_gold, "predicted": self.anonymous_predicted},
            "via": {**self.scores(self.via_hits, self.via_predicted, self.via_gold),
                    "gold": self.via_gold, "predicted": self.via_predicted},
        }


@dataclass
class Prediction:
    kind: str
    content: tuple[int, int] | None
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    entity: str | None
    anonymous: bool
    via: tuple[int, int] | None
    channel: tuple[int, int] | None = None
    record: dict[str, Any] = field(default_factory=dict)


def analyze_article(content: str, published: str | None, stages: list[str] | None = None):
    """The analysed document of one article, with quotes (run here if the pipeline lacks the stage).

    ``stages``: run these pipeline stages instead of :func:`khabar.analyze`'s default ones.
    """
    from khabar.pipeline import default_stage_names
    from khabar.read import read_bytes_source
    from khabar.speech import find_quotes

    if stages is None:
        import khabar

        doc = khabar.analyze(content, published=published)
        ran = default_stage_names()
    else:
        import khabar.speech.stage  # registers "quotes"

        doc = _pipeline(tuple(stages))(read_bytes_source(content, "<gold>"), published=published)
        ran = list(stages)
    if "quotes" not in ran:
        doc.quotes = find_quotes(doc)
    return doc


_PIPELINES: dict[tuple[str, ...], Any] = {}


def _pipeline(stages: tuple[str, ...]):
    from khabar.pipeline import Pipeline

    if stages not in _PIPELINES:
        _PIPELINES[stages] = Pipeline(list(stages))
    return _PIPELINES[stages]


def _span(aligner: ContentAligner, item: dict[str, Any] | None) -> tuple[int, int] | None:
    if not item or item.get("start") is None:
        return None
    return aligner.locate(item["start"], item["end"])


def predictions_in_content(doc, content: str) -> list[Prediction]:
    """The document's quotes with every span mapped onto the raw content."""
    aligner = ContentAligner(content, doc.text)
    mentions: dict[str, list[tuple[int, int]]] = {}
    for entity in doc.entities or []:
        spans = [_span(aligner, m) for m in entity.get("mentions") or []]
        mentions[entity.get("id")] = [s for s in spans if s]
    out = []
    for quote in doc.quotes:
        content_span = aligner.locate(quote["start"], quote["end"])
        speaker = quote.get("speaker") or {}
        pred = Prediction(
            kind=quote.get("kind"),
            content=content_span,
            cue=_span(aligner, quote.get("cue")),
            speaker=_span(aligner, speaker),
            entity=speaker.get("entity"),
            anonymous=bool(speaker.get("anonymous")),
            via=_span(aligner, quote.get("via_text")),
            channel=_span(aligner, quote.get("channel")),
            record=quote,
        )
        pred.record = {**quote, "_mentions": mentions.get(pred.entity, [])}
        out.append(pred)
    return out


def match(gold: list[dict[str, Any]], predicted: list[Prediction]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, prediction index): a pair needs half the gold content shared;
    pairs are taken by decreasing overlap over union, so that a long prediction covering a short
    gold quote does not take it from the prediction that fits it."""
    pairs = []
    for gi, g in enumerate(gold):
        gs, ge = g["content"]
        length = max(1, ge - gs)
        for pi, p in enumerate(predicted):
            if p.content is None:
                continue
            shared = overlap(p.content, g["content"])
            if shared >= MIN_OVERLAP * length:
                union = max(ge, p.content[1]) - min(gs, p.content[0])
                pairs.append((shared / union, -abs(p.content[0] - gs), gi, pi))
    pairs.sort(reverse=True)
    taken_g, taken_p, result = set(), set(), []
    for _, _, gi, pi in pairs:
        if gi in taken_g or pi in taken_p:
            continue
        taken_g.add(gi)
        taken_p.add(pi)
        result.append((gi, pi))
    return result


def same_text(content: str, a: tuple[int, int] | list[int], b: tuple[int, int] | None) -> bool:
    if b is None:
        return False
    return content[a[0]:a[1]].strip(EDGE) == content[b[0]:b[1]].strip(EDGE)


def _words(text: str) -> set[str]:
    """Normalised words of a name, without the article, for comparing two mentions of one speaker."""
    from khabar.text.normalize import normalize

    words = set()
    for word in normalize(text, ta_marbuta=True).split():
        word = word.strip(EDGE)
        if word.startswith("ال") and len(word) > 4:
            word = word[2:]
        if word:
            words.add(word)
    return words


def speaker_right(g: dict[str, Any], p: Prediction, content: str = "") -> bool:
    """Whether the predicted speaker is the gold speaker.

    The gold gives the speaker's fullest mention, found again in the content
    near the cue, so the same speaker may be predicted at another of its
    mentions: a prediction is right when its span overlaps the gold speaker or
    speaker name, when its entity has a mention that does, or when its words
    are all words of the gold speaker ("رومينيغه" for "رئيس نادي بايرن ميونيخ
    كارل هاينتس رومينيغه"), or it holds every word of the gold name, or the
    two share at least two name words (not titles or institutions): "الفنان
    فيصل العتيبي" and "فيصل بن سحمي العتيبي" are one person.
    """
    targets = [s for s in (g.get("speaker"), g.get("speaker_name")) if s]
    if not targets:
        return p.speaker is None
    if p.speaker is not None and any(overlap(p.speaker, t) for t in targets):
        return True
    if any(overlap(m, t) for m in p.record.get("_mentions", []) for t in targets):
        return True
    if p.speaker is None or not content:
        return False
    predicted = _words(content[p.speaker[0]:p.speaker[1]])
    gold = set().union(*(_words(content[t[0]:t[1]]) for t in targets))
    name = _words(content[g["speaker_name"][0]:g["speaker_name"][1]]) if g.get("speaker_name") else set()
    if not predicted:
        return False
    if predicted <= gold or (name and name <= predicted):
        return True
    from khabar.speech.lexicon import head_kind

    shared_names = {w for w in predicted & gold if len(w) > 2 and head_kind(w) is None and head_kind("ال" + w) is None}
    return len(shared_names) >= 2  # "الفنان فيصل العتيبي" and "فيصل بن سحمي العتيبي": one person


def cue_right(g: dict[str, Any], p: Prediction) -> bool:
    if g.get("cue") is None:
        return p.cue is None
    return p.cue is not None and overlap(p.cue, g["cue"]) > 0


def tally_article(tallies: dict[str, Tally], gold: list[dict[str, Any]], predicted: list[Prediction],
                  pairs: list[tuple[int, int]], content: str) -> int:
    """Add one article's gold quotes, predictions and matched pairs to ``tallies``; return how many
    pairs have the gold's kind. Shared by khabar's scoring and the annotators' agreement."""
    kind_right = 0
    for g in gold:
        for tally in (tallies[g["kind"]], tallies["all"]):
            tally.gold += 1
            tally.anonymous_gold += bool(g.get("anonymous"))
            tally.via_gold += bool(g.get("via"))
    for p in predicted:
        for tally in (tallies.setdefault(p.kind, Tally()), tallies["all"]):
            tally.predicted += 1
            tally.anonymous_predicted += p.anonymous
            tally.via_predicted += p.via is not None or p.channel is not None  # (a channel is scored as a via)
    for gi, pi in pairs:
        g, p = gold[gi], predicted[pi]
        right = {
            "exact": same_text(content, g["content"], p.content),
            "cue": cue_right(g, p),
            "speaker": speaker_right(g, p, content),
        }
        kind_right += g["kind"] == p.kind
        buckets = [tallies["all"]] + ([tallies[g["kind"]]] if g["kind"] == p.kind else [])
        for tally in buckets:
            tally.matched += 1
            tally.exact += right["exact"]
            tally.cue += right["cue"]
            tally.speaker += right["speaker"]
            tally.anonymous_total += 1
            tally.anonymous_right += bool(g.get("anonymous")) == p.anonymous
            tally.anonymous_hits += bool(g.get("anonymous")) and p.anonymous
            if g.get("via") or p.via:
                # the gold's via also holds channels ("عبر حسابه في تويتر"), which khabar keeps apart
                tally.via_total += 1
                via_right = bool(g.get("via") and (overlap(g["via"], p.via) or overlap(g["via"], p.channel)))
                tally.via_right += via_right
                tally.via_hits += via_right
    return kind_right


def evaluate_quotes(
    gold_path: Path | None = None,
    shared_dir: Path | None = None,
    split: str = "test",
    *,
    details: bool = False,
    draw: int | None = None,
    stages: list[str] | None = None,
) -> dict[str, Any]:
    """Score quote extraction on one split (``dev``, ``test`` or ``all``) of the gold set.

    ``stages`` names the pipeline stages to run (default: those of :func:`khabar.analyze`); the
    quote finder runs last when they do not include ``quotes``.
    """
    shared = Path(shared_dir) if shared_dir else _default_shared()
    entries = load_gold(gold_path, split=split, draw=draw)
    tallies = {kind: Tally() for kind in (*KINDS, "all")}
    kind_right = 0
    articles = []
    seconds = 0.0
    for entry in entries:
        article = load_article(shared, ref_of(entry))
        content = article["content"]
        started = time.perf_counter()
        doc = analyze_article(content, entry.get("published"), stages)
        seconds += time.perf_counter() - started
        predicted = predictions_in_content(doc, content)
        gold = entry["quotes"]
        pairs = match(gold, predicted)
        kind_right += tally_article(tallies, gold, predicted, pairs, content)
        if details:
            articles.append(_article_details(entry, content, gold, predicted, pairs))
    report = {
        "split": split,
        "stages": stages,
        "articles": len(entries),
        "kinds": {kind: tally.to_dict() for kind, tally in tallies.items()},
        "kind_accuracy": kind_right / tallies["all"].matched if tallies["all"].matched else None,
        "seconds": seconds,
    }
    if details:
        report["details"] = articles
    return report


def _article_details(entry, content, gold, predicted, pairs) -> dict[str, Any]:
    def text(span):
        return content[span[0]:span[1]] if span else None

    paired_g = {gi: pi for gi, pi in pairs}
    paired_p = {pi for _, pi in pairs}
    rows = []
    for gi, g in enumerate(gold):
        pi = paired_g.get(gi)
        p = predicted[pi] if pi is not None else None
        rows.append({
            "gold": {"kind": g["kind"], "content": text(g["content"]), "cue": text(g.get("cue")),
                     "speaker": text(g.get("speaker")), "name": text(g.get("speaker_name")),
                     "anonymous": g.get("anonymous"), "via": text(g.get("via"))},
            "pred": None if p is None else {"kind": p.kind, "content": text(p.content), "cue": text(p.cue),
                                            "speaker": text(p.speaker), "anonymous": p.anonymous, "via": text(p.via)},
            "speaker_ok": p is not None and speaker_right(g, p, content),
            "exact_ok": p is not None and same_text(content, g["content"], p.content),
        })
    extra = [{"kind": p.kind, "content": text(p.content), "cue": text(p.cue), "speaker": text(p.speaker)}
             for pi, p in enumerate(predicted) if pi not in paired_p]
    return {"gold_id": entry["gold_id"], "rows": rows, "false_positives": extra}


def _default_shared() -> Path:
    import os

    env = os.environ.get("KHABAR_SHARED_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[4] / "shared" / "data"


def format_quotes_report(report: dict[str, Any]) -> str:
    """A plain-text table of :func:`evaluate_quotes`' report."""
    lines = [f"quotes — split {report['split']}, {report['articles']} articles"]
    header = f"{'kind':<13}{'gold':>5}{'pred':>5} | {'detect P/R/F1':>17} | {'exact F1':>8} | {'cue F1':>6} | {'speaker P/R/F1':>17} | {'spk acc':>7} | {'anon acc':>8} | {'via acc':>9}"
    lines += [header, "-" * len(header)]
    for kind in (*KINDS, "all"):
        t = report["kinds"].get(kind)
        if not t:
            continue
        d, s = t["detection"], t["speaker"]
        anon = "-" if t["anonymous_accuracy"] is None else f"{t['anonymous_accuracy']:.2f}"
        accuracy = "-" if t.get("speaker_accuracy") is None else f"{t['speaker_accuracy']:.2f}"
        via = "-" if t["via_accuracy"] is None else f"{t['via_accuracy']:.2f} ({t['via_n']})"
        lines.append(
            f"{kind:<13}{t['gold']:>5}{t['predicted']:>5} | {d['p']:.2f}/{d['r']:.2f}/{d['f1']:.2f}    |"
            f" {t['exact']['f1']:>8.2f} | {t['cue']['f1']:>6.2f} | {s['p']:.2f}/{s['r']:.2f}/{s['f1']:.2f}    |"
            f" {accuracy:>7} | {anon:>8} | {via:>9}"
        )
    lines.append("")
    lines.append(f"{'kind':<13} | {'anonymous gold/pred  P/R/F1':>28} | {'via gold/pred  P/R/F1':>24}")
    for kind in (*KINDS, "all"):
        t = report["kinds"].get(kind)
        if t and "anonymous" in t:
            a, v = t["anonymous"], t["via"]
            lines.append(f"{kind:<13} | {a['gold']:>5}/{a['predicted']:<5} {a['p']:.2f}/{a['r']:.2f}/{a['f1']:.2f}"
                         f"     | {v['gold']:>4}/{v['predicted']:<4} {v['p']:.2f}/{v['r']:.2f}/{v['f1']:.2f}")
    if report.get("kind_accuracy") is not None:
        lines.append(f"kind accuracy among matched quotes: {report['kind_accuracy']:.2f}")
    lines.append("spk acc: the speaker right among matched quotes (speaker F1 cannot exceed detection F1)")
    lines.append(f"analysis time: {report['seconds']:.2f} s for {report['articles']} articles")
    return "\n".join(lines)
