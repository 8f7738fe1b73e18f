"""How well the ``link`` stage finds entity mentions and tells who they are.

The gold set, ``tests/data/linking_gold.json``, holds hand annotations of 36
SaudiNewsNet articles (see its ``guidelines``): per article, its entities with
a label (the gazetteer's ``en`` name when the real entity is in khabar's
gazetteer, else a local ``#n`` cluster id) and their mentions as offsets into
the article's raw ``content`` with a form (``name``, ``nisba``, ``nominal``).
No article text is stored; the articles are read from
../shared/data/news/saudinewsnet, and an article whose content no longer has
the recorded SHA-1 is skipped and reported.

**What runs.** By default (``pipeline="raw"``) each article's raw ``content``
is segmented (:func:`khabar.text.segment.split_sentences`, :func:`tokenize`)
and linked with :func:`khabar.entities.link.link_entities`, so offsets need no
mapping and the figures do not move when cleaning changes. With
``tagger=True`` the NER tagger's mentions (``khabar.entities.tagger_stage``)
are given to the linker first, as in the full pipeline. ``pipeline="analyze"``
runs :func:`khabar.analyze` on the content instead and maps the clean-text
offsets back with :class:`khabar.evaluation.align.ContentAligner`.

**What is measured** (PER, ORG and LOC; the gold set has no MISC):

- *mention detection*: precision, recall and F1 of exact spans;
- *mention linking accuracy*: the share of gold mentions found with the exact
  span **and** the right identity — the gazetteer entry named by the label,
  or, for a local label, an entity without canonical whose mentions map to
  that gold cluster (each system entity maps to the gold cluster it shares
  most mentions with); also given per form and per label kind, and as
  *accuracy on found mentions* (linking alone, detection factored out);
- *canonical precision*: of the system's mentions that carry a canonical, the
  share that sit on a gold mention with that same identity;
- *entity level*: *exact-cluster accuracy* (a gold entity counts when one
  system entity holds exactly its mentions among the gold spans, with the right
  canonical) and B-cubed precision/recall/F1 over the gold mentions, where a
  gold mention the system missed is its own singleton.

>>> report = LinkingReport()
>>> report.mention_linking_accuracy
0.0
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from khabar.document import Document
from khabar.entities.link import link_entities
from khabar.evaluation.scoring import f1
from khabar.text.segment import split_sentences, tokenize

REPO = Path(__file__).resolve().parents[3]
DEFAULT_GOLD = REPO / "tests" / "data" / "linking_gold.json"
DEFAULT_SHARED = REPO.parent / "shared" / "data"
NEWS = Path("news") / "saudinewsnet"
TYPES = ("PER", "ORG", "LOC")

Span = tuple[int, int]


@dataclass
class Counts:
    """Hits over a total, as a ratio."""

    hits: int = 0
    total: int = 0

    @property
    def ratio(self) -> float:
        return self.hits / self.total if self.total else 0.0

    def add(self, hit: bool) -> None:
        self.hits += int(hit)
        self.total += 1


@dataclass
class LinkingReport:
    """Figures of one evaluation run (see the module docstring for definitions)."""

    articles: int = 0
    skipped: list[str] = field(default_factory=list)
    gold_mentions: int = 0
    system_mentions: int = 0
    found: int = 0  # gold mentions whose exact span the system has
    linked: Counts = field(default_factory=Counts)  # gold mentions found and linked right
    by_form: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_kind: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))  # canonical / local
    by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    canonical_precision: Counts = field(default_factory=Counts)
    exact_clusters: Counts = field(default_factory=Counts)
    bcubed_precision_sum: float = 0.0
    bcubed_recall_sum: float = 0.0
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def detection_precision(self) -> float:
        return self.found / self.system_mentions if self.system_mentions else 0.0

    @property
    def detection_recall(self) -> float:
        return self.found / self.gold_mentions if self.gold_mentions else 0.0

    @property
    def detection_f1(self) -> float:
        return f1(self.detection_precision, self.detection_recall)

    @property
    def mention_linking_accuracy(self) -> float:
        return self.linked.ratio

    @property
    def accuracy_on_found(self) -> float:
        return self.linked.hits / self.found if self.found else 0.0

    @property
    def bcubed_precision(self) -> float:
        return self.bcubed_precision_sum / self.gold_mentions if self.gold_mentions else 0.0

    @property
    def bcubed_recall(self) -> float:
        return self.bcubed_recall_sum / self.gold_mentions if self.gold_mentions else 0.0

    @property
    def bcubed_f1(self) -> float:
        return f1(self.bcubed_precision, self.bcubed_recall)

    def to_dict(self) -> dict[str, Any]:
        """The figures as plain data (for JSON output and the CLI)."""
        return {
            "articles": self.articles,
            "skipped": self.skipped,
            "settings": self.settings,
            "gold_mentions": self.gold_mentions,
            "system_mentions": self.system_mentions,
            "detection": {"precision": self.detection_precision, "recall": self.detection_recall,
                          "f1": self.detection_f1},
            "mention_linking_accuracy": self.mention_linking_accuracy,
            "accuracy_on_found_mentions": self.accuracy_on_found,
            "by_form": {k: c.ratio for k, c in sorted(self.by_form.items())},
            "by_label_kind": {k: c.ratio for k, c in sorted(self.by_kind.items())},
            "by_type": {k: c.ratio for k, c in sorted(self.by_type.items())},
            "canonical_precision": self.canonical_precision.ratio,
            "exact_cluster_accuracy": self.exact_clusters.ratio,
            "bcubed": {"precision": self.bcubed_precision, "recall": self.bcubed_recall, "f1": self.bcubed_f1},
        }


@dataclass
class GoldMention:
    start: int
    end: int
    form: str
    label: str
    type: str


@dataclass
class SystemMention:
    start: int
    end: int
    form: str
    entity: str  # system entity id
    canonical: str | None  # canonical en, or None
    type: str


def evaluate_linking(gold_path: str | Path = DEFAULT_GOLD, shared_dir: str | Path | None = None, *,
                     split: str | None = None, tagger: bool = False, pipeline: str = "raw") -> LinkingReport:
    """Evaluate the linker on the gold set (``split``: ``dev``, ``test`` or ``None`` for both).

    Raises ``FileNotFoundError`` when the gold file or ../shared/data is missing.
    """
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    news = Path(shared_dir or DEFAULT_SHARED) / NEWS
    if not news.is_dir():
        raise FileNotFoundError(f"SaudiNewsNet not found at {news}: pass shared_dir (../shared/data)")
    report = LinkingReport(settings={"split": split or "all", "tagger": tagger, "pipeline": pipeline})
    zips: dict[str, list[dict[str, Any]]] = {}
    for article in gold["articles"]:
        if split and article.get("split") != split:
            continue
        content = article_content(news, article, zips)
        if content is None:
            report.skipped.append(f"{article['gold_id']}: content changed (sha1 differs) or missing")
            continue
        system = system_mentions(content, article.get("published"), tagger=tagger, pipeline=pipeline)
        score_article(report, gold_mentions(article), system)
        report.articles += 1
    return report


def article_content(news: Path, article: dict[str, Any], zips: dict[str, list[dict[str, Any]]]) -> str | None:
    """The article's raw ``content``, or ``None`` when it is missing or its SHA-1 differs."""
    name = article["zip"]
    if name not in zips:
        path = news / name
        if not path.is_file():
            return None
        with zipfile.ZipFile(path) as archive:
            zips[name] = json.loads(archive.read(archive.namelist()[0]))
    records = zips[name]
    if not 0 <= article["index"] < len(records):
        return None
    content = records[article["index"]].get("content") or ""
    if hashlib.sha1(content.encode("utf-8")).hexdigest()[: len(article["sha1"])] != article["sha1"]:
        return None
    return content


