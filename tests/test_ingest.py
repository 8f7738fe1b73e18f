"""Ingestion into the store: once per article, resumable after kill -9, errors kept, re-analysis."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from khabar.ingest import ingest, reanalyze, render_summary
from khabar.store import Store, StoreError
from khabar.text.normalize import normalize

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "khabar" / "examples"

CITIES = ["الرياض", "جدة", "الدمام", "مكة المكرمة", "أبها", "تبوك", "القاهرة", "عمان", "بيروت", "دبي"]
NAMES = ["سامي الحديدي", "خالد العتيبي", "منى الشهري", "أحمد الزهراني", "ليلى القحطاني", "فهد الدوسري"]
TOPICS = ["مشروع الطرق الجديدة", "افتتاح المستشفى", "أسعار النفط", "موسم الأمطار", "الميزانية العامة", "مهرجان الكتاب"]


def article(i: int) -> dict:
    """A small, unique Arabic news article (the number i makes each one different)."""
    city, name, topic = CITIES[i % len(CITIES)], NAMES[i % len(NAMES)], TOPICS[i % len(TOPICS)]
    paragraphs = [
        f"{city} - قال {name} يوم الأحد إن {topic} سيكتمل خلال {i % 12 + 1} أشهر، بتكلفة تبلغ نحو {i * 7 + 3} مليون ريال.",
        f"وأضاف {name} للصحفيين أن العمل في {topic} رقم {i} يسير وفق الخطة المعتمدة، وأن الفرق الميدانية تعمل ليلا ونهارا.",
        f"وكانت الجهات المختصة في {city} قد أعلنت في وقت سابق عن خطة لتطوير الخدمات في عدد من الأحياء، "
        f"تشمل {i % 9 + 2} مراحل متتابعة حتى نهاية العام.",
    ]
    return {"title": f"{topic} في {city} ({i})", "text": "\n\n".join(paragraphs), "published": f"2024-0{i % 9 + 1}-1{i % 9}",
            "url": f"https://example.org/news/{i}", "source": "example"}


def write_corpus(path: Path, count: int, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for i in range(start, start + count):
            out.write(json.dumps(article(i), ensure_ascii=False) + "\n")
    return path


def khabar(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "khabar.cli", *args], capture_output=True, text=True, timeout=600, **kwargs)


def counts(db: Path) -> dict:
    with Store(db) as store:
        return store.stats()["counts"]


def test_ingest_twice_stores_once(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 40)
    db = tmp_path / "k.db"
    first = ingest([str(corpus), str(EXAMPLES)], str(db), workers=1, progress=False)
    assert (first.read, first.stored, first.failed, first.skipped) == (42, 42, 0, 0), render_summary(first, str(db))
    second = ingest([str(corpus), str(EXAMPLES)], str(db), workers=1, progress=False)
    assert (second.stored, second.skipped, second.duplicates) == (0, 42, 0)
    with Store(db) as store:
        assert len(store) == 42 and store.stats()["counts"]["inputs"] == 42
        assert store.integrity() == []
        record = store.article(store.search("الحديدي")[0].id)
        assert record["schema"] == "khabar.article/1" and record["source"].startswith(str(corpus))


def test_the_same_article_twice_is_stored_once(tmp_path):
    one = write_corpus(tmp_path / "one.jsonl", 5)
    two = write_corpus(tmp_path / "two.jsonl", 5)  # same articles, another file
    db = tmp_path / "k.db"
    summary = ingest([str(one), str(two)], str(db), workers=2, stages=["segment"], progress=False)
    assert (summary.stored, summary.duplicates) == (5, 5)
    again = ingest([str(two)], str(db), workers=1, stages=["segment"], progress=False)
    assert (again.stored, again.skipped) == (0, 5)
    assert counts(db)["articles"] == 5


def test_bad_inputs_become_error_rows(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_corpus(folder / "good.jsonl", 3)
    (folder / "broken.zip").write_bytes(b"PK\x03\x04 this zip is cut short")
    (folder / "lines.jsonl").write_text('{"text": "خبر قصير عن افتتاح مدرسة جديدة في الحي."}\n{not json\n', encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    with zipfile.ZipFile(folder / "day.zip", "w") as archive:
        archive.writestr("day.json", json.dumps([article(100), {"title": "no text"}], ensure_ascii=False))
    db = tmp_path / "k.db"
    result = khabar("ingest", str(folder), "--db", str(db), "--stages", "segment", "--workers", "1", "--no-progress")
    assert result.returncode == 1, result.stderr
    assert "failed 5" in result.stderr and "stored 5" in result.stderr
    with Store(db) as store:
        errors = {e["origin"].rsplit("/", 1)[-1]: e["reason"] for e in store.errors()}
        assert len(store) == 5
        assert set(errors) == {"broken.zip", "lines.jsonl#2", "empty.txt", "binary.txt", "day.zip:day.json#1"}
        assert all(reason and "\n" not in reason for reason in errors.values())
    # a second run retries the failures only, and reads the rest as already ingested
    again = khabar("ingest", str(folder), "--db", str(db), "--stages", "segment", "--workers", "1", "--no-progress")
    assert "stored 0" in again.stderr and "already ingested 5" in again.stderr


def test_kill_9_midway_then_resume(tmp_path):
    total = 3000
    corpus = write_corpus(tmp_path / "corpus.jsonl", total)
    db = tmp_path / "k.db"
    command = [sys.executable, "-m", "khabar.cli", "ingest", str(corpus), "--db", str(db), "--workers", "2",
               "--stages", "segment", "--batch", "50", "--no-progress"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    stored = 0
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.02)
            stored = _peek(db)
            if stored >= 200:
                break
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)  # the ingest and its workers: the group this test started
        process.wait()
    assert 0 < stored < total, f"the ingest was not caught midway ({stored} stored)"
    with Store(db) as store:
        assert store.integrity() == []
        killed_at = len(store)
        assert 0 < killed_at < total
        c = store.stats()["counts"]
        assert c["inputs"] == killed_at  # every stored article whole: its input row came in the same transaction
        assert store.conn.execute("SELECT count(*) FROM search").fetchone()[0] == killed_at
    result = khabar(*command[3:])
    assert result.returncode == 0, result.stderr
    assert f"already ingested {killed_at:,}" in result.stderr
    with Store(db) as store:
        assert len(store) == total
        assert store.conn.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0] == total
        assert store.conn.execute("SELECT count(*) FROM search").fetchone()[0] == total
        assert store.integrity() == []
        assert store.count("الحديدي") == total // len(NAMES)


def _peek(db: Path) -> int:
    """Articles committed so far, read without disturbing the writer."""
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_readers_query_while_an_ingest_writes(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 3000)
    db = tmp_path / "k.db"
    process = subprocess.Popen(
        [sys.executable, "-m", "khabar.cli", "ingest", str(corpus), "--db", str(db), "--workers", "2",
         "--stages", "segment", "--batch", "50", "--no-progress"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )
    seen = []
    try:
        reader = None
        deadline = time.monotonic() + 120
        while reader is None and time.monotonic() < deadline and process.poll() is None:
            try:
                reader = Store(db, readonly=True)
            except StoreError:
                time.sleep(0.05)  # not created yet
        assert reader is not None
        with reader:
            while process.poll() is None:
                seen.append(len(reader))
                reader.search("الحديدي OR العتيبي", limit=5)
                reader.entities(top=5)
                reader.stats()
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    assert process.returncode == 0, process.stderr.read().decode()
    assert seen == sorted(seen) and len(set(seen)) > 1, "the reader saw the store grow"
    assert counts(db)["articles"] == 3000


def test_reanalyze_keeps_the_articles(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 12)
    db = tmp_path / "k.db"
    ingest([str(corpus), str(EXAMPLES)], str(db), workers=1, stages=["segment"], progress=False)
    with Store(db) as store:
        before = {r["id"]: r for r in store.records()}
        assert store.stats()["counts"]["mentions"] == 0
    summary = reanalyze(str(db), workers=2, progress=False)
    assert summary.stored == len(before) and summary.failed == 0
    for _ in range(2):  # and again: counters do not drift
        with Store(db) as store:
            after = {r["id"]: r for r in store.records()}
            assert set(after) == set(before)
            for article_id, record in after.items():
                for key in ("text", "title", "url", "published", "outlet", "source", "credits"):
                    assert record[key] == before[article_id][key]
            stats = store.stats()["counts"]
            assert stats["mentions"] > 0 and stats["articles"] == len(before)
            drift = store.conn.execute(
                "SELECT count(*) FROM entities e WHERE n_articles !="
                " (SELECT count(DISTINCT article) FROM article_entities WHERE entity = e.id)"
                " OR n_mentions != (SELECT count(*) FROM mentions WHERE entity = e.id)").fetchone()[0]
            assert drift == 0
            assert store.integrity() == []
            assert store.search("الحديدي")
        reanalyze(str(db), workers=1, progress=False)


def test_cli_ingest_then_query(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 8)
    db = str(tmp_path / "k.db")
    result = khabar("ingest", str(corpus), str(EXAMPLES), "--db", db, "--workers", "1", "--no-progress")
    assert result.returncode == 0, result.stderr
    assert "stored 10" in result.stderr
    hits = json.loads(khabar("search", "والحديدي", "--db", db, "--format", "json").stdout)
    assert hits and all("<mark>" in h["marked"] for h in hits)
    table = khabar("search", '"أسعار النفط"', "--db", db)
    assert table.returncode == 0 and "articles match" in table.stdout
    entities = khabar("entities", "--db", db, "--format", "csv", "--top", "5")
    assert entities.returncode == 0 and entities.stdout.startswith("name,type")
    stats = json.loads(khabar("stats", "--db", db, "--format", "json").stdout)
    assert stats["counts"]["articles"] == 10
    for command in (["quotes", "--db", db], ["facts", "--db", db, "--type", "money"], ["entity", "سامي الحديدي", "--db", db]):
        assert khabar(*command).returncode in (0, 1)
    missing = khabar("search", "x", "--db", str(tmp_path / "missing.db"))
    assert missing.returncode == 1 and missing.stderr.startswith("khabar: ") and missing.stderr.count("\n") == 1


@pytest.mark.shared
def test_a_saudinewsnet_day(shared_data, tmp_path):
    folder = shared_data / "news" / "saudinewsnet"
    zips = sorted(folder.glob("*.zip"))
    if not zips:
        pytest.skip(f"no SaudiNewsNet zips under {folder}")
    db = tmp_path / "k.db"
    summary = ingest([str(zips[0])], str(db), workers=2, stages=["segment"], progress=False)
    assert summary.stored > 1000 and summary.read == summary.stored + summary.duplicates + summary.failed
    with Store(db) as store:
        assert len(store.errors(10_000)) == summary.failed
        hits = store.search("الرياض", limit=5)
        assert len(hits) == 5
        for hit in hits:
            text = store.article(hit.id)["text"]
            assert hit.highlights and all("رياض" in normalize(text[s:e]) for s, e in hit.highlights)
        assert store.integrity() == []


def test_an_article_that_kills_its_worker_fails_alone(tmp_path):
    from khabar.pipeline import STAGES, stage

    @stage("test_crash", requires=("tokens",))
    def crash(doc) -> None:
        if "انهيار" in doc.text:
            os._exit(3)  # a worker dying as if killed by the kernel

    try:
        corpus = write_corpus(tmp_path / "corpus.jsonl", 40)
        with corpus.open("a", encoding="utf-8") as out:
            out.write(json.dumps({"text": "خبر عن انهيار مبنى قديم في وسط المدينة أمس.", "title": "انهيار"},
                                 ensure_ascii=False) + "\n")
        db = tmp_path / "k.db"
        summary = ingest([str(corpus)], str(db), workers=2, stages=["segment", "test_crash"], progress=False)
        assert (summary.stored, summary.failed) == (40, 1), summary.failures
        with Store(db) as store:
            [error] = store.errors()
            assert error["origin"].endswith("corpus.jsonl#41") and "process died" in error["reason"]
    finally:
        STAGES.pop("test_crash", None)
