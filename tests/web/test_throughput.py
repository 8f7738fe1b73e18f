"""What makes the server faster must not change what it answers (issue 8).

The entity profile's queries choose their page from small indexes and read the wide rows only for
it, and repeated GETs are answered from a cache: both are checked here against plain answers.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from khabar.store import Store
from khabar.web import ServerConfig, create_app
from khabar.web.cache import AnswerCache
from khabar.web.config import CONFIG_ENV, app_from_environment


def newest_first(rows: list[tuple], tiebreak_descending: bool) -> list[tuple]:
    """Rows (n, published, …) in SQLite's ``ORDER BY published DESC, n DESC|ASC`` (NULL dates last)."""
    by_n = sorted(rows, key=lambda r: r[0], reverse=tiebreak_descending)
    return sorted(by_n, key=lambda r: (r[1] is not None, r[1] or ""), reverse=True)  # stable: n order kept


def test_profile_pages_match_a_plain_reference(web_db):
    with Store(web_db, readonly=True) as store:
        top = store.entities(top=12)
        assert len(top) == 12
        for entity in top:
            profile = store.entity(entity["name"], articles=3, quotes=2)
            if profile["entity"]["id"] != entity["id"]:
                continue  # the name means a better-known entity first
            naming = store.conn.execute(
                "SELECT DISTINCT a.n, a.published, a.id FROM articles a JOIN article_entities ae ON ae.article = a.n"
                " WHERE ae.entity = ?", (entity["id"],)).fetchall()
            expected = [r[2] for r in newest_first(naming, tiebreak_descending=True)][:3]
            assert [a["id"] for a in profile["articles"]] == expected

            said = store.conn.execute(
                "SELECT q.n, a.published, a.id, q.local FROM quotes q JOIN articles a ON a.n = q.article"
                " WHERE q.speaker_entity = ?", (entity["id"],)).fetchall()
            expected_by = [(r[2], r[3]) for r in newest_first(said, tiebreak_descending=False)]
            assert [(q["article"], q["id"]) for q in profile["quotes_by"]] == expected_by[:2]

            about = store.conn.execute(
                "SELECT DISTINCT q.n, a.published, a.id, q.local FROM quotes q JOIN articles a ON a.n = q.article"
                " JOIN mentions m ON m.article = q.article AND m.entity = ? AND m.start >= q.start"
                ' AND m."end" <= q."end"', (entity["id"],)).fetchall()
            expected_about = [(r[2], r[3]) for r in newest_first(about, tiebreak_descending=False)]
            assert [(q["article"], q["id"]) for q in profile["quotes_about"]] == expected_about[:2]
            # paging through all of them, two at a time, gives every quote once, in the same order
            paged = [(q["article"], q["id"]) for offset in range(0, len(expected_about) + 2, 2)
                     for q in store.quotes(about=entity["name"], limit=2, offset=offset)]
            if store.resolve(entity["name"]) == [entity["id"]]:
                assert paged == expected_about


def test_a_repeated_get_is_answered_from_the_cache_byte_for_byte(web_db):
    app = create_app(ServerConfig(db=str(web_db)))
    cache = app.state.answer_cache
    name = Store(web_db, readonly=True).entities(top=1)[0]["name"]
    with TestClient(app) as client:
        first = client.get(f"/api/entities/{name}", params={"quotes": 5})
        misses = cache.stats()["misses"]
        again = client.get(f"/api/entities/{name}", params={"quotes": 5})
        other = client.get(f"/api/entities/{name}", params={"quotes": 4})  # another URL: not the same answer
        missing = [client.get("/api/entities/لا_أحد_بهذا_الاسم") for _ in range(2)]
    assert first.status_code == again.status_code == 200
    assert again.content == first.content and again.headers == first.headers
    assert cache.stats()["hits"] == 1 and cache.stats()["misses"] == misses + 3
    assert json.loads(other.content)["quotes_by"] == json.loads(first.content)["quotes_by"][:4]
    assert [r.status_code for r in missing] == [404, 404]  # errors are never kept
    assert "content-security-policy" in again.headers


def test_no_cache_where_the_store_can_change_or_when_turned_off(db_copy):
    token = "t" * 20
    assert create_app(ServerConfig(db=str(db_copy), allow_ingest=True, token=token)).state.answer_cache is None
    assert create_app(ServerConfig(db=str(db_copy), cache_mb=0)).state.answer_cache is None


def test_the_cache_drops_the_least_recently_used_beyond_its_size():
    cache = AnswerCache(max_bytes=10, max_entry_bytes=6)
    start = {"type": "http.response.start", "status": 200, "headers": []}
    cache.keep(b"/a", start, b"aaaa")
    cache.keep(b"/b", start, b"bbbb")
    assert cache.get(b"/a") is not None  # /a used last: /b goes first
    cache.keep(b"/c", start, b"cccc")
    cache.keep(b"/big", start, b"x" * 7)  # over one entry's limit: never kept
    assert cache.get(b"/b") is None and cache.get(b"/big") is None
    assert cache.get(b"/a")[1] == b"aaaa" and cache.get(b"/c")[1] == b"cccc"
    assert cache.stats()["bytes"] == 8


@pytest.mark.parametrize("settings, words", [
    ({"workers": 0}, "--workers"),
    ({"cache_mb": -1}, "--cache-mb"),
    ({"workers": 2, "allow_ingest": True, "token": "t" * 20}, "--workers 1"),
])
def test_settings_that_cannot_work_are_refused(db_copy, settings, words):
    with pytest.raises(ValueError, match=words):
        ServerConfig(db=str(db_copy), **settings).check()


def test_a_worker_process_builds_the_app_from_the_settings_it_is_given(web_db, monkeypatch):
    monkeypatch.setenv(CONFIG_ENV, json.dumps({"db": str(web_db), "cache_mb": 0, "readers": 2}))
    app = app_from_environment()
    assert app.state.answer_cache is None and app.state.khabar.config.readers == 2
    app.state.khabar.close()


def test_serve_with_two_workers_answers_from_both_processes(web_db):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "khabar.cli", "serve", "--db", str(web_db), "--port", str(port),
                               "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        base, answer = f"http://127.0.0.1:{port}", None
        for _ in range(300):
            assert server.poll() is None, server.stderr.read().decode(errors="replace")[-2000:]
            try:
                answer = httpx.get(base + "/api/entities", params={"limit": 3}, timeout=5)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        assert answer is not None and answer.status_code == 200 and len(answer.json()["items"]) == 3
        with TestClient(create_app(ServerConfig(db=str(web_db), cache_mb=0))) as one_process:
            assert answer.json() == one_process.get("/api/entities", params={"limit": 3}).json()
    finally:
        server.terminate()
        server.wait(20)
