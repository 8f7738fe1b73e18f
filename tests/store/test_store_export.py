"""Exports: JSONL round trip, Parquet tables, GDELT GKG 2.1 rows, CoNLL BIO."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from khabar.store.export import GKG_COLUMNS, export_conll, export_gkg, export_jsonl, export_parquet, gkg_fields


def test_jsonl_round_trips_to_the_records(store, records):
    out = io.StringIO()
    assert export_jsonl(store, out) == len(records)
    lines = out.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == records


def test_parquet_tables_read_back(store, records, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    counts = export_parquet(store, str(tmp_path / "pq"))
    stats = store.stats()["counts"]
    expected = {"articles": "articles", "entities": "entities", "article_entities": "article_entities",
                "mentions": "mentions", "quotes": "quotes", "facts": "facts", "times": "times", "credits": "credits"}
    for table, counted in expected.items():
        data = pq.read_table(tmp_path / "pq" / f"{table}.parquet")
        assert data.num_rows == stats[counted] == counts[table], table
    articles = pq.read_table(tmp_path / "pq" / "articles.parquet").to_pylist()
    assert [a["id"] for a in articles] == [r["id"] for r in records]
    assert articles[0]["sentences"] == records[0]["sentences"] and articles[0]["text"] == records[0]["text"]
    quotes = pq.read_table(tmp_path / "pq" / "quotes.parquet").to_pylist()
    assert quotes[0]["text"] == "الولايات المتحدة ستواصل جهودها" and quotes[0]["cue_text"] == "وقال"
    assert quotes[0]["anonymous"] is False and quotes[0]["time_value"] == "2015-07-21"
    facts = pq.read_table(tmp_path / "pq" / "facts.parquet").to_pylist()
    assert facts[0]["value"] == 12.0 and facts[0]["text"] == "12 شخصا"
    mentions = pq.read_table(tmp_path / "pq" / "mentions.parquet")
    assert set(mentions.column_names) >= {"article_id", "entity_id", "start", "end", "text", "form"}


def test_gkg_rows_have_the_27_columns(store, records):
    out = io.StringIO()
    assert export_gkg(store, out) == len(records)
    lines = out.getvalue().rstrip("\n").split("\n")
    assert len(GKG_COLUMNS) == 27
    rows = [line.split("\t") for line in lines]
    assert all(len(row) == 27 for row in rows)
    kerry = dict(zip(GKG_COLUMNS, rows[0]))
    text = records[0]["text"]
    assert kerry["V2.1DATE"] == "20150721000000" and kerry["GKGRECORDID"] == "20150721000000-1"
    assert kerry["V2SourceCollectionIdentifier"] == "1" and kerry["V2DocumentIdentifier"] == "https://sabq.org/a1"
    assert kerry["V1Persons"] == "John Kerry"
    for block in kerry["V2EnhancedPersons"].split(";"):
        name, offset = block.split(",")
        assert name == "John Kerry" and "كيري" in text[int(offset):int(offset) + 8]
    offset, length, verb, quote = kerry["V2.1Quotations"].split("#")[1].split("|")
    assert text[int(offset):int(offset) + int(length)] == quote and verb == "وأضاف"
    assert kerry["V2.1EnhancedDates"] == f"3#7#21#2015#{text.index('صباح اليوم')}"
    assert kerry["V2EnhancedLocations"].startswith("1#United States#")
    hospital = dict(zip(GKG_COLUMNS, rows[1]))
    assert hospital["V1Counts"] == "KILL#12#شخص#4#Medina#####"
    assert hospital["V2.1Counts"] == f"KILL#12#شخص#4#Medina######{records[1]['text'].index('12 شخصا')}"
    assert hospital["V2.1Amounts"].startswith("12,شخص,")
    aid = dict(zip(GKG_COLUMNS, rows[3]))
    assert aid["V2SourceCollectionIdentifier"] == "2" and "khabar:" in aid["V2DocumentIdentifier"]
    row = gkg_fields({"id": "x", "text": "a\tb\nc", "title": "t\tx", "quotes": [
        {"start": 0, "end": 1, "text": "a|b#c", "cue": {"text": "قال"}}]})
    assert len(row) == 27 and not any("\t" in f or "\n" in f for f in row)


def test_conll_tags_the_mentions(store, records):
    out = io.StringIO()
    assert export_conll(store, out) > 0
    lines = out.getvalue().split("\n")
    assert lines[0] == "-DOCSTART-\tO"
    pairs = [line.split("\t") for line in lines if line and not line.startswith("-DOCSTART-")]
    assert all(len(p) == 2 for p in pairs)
    assert ["جون", "B-PER"] in pairs and ["كيري", "I-PER"] in pairs
    assert ["الولايات", "B-LOC"] in pairs and ["المتحدة", "I-LOC"] in pairs
    assert ["الأمريكي", "O"] in pairs  # a nisba is not a name
    previous = "O"
    for _, tag in pairs:
        if tag.startswith("I-"):
            assert previous[2:] == tag[2:], "I- follows B- or I- of the same type"
        previous = tag


def test_export_command(store, tmp_path):
    store.close()
    db = str(tmp_path / "k.db")
    for fmt in ("jsonl", "gkg", "conll"):
        out = tmp_path / f"out.{fmt}"
        result = subprocess.run([sys.executable, "-m", "khabar.cli", "export", "--format", fmt, "--db", db, "--out", str(out)],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 0
    result = subprocess.run([sys.executable, "-m", "khabar.cli", "export", "--format", "jsonl", "--db",
                             str(tmp_path / "none.db"), "--out", "-"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "no store here" in result.stderr
