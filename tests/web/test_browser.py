"""The web interface in a real headless Chromium (Debian's, driven by playwright): every page loads
with nothing fetched from elsewhere, search, an entity, and the analysis of a pasted article with its
highlighted quote and speaker. Screenshots of each page go to test-artifacts/web/."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
from web_samples import HOSTILE_TEXT, HOSTILE_TITLE, QUOTE_TEXT, STORY

pytestmark = pytest.mark.shared

CHROMIUM = os.environ.get("KHABAR_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "web"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def base_url(web_db):
    """A real uvicorn server on a free loopback port, in a thread."""
    uvicorn = pytest.importorskip("uvicorn")
    from khabar.web import ServerConfig, create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(ServerConfig(db=str(web_db))), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright's Python package is not installed")
    if not (shutil.which(CHROMIUM) or Path(CHROMIUM).exists()):
        pytest.skip(f"no Chromium at {CHROMIUM}: install Debian's chromium or set KHABAR_CHROMIUM")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page that records console errors, page errors and every request that leaves this server."""

    def __init__(self, browser, base_url: str, viewport=DESKTOP):
        self.context = browser.new_context(viewport=viewport, locale="ar")
        self.page = self.context.new_page()
        self.base = base_url
        self.errors: list[str] = []
        self.foreign: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", self._request)

    def _request(self, request) -> None:
        if urlsplit(request.url).netloc != urlsplit(self.base).netloc and not request.url.startswith("data:"):
            self.foreign.append(request.url)

    def open(self, path: str) -> None:
        self.page.goto(self.base + path)
        self.page.wait_for_load_state("networkidle")

    def shot(self, name: str) -> None:
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    def close(self) -> None:
        self.context.close()


@pytest.fixture()
def watched(browser, base_url):
    page = Watched(browser, base_url)
    yield page
    page.close()


def stories_available(page: Watched) -> bool:
    return page.page.request.get(page.base + "/api/stories").status != 501


def test_every_page_loads_in_arabic_rtl_with_local_assets_only(watched):
    entity = quote("عادل الجبير")
    article = watched.page.request.get(watched.base + "/api/articles?limit=1").json()["items"][0]["id"]
    story_pages = ["/stories"] if stories_available(watched) else []
    for path, name in [("/", "analyse"), ("/search?q=" + quote("الرياض"), "search"), ("/entities", "entities"),
                       (f"/entity?name={entity}", "entity"), (f"/article?id={article}", "article"), ("/docs", "docs"),
                       *[(p, "stories") for p in story_pages]]:
        watched.open(path)
        assert watched.page.evaluate("[document.documentElement.dir, document.documentElement.lang]") == ["rtl", "ar"]
        assert watched.page.locator("main h1, main h2").first.is_visible(), path
        assert watched.page.evaluate("getComputedStyle(document.body).fontFamily").startswith('"Noto Naskh Arabic"')
        watched.shot(name)
    assert watched.errors == []
    assert watched.foreign == []


def test_search_with_the_keyboard_and_open_a_result(watched):
    watched.open("/search")
    watched.page.locator("#q").fill("الجبير")
    watched.page.keyboard.press("Enter")
    watched.page.wait_for_selector("ol.hits li")
    marks = watched.page.locator("ol.hits mark").all_inner_texts()
    assert marks and set(marks) == {"الجبير"}
    assert "نتيجة" in watched.page.locator("#status").inner_text()
    watched.shot("search-results")
    watched.page.locator("ol.hits a.title").first.click()
    watched.page.wait_for_selector("#article-title")
    assert "الجبير" in watched.page.locator("#article-title").inner_text()
    assert watched.errors == []


def test_search_filters_come_from_the_store(watched):
    watched.open("/search?q=" + quote("قال") + "&outlet=aawsat.com")
    assert watched.page.locator("#outlet").input_value() == "aawsat.com"
    assert watched.page.locator("#outlet option").count() > 3
    outlets = watched.page.locator("ol.hits li .muted").all_inner_texts()
    assert outlets and all("Asharq Al-Awsat" in o for o in outlets)


