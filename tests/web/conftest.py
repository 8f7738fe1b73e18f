"""Fixtures of the server's tests: a store of real SaudiNewsNet articles plus crafted ones, and the app over it."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

import khabar
from khabar.ingest import ingest
from khabar.store import Store

PER_OUTLET = 3  # articles taken from each outlet of the first day
OUTLETS = 8

from web_samples import HOSTILE_TEXT, HOSTILE_TITLE, QUOTE_TEXT, QUOTE_TITLE, STORY  # noqa: E402


def first_day_sample(shared_data: Path) -> list[dict]:
    """A few articles of each outlet from SaudiNewsNet's first day, in the file's order."""
    days = sorted((shared_data / "news" / "saudinewsnet").glob("*.zip"))
    if not days:
        pytest.skip(f"no SaudiNewsNet day files under {shared_data}/news/saudinewsnet")
    with zipfile.ZipFile(days[0]) as day:
        articles = json.loads(day.read(day.namelist()[0]))
    taken: dict[str, list[dict]] = {}
    for article in articles:
        mine = taken.setdefault(article["source"], [])
        if len(mine) < PER_OUTLET and "قال" in article["content"]:
            mine.append(article)
    return [a for outlet in list(taken)[:OUTLETS] for a in taken[outlet]]


@pytest.fixture(scope="session")
def web_db(shared_data, tmp_path_factory) -> Path:
    """A store: real articles (ingested as `khabar ingest` does) and the two crafted ones."""
    folder = tmp_path_factory.mktemp("web")
    sample = folder / "sample.json"
    sample.write_text(json.dumps(first_day_sample(shared_data), ensure_ascii=False), encoding="utf-8")
    db = folder / "web.db"
    ingest([str(sample)], str(db), workers=1, progress=False)
    with Store(db) as store:
        store.add([
            analyse_plain(HOSTILE_TEXT, title=HOSTILE_TITLE, published="2015-07-21", url="https://example.org/hostile"),
            analyse_plain(QUOTE_TEXT, title=QUOTE_TITLE, published="2015-07-21", url="https://example.org/jubeir"),
            *(analyse_plain(text, title=title, published=day, url=url) for day, url, title, text in STORY),
        ])
        # Stories and claims (issue 7) are recomputed over everything stored, where this khabar has them.
        for rebuild in ("rebuild_stories", "rebuild_claims"):
            if hasattr(store, rebuild):
                getattr(store, rebuild)()
    sample.unlink()
    return db


@pytest.fixture()
def db_copy(web_db, tmp_path) -> Path:
    """A private copy of the store, for tests that write or check the file is untouched."""
    copy = tmp_path / "copy.db"
    shutil.copy(web_db, copy)
    return copy


@pytest.fixture(scope="session")
def client(web_db):
    from fastapi.testclient import TestClient

    from khabar.web import ServerConfig, create_app

    with TestClient(create_app(ServerConfig(db=str(web_db)))) as test_client:
        yield test_client


def analyse_plain(text: str, **metadata) -> khabar.Article:
    """The article read as plain text (as the server reads a text/plain body): markup stays text."""
    from khabar.pipeline import Pipeline
    from khabar.read.sources import article_from_text

    return Pipeline()(article_from_text(text, "<test>", as_html=False), **metadata)
