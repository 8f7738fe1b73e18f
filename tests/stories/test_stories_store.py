"""Copies and stories in the store: ingest finds them incrementally, across runs; rebuild; queries; the CLI."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from story_samples import BOMBING_1, BOMBING_2, MARKET, RELEASE, REPUBLISHED

from khabar.ingest import ingest
from khabar.store import Store, StoreError


def write_jsonl(path: Path, articles: list[dict]) -> Path:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path


def item(text: str, published: str, title: str, source: str = "alriyadh") -> dict:
    return {"text": text, "published": published, "title": title, "source": source}


def ids_by_title(db: Path) -> dict[str, str]:
    with Store(db, readonly=True) as store:
        return {t: i for i, t in store._read("SELECT id, title FROM articles")}


@pytest.fixture
def ingested(tmp_path) -> Path:
    db = tmp_path / "k.db"
    corpus = write_jsonl(tmp_path / "day1.jsonl", [
        item(RELEASE, "2015-08-06", "أمير عسير يوجه بإيقاف الاحتفالات"),
        item(BOMBING_1, "2015-08-06", "13 قتيلا في تفجير مسجد الطوارئ"),
        item(MARKET, "2015-08-06", "الأسهم ترتفع"),
    ])
    summary = ingest([str(corpus)], str(db), workers=1, progress=False)
    assert summary.stored == 3 and summary.failed == 0
    return db


def test_a_later_ingest_finds_copies_of_articles_stored_by_an_earlier_one(ingested, tmp_path):
    corpus = write_jsonl(tmp_path / "day2.jsonl", [item(REPUBLISHED, "2015-08-07", "إيقاف احتفالات أبها", "alweeam")])
    assert ingest([str(corpus)], str(ingested), workers=1, progress=False).stored == 1
    ids = ids_by_title(ingested)
    with Store(ingested, readonly=True) as store:
        assert store.copies(ids["إيقاف احتفالات أبها"]) == {"duplicate_of": ids["أمير عسير يوجه بإيقاف الاحتفالات"], "copies": []}
        assert store.copies(ids["أمير عسير يوجه بإيقاف الاحتفالات"]) == {"duplicate_of": None, "copies": [ids["إيقاف احتفالات أبها"]]}
        assert store.copies(ids["الأسهم ترتفع"]) == {"duplicate_of": None, "copies": []}
        assert store.copies("no-such-article") is None
        # the copy is in its original's story
        assert store.article_story(ids["إيقاف احتفالات أبها"]) == store.article_story(ids["أمير عسير يوجه بإيقاف الاحتفالات"])
        assert store.integrity() == []


def test_an_earlier_original_ingested_after_its_copy_takes_over(tmp_path):
    db = tmp_path / "k.db"
    ingest([str(write_jsonl(tmp_path / "copy.jsonl", [item(REPUBLISHED, "2015-08-07", "النسخة", "alweeam")]))],
           str(db), workers=1, progress=False)
    ingest([str(write_jsonl(tmp_path / "original.jsonl", [item(RELEASE, "2015-08-06", "الأصل")]))],
           str(db), workers=1, progress=False)
    ids = ids_by_title(db)
    with Store(db, readonly=True) as store:
        assert store.copies(ids["النسخة"])["duplicate_of"] == ids["الأصل"]
        assert store.copies(ids["الأصل"]) == {"duplicate_of": None, "copies": [ids["النسخة"]]}


def test_stories_group_two_reports_of_one_event_and_list_their_outlets(ingested, tmp_path):
    corpus = write_jsonl(tmp_path / "day2.jsonl", [item(BOMBING_2, "2015-08-07", "داعش يتبنى تفجير أبها", "okaz")])
    ingest([str(corpus)], str(ingested), workers=1, progress=False)
    ids = ids_by_title(ingested)
    with Store(ingested, readonly=True) as store:
        story_id = store.article_story(ids["13 قتيلا في تفجير مسجد الطوارئ"])
        assert story_id == store.article_story(ids["داعش يتبنى تفجير أبها"])
        assert story_id != store.article_story(ids["الأسهم ترتفع"])
        story = store.story(story_id)
        assert story["title"] == "13 قتيلا في تفجير مسجد الطوارئ"  # its earliest article's
        assert (story["first_published"], story["last_published"], story["article_count"]) == ("2015-08-06", "2015-08-07", 2)
        assert [a["title"] for a in story["articles"]] == ["13 قتيلا في تفجير مسجد الطوارئ", "داعش يتبنى تفجير أبها"]
        assert set(story["articles"][0]) == {"id", "title", "outlet", "published", "duplicate_of"}
        assert len(story["outlets"]) == 2
        listed = {s["id"]: s for s in store.stories()}
        assert listed[story_id]["articles"] == 2 and set(listed[story_id]) == {
            "id", "title", "first_published", "last_published", "articles", "outlets", "entities"}
        assert [s["id"] for s in store.stories(since="2015-08-07")] == [story_id]
        assert story_id not in [s["id"] for s in store.stories(until="2015-08-05")]
        assert store.story(987654) is None and store.story("x") is None


def test_rebuild_recomputes_what_ingest_found(ingested, tmp_path):
    corpus = write_jsonl(tmp_path / "day2.jsonl", [item(REPUBLISHED, "2015-08-07", "إيقاف احتفالات أبها", "alweeam")])
    ingest([str(corpus)], str(ingested), workers=1, progress=False)
    with Store(ingested) as store:
        before = {i: store.copies(i)["duplicate_of"] for i in ids_by_title(ingested).values()}
        stories_before = sorted(s["articles"] for s in store.stories())
        result = store.rebuild_stories()
        assert result["articles"] == 4 and result["copies"] == 1
        assert {i: store.copies(i)["duplicate_of"] for i in before} == before
        assert sorted(s["articles"] for s in store.stories()) == stories_before
    with Store(ingested, readonly=True) as store, pytest.raises(StoreError):
        store.rebuild_stories()


def test_a_store_written_before_stories_is_upgraded_and_rebuilt(ingested, tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(ingested, old)
    conn = sqlite3.connect(old)
    conn.executescript("DELETE FROM story_articles; DELETE FROM stories; DELETE FROM signatures;")
    conn.close()
    with Store(old) as store:
        assert store.stories() == []
        assert store.rebuild_stories()["stories"] >= 2
        assert store.stories()


def test_cli_lists_stories_as_json_and_csv(ingested):
    run = subprocess.run([sys.executable, "-m", "khabar.cli", "stories", "--db", str(ingested), "--format", "json"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    stories = json.loads(run.stdout)
    assert len(stories) == 3 and {"id", "title", "outlets", "entities"} <= set(stories[0])
    run = subprocess.run([sys.executable, "-m", "khabar.cli", "stories", "--db", str(ingested), "--format", "csv",
                          "--since", "2015-08"], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and run.stdout.splitlines()[0].startswith("id,first_published")
    run = subprocess.run([sys.executable, "-m", "khabar.cli", "stories", "--db", str(ingested), "--since", "August"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 1 and "since" in run.stderr
