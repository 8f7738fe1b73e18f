"""No stage raises on real news: the whole SaudiNewsNet corpus through the text scanners, and a
stride sample of it through the whole pipeline.

A rule tuned on the gold's few hundred articles can meet, somewhere in 31,000 others, a shape it
never saw (a percent written "(25) %" once crashed the numbers stage on 7 articles). The batch
survives such a crash (the ingest records the error for that article), but the article loses its
analysis, so a crash is a bug this test should find before the corpus does.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from khabar.errors import InputError
from khabar.numbers.matching import matching_form
from khabar.numbers.quantities import find_quantities
from khabar.pipeline import Pipeline, prepare
from khabar.read import RawArticle, iter_articles
from khabar.time.expressions import scan_times

PIPELINE_STRIDE = 10  # every tenth article through the whole pipeline (about 3,100)


def saudinewsnet(shared_data: Path) -> list[str]:
    paths = sorted(str(p) for p in (shared_data / "news" / "saudinewsnet").glob("*.zip"))
    if not paths:
        pytest.skip(f"no SaudiNewsNet day files under {shared_data}")
    return paths


def failures(run, items) -> list[str]:
    """``run`` on each item; the first few that raise, with their error."""
    failed = []
    for origin, item in items:
        try:
            run(item)
        except Exception as exc:
            failed.append(f"{origin}: {type(exc).__name__}: {exc}")
    return failed[:10]


def test_the_scanners_read_every_saudinewsnet_article(shared_data):
    def scan(article: RawArticle) -> None:
        text = article.text or ""
        norm = matching_form(text)
        times = scan_times(norm, text, article.published)
        find_quantities(norm, text, [(t.start, t.end) for t in times])

    articles = [(a.origin, a) for a in iter_articles(saudinewsnet(shared_data)) if isinstance(a, RawArticle)]
    assert len(articles) > 30_000
    assert failures(scan, articles) == []


def test_the_pipeline_analyses_a_sample_of_saudinewsnet(shared_data):
    pipeline = Pipeline()

    def analyse(article: RawArticle) -> None:
        try:
            doc = prepare(article)
        except InputError:
            return  # nothing left after cleaning: reported to the user, not a crash
        pipeline.run(doc)

    every = itertools.islice(iter_articles(saudinewsnet(shared_data)), 0, None, PIPELINE_STRIDE)
    articles = [(a.origin, a) for a in every if isinstance(a, RawArticle)]
    assert len(articles) > 3_000
    assert failures(analyse, articles) == []
