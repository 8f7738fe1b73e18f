"""The ``khabar`` command.

Exit codes: 0 everything went well, 1 some input failed (each failure is one
line on stderr, the others are still processed), 2 usage error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

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
    published: Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD) to resolve times against.")] = None,
    url: Annotated[Optional[str], typer.Option(help="URL the article was published at.")] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="json, jsonl or text.")] = OutputFormat.json,
    tokens: Annotated[bool, typer.Option(help="Include tokens and their clitic pieces in JSON.")] = False,
) -> None:
    """Analyse articles (text, HTML, JSON/JSONL, zip, WARC) and print the khabar.article/1 records."""
    from khabar.pipeline import Pipeline

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


@eval_app.command("segmentation")
def eval_segmentation(
    data: Annotated[Optional[Path], typer.Option(help="The shared data folder.")] = None,
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
    data: Annotated[Optional[Path], typer.Option(help="The shared data folder.")] = None,
    out: Annotated[Optional[Path], typer.Option(help="Where to write vocab.tsv.")] = None,
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
    data: Annotated[Optional[Path], typer.Option(help="The shared data folder.")] = None,
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
    split: Annotated[str, typer.Option(help="dev, test (held out) or all.")] = "test",
    data: Annotated[Optional[Path], typer.Option(help="The shared data folder.")] = None,
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


@eval_app.command("quotes")
def eval_quotes(
    split: Annotated[str, typer.Option(help="dev, test (held out) or all.")] = "test",
    data: Annotated[Optional[Path], typer.Option(help="The shared data folder.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Quote detection, content, cue, speaker, anonymous and via scores on the gold articles."""
    from khabar.evaluation.quotes import evaluate_quotes, format_quotes_report

    if split not in ("dev", "test", "all"):
        error(f"unknown split {split!r}: use dev, test or all")
        raise typer.Exit(2)
    try:
        report = evaluate_quotes(None, shared_data_dir(data), split)
    except FileNotFoundError as exc:
        error(str(exc))
        raise typer.Exit(1) from None
    print(json.dumps(report, ensure_ascii=False, indent=2) if as_json else format_quotes_report(report))


@train_app.command("ner")
def train_ner_command(
    data: Annotated[Optional[Path], typer.Option(help="The shared data folder.")] = None,
    out: Annotated[Optional[Path], typer.Option(help="Model file to write (default: the shipped model).")] = None,
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
    data: Annotated[Optional[Path], typer.Option(help="The shared data folder.")] = None,
) -> None:
    """Rebuild the places gazetteer shipped in the package from ../shared/data/gazetteer."""
    from khabar.entities.gazetteer_build import build_gazetteer

    result = build_gazetteer(shared_data_dir(data))
    print(result)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
