"""Full-text search: clitics, spelling variants, phrases, boolean, highlights, filters."""

from __future__ import annotations

import pytest

from khabar.store import StoreError
from khabar.store.fts import light_stem, parse_query, text_forms
from khabar.text.normalize import normalize


def keys(hits, by_key):
    ids = {record["id"]: key for key, record in by_key.items()}
    return {ids[hit.id] for hit in hits}


def test_a_word_finds_its_clitic_forms(store, by_key):
    # الرهائن (kerry), كرهائن (hospital), والرهائن (riyadh), للرهائن (aid)
    assert keys(store.search("رهائن"), by_key) == {"kerry", "hospital", "riyadh", "aid"}
    assert keys(store.search("والرهائن"), by_key) == {"kerry", "hospital", "riyadh", "aid"}
    assert keys(store.search("الرهائن"), by_key) == {"kerry", "hospital", "riyadh", "aid"}


def test_spelling_variants_match(store, by_key):
    assert keys(store.search("أمريكا"), by_key) == {"riyadh", "aid"}  # امريكا, أَمْرِيكَا
    assert keys(store.search("امريكا"), by_key) == {"riyadh", "aid"}
    assert keys(store.search("المدينة"), by_key) == {"kerry", "hospital"}  # ة / ه
    assert keys(store.search("مستشفى"), by_key) == {"hospital"}  # ى / ي
    assert keys(store.search("الرِّهَائِن"), by_key) == {"kerry", "hospital", "riyadh", "aid"}  # diacritics


def test_known_words_are_not_cut():
    assert light_stem("كامل") == "كامل" and light_stem("لجنة") == "لجنة"
    assert text_forms("كرهائن للرهائن والرهائن") == "رهائن رهائن رهائن"


def test_phrases(store, by_key):
    assert keys(store.search('"وزير الخارجية"'), by_key) == {"kerry"}
    assert keys(store.search("وزير الخارجية"), by_key) == {"kerry", "oil", "minister"}  # AND, any order
    assert keys(store.search("«وزير الخارجية»"), by_key) == {"kerry"}
    assert keys(store.search('"وزير الدفاع"'), by_key) == {"minister"}


def test_boolean(store, by_key):
    assert keys(store.search("النفط OR الدفاع"), by_key) == {"oil", "minister"}
    assert keys(store.search("رهائن NOT امريكا"), by_key) == {"kerry", "hospital"}
    assert keys(store.search("رهائن AND مستشفى"), by_key) == {"hospital"}
    assert keys(store.search("(النفط OR رهائن) NOT (كيري OR المدينة)"), by_key) == {"oil", "riyadh", "aid"}
    with pytest.raises(StoreError, match="only excludes"):
        store.search("NOT رهائن")


def test_queries_are_always_quoted_terms():
    for text in ['a" OR "b', "NEAR(a b)", "x*", "{title}: y", "^z", "'; DROP TABLE articles; --", ")(", '"""']:
        query = parse_query(text)
        if query.fts:
            inside = query.fts.replace("(", " ").replace(")", " ")
            for piece in inside.split():
                assert piece in ("AND", "OR", "NOT") or (piece.startswith('"') or piece.endswith('"')), (text, query.fts)
    assert parse_query("،،، !!!").fts is None


def test_highlights_are_the_matched_words_in_the_original_text(store, by_key):
    for hit in store.search("رهائن", limit=10):
        record = by_key[next(k for k, r in by_key.items() if r["id"] == hit.id)]
        text = record["text"]
        assert hit.snippet == text[hit.snippet_start:hit.snippet_end]
        assert hit.highlights
        for start, end in hit.highlights:
            assert hit.snippet_start <= start < end <= hit.snippet_end
            assert "رهائن" in normalize(text[start:end])
        marked = hit.marked("«[", "]»")
        assert "«[" in marked and marked.replace("«[", "").replace("]»", "") == hit.snippet
    hit = store.search('"وزير الخارجية"')[0]
    start, end = hit.highlights[0]
    assert by_key["kerry"]["text"][start:end] == "وزير الخارجية"
    [hit] = store.search("مستشفى")
    assert [by_key["hospital"]["text"][s:e] for s, e in hit.highlights] == ["مستشفي", "المستشفى"]
    assert hit.marked_title() == "هجوم على [مستشفى] المدينه"
    assert hit.to_dict()["marked"].count("<mark>") == 2


def test_filters(store, by_key):
    assert keys(store.search("رهائن", outlet="okaz.com.sa"), by_key) == {"hospital"}
    assert keys(store.search("رهائن", outlet="Sabq"), by_key) == {"kerry"}
    assert keys(store.search("رهائن", since="2015-07-22", until="2015-08-01"), by_key) == {"hospital", "riyadh"}
    assert keys(store.search("رهائن", until="2015-07"), by_key) == {"kerry", "hospital"}
    assert keys(store.search("رهائن", since="2015-08"), by_key) == {"riyadh", "aid"}
    assert keys(store.search("رهائن", entity="John Kerry"), by_key) == {"kerry"}
    assert keys(store.search("رهائن", entity="الولايات المتحدة"), by_key) == {"kerry", "riyadh"}
    assert keys(store.search("رهائن", entity="nobody at all"), by_key) == set()
    assert keys(store.search("رهائن", scope="title"), by_key) == {"kerry"}
    assert keys(store.search("رهائن", scope="quotes"), by_key) == {"kerry"}
    assert keys(store.search("مستشفى", scope="quotes"), by_key) == {"hospital"}
    with pytest.raises(StoreError):
        store.search("x", scope="everywhere")
    with pytest.raises(StoreError, match="not a date"):
        store.search("رهائن", since="yesterday")


def test_paging_and_counting(store):
    first = store.search("رهائن", limit=2)
    second = store.search("رهائن", limit=2, offset=2)
    assert len(first) == 2 and len(second) == 2
    assert not {h.id for h in first} & {h.id for h in second}
    assert store.count("رهائن") == 4
    assert store.search("") == [] and store.search("،") == []
    assert store.search("رهائن", limit=0) == []
