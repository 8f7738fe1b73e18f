"""The JSON API over a store of real SaudiNewsNet articles and crafted ones (httpx via TestClient)."""

from __future__ import annotations

import re

import pytest
from web_samples import QUOTE_TEXT, QUOTE_TITLE, STORY

from khabar.store import Store
from khabar.text.normalize import normalize

pytestmark = pytest.mark.shared


def test_health_and_stats_describe_the_store(client, web_db):
    health = client.get("/api/health").json()
    assert {k: health[k] for k in ("status", "store", "ingest")} == {"status": "ok", "store": True, "ingest": False}
    assert set(health["features"]) == {"copies", "stories", "claims"}
    stats = client.get("/api/stats").json()
    with Store(web_db, readonly=True) as store:
        assert stats["counts"]["articles"] == len(store) >= 20
    assert "path" not in stats  # the server's file layout is not disclosed


def test_articles_are_paged_newest_first_and_filtered(client):
    first = client.get("/api/articles", params={"limit": 5}).json()
    second = client.get("/api/articles", params={"limit": 5, "offset": first["next"]}).json()
    assert len(first["items"]) == 5 and first["next"] == 5
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}
    dates = [a["published"] for a in first["items"] + second["items"]]
    assert dates == sorted(dates, reverse=True)
    domain = second["items"][0]["outlet"]["domain"]
    filtered = client.get("/api/articles", params={"outlet": domain, "limit": 100}).json()["items"]
    assert filtered and all(a["outlet"]["domain"] == domain for a in filtered)


def test_one_article_is_the_stored_record(client, web_db):
    listed = client.get("/api/articles", params={"limit": 1, "offset": 3}).json()["items"][0]
    record = client.get(f"/api/articles/{listed['id']}").json()
    with Store(web_db, readonly=True) as store:
        stored = store.article(listed["id"])
    assert {k: record[k] for k in stored} == stored
    missing = client.get("/api/articles/0000000000000000")
    assert missing.status_code == 404 and "0000000000000000" in missing.json()["detail"]


def test_search_finds_clitic_forms_and_highlights_them_in_the_text(client, web_db):
    page = client.get("/api/search", params={"q": "جبير"}).json()
    titles = [hit["title"] for hit in page["items"]]
    assert QUOTE_TITLE in titles and page["total"] >= len(page["items"])
    hit = page["items"][titles.index(QUOTE_TITLE)]
    with Store(web_db, readonly=True) as store:
        text = store.article(hit["id"])["text"]
    assert hit["snippet"] == text[hit["snippet_start"]:hit["snippet_end"]]
    words = {text[start:end] for start, end in hit["highlights"]}
    assert words == {"الجبير"}  # the hit is the whole word, in the original text
    assert "<mark>الجبير</mark>" in hit["marked"]
    assert [hit["title"][s:e] for s, e in hit["title_highlights"]] == ["الجبير"]


def test_search_of_a_real_title_word_finds_its_article(client):
    article = client.get("/api/articles", params={"limit": 1, "offset": 6}).json()["items"][0]
    word = max(re.findall(r"[\u0621-\u064a]+", article["title"]), key=len)
    hits = client.get("/api/search", params={"q": word, "limit": 100}).json()["items"]
    assert article["id"] in [h["id"] for h in hits]
    for hit in hits:
        for start, end in hit["title_highlights"]:
            assert normalize(normalize(word)[-3:]) in normalize(hit["title"][start:end])


def test_search_filters_by_date_outlet_and_entity(client):
    assert client.get("/api/search", params={"q": "الجبير", "since": "2016-01-01"}).json()["items"] == []
    by_entity = client.get("/api/search", params={"q": "اليمن", "entity": "عادل الجبير"}).json()["items"]
    assert [h["title"] for h in by_entity] == [QUOTE_TITLE]
    outlet = client.get("/api/search", params={"q": "قال", "outlet": "aawsat.com", "limit": 50}).json()["items"]
    assert all(h["outlet"]["domain"] == "aawsat.com" for h in outlet)


