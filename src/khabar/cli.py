"""The ``khabar`` command.

Exit codes: 0 everything went well, 1 some input failed (each failure is one
line on stderr, the others are still processed), 2 usage error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    name="khabar",
    help="Arabic news articles into an attributed, searchable knowledge base.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Measure accuracy on the gold and public test sets.", no_args_is_help=True)
train_app = typer.Typer(help="Rebuild the shipped models and lexicons from ../shared data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
app.add_typer(train_app, name="train")

SHARED_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data"


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


def shared_data_dir(option: Path | None = None) -> Path:
    """``--data`` if given, else $KHABAR_SHARED_DATA, else ../shared/data beside the checkout."""
    import os

    if option is not None:
        return option
    env = os.environ.get("KHABAR_SHARED_DATA")
    if env:
        return Path(env)
    for candidate in (Path.cwd().parent / "shared" / "data", SHARED_DATA):
        if candidate.is_dir():
            return candidate
    return Path.cwd().parent / "shared" / "data"


def error(message: str) -> None:
    """One line on stderr: what failed and why."""
    print(f"khabar: {message}", file=sys.stderr)


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD) to resolve times against.")] = None,
    url: Annotated[str | None, typer.Option(help="URL the article was published at.")] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="json, jsonl or text.")] = OutputFormat.json,
    tokens: Annotated[bool, typer.Option(help="Include tokens and their clitic pieces in JSON.")] = False,
) -> None:
    """Analyse articles (text, HTML, JSON/JSONL, zip, WARC) and print the khabar.article/1 records."""
    from khabar.pipeline import Pipeline, tune_gc_for_batch

    tune_gc_for_batch()  # the command's own process, analysing file after file
    pipeline = Pipeline()
    failures = 0
    writer = _writer(output_format, tokens)
    writer.send(None)
    for item in _analysed(pipeline, paths, url=url, published=published):
        if isinstance(item, str):
            failures += 1
            error(item)
        else:
            writer.send(item)
    writer.close()
    raise typer.Exit(1 if failures else 0)


def _analysed(pipeline, paths: list[str], **overrides) -> Iterator:
    """Documents, or one-line failure messages, for every article in ``paths``."""
    from khabar.errors import InputError
    from khabar.read import ReadFailure, iter_articles

    for raw in iter_articles(paths, stdin=sys.stdin.buffer):
        if isinstance(raw, ReadFailure):
            yield f"{raw.origin}: {raw.reason}"
            continue
        try:
            yield pipeline(raw, **overrides)
        except InputError as exc:
            yield f"{exc.origin or raw.origin}: {exc.reason}"
        except Exception as exc:  # one bad article must never take down a batch
            yield f"{raw.origin}: internal error ({type(exc).__name__}: {exc}); please report it"


def _writer(output_format: OutputFormat, with_tokens: bool):
    """A coroutine printing documents in the chosen format as they come."""
    count = 0
    console = None
    if output_format is OutputFormat.text:
        from rich.console import Console

        console = Console()
    try:
        while True:
            doc = yield
            record = doc.to_dict(with_tokens=with_tokens)
            if output_format is OutputFormat.jsonl:
                print(json.dumps(record, ensure_ascii=False))
            elif output_format is OutputFormat.json:
                print("[" if count == 0 else ",", json.dumps(record, ensure_ascii=False, indent=2))
            else:
                from khabar.report import render_article

                render_article(doc, console)
            count += 1
    except GeneratorExit:
        if output_format is OutputFormat.json:
            print("]" if count else "[]")


DataOption = Annotated[Path | None, typer.Option(help="The shared data folder.")]
SplitOption = Annotated[str, typer.Option(help="dev, test (held out) or all.")]
DetailsOption = Annotated[bool, typer.Option(help="Also print every gold and predicted item (use on dev only).")]
DrawOption = Annotated[int | None, typer.Option(help="Only the articles of one draw of the gold, by its seed (e.g. 20159).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the report as JSON.")]
GoldOption = Annotated[
    Path | None,
    typer.Option(help="Another gold file of the same format (default: tests/data/gold_news.json), e.g. an older version of it."),
]


@contextmanager
def exit_on_failure(*errors: type[Exception]) -> Iterator[None]:
    """An evaluation whose data or gold is missing or bad: its message on stderr and exit code 1,
    not a traceback (``errors``: more exception types to treat so)."""
    try:
        yield
    except (FileNotFoundError, ValueError, *errors) as exc:
        error(str(exc))
        raise typer.Exit(1) from None


@eval_app.command("segmentation")
def eval_segmentation(
    data: DataOption = None,
) -> None:
    """Token and sentence accuracy against UD Arabic-PUD."""
    from khabar.evaluation.segmentation import evaluate_ud

    path = shared_data_dir(data) / "ud" / "ar_pud-ud-test.conllu"
    if not path.exists():
        error(f"{path} not found: pass --data with the folder holding ud/ar_pud-ud-test.conllu")
        raise typer.Exit(1)
    scores = evaluate_ud(path)
    print(f"{'measure':<22}{'precision':>10}{'recall':>10}{'f1':>10}{'gold':>8}")
    for name, score in scores.items():
        print(f"{name:<22}{100 * score.precision:>10.2f}{100 * score.recall:>10.2f}{100 * score.f1:>10.2f}{score.gold:>8}")


@train_app.command("lexicon")
def train_lexicon(
    data: DataOption = None,
    out: Annotated[Path | None, typer.Option(help="Where to write vocab.tsv.")] = None,
) -> None:
    """Rebuild the clitic splitter's word-frequency lexicon from ANERcorp train."""
    from khabar.text.lexicon import DATA, build_vocabulary

    train = shared_data_dir(data) / "ner" / "anercorp-camel" / "train.txt"
    if not train.exists():
        error(f"{train} not found: pass --data with the shared data folder")
        raise typer.Exit(1)
    target = out or Path(str(DATA / "vocab.tsv"))
    count = build_vocabulary([train], target)
    print(f"wrote {count} word forms to {target}")


