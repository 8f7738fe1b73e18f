"""Failures: read-only stores, a full disk, damaged files, hostile query parameters, concurrent readers."""

from __future__ import annotations

import copy
import os
import sqlite3
import subprocess
import threading

import pytest

from khabar.store import Store, StoreError
from khabar.store.schema import SCHEMA_VERSION

HOSTILE = [
    "'; DROP TABLE articles; --",
    '"', '""', "*", "NEAR(", "NEAR(a b)", ")", "(", "AND", "OR NOT", "{title}:", "title:x", "^", "-", "%", "_",
    "\x00", "' OR 1=1 --", "\\", "رهائن\" OR \"x",
]


def _copies(records, count, salt):
    out = []
    for i in range(count):
        record = copy.deepcopy(records[i % len(records)])
        record["id"] = f"{salt}{i:08d}"
        out.append(record)
    return out


def test_a_read_only_store_refuses_writes_in_one_line(tmp_path, records):
    db = tmp_path / "k.db"
    with Store(db) as store:
        store.add(records[:2])
    with Store(db, readonly=True) as reader:
        with pytest.raises(StoreError, match="read-only"):
            reader.add(records[2:])
        with pytest.raises(StoreError, match="read-only"):  # even past the API: SQLite's own refusal, translated
            from khabar.store.db import transaction
            with transaction(reader.conn, reader.path):
                reader.conn.execute("DELETE FROM articles")
        assert len(reader) == 2
    with Store(db) as store:
        assert store.integrity() == []


def test_a_full_disk_rolls_back_the_batch_and_keeps_the_store_sound(tmp_path, records):
    db = tmp_path / "k.db"
    with Store(db) as store:
        store.add(records)
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 3}")  # the disk fills up a few pages later
        with pytest.raises(StoreError, match="disk is full") as caught:
            store.add(_copies(records, 300, "full"), batch_size=300)
        assert "\n" not in str(caught.value)
        assert len(store) == len(records)
        assert store.integrity() == []
    with Store(db) as store:  # and it goes on once there is room again
        assert store.add(_copies(records, 30, "room"))["added"] == 30
        assert store.integrity() == []


@pytest.mark.skipif(os.geteuid() != 0 or not os.path.exists("/bin/mount"), reason="needs root to mount a tmpfs")
def test_a_really_full_disk(tmp_path, records):
    mount = tmp_path / "tiny"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        db = mount / "k.db"
        with Store(db) as store:
            store.add(records)
            with pytest.raises(StoreError, match=r"disk is full|input/output"):
                store.add(_copies(records, 2000, "big"), batch_size=2000)
            assert len(store) == len(records)
        with Store(db, readonly=True) as reader:
            assert reader.integrity() == []
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)


def test_not_a_store(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(StoreError, match="not a khabar store"):
        Store(junk)
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a khabar store"):
        Store(other)
    with pytest.raises(StoreError, match="no store here"):
        Store(tmp_path / "missing.db", readonly=True)
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "no" / "folder" / "k.db")


def test_a_newer_schema_is_refused(tmp_path):
    db = tmp_path / "k.db"
    Store(db).close()
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(db)


def test_hostile_parameters_are_only_data(store, records):
    before = store.stats()["counts"]
    calls = [
        lambda v: store.search(v),
        lambda v: store.search("رهائن", outlet=v),
        lambda v: store.search("رهائن", entity=v),
        lambda v: store.search("رهائن", since=v),
        lambda v: store.search("رهائن", until=v),
        lambda v: store.search(v, scope=v),
        lambda v: store.count(v),
        lambda v: store.entities(type=v),
        lambda v: store.entity(v),
        lambda v: store.resolve(v),
        lambda v: store.quotes(speaker=v),
        lambda v: store.quotes(about=v),
        lambda v: store.quotes(kind=v),
        lambda v: store.facts(type=v),
        lambda v: store.facts(location=v),
        lambda v: store.facts(since=v),
        lambda v: store.article(v),
        lambda v: store.entities(top=v),
    ]
    for value in HOSTILE:
        for call in calls:
            try:
                call(value)
            except StoreError as exc:  # a clear refusal is fine; SQLite errors or crashes are not
                assert "\n" not in str(exc)
    assert store.stats()["counts"] == before
    assert store.integrity() == []
    assert store.search("رهائن")


def test_readers_go_on_while_a_writer_writes(tmp_path, records):
    db = tmp_path / "k.db"
    with Store(db) as store:
        store.add(records)
    errors: list[BaseException] = []
    done = threading.Event()
    seen: list[list[int]] = [[], []]

    def read(mine: list[int]) -> None:
        try:
            with Store(db, readonly=True) as reader:
                while not done.is_set():
                    mine.append(len(reader))
                    reader.search("رهائن")
                    reader.entities()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=read, args=(mine,)) for mine in seen]
    for thread in threads:
        thread.start()
    with Store(db) as writer:
        for round_ in range(20):
            writer.add(_copies(records, 25, f"r{round_:02d}"), batch_size=25)
    done.set()
    for thread in threads:
        thread.join()
    assert not errors, errors
    for mine in seen:  # each reader saw whole batches only, never fewer articles than before
        assert mine and all((n - len(records)) % 25 == 0 for n in mine) and mine == sorted(mine)
    with Store(db, readonly=True) as reader:
        assert len(reader) == len(records) + 500
        assert reader.integrity() == []