@pytest.mark.parametrize(("params", "status", "words"), [
    ({}, 422, "q"),
    ({"q": "NOT اليمن"}, 400, "only excludes"),
    ({"q": "اليمن", "since": "last week"}, 400, "not a date"),
    ({"q": "اليمن", "limit": 0}, 422, "limit"),
    ({"q": "اليمن", "limit": 101}, 422, "limit"),
    ({"q": "اليمن", "scope": "everything"}, 422, "scope"),
    ({"q": "x" * 501}, 422, "q"),
])
def test_bad_search_parameters_get_a_clear_4xx(client, params, status, words):
    answer = client.get("/api/search", params=params)
    assert answer.status_code == status
    assert words in str(answer.json()["detail"])


@pytest.mark.parametrize("hostile", ["'; DROP TABLE articles; --", '"', "*", "NEAR(", ")", "{title}:", "^", "اليمن OR"])
def test_query_syntax_never_reaches_sqlite(client, hostile):
    for path, name in [("/api/search", "q"), ("/api/quotes", "speaker"), ("/api/quotes", "about"), ("/api/facts", "location"),
                       ("/api/articles", "entity")]:
        answer = client.get(path, params={name: hostile})
        assert answer.status_code in (200, 400), (path, hostile, answer.text)
    assert client.get("/api/stats").json()["counts"]["articles"] > 0


def test_entities_are_ranked_and_typed(client):
    people = client.get("/api/entities", params={"type": "PER", "limit": 10}).json()["items"]
    assert people and all(e["type"] == "PER" for e in people)
    assert [e["articles"] for e in people] == sorted((e["articles"] for e in people), reverse=True)
    assert client.get("/api/entities", params={"type": "PERSON"}).status_code == 422


def test_entity_profile(client):
    profile = client.get("/api/entities/الجبير").json()
    assert profile["entity"]["canonical"]["en"] == "Adel al-Jubeir"
    assert "عادل الجبير" in {v["name"] for v in profile["variants"]}
    assert "لن نقبل بأي تدخل في شؤون اليمن الداخلية" in [q["text"] for q in profile["quotes_by"]]
    assert QUOTE_TITLE in [a["title"] for a in profile["articles"]]
    assert {"date": "2015-07-21"}.items() <= profile["timeline"][0].items() and profile["timeline"][0]["articles"] >= 1
    assert sum(x["quotes"] for x in profile["quoted_by"]) >= 2
    assert "اليمن" in {e["name"] for e in profile["cooccurring"]}
    by_code = client.get("/api/entities/Adel al-Jubeir").json()
    assert by_code["entity"]["id"] == profile["entity"]["id"]
    assert client.get("/api/entities/شخص لا وجود له").status_code == 404


def test_quotes_by_speaker_and_about_an_entity(client):
    by = client.get("/api/quotes", params={"speaker": "عادل الجبير"}).json()["items"]
    assert by and {q["speaker"] for q in by} == {"عادل الجبير"}
    about = client.get("/api/quotes", params={"about": "اليمن"}).json()["items"]
    assert about and all("اليمن" in normalize(q["text"]) or "يمن" in q["text"] for q in about)
    direct = client.get("/api/quotes", params={"speaker": "عادل الجبير", "kind": "direct"}).json()["items"]
    assert [q["text"] for q in direct] == ["لن نقبل بأي تدخل في شؤون اليمن الداخلية"]


def test_facts_by_type_with_their_source(client):
    killed = client.get("/api/facts", params={"type": "killed", "limit": 100}).json()["items"]
    assert killed and {f["type"] for f in killed} == {"killed"}
    crafted = [f for f in killed if f["title"] == QUOTE_TITLE]
    assert [f["value"] for f in crafted] == [15]
    assert crafted[0]["source"].startswith("وزارة الصحة")  # the speaker of the quote holding the figure
    assert client.get("/api/facts", params={"type": "killed", "since": "2016"}).json()["items"] == []


