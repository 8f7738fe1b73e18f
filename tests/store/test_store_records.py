"""Records go into the store and come back equal; each article is stored once."""

from __future__ import annotations

import copy

from store_samples import EXAMPLES

import khabar
from khabar.store import Store
from khabar.store.layout import QUOTE, Layout


def test_every_record_comes_back_equal(store, records):
    for record in records:
        assert store.article(record["id"]) == record


def test_adding_twice_stores_once(tmp_path, records):
    with Store(tmp_path / "k.db") as store:
        assert store.add(records) == {"added": len(records), "duplicates": 0}
        assert store.add(records) == {"added": 0, "duplicates": len(records)}
        assert len(store) == len(records)
        assert store.stats()["counts"]["quotes"] == sum(len(r.get("quotes") or []) for r in records)


def test_the_bundled_examples_through_the_default_pipeline(tmp_path):
    docs = [khabar.analyze((EXAMPLES / name).read_bytes(), published="2024-05-06") for name in ("article.txt", "article.html")]
    with Store(tmp_path / "k.db") as store:
        store.add(docs)
        for doc in docs:
            assert store.article(doc.id) == doc.to_dict()
            assert doc.id in store
        assert store.integrity() == []


def test_unusual_shapes_survive(tmp_path, records):
    record = copy.deepcopy(records[0])
    record["new_top_field"] = {"anything": [1, 2.5, None]}
    record["warnings"] = ["w"]
    del record["times"]  # a field a producer left out
    record["facts"] = None
    record["entities"][0]["extra_field"] = "x"
    del record["entities"][1]["canonical"]
    del record["entities"][2]["mentions"]
    quote = record["quotes"][0]
    quote["text"] = "not the text at its offsets"  # kept as given
    quote["cue"] = None
    quote["speaker"]["anonymous"] = 1  # an int where the contract says bool
    del quote["audience"]
    quote["via_text"] = {"start": 1, "end": 2, "text": "x"}
    record["quotes"][1]["speaker"] = "a bare string"
    record["credits"] = [{"name": "AFP", "domain": "afp.com", "kind": "dateline", "text": "t", "place": "عمان"}, "odd"]
    record["id"] = "unusual0000000000"
    with Store(tmp_path / "k.db") as store:
        store.add([record])
        assert store.article(record["id"]) == record
        assert store.article("no such id") is None


def test_layout_keeps_types_and_absent_keys():
    layout = Layout([("a", "a"), ("b_x", "b.x"), ("b_y", "b.y")], booleans=("b.y",))
    for obj in [
        {"a": 1, "b": {"x": 1.0, "y": True}},
        {"a": None, "b": {"x": None, "y": None}},
        {"b": None},
        {"a": [1], "b": {"x": "s", "z": 3}},
        {"a": True, "b": {"y": 1}},
        {"a": 2, "b": 7},
    ]:
        values, extra = layout.split(obj)
        assert layout.join(values, extra) == obj, obj


def test_span_texts_are_not_stored_twice():
    source = "قال الوزير إن الاجتماع انتهى."
    quote = {"id": "q1", "kind": "indirect", "start": 15, "end": 28, "text": source[15:28],
             "cue": {"start": 0, "end": 3, "text": "قال"}, "speaker": None, "via": None, "audience": None,
             "reported_first_by": None, "time": None, "sentence": 0, "via_text": None, "via_outlet": None,
             "channel": None, "reported_first_by_text": None, "time_span": None}
    values, extra = QUOTE.split(quote, source)
    row = dict(zip(QUOTE.columns, values))
    assert row["text"] is None and row["cue_text"] is None and extra is None
    assert QUOTE.join(values, extra, source) == quote
    quote["text"] = None  # a null text at valid offsets stays null
    values, extra = QUOTE.split(quote, source)
    assert QUOTE.join(values, extra, source) == quote


def test_optimize_gives_free_pages_back(tmp_path, records):
    with Store(tmp_path / "k.db") as store:
        assert store.conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 2  # incremental
        copies = []
        for i in range(60):
            record = copy.deepcopy(records[i % len(records)])
            record["id"] = f"copy{i:012d}"
            copies.append(record)
        store.add(copies)
        store.conn.execute("DELETE FROM quotes")  # frees pages
        store.optimize()
        assert store.conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        assert store.integrity() == []
