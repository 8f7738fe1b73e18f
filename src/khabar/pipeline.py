"""The analysis pipeline: raw article in, annotated :class:`Document` out.

Two phases. *Preparation* turns a :class:`~khabar.read.RawArticle` into a
document whose text is final: HTML extraction, cleaning (boilerplate,
credits, title), metadata, language, id. Then the *stages* run in order, each
a small function that reads some annotations and adds others, declared with
what it needs and what it sets (as spaCy's components do) so that a pipeline
missing a requirement fails when it is built, not halfway through a corpus.

>>> from khabar.read import RawArticle
>>> doc = Pipeline()(RawArticle(text="قال الوزير إن الاجتماع انتهى."))
>>> doc.language, len(doc.sentences)
('ar', 1)
"""

from __future__ import annotations

import gc
import hashlib
import html
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime

from khabar.document import Document
from khabar.errors import InputError
from khabar.read import RawArticle, extract_html
from khabar.text.language import detect_language
from khabar.text.normalize import normalize
from khabar.text.segment import split_sentences, tokenize

MAX_CHARS = 5_000_000  # far beyond any news article; protects a batch from a runaway input


@dataclass(frozen=True, slots=True)
class Stage:
    """One step of the pipeline: ``func(doc)`` adds annotations to ``doc``.

    ``batch(docs)``, when a stage has one, does what ``func`` does to each of
    several documents at once, faster (the ``ner`` stage decodes the sentences
    of all of them together); :meth:`Pipeline.pipe` uses it. It sets nothing
    before it has every document's annotations: when it raises, the stage runs
    again on each document alone, from the documents as they were.
    """

    name: str
    func: Callable[[Document], None]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    batch: Callable[[list[Document]], None] | None = None


STAGES: dict[str, Stage] = {}
DEFAULT_STAGES = ["segment", "ner", "link", "times", "numbers", "quotes", "facts_link"]


def stage(
    name: str,
    *,
    requires: tuple[str, ...] = (),
    assigns: tuple[str, ...] = (),
    batch: Callable[[list[Document]], None] | None = None,
):
    """Register a function as a named pipeline stage (``batch``: the same over several documents at once)."""

    def register(func: Callable[[Document], None]) -> Callable[[Document], None]:
        STAGES[name] = Stage(name, func, requires, assigns, batch)
        return func

    return register


@stage("segment", assigns=("sentences", "tokens"))
def segment(doc: Document) -> None:
    """Sentences and tokens (with clitic pieces) of the clean text."""
    doc.sentences = split_sentences(doc.text)
    doc.tokens = tokenize(doc.text)


# Documents per batch in :meth:`Pipeline.pipe`: the ner stage decodes their sentences together.
# 16 (khabar ingest's chunk) is within the best range measured, 8–32 (docs/BENCHMARKS.md, session 16).
PIPE_BATCH = 16


class Pipeline:
    """Preparation followed by the named stages (default: every stage shipped)."""

    def __init__(self, stages: list[str] | None = None, *, max_chars: int = MAX_CHARS):
        _load_stage_modules()
        names = list(stages) if stages is not None else default_stage_names()
        self.stages = [STAGES[name] for name in names]
        self.max_chars = max_chars
        check_requirements(self.stages)

    def __call__(
        self,
        raw: RawArticle,
        *,
        url: str | None = None,
        published: str | date | None = None,
        title: str | None = None,
    ) -> Document:
        doc = prepare(raw, url=url, published=published, title=title, max_chars=self.max_chars)
        return self.run(doc)

    def run(self, doc: Document) -> Document:
        """The stages on a prepared document (only Arabic is analysed)."""
        if doc.language == "ar":
            for step in self.stages:
                step.func(doc)
        else:
            doc.warnings.append(f"language is {doc.language!r}, not Arabic: text kept, not analysed")
        return doc

    def pipe(
        self, docs: Iterable[Document], *, batch_size: int = PIPE_BATCH
    ) -> Iterator[tuple[Document, Exception | None]]:
        """The stages on a stream of prepared documents, ``batch_size`` at a time, as spaCy's ``nlp.pipe``.

        Yields ``(doc, None)`` for each analysed document, in order, or
        ``(doc, error)`` for one a stage failed on (the exception; the document
        is left half analysed). Each stage runs over the whole batch, through
        its batch function where it has one (see :class:`Stage`), and the
        documents come out as :meth:`run` makes them, one by one.
        """
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= max(1, batch_size):
                yield from zip(batch, self.run_batch(batch))
                batch = []
        if batch:
            yield from zip(batch, self.run_batch(batch))

    def run_batch(self, docs: list[Document]) -> list[Exception | None]:
        """The stages on prepared documents, stage by stage over all of them; per document, what stopped it.

        A failure never takes the batch down: when a stage's batch function
        raises, the stage runs again on each document alone (its ``func``), so
        that only the document it fails on fails; a failed document goes
        through no later stage.
        """
        errors: list[Exception | None] = [None] * len(docs)
        live = []
        for i, doc in enumerate(docs):
            if doc.language == "ar":
                live.append(i)
            else:
                doc.warnings.append(f"language is {doc.language!r}, not Arabic: text kept, not analysed")
        for step in self.stages:
            if not live:
                break
            if step.batch is not None and len(live) > 1:
                try:
                    step.batch([docs[i] for i in live])
                    continue
                except Exception:
                    pass
            for i in live:
                try:
                    step.func(docs[i])
                except Exception as exc:
                    errors[i] = exc
            live = [i for i in live if errors[i] is None]
        return errors


# Young collections every 10,000 net container allocations instead of 700 (see below).
BATCH_GC_THRESHOLDS = (10_000, 10, 10)