def needs(client, feature: str) -> None:
    if not client.get("/api/health").json()["features"][feature]:
        assert client.get(f"/api/{feature}" if feature != "copies" else "/api/stories").status_code == 501
        pytest.skip(f"this khabar's store has no {feature}()")


def crafted_story(client) -> dict:
    """The story holding the three crafted reports of the clashes in Aden."""
    for story in client.get("/api/stories", params={"entity": "عدن", "limit": 100}).json()["items"]:
        full = client.get(f"/api/stories/{story['id']}").json()
        if STORY[2][2] in [a["title"] for a in full["articles"]]:
            return full
    raise AssertionError("no story holds the crafted articles")


def test_stories_list_filter_and_one_story_in_time_order(client):
    needs(client, "stories")
    story = crafted_story(client)
    titles = [a["title"] for a in story["articles"]]
    assert {t for _, _, t, _ in STORY} <= set(titles)
    dates = [a["published"] for a in story["articles"]]
    assert dates == sorted(dates)
    assert client.get("/api/stories", params={"since": "2016-01-01"}).json()["items"] == []
    assert client.get("/api/stories/999999").status_code == 404
    assert client.get("/api/stories/not-a-number").status_code == 404
    assert client.get("/api/stories", params={"limit": 500}).status_code == 422


def test_claims_of_a_story_with_reports_contradictions_and_provenance(client):
    needs(client, "claims")
    story = crafted_story(client)
    claims = client.get("/api/claims", params={"story": story["id"], "limit": 100}).json()["items"]
    toll = [c for c in claims if c["type"] == "killed" and c["contradicted"]]
    assert toll, [(c["type"], c["text"], c["contradicted"]) for c in claims]
    claim = client.get(f"/api/claims/{toll[0]['id']}").json()
    values = {(r["outlet"], r["value"]) for r in claim["reports"]}
    assert {15, 22} <= {value for _, value in values}
    assert claim["provenance"]["nodes"] and claim["provenance"]["edges"]
    contradicted = client.get("/api/claims", params={"contradicted": True, "limit": 100}).json()["items"]
    assert contradicted and all(c["contradicted"] for c in contradicted)
    assert client.get("/api/claims/999999").status_code == 404


def test_an_article_carries_its_copies(client):
    needs(client, "copies")
    article = client.get("/api/articles", params={"limit": 1}).json()["items"][0]
    copies = client.get(f"/api/articles/{article['id']}").json()["copies"]
    assert set(copies) == {"duplicate_of", "copies"}


# -- analysis ------------------------------------------------------------------------------


def test_analyze_json_gives_the_article_contract_and_stores_nothing(client):
    before = client.get("/api/stats").json()["counts"]["articles"]
    record = client.post("/api/analyze", json={"text": QUOTE_TEXT, "published": "2015-07-19",
                                               "url": "https://www.spa.gov.sa/x"}).json()
    assert record["schema"] == "khabar.article/1" and record["published"] == "2015-07-19"
    quote = next(q for q in record["quotes"] if q["kind"] == "direct")
    assert quote["text"] == "لن نقبل بأي تدخل في شؤون اليمن الداخلية"
    speaker = next(e for e in record["entities"] if e["id"] == quote["speaker"]["entity"])
    assert speaker["name"] == "عادل الجبير"
    assert record["text"][quote["start"]:quote["end"]] == quote["text"]
    assert client.get("/api/stats").json()["counts"]["articles"] == before


def test_analyze_raw_html_and_legacy_encodings(client):
    page = ("<html><head><title>الجبير يتحدث عن اليمن</title></head><body><nav>الرئيسية | أخبار</nav>"
            f"<article><p>{QUOTE_TEXT.replace(chr(10) * 2, '</p><p>')}</p></article></body></html>")
    record = client.post("/api/analyze", content=page.encode("cp1256"), headers={"content-type": "text/html"},
                         params={"published": "2015-07-19"}).json()
    assert record["title"] == "الجبير يتحدث عن اليمن" and record["published"] == "2015-07-19"
    assert "لن نقبل بأي تدخل" in record["text"] and "<p>" not in record["text"]
    plain = client.post("/api/analyze", content="قال الوزير إن 5 أشخاص قتلوا.".encode("utf-16"),
                        headers={"content-type": "text/plain"}).json()
    assert [(f["type"], f["value"]) for f in plain["facts"]] == [("killed", 5)]