def gold_mentions(article: dict[str, Any]) -> list[GoldMention]:
    return [GoldMention(s, e, form, entity["label"], entity["type"])
            for entity in article["entities"] for s, e, form in entity["mentions"]]


def system_mentions(content: str, published: str | None, *, tagger: bool, pipeline: str) -> list[SystemMention]:
    """The linker's PER/ORG/LOC mentions on one article, as offsets into ``content``."""
    if pipeline == "analyze":
        return analyzed_mentions(content, published, tagger=tagger)
    doc = Document(text=content, published=published)
    doc.sentences = split_sentences(content)
    doc.tokens = tokenize(content)
    if tagger:
        tag_document(doc)
    doc.entities = link_entities(doc)
    return mentions_of(doc.entities)


def tag_document(doc: Document) -> None:
    """Fill ``doc.mentions`` with the NER tagger's output (the ``ner`` stage)."""
    from khabar.entities.tagger_stage import tag_mentions

    tag_mentions(doc)


def analyzed_mentions(content: str, published: str | None, *, tagger: bool) -> list[SystemMention]:
    """Run khabar's pipeline (preparation, segment, [ner,] link) and map its mentions back onto ``content``."""
    from khabar.evaluation.align import ContentAligner
    from khabar.read import RawArticle

    doc = linking_pipeline(tagger)(RawArticle(text=content), published=published)
    aligner = ContentAligner(content, doc.text)
    mapped = []
    for mention in mentions_of(doc.entities):
        located = aligner.locate(mention.start, mention.end)
        if located is not None:
            mention.start, mention.end = located
            mapped.append(mention)
    return mapped


@lru_cache(maxsize=2)
def linking_pipeline(tagger: bool):
    """The pipeline the ``analyze`` evaluation runs: as :func:`khabar.analyze`, up to ``link``."""
    import khabar.entities.link_stage
    from khabar.pipeline import Pipeline

    if tagger:
        import khabar.entities.tagger_stage  # noqa: F401  (registers "ner")
    return Pipeline(["segment", "ner", "link"] if tagger else ["segment", "link"])