@eval_app.command("ner")
def eval_ner(
    dataset: Annotated[str, typer.Option(help="anercorp (CAMeL test split) or aqmar (out of domain).")] = "anercorp",
    data: DataOption = None,
    ner: Annotated[str, typer.Option(help="Tagger: crf, crf:PATH or transformers:MODEL.")] = "crf",
) -> None:
    """Entity-level precision, recall and F1 (exact span and type, micro-averaged)."""
    from khabar.entities.tagger import load_tagger
    from khabar.evaluation.ner import evaluate_ner, format_report

    if dataset not in ("anercorp", "aqmar"):
        error(f"unknown dataset {dataset!r}: use anercorp or aqmar")
        raise typer.Exit(2)
    try:
        report = evaluate_ner(dataset, load_tagger(ner), data_dir=shared_data_dir(data))
    except FileNotFoundError as exc:
        error(f"{exc}: pass --data with the shared data folder")
        raise typer.Exit(1) from None
    print(format_report(report))


@eval_app.command("linking")
def eval_linking(
    split: SplitOption = "test",
    data: DataOption = None,
    tagger: Annotated[bool, typer.Option(help="Also use the NER tagger's mentions.")] = True,
) -> None:
    """Mention- and entity-level linking accuracy on the hand-annotated SaudiNewsNet articles."""
    from khabar.evaluation.linking import evaluate_linking, format_linking_report

    try:
        report = evaluate_linking(shared_dir=shared_data_dir(data), split=None if split == "all" else split, tagger=tagger)
    except FileNotFoundError as exc:
        error(str(exc))
        raise typer.Exit(1) from None
    print(format_linking_report(report))


def _gold_split(split: str) -> str:
    if split not in ("dev", "test", "all"):
        error(f"unknown split {split!r}: use dev, test or all")
        raise typer.Exit(2)
    return split


@eval_app.command("quotes")
def eval_quotes(
    split: SplitOption = "test",
    data: DataOption = None,
    as_json: JsonOption = False,
    stages: Annotated[str | None, typer.Option(help="Comma-separated stages (default: the full pipeline).")] = None,
    draw: DrawOption = None,
    gold: GoldOption = None,
) -> None:
    """Quote detection, content, cue, speaker, anonymous and via scores on the gold articles."""
    from khabar.evaluation.quotes import evaluate_quotes, format_quotes_report

    chosen = [name.strip() for name in stages.split(",") if name.strip()] if stages else None
    with exit_on_failure():
        report = evaluate_quotes(gold, shared_data_dir(data), _gold_split(split), stages=chosen, draw=draw)
    print(json.dumps(report, ensure_ascii=False, indent=2) if as_json else format_quotes_report(report))


