"""Claims through the store: queries, one claim's detail, rebuild, and the `khabar claims` command."""

from __future__ import annotations

import json

import pytest
from test_claims import (
    ADEN_1200,
    ADEN_1400,
    ADEN_1400_OKAZ,
    QUOTE,
    SAID_OKAZ,
    SAID_RIYADH,
    TAIZ,
    article,
    killed,
)
from typer.testing import CliRunner

from khabar.cli import app
from khabar.store import Store, StoreError
from khabar.stories.claims import update_claims

SPA = [("SPA", "spa.gov.sa", "الرياض - واس")]


def records() -> list[dict]:
    return [
        article("a", "riyadh", "2015-08-07", ADEN_1400, facts=[killed(ADEN_1400, "1400 شخص", 1400)], credits=SPA),
        article("b", "okaz", "2015-08-07", ADEN_1400_OKAZ, facts=[killed(ADEN_1400_OKAZ, "1400 شخص", 1400)]),
        article("c", "madina", "2015-08-08", ADEN_1200, facts=[killed(ADEN_1200, "1200 شخص", 1200)]),
        article("taiz", "sabq", "2015-08-07", TAIZ, facts=[killed(TAIZ, "ثلاثة جنود", 3, place="تعز")]),
        article("q1", "riyadh", "2015-08-03", SAID_RIYADH, quotes=[(QUOTE, "عادل الجبير")]),
        article("q2", "okaz", "2015-08-04", SAID_OKAZ, quotes=[(QUOTE + " بكل حزم", "عادل الجبير")]),
    ]


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "k.db"
    with Store(path) as store:
        store.add(records())
        store.update_claims([r["id"] for r in records()])
    return path


def test_claims_are_listed_most_sourced_first_and_filtered(db):
    with Store(db, readonly=True) as store:
        claims = store.claims()
        assert [c["n_sources"] for c in claims] == [3, 2, 1]
        assert [c["type"] for c in store.claims(type="quote")] == ["quote"]
        assert [c["location"] for c in store.claims(entity="Taiz")] == ["تعز"]
        assert len(store.claims(contradicted=True)) == 1
        assert store.claims(limit=1, offset=1)[0]["id"] == claims[1]["id"]
        assert store.claims(entity="لا أحد بهذا الاسم") == []


def test_one_claim_has_reports_provenance_and_series_as_plain_json(db):
    with Store(db, readonly=True) as store:
        [claim] = store.claims(contradicted=True)
        detail = store.claim(claim["id"])
    assert json.loads(json.dumps(detail, ensure_ascii=False)) == detail
    assert [(r["outlet"], r["value"], r["independent"]) for r in detail["reports"]] == [
        ("Al Riyadh", 1400, True), ("Okaz", 1400, True), ("Al Madina", 1200, True)]
    assert {"article", "outlet", "published", "value", "independent", "duplicate_of"} <= set(detail["reports"][0])
    nodes = {n["id"]: n["kind"] for n in detail["provenance"]["nodes"]}
    assert nodes["agency:spa"] == "agency" and nodes["outlet:al riyadh"] == "outlet"
    assert {"source": "agency:spa", "target": "outlet:al riyadh", "kind": "credited", "reports": 1} in \
        detail["provenance"]["edges"]
    assert [p["published"] for p in detail["series"]] == ["2015-08-07", "2015-08-07", "2015-08-08"]
    assert detail["contradictions"][0]["kind"] == "revision"


def test_unknown_claim_is_none(db):
    with Store(db, readonly=True) as store:
        assert store.claim(10**9) is None and store.claim("not a number") is None


def test_rebuild_gives_back_the_claims_of_incremental_updates(db):
    with Store(db) as store:
        before = [(c["type"], c["text"], c["n_reports"], c["n_sources"], c["contradicted"]) for c in store.claims()]
        counts = store.rebuild_claims()
        after = [(c["type"], c["text"], c["n_reports"], c["n_sources"], c["contradicted"]) for c in store.claims()]
    assert after == before and counts["claims"] == len(before)


