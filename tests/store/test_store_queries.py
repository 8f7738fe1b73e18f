"""Entities, an entity's profile, quotes, facts, statistics."""

from __future__ import annotations

import pytest

from khabar.store import StoreError


def test_entities_are_one_per_real_world_thing(store):
    top = store.entities()
    us = [e for e in top if e["canonical"] and e["canonical"]["code"] == "US"]
    assert len(us) == 1 and us[0]["articles"] == 2 and us[0]["mentions"] == 3
    assert us[0]["key"] == "code:US"
    assert top[0]["key"] == "code:US"  # the most articles first
    assert {e["type"] for e in store.entities(type="per")} == {"PER"}
    assert len(store.entities(top=2)) == 2


def test_an_entity_is_found_by_any_of_its_names(store):
    ids = {store.resolve(name)[0] for name in ("US", "United States", "united states", "الولايات المتحدة", "امريكا")}
    assert len(ids) == 1
    assert store.resolve("أمريكا") == store.resolve("امريكا")
    assert store.resolve("كيري") == store.resolve("John Kerry")
    assert store.resolve("nobody") == []
    assert store.entity("nobody") is None


def test_profile(store, by_key):
    profile = store.entity("كيري")
    assert profile["entity"]["name"] == "جون كيري" and profile["entity"]["type"] == "PER"
    assert {v["name"] for v in profile["variants"]} == {"جون كيري", "كيري"}
    assert profile["roles"] == [{"role": "وزير الخارجية الأمريكي", "articles": 1}]
    assert [a["id"] for a in profile["articles"]] == [by_key["kerry"]["id"]]
    assert [q["id"] for q in profile["quotes_by"]] == ["q1", "q2"]
    assert {c["name"] for c in profile["cooccurring"]} == {"الولايات المتحدة", "الجماعة المسلحة"}
    us = store.entity("US")
    assert [q["text"] for q in us["quotes_about"]] == ["الولايات المتحدة ستواصل جهودها"]
    assert {v["name"] for v in us["variants"]} == {"الولايات المتحدة", "امريكا"}


def test_quotes(store):
    by_kerry = store.quotes(speaker="John Kerry")
    assert [q["kind"] for q in by_kerry] == ["indirect", "direct"]
    assert by_kerry[0]["cue"] == "وقال" and by_kerry[0]["speaker"] == "جون كيري"
    assert by_kerry[0]["time"] == "2015-07-21"
    assert by_kerry[1]["text"] == "نحن سعداء بعودة الرهائن إلى بلادهم"
    assert [q["id"] for q in store.quotes(speaker="كيري", about="الولايات المتحدة")] == ["q1"]
    assert [q["text"] for q in store.quotes(about="رهائن")] == ["نحن سعداء بعودة الرهائن إلى بلادهم"]
    assert [q["id"] for q in store.quotes(speaker="الشرطة")] == ["q1"]
    assert len(store.quotes()) == 3 and len(store.quotes(kind="direct")) == 1
    assert store.quotes(speaker="nobody") == []


def test_facts(store):
    killed = store.facts(type="killed")
    assert len(killed) == 1
    fact = killed[0]
    assert fact["value"] == 12 and fact["noun"] == "شخص" and fact["text"] == "12 شخصا"
    assert fact["location"] == "المدينة المنورة" and fact["source"] == "الشرطة" and fact["quote"] == "q1"
    assert store.facts(type="killed", location="Medina") == killed
    assert store.facts(location="الرياض")[0]["type"] == "hostages"
    assert store.facts(since="2015-08-01")[0]["type"] == "hostages"
    assert store.facts(type="killed", since="2015-08") == []
    assert store.facts(until="2015-07-22") and store.facts(until="2015-07-21") == []
    assert {f["type"] for f in store.facts()} == {"killed", "other", "hostages"}
    assert isinstance(store.facts(type="other")[0]["value"], float)
    with pytest.raises(StoreError):
        store.facts(limit="many")


def test_stats(store, records):
    stats = store.stats()
    assert stats["counts"]["articles"] == len(records)
    assert stats["counts"]["facts"] == 3 and stats["counts"]["times"] == 1
    assert stats["schema_version"] >= 1
    assert stats["text_bytes"] > 0 and stats["file_bytes"] > 0
    assert stats["published"] == {"first": "2015-07-21", "last": "2015-09-02"}
    assert store.integrity() == []
