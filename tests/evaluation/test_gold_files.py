"""The hand-made gold files: offsets only, and they still fit the shared articles."""

import json

from khabar.evaluation.goldsets import GOLD_PATH, load_article, load_gold, ref_of


def test_gold_keeps_no_article_text():
    raw = GOLD_PATH.read_text(encoding="utf-8")
    entries = json.loads(raw)
    assert len(entries) >= 60
    assert all(set(e) == {"gold_id", "zip", "index", "sha1", "split", "published", "quotes", "facts", "times"} for e in entries)
    assert not any(ch for ch in raw if "\u0621" <= ch <= "\u064a"), "Arabic text leaked into the gold file"


def test_held_out_is_a_third():
    """Every third article of each draw is held out: a third of the whole, give or take the
    remainder of a draw whose size is not a multiple of three (55 = 18 held out + 37)."""
    entries = load_gold()
    test = load_gold(split="test")
    assert abs(len(test) * 3 - len(entries)) <= 2 * 3
    assert {e["split"] for e in entries} == {"dev", "test"}


def test_spans_fall_inside_their_articles(shared_data):
    for entry in load_gold():
        content = load_article(shared_data, ref_of(entry))["content"]
        for quote in entry["quotes"]:
            start, end = quote["content"]
            assert 0 <= start < end <= len(content)
            assert content[start:end].strip()
        for item in entry["facts"] + entry["times"]:
            start, end = item["span"]
            assert 0 <= start < end <= len(content)