def _run_gold_eval(
    evaluate, formatter, split: str, data: Path | None, details: bool, draw: int | None, gold: Path | None,
    as_json: bool = False,
) -> None:
    """Score one gold-set evaluation and print its table, after every gold and predicted item when asked; with
    ``--json`` the whole report (its details included when asked) as one JSON object, for scripts."""
    with exit_on_failure():
        report = evaluate(gold, shared_data_dir(data), _gold_split(split), details=details, draw=draw)
    if as_json:
        print(json.dumps(report, ensure_ascii=False, indent=1, default=str))
        return
    if details:
        print(json.dumps(report["details"], ensure_ascii=False, indent=1))
    print(formatter(report))


@eval_app.command("facts")
def eval_facts(
    split: SplitOption = "test",
    data: DataOption = None,
    details: DetailsOption = False,
    draw: DrawOption = None,
    gold: GoldOption = None,
    as_json: JsonOption = False,
) -> None:
    """Figures: detection, value, type, noun and source against the gold articles."""
    from khabar.evaluation.facts import evaluate_facts, format_facts_report

    _run_gold_eval(evaluate_facts, format_facts_report, split, data, details, draw, gold, as_json)


@eval_app.command("times")
def eval_times(
    split: SplitOption = "test",
    data: DataOption = None,
    details: DetailsOption = False,
    draw: DrawOption = None,
    gold: GoldOption = None,
    as_json: JsonOption = False,
) -> None:
    """Time expressions: span F1 and value accuracy against the gold articles."""
    from khabar.evaluation.times import evaluate_times, format_times_report

    _run_gold_eval(evaluate_times, format_times_report, split, data, details, draw, gold, as_json)


@eval_app.command("agreement")
def eval_agreement(
    data: DataOption = None,
    as_json: JsonOption = False,
) -> None:
    """Two annotators on the same dev articles: how far they agree, and khabar against each."""
    from khabar.evaluation.agreement import evaluate_agreement, format_agreement_report

    with exit_on_failure():
        report = evaluate_agreement(shared_data_dir(data))
    print(json.dumps(report, ensure_ascii=False, indent=1) if as_json else format_agreement_report(report))


@eval_app.command("copies")
def eval_copies(
    data: DataOption = None,
    as_json: JsonOption = False,
) -> None:
    """Republished copies on SaudiNewsNet: exact duplicates and the hand-checked pairs."""
    from khabar.stories.commands import run_eval_copies

    with exit_on_failure():
        run_eval_copies(shared_data_dir(data), as_json)


@eval_app.command("stories")
def eval_stories(
    db: DbOption = "khabar.db",
    data: DataOption = None,
    as_json: JsonOption = False,
) -> None:
    """Stories: pairwise precision/recall on the hand-labelled pairs (needs SaudiNewsNet ingested in --db)."""
    from khabar.errors import KhabarError
    from khabar.stories.commands import run_eval_stories

    with exit_on_failure(KhabarError):
        run_eval_stories(db, shared_data_dir(data), as_json)


@train_app.command("ner")
def train_ner_command(
    data: DataOption = None,
    out: Annotated[Path | None, typer.Option(help="Model file to write (default: the shipped model).")] = None,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
) -> None:
    """Retrain the CRF tagger on ANERcorp train (reproduces the shipped model)."""
    from khabar.entities.tagger_train import train_ner

    shared = shared_data_dir(data)
    train = shared / "ner" / "anercorp-camel" / "train.txt"
    if not train.exists():
        error(f"{train} not found: pass --data with the shared data folder")
        raise typer.Exit(1)
    target = out or Path(__file__).resolve().parent / "entities" / "data" / "ner_crf.model"
    summary = train_ner(train, target, seed=seed, gazetteer_dir=shared / "gazetteer")
    print(json.dumps(summary, ensure_ascii=False, indent=2, default=str))


@train_app.command("gazetteer")
def train_gazetteer(
    data: DataOption = None,
) -> None:
    """Rebuild the places gazetteer shipped in the package from ../shared/data/gazetteer."""
    from khabar.entities.gazetteer_build import build_gazetteer

    result = build_gazetteer(shared_data_dir(data))
    print(result)


# =============================================================================
# The knowledge base (issue 6): ingest, reanalyze, search, entities, entity,
# quotes, facts, export, stats. The work is done in khabar.ingest and
# khabar.store; these commands only read options and print.
# =============================================================================


class StoreFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    parquet = "parquet"
    gkg = "gkg"
    conll = "conll"


DbOption = Annotated[str, typer.Option("--db", help="The store: an SQLite file.", envvar="KHABAR_DB")]
StoreFormatOption = Annotated[StoreFormat, typer.Option("--format", "-f", help="table, json or csv.")]


