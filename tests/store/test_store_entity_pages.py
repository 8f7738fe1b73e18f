"""The entity profile and quote pages pick their rows from small indexes first (issue 8): same answers."""

from __future__ import annotations


def test_the_profile_indexes_exist_and_the_queries_use_them(store):
    names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"articles_n_published", "mentions_article_entity"} <= names


def test_every_quote_page_is_a_slice_of_the_whole_list_in_date_order(store):
    everything = store.quotes(limit=1000)
    assert len(everything) >= 3
    dates = [q["published"] or "" for q in everything]
    assert dates == sorted(dates, reverse=True)
    paged = [q for offset in range(0, len(everything) + 2, 2) for q in store.quotes(limit=2, offset=offset)]
    assert paged == everything


def test_profile_lists_are_the_first_of_the_unlimited_ones(store):
    for entity in store.entities(top=10):
        whole = store.entity(entity["name"], articles=1000, quotes=1000)
        first = store.entity(entity["name"], articles=1, quotes=1)
        assert first["articles"] == whole["articles"][:1]
        assert first["quotes_by"] == whole["quotes_by"][:1]
        assert first["quotes_about"] == whole["quotes_about"][:1]
        dates = [a["published"] or "" for a in whole["articles"]]
        assert dates == sorted(dates, reverse=True)