def test_rebuild_needs_a_writable_store(db):
    with Store(db, readonly=True) as store, pytest.raises(StoreError, match="read-only"):
        store.rebuild_claims()


def test_claims_of_a_story(db):
    with Store(db) as store:
        store.conn.execute("INSERT INTO stories (id, title, articles) VALUES (7, 'عدن', 1)")
        store.conn.execute("INSERT INTO story_articles (article, story) SELECT n, 7 FROM articles WHERE id = ?",
                           (records()[2]["id"],))
        assert [c["n_reports"] for c in store.claims(story=7)] == [3]


def test_an_article_without_date_or_figures_adds_no_claim(tmp_path):
    record = article("x", "riyadh", "2015-08-07", ADEN_1400, facts=[killed(ADEN_1400, "1400 شخص", None)])
    undated = {**article("y", "okaz", "2015-08-07", ADEN_1400_OKAZ,
                         facts=[killed(ADEN_1400_OKAZ, "1400 شخص", 1400)]), "published": None}
    with Store(tmp_path / "k.db") as store:
        store.add([record, undated])
        assert update_claims(store, [record["id"], undated["id"], "no such id"])["reports"] == 0
        assert store.claims() == []


def test_the_claims_command_prints_json_and_csv(db):
    runner = CliRunner()
    result = runner.invoke(app, ["claims", "--db", str(db), "--contradicted", "--format", "json"])
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.stdout)
    assert row["values"] == "1400, 1200" and row["n_sources"] == 3
    result = runner.invoke(app, ["claims", "--db", str(db), "--type", "quote", "--format", "csv"])
    assert result.exit_code == 0 and result.stdout.splitlines()[0].startswith("id,type,text")


def test_the_claims_command_rebuilds_then_lists(db):
    result = CliRunner().invoke(app, ["claims", "--db", str(db), "--rebuild", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [row["n_sources"] for row in json.loads(result.stdout)] == [3, 2, 1]


def test_the_claims_command_says_when_the_store_is_missing(tmp_path):
    result = CliRunner().invoke(app, ["claims", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no store here" in result.output


OKAZ_REPORT = ("وقالت وزارة الصحة اليمنية في بيان إن 1400 شخص قتلوا في محافظة عدن، بينهم نساء وأطفال،"
               " منذ اندلاع المعارك مع الحوثيين في مارس الماضي.\n\nوأضافت الوزارة أن فرق الإسعاف تواصل عملها.")


def test_ingest_puts_the_new_articles_into_claims_and_reanalyze_keeps_them(tmp_path):
    from khabar.ingest import ingest, reanalyze

    reports = [
        ("https://www.alriyadh.com/1", "الرياض - واس\n\n" + ADEN_1400, "2015-08-07"),
        ("https://www.okaz.com.sa/2", OKAZ_REPORT, "2015-08-08"),
    ]
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("\n".join(json.dumps({"title": "عدن", "text": text, "published": day, "url": url},
                                           ensure_ascii=False) for url, text, day in reports) + "\n", encoding="utf-8")
    summary = ingest([str(corpus)], str(tmp_path / "k.db"), workers=1, progress=False)
    assert summary.stored == 2
    with Store(tmp_path / "k.db", readonly=True) as store:
        [claim] = store.claims(type="killed")
        detail = store.claim(claim["id"])
    assert claim["n_reports"] == 2 and claim["n_sources"] == 2
    assert [r["source"] for r in detail["reports"]] == ["spa.gov.sa", "okaz.com.sa"]
    assert reanalyze(str(tmp_path / "k.db"), workers=1, progress=False).stored == 2
    with Store(tmp_path / "k.db", readonly=True) as store:
        assert [(c["n_reports"], c["n_sources"]) for c in store.claims(type="killed")] == [(2, 2)]
