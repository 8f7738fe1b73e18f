"""Untrusted input and a server that must not be talked into writing, reading files, or hanging."""

from __future__ import annotations

import hashlib

import pytest
from fastapi.testclient import TestClient
from web_samples import HOSTILE_TEXT, HOSTILE_TITLE

from khabar.store import Store, StoreError
from khabar.web import ServerConfig, create_app

pytestmark = pytest.mark.shared
TOKEN = "s3cret-token-for-tests-0123"
ARTICLE = {"text": "قال وزير الصحة خالد العتيبي للصحفيين إن 7 أشخاص أصيبوا في حادث سير قرب جدة.", "published": "2015-08-02"}


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_without_ingest_the_store_is_read_only_and_never_written(db_copy):
    before = digest(db_copy)
    with TestClient(create_app(ServerConfig(db=str(db_copy)))) as client:
        assert client.post("/api/ingest", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 403
        assert client.post("/api/analyze", json=ARTICLE).status_code == 200
        assert client.get("/api/search", params={"q": "الجبير"}).status_code == 200
        with client.app.state.khabar.reader() as store:
            assert store.readonly
            with pytest.raises(StoreError, match="read-only"):
                store.add([{"id": "x", "text": "نص"}])
    assert digest(db_copy) == before


def test_ingest_needs_the_flag_and_the_right_token(db_copy):
    config = ServerConfig(db=str(db_copy), allow_ingest=True, token=TOKEN)
    with TestClient(create_app(config)) as client:
        assert client.get("/api/health").json()["ingest"] is True
        for header in [None, "Bearer wrong-token-0000000000", f"Basic {TOKEN}", TOKEN, f"Bearer {TOKEN}x"]:
            answer = client.post("/api/ingest", json=ARTICLE, headers={"Authorization": header} if header else {})
            assert answer.status_code == 401 and answer.headers["www-authenticate"] == "Bearer"
        first = client.post("/api/ingest", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"})
        again = client.post("/api/ingest", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"})
        assert first.json()["added"] is True and again.json() == {"id": first.json()["id"], "added": False}
        stored = client.get(f"/api/articles/{first.json()['id']}").json()
        assert stored["published"] == "2015-08-02" and "7 أشخاص" in stored["text"]
    with Store(db_copy, readonly=True) as store:
        assert first.json()["id"] in store
        # stored as `khabar ingest` stores: an inputs row, and (where this khabar has them) its story
        assert store._read("SELECT count(*) FROM inputs WHERE article_id = ?", (first.json()["id"],))[0][0] == 1
        if hasattr(store, "article_story"):
            assert store.article_story(first.json()["id"]) is not None


@pytest.mark.parametrize(("settings", "words"), [
    ({"allow_ingest": True}, "--token"),
    ({"allow_ingest": True, "token": "short"}, "16 characters"),
    ({"token": TOKEN}, "only used with --allow-ingest"),
    ({"db": "/nonexistent/folder/k.db"}, "no store here"),
])
def test_unusable_settings_are_refused_with_a_reason(settings, words):
    with pytest.raises(ValueError, match=words):
        ServerConfig(**{"db": settings.pop("db", None) or "x.db", **settings}).check()


@pytest.mark.parametrize("path", [
    "/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/static/..%2f..%2fpyproject.toml",
    "/static//etc/passwd", "/static/js/../../../web/app.py", "/static/pages/analyse.html", "/static/", "/static/js",
    "/etc/passwd", "/api/articles/..%2f..%2fetc%2fpasswd",
])
def test_no_url_reads_a_file_outside_the_shipped_assets(client, path):
    answer = client.get(path)
    assert answer.status_code == 404
    assert "root:" not in answer.text and "[project]" not in answer.text


def test_security_headers_on_pages_and_api(client):
    for path in ["/", "/api/stats", "/static/js/dom.js", "/api/articles/nothing"]:
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


def test_markup_in_articles_is_data_in_json(client, web_db):
    """The API returns the hostile article's markup as JSON strings; test_browser shows it rendered as text."""
    hits = client.get("/api/search", params={"q": "خبيث"}).json()["items"]
    assert [h["title"] for h in hits] == [HOSTILE_TITLE]
    record = client.get(f"/api/articles/{hits[0]['id']}").json()
    assert '"><img src=x onerror="window.__pwned=2">' in record["text"]
    assert record["text"] == HOSTILE_TEXT.strip()
    assert client.get(f"/api/articles/{hits[0]['id']}").headers["content-type"] == "application/json"


def test_a_query_past_the_time_limit_is_stopped(web_db, monkeypatch):
    import khabar.web.stores

    monkeypatch.setattr(khabar.web.stores, "PROGRESS_STEPS", 1)  # check the deadline at every SQLite step
    with TestClient(create_app(ServerConfig(db=str(web_db), read_timeout_s=0.0))) as client:
        answer = client.get("/api/search", params={"q": "قال OR الرياض"})
        assert answer.status_code == 504 and "was stopped" in answer.json()["detail"]
        assert client.get("/api/health").status_code == 200  # the server goes on


def test_an_analysis_past_the_time_limit_is_stopped(db_copy):
    with TestClient(create_app(ServerConfig(db=str(db_copy), analyze_timeout_s=0.001))) as client:
        answer = client.post("/api/analyze", json=ARTICLE)
        assert answer.status_code == 504 and "was stopped" in answer.json()["detail"]
        assert client.get("/api/health").status_code == 200


def test_a_malformed_content_length_is_refused(client):
    answer = client.post("/api/analyze", content=b"abc", headers={"content-type": "text/plain", "content-length": "x1"})
    assert answer.status_code == 400


@pytest.mark.parametrize(("args", "words"), [
    (["--db", "/nonexistent/k.db"], "no store here"),
    (["--allow-ingest"], "--token"),
])
def test_khabar_serve_refuses_unusable_settings(tmp_path, args, words):
    from typer.testing import CliRunner

    from khabar.cli import app

    result = CliRunner().invoke(app, ["serve", *args], env={"KHABAR_TOKEN": ""})
    assert result.exit_code == 2
    assert words in result.output