def tune_gc_for_batch() -> None:
    """Set the cycle collector's thresholds for a process that analyses article after article.

    An article allocates tens of thousands of short-lived containers (tokens,
    spans, tuples) and adds its new words to long-lived caches. With Python's
    default thresholds (700, 10, 10) that means a young collection every 700
    allocations and a full one whenever the long-lived objects have grown by a
    quarter, each rescanning every cached word: on SaudiNewsNet about a tenth
    of the analysis time, for nothing, as the pipeline makes no reference
    cycles (its garbage is freed by reference counting). Raising the first
    threshold makes both rare. Process-wide, so called by khabar's own worker
    processes (``khabar ingest``, the benchmarks), never on import.
    """
    gc.set_threshold(*BATCH_GC_THRESHOLDS)


def default_stage_names() -> list[str]:
    _load_stage_modules()
    return [name for name in DEFAULT_STAGES if name in STAGES]


def _load_stage_modules() -> None:
    """Import the packages that register later stages (entities, speech…)."""
    import khabar.stages  # noqa: F401  (registers stages on import)


def check_requirements(stages: list[Stage]) -> None:
    """Fail early when a stage needs an annotation no earlier stage sets."""
    available = {"text", "title", "credits", "published", "outlet"}
    for step in stages:
        missing = [r for r in step.requires if r not in available]
        if missing:
            raise ValueError(f"stage {step.name!r} needs {', '.join(missing)}: add the stage that sets it before it")
        available.update(step.assigns)


def prepare(
    raw: RawArticle,
    *,
    url: str | None = None,
    published: str | date | None = None,
    title: str | None = None,
    max_chars: int = MAX_CHARS,
) -> Document:
    """Extract, clean and describe one raw article; the text is final after this."""
    from khabar.clean import clean_text

    body, meta = _body_and_metadata(raw, url)
    if len(body) > max_chars:
        raise InputError(
            f"article of {len(body):,} characters is over the limit of {max_chars:,} (split it, or raise max_chars)",
            raw.origin,
        )
    # A record that brings its own title keeps its first line: it is body, not headline.
    has_title = bool(title or meta.title)
    cleaned = clean_text(body, plain_text=raw.html is None and not has_title, outlet=meta.outlet)
    text = cleaned.text
    if not text.strip():
        raise InputError("no article text left after cleaning (empty or only boilerplate)", raw.origin)
    doc = Document(text=text, source=raw.origin)
    doc.title = _clean_title(title or meta.title or cleaned.title)
    doc.url = url or meta.url
    doc.published = _iso_date(published or meta.published, doc)
    doc.outlet = describe_outlet(meta.outlet, doc.url)
    doc.credits, doc.removed = cleaned.credits, cleaned.removed
    doc.language = detect_language(text)
    doc.id = article_id(text)
    return doc


def _body_and_metadata(raw: RawArticle, url: str | None) -> tuple[str, RawArticle]:
    if raw.html is not None:
        extracted = extract_html(raw.html, url=url or raw.url, origin=raw.origin)
        for name in ("title", "url", "published", "outlet"):
            if getattr(raw, name) and not getattr(extracted, name):
                setattr(extracted, name, getattr(raw, name))
        if not extracted.text:
            raise InputError("HTML page without article text", raw.origin)
        extracted.text = drop_repeated_title(extracted.text, extracted.title)
        return extracted.text, extracted
    if raw.text is None:
        raise InputError("no text in the input", raw.origin)
    return raw.text, raw


def drop_repeated_title(text: str, title: str | None) -> str:
    """Drop the headline when the page repeats it as the body's first paragraph.

    trafilatura keeps the ``<h1>``; the contract keeps the title out of ``text``.
    """
    first, _, rest = text.lstrip().partition("\n")
    if title and rest.strip() and _same_line(first, title):
        return rest.lstrip("\n")
    return text


def _same_line(line: str, title: str) -> bool:
    line, title = " ".join(normalize(line).split()), " ".join(normalize(title).split())
    return bool(line) and (line == title or (len(line) >= 20 and title.startswith(line)))


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    if "&" in title:  # scraped JSON often keeps HTML entities (&#8220;) in titles
        title = html.unescape(title)
    title = " ".join(title.split())
    return title or None


def article_id(text: str) -> str:
    """Stable id: a hash of the normalised text with whitespace collapsed."""
    canonical = " ".join(normalize(text, ta_marbuta=True).split())
    return hashlib.sha1(canonical.encode("utf-8")).hexdigest()[:16]


DATE_PREFIX_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def _iso_date(value: str | date | None, doc: Document) -> str | None:
    """ISO date or datetime, from a date, an ISO string or a 'YYYY-MM-DD …' prefix."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return parsed.date().isoformat() if len(text) <= 10 else parsed.isoformat()
    except ValueError:
        pass
    match = DATE_PREFIX_RE.match(text)
    if match:
        try:
            return date(*map(int, match.groups())).isoformat()
        except ValueError:
            pass
    doc.warnings.append(f"publication date {text!r} not understood: published is null")
    return None


def describe_outlet(label: str | None, url: str | None) -> dict | None:
    """``{name, domain}`` of the publishing outlet, from a site name or label, else the URL."""
    from khabar.clean.outlets import find_outlet, outlet_for_domain, outlet_for_label

    outlet = None
    if label:
        outlet = outlet_for_label(label) or find_outlet(label)
    if outlet is None and url:
        outlet = outlet_for_domain(url)
    if outlet is not None:
        return {"name": outlet.name, "domain": outlet.domain}
    domain = _domain(url)
    if label or domain:
        return {"name": label or domain, "domain": domain}
    return None


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    match = re.match(r"(?:[a-z]+://)?(?:www\.)?([^/:?#\s]+)", url.strip(), re.IGNORECASE)
    return match.group(1).lower() if match else None
