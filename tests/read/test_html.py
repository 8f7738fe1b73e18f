"""looks_like_html and extract_html: trafilatura path, fallback path, hostile and empty markup."""

from __future__ import annotations

import time

import pytest
import trafilatura
from hypothesis import given, settings
from hypothesis import strategies as st
from read_samples import PAGE, PAGE_PARAGRAPHS, SENTENCES

from khabar.errors import InputError
from khabar.read import extract_html, looks_like_html


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PAGE, True),
        ("<!doctype html><title>x</title>", True),
        ("<html><body>نص</body></html>", True),
        ("  \n<body>نص</body>", True),
        ("<p>فقرة أولى</p><p>فقرة ثانية</p>", True),
        ("<div>نص <br> آخر</div>", True),
        (SENTENCES[0], False),
        ("قال إن x < y و y > z في المعادلة", False),
        ("كتب الوسم <b> مرة واحدة في النص", False),
        ("", False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


def test_looks_like_html_only_reads_the_head() -> None:
    assert looks_like_html(SENTENCES[0] * 200 + "<html><body>") is False


def test_extracts_paragraphs_and_metadata() -> None:
    article = extract_html(PAGE, origin="page.html")
    paragraphs = article.text.split("\n\n")
    for paragraph in PAGE_PARAGRAPHS:
        assert paragraph in paragraphs
    assert "نص برمجي" not in article.text and "نمط لا يظهر" not in article.text
    assert "تعليق قارئ" not in article.text  # comments are left out
    assert article.title == "الوزير يعلن خطة جديدة"
    assert article.published == "2024-03-05"
    assert article.outlet == "صحيفة الخبر"
    assert article.url == "https://example.com/news/123"
    assert article.html is None and article.origin == "page.html"
    assert article.extra["extractor"] == "trafilatura"


def test_caller_url_wins_over_canonical() -> None:
    assert extract_html(PAGE, url="https://mirror.example/a").url == "https://mirror.example/a"


def raise_recursion(*args, **kwargs):
    raise RecursionError("maximum recursion depth exceeded")


def return_none(*args, **kwargs):
    return None


@pytest.mark.parametrize("broken", [raise_recursion, return_none], ids=["raises", "finds-nothing"])
def test_fallback_when_trafilatura_fails(monkeypatch: pytest.MonkeyPatch, broken) -> None:
    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    article = extract_html(PAGE)
    assert article.extra["extractor"] == "fallback"
    paragraphs = article.text.split("\n\n")
    for paragraph in PAGE_PARAGRAPHS:
        assert paragraph in paragraphs
    assert "نص برمجي" not in article.text and "نمط لا يظهر" not in article.text
    assert article.title == "الوزير يعلن خطة جديدة"
    assert article.published == "2024-03-05T10:30:00+03:00"
    assert article.outlet == "صحيفة الخبر"
    assert article.url == "https://example.com/news/123"


def test_fallback_uses_body_text_when_there_are_no_paragraph_tags(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trafilatura, "bare_extraction", return_none)
    page = f"<html><head><title>عنوان الصفحة</title></head><body><div>{SENTENCES[0]}</div>" \
           f"<div><span>{SENTENCES[1]}</span><script>x()</script></div></body></html>"
    article = extract_html(page)
    assert article.text == f"{SENTENCES[0]}\n\n{SENTENCES[1]}"
    assert article.title == "عنوان الصفحة"


@pytest.mark.parametrize(
    "page",
    [
        "<html><body>" + "<div>" * 10_000 + f"<p>{SENTENCES[0]}</p>" + "</div>" * 10_000 + "</body></html>",
        "<html><body><p>" + "<span>" * 10_000 + SENTENCES[0] + "</span>" * 10_000 + "</p></body></html>",
        "<html><body>" + "<b>" * 10_000 + SENTENCES[0],
        "<html><body>" + "<table><tr><td>" * 3_000 + SENTENCES[0] + "</td></tr></table>" * 3_000,
        "<html><body>" + "<ul><li>" * 5_000 + SENTENCES[0],
    ],
    ids=["divs", "spans", "unclosed-b", "tables", "lists"],
)
def test_ten_thousand_nested_tags_are_fast_and_keep_the_text(page: str) -> None:
    started = time.perf_counter()
    article = extract_html(page)
    assert time.perf_counter() - started < 5.0
    assert SENTENCES[0] in article.text


@pytest.mark.parametrize(
    "page",
    [
        f"<html><body><p>{SENTENCES[0]}<p>{SENTENCES[1]}<div>{SENTENCES[2]}</body>",
        f"<p>{SENTENCES[0]}</p></div></div></span><p>{SENTENCES[1]}</p></td></b><p>{SENTENCES[2]}</html></html>",
        f"<html><body><p class='a>{SENTENCES[0]}</p><p>{SENTENCES[1]}<p>{SENTENCES[2]}",
    ],
    ids=["unclosed", "stray-end-tags", "broken-attribute"],
)
def test_malformed_html_keeps_its_text(page: str) -> None:
    text = extract_html(page).text
    assert SENTENCES[1] in text and SENTENCES[2] in text


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><script>var a = 1;</script><style>p{}</style></head><body></body></html>",
        "<html><body><div><span></span></div></body></html>",
        "   ",
        "",
    ],
    ids=["scripts-only", "empty-tags", "blank", "empty"],
)
def test_page_without_text_raises_input_error(page: str) -> None:
    with pytest.raises(InputError) as raised:
        extract_html(page, origin="x.html")
    assert raised.value.origin == "x.html"
    assert "\n" not in str(raised.value)


def test_entities_and_line_breaks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trafilatura, "bare_extraction", return_none)
    article = extract_html("<body><p>الأسهم &amp; السندات<br>سطر ثان</p></body>")
    assert article.text == "الأسهم & السندات\n\nسطر ثان"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abpdivhtmlscriptبتث&;#!-\n")), max_size=300))
def test_any_markup_gives_an_article_or_input_error(markup: str) -> None:
    try:
        article = extract_html(markup)
    except InputError as error:
        assert "\n" not in str(error)
    else:
        assert article.text and article.text.strip() == article.text