def mentions_of(entities: list[dict[str, Any]]) -> list[SystemMention]:
    out = []
    for entity in entities:
        if entity["type"] not in TYPES:
            continue
        canonical = entity["canonical"]["en"] if entity.get("canonical") else None
        for m in entity["mentions"]:
            out.append(SystemMention(m["start"], m["end"], m["form"], entity["id"], canonical, entity["type"]))
    return out


def score_article(report: LinkingReport, gold: list[GoldMention], system: list[SystemMention]) -> None:
    """Add one article's counts to the report."""
    by_span = {(m.start, m.end): m for m in system}
    gold_by_span = {(g.start, g.end): g for g in gold}
    mapping = map_system_entities(gold, by_span)
    report.gold_mentions += len(gold)
    report.system_mentions += len(system)
    for g in gold:
        found = by_span.get((g.start, g.end))
        right = found is not None and is_right(g, found, mapping)
        report.found += found is not None
        for counts in (report.linked, report.by_form[g.form], report.by_type[g.type],
                       report.by_kind["local" if is_local(g.label) else "canonical"]):
            counts.add(right)
    for m in system:
        if m.canonical is not None:
            g = gold_by_span.get((m.start, m.end))
            report.canonical_precision.add(g is not None and g.label == m.canonical)
    score_clusters(report, gold, by_span, mapping)


def is_local(label: str) -> bool:
    return label.startswith("#")


def map_system_entities(gold: list[GoldMention], by_span: dict[Span, SystemMention]) -> dict[str, str]:
    """System entity id → the gold label it shares most found mentions with."""
    shared: dict[str, Counter[str]] = defaultdict(Counter)
    for g in gold:
        found = by_span.get((g.start, g.end))
        if found is not None:
            shared[found.entity][g.label] += 1
    return {entity: counts.most_common(1)[0][0] for entity, counts in shared.items()}


def is_right(g: GoldMention, found: SystemMention, mapping: dict[str, str]) -> bool:
    """Whether a found mention is linked to the gold identity."""
    if not is_local(g.label):
        return found.canonical == g.label
    return found.canonical is None and mapping.get(found.entity) == g.label


def score_clusters(report: LinkingReport, gold: list[GoldMention], by_span: dict[Span, SystemMention],
                   mapping: dict[str, str]) -> None:
    """Exact-cluster accuracy and B-cubed over the gold mentions of one article."""
    gold_clusters: dict[str, set[Span]] = defaultdict(set)
    system_clusters: dict[str, set[Span]] = defaultdict(set)
    system_of: dict[Span, str] = {}
    for g in gold:
        span = (g.start, g.end)
        gold_clusters[g.label].add(span)
        found = by_span.get(span)
        key = found.entity if found is not None else f"missed:{span}"
        system_clusters[key].add(span)
        system_of[span] = key
    for label, spans in gold_clusters.items():
        entity = system_of[next(iter(spans))]
        found = by_span.get(next(iter(spans)))
        same = system_clusters[entity] == spans and found is not None
        canonical_ok = found is not None and (found.canonical == label if not is_local(label) else found.canonical is None)
        report.exact_clusters.add(same and canonical_ok)
    for spans in gold_clusters.values():
        for span in spans:
            predicted = system_clusters[system_of[span]]
            overlap = len(predicted & spans)
            report.bcubed_precision_sum += overlap / len(predicted)
            report.bcubed_recall_sum += overlap / len(spans)


def format_linking_report(report: LinkingReport) -> str:
    """A plain-text table of the figures, for the terminal and the docs."""
    def pct(x: float) -> str:
        return f"{100 * x:5.1f}%"

    settings = report.settings
    lines = [
        (f"Entity linking on {report.articles} SaudiNewsNet articles (split {settings.get('split')}, "
         f"pipeline {settings.get('pipeline')}, tagger {'on' if settings.get('tagger') else 'off'})"),
        f"  gold mentions {report.gold_mentions}, system mentions {report.system_mentions} (PER/ORG/LOC)",
        (f"  mention detection   P {pct(report.detection_precision)}  R {pct(report.detection_recall)}"
         f"  F1 {pct(report.detection_f1)}"),
        (f"  mention linking accuracy {pct(report.mention_linking_accuracy)}"
         f"  (on found mentions {pct(report.accuracy_on_found)})"),
    ]
    for title, table in (("by form", report.by_form), ("by label", report.by_kind), ("by type", report.by_type)):
        cells = "  ".join(f"{k} {pct(c.ratio)} ({c.hits}/{c.total})" for k, c in sorted(table.items()))
        lines.append(f"    {title}: {cells}")
    precision, clusters = report.canonical_precision, report.exact_clusters
    lines += [
        f"  canonical precision {pct(precision.ratio)} ({precision.hits}/{precision.total})",
        (f"  entities: exact-cluster accuracy {pct(clusters.ratio)} ({clusters.hits}/{clusters.total});"
         f" B-cubed P {pct(report.bcubed_precision)} R {pct(report.bcubed_recall)} F1 {pct(report.bcubed_f1)}"),
    ]
    if report.skipped:
        lines.append(f"  skipped {len(report.skipped)}: " + "; ".join(report.skipped[:5]))
    return "\n".join(lines)
