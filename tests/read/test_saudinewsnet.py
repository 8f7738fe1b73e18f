"""Real data: one SaudiNewsNet day (a zip holding one JSON array), read as-is from shared data.

The corpus is CC BY-NC-SA: it is only read here, never copied into the repository.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from khabar.read import RawArticle, ReadFailure, iter_articles

pytestmark = pytest.mark.shared


def test_one_day_maps_every_field(saudinewsnet_dir: Path) -> None:
    path = sorted(saudinewsnet_dir.glob("*.zip"))[0]
    items = list(iter_articles([str(path)]))
    articles = [item for item in items if isinstance(item, RawArticle)]
    failures = [item for item in items if isinstance(item, ReadFailure)]
    assert len(articles) > 1000
    assert len(failures) < len(items) * 0.1  # a few records have empty content
    assert all("no text" in failure.reason for failure in failures)
    origin = re.compile(re.escape(str(path)) + r":[^#]+\.json#\d+$")
    for article in articles:
        assert article.text and article.html is None
        assert origin.match(article.origin)
        assert article.outlet and article.url.startswith("http")
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", article.published)
    assert sum(article.title is not None for article in articles) > 0.95 * len(articles)
    assert sum("author" in article.extra for article in articles) > len(articles) / 2
    assert sum(bool(re.search("[\u0621-\u064a]{3}", article.text)) for article in articles) > 0.95 * len(articles)


def test_whole_folder_streams(saudinewsnet_dir: Path) -> None:
    count = sum(isinstance(item, RawArticle) for item in iter_articles([str(saudinewsnet_dir)]))
    assert count > 10_000