@pytest.mark.parametrize(("body", "content_type", "status", "words"), [
    (b"", "text/plain", 422, "empty"),
    (b"   \n ", "text/plain", 422, "empty"),
    (b"\x00\x01\x02\x03" * 64, "text/plain", 422, "binary"),
    (b"{not json", "application/json", 400, "JSON"),
    (b"[1, 2]", "application/json", 422, "object"),
    (b'{"text": "x", "html": "y"}', "application/json", 422, "exactly one"),
    (b'{"text": 5}', "application/json", 422, "string"),
    (b'{"text": "\\u0642\\u0627\\u0644", "published": "yesterday"}', "application/json", 422, "ISO date"),
    (b"\x89PNG\r\n", "image/png", 415, "text/plain"),
])
def test_bad_articles_get_a_clear_4xx(client, body, content_type, status, words):
    answer = client.post("/api/analyze", content=body, headers={"content-type": content_type})
    assert answer.status_code == status, answer.text
    assert words in answer.json()["detail"]


def test_over_the_size_limit_is_413_declared_or_streamed(client):
    big = ("قال الوزير إن الاجتماع انتهى. " * 200_000).encode()  # ~5.8 MB
    declared = client.post("/api/analyze", content=big, headers={"content-type": "text/plain"})
    assert declared.status_code == 413 and "5,242,880" in declared.json()["detail"]

    def chunks():  # no Content-Length: the limit is counted as the body arrives
        for start in range(0, len(big), 1 << 20):
            yield big[start:start + (1 << 20)]

    streamed = client.post("/api/analyze", content=chunks(), headers={"content-type": "text/plain"})
    assert streamed.status_code == 413 and "or more" in streamed.json()["detail"]


def test_the_old_paths_of_the_issue_work_too(client):
    assert client.post("/analyze", json={"text": "قال الوزير إن الاجتماع انتهى."}).status_code == 200
    assert client.post("/ingest", json={"text": "قال الوزير إن الاجتماع انتهى."}).status_code == 403


# -- documentation and assets ------------------------------------------------------------------------


def test_openapi_spec_and_local_docs(client):
    spec = client.get("/openapi.json").json()
    for path in ["/api/analyze", "/api/search", "/api/entities/{name}", "/api/quotes", "/api/facts", "/api/stories",
                 "/api/claims/{claim_id}", "/api/ingest"]:
        assert path in spec["paths"], path
    search = {p["name"] for p in spec["paths"]["/api/search"]["get"]["parameters"]}
    assert {"q", "outlet", "since", "until", "entity", "limit", "offset"} <= search
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/js/page-docs.js" in docs.text


PAGES = ["/", "/search", "/entities", "/entity", "/article", "/stories", "/story", "/docs"]


@pytest.mark.parametrize("path", PAGES)
def test_pages_use_only_local_assets(client, path):
    page = client.get(path)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert '<html lang="ar" dir="rtl">' in page.text
    references = re.findall(r'(?:src|href)="([^"#]+)"', page.text)
    assert references and all(ref.startswith("/") and not ref.startswith("//") for ref in references), references
    for ref in references:
        if ref.startswith("/static/"):
            assert client.get(ref).status_code == 200, ref


def test_scripts_import_only_local_modules(client):
    for name in ["article", "api", "chart", "dom", "labels", "page-analyse", "page-search", "page-entity", "page-story"]:
        script = client.get(f"/static/js/{name}.js").text
        for module in re.findall(r'from "([^"]+)"', script):
            assert module.startswith("./"), (name, module)
            assert client.get(f"/static/js/{module[2:]}").status_code == 200
        assert "innerHTML" not in script and "insertAdjacentHTML" not in script and "eval(" not in script