def _store_failed(exc: Exception) -> None:
    error(str(exc))
    raise typer.Exit(1)


def _open_store(db: str):
    from khabar.store import Store

    return Store(db, readonly=True)


def _stage_list(stages: str | None) -> list[str] | None:
    return [s.strip() for s in stages.split(",") if s.strip()] if stages else None


@app.command("ingest")
def store_ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin (what `analyze` reads).")],
    db: DbOption = "khabar.db",
    workers: Annotated[int | None, typer.Option(help="Analysis processes (default: every core).")] = None,
    stages: Annotated[str | None, typer.Option(help="Comma-separated pipeline stages (default: all shipped).")] = None,
    batch: Annotated[int, typer.Option(help="Articles per transaction.")] = 200,
    progress: Annotated[bool, typer.Option(help="Show a progress bar on stderr.")] = True,
    count: Annotated[bool | None, typer.Option(help="Count the inputs first, for an ETA (default: when under 2 GB).")] = None,
) -> None:
    """Analyse articles on all cores and store them; resumable, each article stored once."""
    from khabar.errors import KhabarError
    from khabar.ingest import ingest as run_ingest
    from khabar.ingest import render_summary

    try:
        summary = run_ingest(paths, db, workers=workers, stages=_stage_list(stages), batch_size=batch,
                             progress=progress, count_first=count, stdin=sys.stdin.buffer)
    except (KhabarError, KeyError, ValueError) as exc:
        _store_failed(exc)
    print(render_summary(summary, db), file=sys.stderr)
    raise typer.Exit(130 if summary.interrupted else 1 if summary.failed else 0)


@app.command("reanalyze")
def store_reanalyze(
    db: DbOption = "khabar.db",
    workers: Annotated[int | None, typer.Option(help="Analysis processes (default: every core).")] = None,
    stages: Annotated[str | None, typer.Option(help="Comma-separated pipeline stages (default: all shipped).")] = None,
    progress: Annotated[bool, typer.Option(help="Show a progress bar on stderr.")] = True,
) -> None:
    """Recompute every stored article's annotations from its stored text (after a model upgrade)."""
    from khabar.errors import KhabarError
    from khabar.ingest import reanalyze as run_reanalyze
    from khabar.ingest import render_summary

    try:
        summary = run_reanalyze(db, workers=workers, stages=_stage_list(stages), progress=progress)
    except (KhabarError, KeyError, ValueError) as exc:
        _store_failed(exc)
    print(render_summary(summary, db, what="reanalyze"), file=sys.stderr)
    raise typer.Exit(130 if summary.interrupted else 1 if summary.failed else 0)