def test_open_an_entity_from_the_list(watched):
    watched.open("/entities?type=PER")
    watched.page.get_by_role("link", name="عادل الجبير").click()
    watched.page.wait_for_selector("#profile h1")
    assert "عادل الجبير" in watched.page.locator("#profile h1").inner_text()
    assert "Adel al-Jubeir" in watched.page.locator("#profile").inner_text()
    assert watched.page.locator("#timeline-h + svg rect.bar").count() >= 1
    said = watched.page.locator("section[aria-labelledby=quotes-by-h] blockquote").all_inner_texts()
    assert "لن نقبل بأي تدخل في شؤون اليمن الداخلية" in said
    watched.shot("entity-profile")
    assert watched.errors == []


def analyse(watched: Watched, text: str) -> None:
    watched.open("/")
    watched.page.locator("#article-input").fill(text)
    watched.page.locator("#published").fill("2015-07-21")
    watched.page.get_by_role("button", name="حلّل").click()
    watched.page.wait_for_selector("#article-title", timeout=60_000)


def test_analyse_a_pasted_article_highlights_the_quote_and_its_speaker(watched):
    analyse(watched, QUOTE_TEXT)
    quote_el = watched.page.locator(".article-text .q", has_text="لن نقبل بأي تدخل")
    assert quote_el.inner_text() == "لن نقبل بأي تدخل في شؤون اليمن الداخلية"
    assert watched.page.locator(".article-text .ent-PER").first.inner_text() == "عادل الجبير"
    assert "15 شخصا" in watched.page.locator(".article-text .fig").all_inner_texts()
    assert watched.page.locator(".article-text .date").first.inner_text() == "يوم الأحد"
    quote_el.hover()
    tip = watched.page.locator("#quote-tip")
    assert tip.is_visible()
    assert tip.locator(".tip-speaker").inner_text() == "عادل الجبير"
    assert tip.locator(".tip-chain").inner_text().endswith("← عادل الجبير")
    assert "SPA" in tip.locator(".tip-chain").inner_text()  # the dateline's agency is in the chain
    watched.shot("analyse-hover")
    # the keyboard reaches the quote too, and the tooltip follows focus
    watched.page.mouse.move(0, 0)
    quote_el.focus()
    assert tip.is_visible() and tip.locator(".tip-speaker").inner_text() == "عادل الجبير"
    watched.page.keyboard.press("Escape")
    assert not tip.is_visible()
    chains = watched.page.locator("#quotes-heading ~ ol .chain").all_inner_texts()
    assert any(c.replace("\n", "").endswith("عادل الجبير") for c in chains)
    facts = watched.page.locator("#facts-heading ~ .table-wrap tbody tr").all_inner_texts()
    assert any("15" in row and "قتلى" in row for row in facts)
    watched.shot("analyse")
    assert watched.errors == [] and watched.foreign == []


def test_markup_in_an_article_is_shown_as_text(watched):
    hostile = watched.page.request.get(watched.base + "/api/search?q=" + quote("خبيث")).json()["items"][0]["id"]
    watched.open(f"/article?id={hostile}")
    assert watched.page.locator("#article-title").inner_text() == HOSTILE_TITLE
    body = watched.page.locator(".article-text")
    assert '"><img src=x onerror="window.__pwned=2">' in body.inner_text()
    assert "<script>window.__pwned = 3</script>" in body.inner_text()
    assert watched.page.locator("main img, main script").count() == 0
    assert watched.page.evaluate("window.__pwned") is None
    watched.shot("hostile-article")
    analyse(watched, HOSTILE_TEXT)  # pasted: the same text, analysed afresh
    assert "<script>window.__pwned = 3</script>" in watched.page.locator(".article-text").inner_text()
    assert watched.page.locator("main img, main script").count() == 0
    assert watched.page.evaluate("window.__pwned") is None
    assert watched.errors == []


