"""Real data: every SaudiNewsNet article cleaned, read as-is from shared data.

The corpus is CC BY-NC-SA: it is only read here, never copied into the repository.
"""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from khabar.clean import clean_text

pytestmark = pytest.mark.shared


def read_articles(zips: list[Path]) -> list[dict]:
    articles = []
    for path in zips:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.endswith(".json"):
                    articles.extend(json.loads(archive.read(name)))
    return articles


@pytest.fixture(scope="module")
def cleaned(saudinewsnet_zips: list[Path]) -> list[tuple[dict, object]]:
    articles = read_articles(saudinewsnet_zips)
    assert len(articles) > 10_000
    return [(a, clean_text(a.get("content") or "", outlet=a.get("source"))) for a in articles]


def test_cleaning_removes_little(cleaned: list) -> None:
    ratios = []
    for article, result in cleaned:
        original = (article.get("content") or "").strip()
        if original:
            ratios.append(sum(len(r["text"]) for r in result.removed) / len(original))
    assert sum(ratios) / len(ratios) < 0.05


def test_cleaning_never_empties_an_article(cleaned: list) -> None:
    emptied = [a["url"] for a, result in cleaned if len((a.get("content") or "").strip()) > 200 and not result.text]
    assert emptied == []


def test_cuts_and_credits_are_as_written(cleaned: list) -> None:
    for article, result in cleaned:
        content = article.get("content") or ""
        for removed in result.removed:
            assert removed["text"] and removed["text"] in content, removed
        for credit in result.credits:
            assert set(credit) == {"name", "domain", "kind", "text", "ar", "place"}
            assert credit["text"] in content and credit["name"]
        assert "\n\n\n" not in result.text and result.text == result.text.strip()


def test_agency_and_site_datelines_are_read(cleaned: list) -> None:
    datelines: Counter = Counter()
    totals: Counter = Counter(a["source"] for a, _ in cleaned)
    for article, result in cleaned:
        names = {c["name"] for c in result.credits if c["kind"] == "dateline"}
        for name in names:
            datelines[(article["source"], name)] += 1
    assert datelines[("was", "SPA")] > 0.8 * totals["was"]
    assert datelines[("sabq", "Sabq")] > 0.5 * totals["sabq"]
    assert datelines[("3alyoum", "Ain Alyoum")] > 0.5 * totals["3alyoum"]


def test_site_boilerplate_is_found(cleaned: list) -> None:
    kinds: Counter = Counter(r["kind"] for _, result in cleaned for r in result.removed)
    for kind in ("navigation", "share", "related", "source_line", "contact", "end_marker", "permalink"):
        assert kinds[kind] > 50, kinds