@app.command("search")
def store_search(
    query: Annotated[str, typer.Argument(help='Words, "phrases", AND / OR / NOT, parentheses.')],
    db: DbOption = "khabar.db",
    limit: Annotated[int, typer.Option(help="Results to show.")] = 10,
    offset: Annotated[int, typer.Option(help="Results to skip (paging).")] = 0,
    outlet: Annotated[str | None, typer.Option(help="Only this outlet (name or domain).")] = None,
    since: Annotated[str | None, typer.Option(help="Published on or after (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="Published on or before (YYYY[-MM[-DD]]).")] = None,
    entity: Annotated[str | None, typer.Option(help="Only articles naming this entity.")] = None,
    scope: Annotated[str | None, typer.Option(help="Search only title, body or quotes.")] = None,
    output_format: StoreFormatOption = StoreFormat.table,
) -> None:
    """Full-text search, clitic-aware: رهائن finds الرهائن، والرهائن، كرهائن."""
    from khabar.errors import KhabarError
    from khabar.store.render import print_hits

    try:
        with _open_store(db) as store:
            hits = store.search(query, limit=limit, offset=offset, outlet=outlet, since=since, until=until,
                                entity=entity, scope=scope)
            total = store.count(query, outlet=outlet, since=since, until=until, entity=entity) if not scope else None
    except KhabarError as exc:
        _store_failed(exc)
    print_hits(hits, output_format.value, total)


@app.command("entities")
def store_entities(
    db: DbOption = "khabar.db",
    type: Annotated[str | None, typer.Option("--type", help="PER, ORG, LOC or MISC.")] = None,
    top: Annotated[int, typer.Option(help="How many.")] = 50,
    output_format: StoreFormatOption = StoreFormat.table,
) -> None:
    """The most named people, organisations, places and others, by number of articles."""
    from khabar.errors import KhabarError
    from khabar.store.render import ENTITY_COLUMNS, emit, entity_rows

    try:
        with _open_store(db) as store:
            rows = entity_rows(store.entities(type=type, top=top))
    except KhabarError as exc:
        _store_failed(exc)
    emit(rows, ENTITY_COLUMNS, output_format.value, title="entities")


@app.command("entity")
def store_entity(
    name: Annotated[str, typer.Argument(help="A name as written in articles, or a canonical English name or code.")],
    db: DbOption = "khabar.db",
    output_format: StoreFormatOption = StoreFormat.table,
) -> None:
    """One entity's profile: names, roles, articles, quotes by and about it, who is named with it."""
    from khabar.errors import KhabarError
    from khabar.store.render import print_profile

    try:
        with _open_store(db) as store:
            profile = store.entity(name)
    except KhabarError as exc:
        _store_failed(exc)
    if profile is None:
        error(f"no entity called {name!r} in {db}")
        raise typer.Exit(1)
    print_profile(profile, output_format.value)


@app.command("quotes")
def store_quotes(
    db: DbOption = "khabar.db",
    speaker: Annotated[str | None, typer.Option(help="Who said it (an entity, or words of a description).")] = None,
    about: Annotated[str | None, typer.Option(help="An entity named in what was said, or words of it.")] = None,
    kind: Annotated[str | None, typer.Option(help="direct, indirect or according_to.")] = None,
    limit: Annotated[int, typer.Option(help="How many.")] = 50,
    output_format: StoreFormatOption = StoreFormat.table,
) -> None:
    """Who said what: quotes by a speaker and/or about someone."""
    from khabar.errors import KhabarError
    from khabar.store.render import QUOTE_COLUMNS, emit

    try:
        with _open_store(db) as store:
            rows = store.quotes(speaker=speaker, about=about, kind=kind, limit=limit)
    except KhabarError as exc:
        _store_failed(exc)
    emit(rows, QUOTE_COLUMNS, output_format.value, title="quotes")


@app.command("facts")
def store_facts(
    db: DbOption = "khabar.db",
    type: Annotated[str | None, typer.Option("--type", help="killed, injured, hostages, arrested, money…")] = None,
    location: Annotated[str | None, typer.Option(help="Where (an entity).")] = None,
    since: Annotated[str | None, typer.Option(help="Dated on or after (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="Dated on or before (YYYY[-MM[-DD]]).")] = None,
    limit: Annotated[int, typer.Option(help="How many.")] = 100,
    output_format: StoreFormatOption = StoreFormat.table,
) -> None:
    """Claimed figures with their source: how many killed, injured, held… where and when."""
    from khabar.errors import KhabarError
    from khabar.store.render import FACT_COLUMNS, emit

    try:
        with _open_store(db) as store:
            rows = store.facts(type=type, location=location, since=since, until=until, limit=limit)
    except KhabarError as exc:
        _store_failed(exc)
    emit(rows, FACT_COLUMNS, output_format.value, title="facts")


@app.command("claims")
def store_claims(
    db: DbOption = "khabar.db",
    story: Annotated[int | None, typer.Option(help="Only claims reported in this story.")] = None,
    contradicted: Annotated[bool, typer.Option("--contradicted", help="Only claims whose figures disagree.")] = False,
    type: Annotated[str | None, typer.Option("--type", help="killed, injured… or quote.")] = None,
    entity: Annotated[str | None, typer.Option(help="Said by, or about a figure at, this entity.")] = None,
    limit: Annotated[int, typer.Option(help="How many.")] = 50,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Recompute every claim first (writes to the store).")] = False,
    output_format: StoreFormatOption = StoreFormat.table,
) -> None:
    """Claims across articles: first report, independent sources, contradicted figures."""
    from khabar.errors import KhabarError
    from khabar.stories.claims_cli import print_claims, rebuild_store

    try:
        if rebuild:
            rebuild_store(db)
        with _open_store(db) as store:
            print_claims(store, output_format.value, story=story, contradicted=contradicted, type=type,
                         entity=entity, limit=limit)
    except KhabarError as exc:
        _store_failed(exc)


@app.command("stories")
def store_stories(
    db: DbOption = "khabar.db",
    since: Annotated[str | None, typer.Option(help="With an article on or after (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="With an article on or before (YYYY[-MM[-DD]]).")] = None,
    entity: Annotated[str | None, typer.Option(help="With an article naming this entity.")] = None,
    limit: Annotated[int, typer.Option(help="How many.")] = 50,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Recompute copies and stories first (writes to the store).")] = False,
    output_format: StoreFormatOption = StoreFormat.table,
) -> None:
    """Stories: articles about the same event, with their span, outlets and key entities."""
    from khabar.errors import KhabarError
    from khabar.stories.commands import print_stories, rebuild_store

    try:
        if rebuild:
            rebuild_store(db)
        with _open_store(db) as store:
            print_stories(store, output_format.value, since=since, until=until, entity=entity, limit=limit)
    except KhabarError as exc:
        _store_failed(exc)


@app.command("export")
def store_export(
    output_format: Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl, parquet, gkg or conll.")],
    out: Annotated[str, typer.Option(help="Output file (a folder for parquet; - for stdout).")],
    db: DbOption = "khabar.db",
) -> None:
    """Export the store: contract JSONL, Parquet tables, GDELT GKG 2.1 TSV, CoNLL BIO."""
    from khabar.errors import KhabarError
    from khabar.store import export as exports

    try:
        with _open_store(db) as store:
            if output_format is ExportFormat.parquet:
                if out == "-":
                    error("parquet needs a folder: --out DIR")
                    raise typer.Exit(2)
                counts = exports.export_parquet(store, out)
                print(", ".join(f"{table} {n:,}" for table, n in counts.items()) + f" → {out}/", file=sys.stderr)
                return
            writer = {"jsonl": exports.export_jsonl, "gkg": exports.export_gkg, "conll": exports.export_conll}[
                output_format.value]
            if out == "-":
                count = writer(store, sys.stdout)
            else:
                with open(out, "w", encoding="utf-8", newline="\n") as stream:
                    count = writer(store, stream)
    except OSError as exc:
        _store_failed(OSError(f"{out}: {exc.strerror or exc}"))
    except KhabarError as exc:
        _store_failed(exc)
    unit = "sentences" if output_format is ExportFormat.conll else "articles"
    print(f"{count:,} {unit} → {out}", file=sys.stderr)


@app.command("stats")
def store_stats(
    db: DbOption = "khabar.db",
    output_format: StoreFormatOption = StoreFormat.table,
) -> None:
    """What the store holds: counts, outlets, dates, errors, size on disk."""
    from khabar.errors import KhabarError
    from khabar.store.render import print_stats

    try:
        with _open_store(db) as store:
            stats = store.stats()
    except KhabarError as exc:
        _store_failed(exc)
    print_stats(stats, output_format.value)


# ============================ end of the knowledge base ============================


@app.command("serve")
def serve_command(
    db: DbOption = "khabar.db",
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    allow_ingest: Annotated[bool, typer.Option(help="Open the store writable and enable POST /api/ingest.")] = False,
    token: Annotated[str | None, typer.Option(help="Bearer token POST /api/ingest requires.", envvar="KHABAR_TOKEN")] = None,
    workers: Annotated[int, typer.Option(help="Server processes (read-only store only): about one per CPU core.")] = 1,
    cache_mb: Annotated[int, typer.Option(help="MB of answers to repeated GETs kept per process (0: none; never with ingest).")] = 64,
) -> None:
    """Serve the JSON API (/docs) and the Arabic web interface over the store."""
    from khabar.errors import KhabarError
    from khabar.web import ServerConfig, serve

    try:
        serve(ServerConfig(db=db, host=host, port=port, allow_ingest=allow_ingest, token=token, workers=workers,
                           cache_mb=cache_mb))
    except ValueError as exc:
        error(str(exc))
        raise typer.Exit(2) from None
    except KhabarError as exc:
        _store_failed(exc)


@app.command("spark-job")
def spark_job_command(
    inputs: Annotated[list[str], typer.Option("--input", help="Files or folders (local, HDFS, S3…); repeat for more.")],
    output: Annotated[str, typer.Option(help="Folder: one Parquet folder per table.")],
    input_format: Annotated[str, typer.Option("--format", help="jsonl, json, warc, zip, parquet or auto.")] = "auto",
    master: Annotated[str | None, typer.Option(help="Spark master, e.g. local[2] (leave out under spark-submit).")] = None,
    stages: Annotated[str | None, typer.Option(help="Comma-separated stages (default: all).")] = None,
    partitions: Annotated[int | None, typer.Option(help="Analysis partitions (default: 4 per core).")] = None,
) -> None:
    """Analyse articles on Apache Spark into the Parquet export's tables (see docs/SPARK.md)."""
    from khabar.spark import command

    code = command(inputs, output, input_format=input_format, master=master, stages=stages, partitions=partitions)
    raise typer.Exit(code)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