def test_the_keyboard_reaches_the_form_and_the_quotes(watched):
    watched.open("/")
    watched.page.keyboard.press("Tab")
    assert watched.page.evaluate("document.activeElement.textContent") == "انتقل إلى المحتوى"
    names = []
    while "analyse-button" not in names and len(names) < 30:  # a date input takes three stops
        watched.page.keyboard.press("Tab")
        names.append(watched.page.evaluate("document.activeElement.id || document.activeElement.textContent.trim()"))
    assert {"تحليل", "بحث", "article-input", "file-input", "published", "url", "analyse-button"} <= set(names), names
    watched.page.locator("#article-input").fill(QUOTE_TEXT)
    watched.page.locator("#analyse-button").focus()
    watched.page.keyboard.press("Enter")
    watched.page.wait_for_selector(".article-text .q")
    watched.page.locator(".article-text .q").first.focus()
    watched.page.keyboard.press("Tab")  # from one quote to the next
    focused = watched.page.evaluate("document.activeElement.className")
    assert "q" in focused.split() and watched.page.locator("#quote-tip").is_visible()


def test_a_dropped_file_is_analysed(watched, tmp_path):
    page = f"<html><head><title>عنوان من ملف</title></head><body><p>{QUOTE_TEXT}</p></body></html>"
    watched.open("/")
    watched.page.locator("#file-input").set_input_files(files=[{
        "name": "article.html", "mimeType": "text/html", "buffer": page.encode("cp1256")}])
    assert "article.html" in watched.page.locator("#file-name").inner_text()
    watched.page.get_by_role("button", name="حلّل").click()
    watched.page.wait_for_selector("#article-title")
    assert watched.page.locator("#article-title").inner_text() == "عنوان من ملف"
    assert watched.page.locator(".article-text .q").count() >= 2


def test_usable_at_phone_width(browser, base_url):
    phone = Watched(browser, base_url, viewport=PHONE)
    try:
        analyse(phone, QUOTE_TEXT)
        for path, name in [(None, "analyse-phone"), ("/entity?name=" + quote("عادل الجبير"), "entity-phone"),
                           ("/search?q=" + quote("الرياض"), "search-phone")]:
            if path:
                phone.open(path)
            overflow = phone.page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 1, f"{name}: {overflow}px wider than the screen"
            phone.shot(name)
        assert phone.errors == []
    finally:
        phone.close()


def test_story_page(watched):
    health = watched.page.request.get(watched.base + "/api/health").json()
    if not (health["features"]["stories"] and health["features"]["claims"]):
        pytest.skip("this khabar's store has no stories() or claims(): the story page has nothing to show")
    stories = watched.page.request.get(watched.base + "/api/stories?limit=100&entity=" + quote("عدن")).json()["items"]
    story = next(s for s in stories if STORY[2][2] in [a["title"] for a in watched.page.request.get(
        f"{watched.base}/api/stories/{s['id']}").json()["articles"]])
    watched.open(f"/stories?entity={quote('عدن')}")
    watched.shot("stories")
    watched.page.get_by_role("link", name=story["title"]).first.click()
    watched.page.wait_for_selector("#story h1")
    watched.page.wait_for_load_state("networkidle")
    watched.shot("story")
    dates = watched.page.locator("#story-articles-h ~ ol li time").all_inner_texts()
    assert dates and dates == sorted(dates)
    assert STORY[2][2] in watched.page.locator("#story-articles-h ~ ol").inner_text()
    contradicted = watched.page.locator("#claims-h ~ .table-wrap tr", has=watched.page.locator(".badge.warn"))
    assert contradicted.count() >= 1 and "قتلى" in contradicted.first.inner_text()
    chart = watched.page.locator("#charts-h ~ figure", has_text="15 شخصا").first
    assert chart.locator("svg circle").count() >= 2
    assert {"Asharq Al-Awsat", "Al Yaum"} <= set(chart.locator(".series-legend li").all_inner_texts())
    watched.shot("story")
    assert watched.errors == []
