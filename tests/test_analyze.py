"""khabar.analyze end to end: real behaviour on small articles, and survival on bad input."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import khabar
from khabar import InputError

ARTICLE = """وزير النقل: افتتاح الخط الجديد خلال الشهر المقبل

الدار البيضاء - (أ ف ب)

أعلن وزير النقل كريم الحسني يوم الاثنين أن الخط الجديد سيفتتح الشهر المقبل.

وقال الحسني للصحفيين: «سيختصر هذا الخط مدة الرحلة إلى ساعة ونصف».

المصدر: وكالة فرانس برس
شارك هذا المقال
"""


def all_spans(record: dict):
    """Every (start, end, text) the record claims, at any depth."""
    stack = [record]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("start"), int) and isinstance(item.get("end"), int) and "text" in item:
                yield item["start"], item["end"], item["text"]
            stack.extend(v for k, v in item.items() if k != "text")
        elif isinstance(item, list):
            stack.extend(item)


def test_plain_text_article_is_cleaned_and_credited():
    article = khabar.analyze(ARTICLE, published="2024-05-06")
    record = article.to_dict()
    assert record["schema"] == "khabar.article/1"
    assert record["title"] == "وزير النقل: افتتاح الخط الجديد خلال الشهر المقبل"
    assert "وزير النقل:" not in record["text"].split("\n\n")[0] or record["text"].startswith("الدار")
    assert "شارك هذا المقال" not in record["text"]
    assert "المصدر:" not in record["text"]
    assert {r["kind"] for r in record["removed"]} >= {"share", "source_line"}
    kinds = {(c["kind"], c["name"]) for c in record["credits"]}
    assert ("dateline", "AFP") in kinds and ("source_line", "AFP") in kinds
    assert record["published"] == "2024-05-06"
    assert record["language"] == "ar"
    assert len(record["sentences"]) == 3  # dateline + two sentences; the title is not in text
    for start, end in record["sentences"]:
        assert record["text"][start:end].strip()


def test_paragraphs_are_separated_by_a_blank_line():
    text = khabar.analyze(ARTICLE).text
    assert "\n\n" in text and "\n\n\n" not in text


def test_same_article_gets_the_same_id_whatever_its_encoding():
    utf8 = khabar.analyze(ARTICLE.encode("utf-8"))
    cp1256 = khabar.analyze(ARTICLE.encode("cp1256"))
    utf16 = khabar.analyze(ARTICLE.encode("utf-16"))
    assert utf8.id == cp1256.id == utf16.id
    assert utf8.text == cp1256.text


def test_html_article_gets_metadata_and_loses_boilerplate():
    page = (
        "<html><head><title>انتهاء المحادثات | موقع الخبر</title>"
        '<meta property="og:site_name" content="موقع الخبر">'
        '<meta property="article:published_time" content="2024-03-14T09:30:00+03:00"></head><body>'
        "<nav><a href='/'>الرئيسية</a></nav><article><h1>انتهاء المحادثات</h1>"
        "<p>الرياض - واس: قال المتحدث باسم الوزارة إن المحادثات انتهت مساء الأربعاء بعد جولات طويلة من النقاش.</p>"
        "<p>وأضاف أن الطرفين اتفقا على مواصلة الحوار في الأسابيع المقبلة، وعلى تشكيل لجنة مشتركة.</p></article>"
        "<div>شارك هذا المقال</div></body></html>"
    )
    article = khabar.analyze(page, url="https://example.com/a/1")
    assert article.title and "انتهاء المحادثات" in article.title
    assert article.published and article.published.startswith("2024-03-14")
    assert "المحادثات انتهت" in article.text
    assert "شارك هذا المقال" not in article.text
    assert any(c["name"] == "SPA" for c in article.credits)
    assert article.url == "https://example.com/a/1"


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("", "empty"),
        (b"", "empty"),
        ("   \n\n  ", "empty"),
        (bytes(range(256)) * 40, "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(2000), "binary"),
    ],
)
def test_bad_input_gives_one_clear_line(source, reason):
    with pytest.raises(InputError) as caught:
        khabar.analyze(source)
    message = str(caught.value)
    assert reason in message.lower() and "\n" not in message


def test_invalid_utf8_bytes_are_replaced_not_fatal():
    data = "قال الوزير إن الاجتماع انتهى.".encode() + b"\xff\xfe\xfa" + " وأضاف أن النتائج جيدة.".encode()
    article = khabar.analyze(data)
    assert "وأضاف" in article.text


def test_non_arabic_text_is_marked_and_not_analysed():
    persian = khabar.analyze("وزیر امور خارجه ایران گفت که مذاکرات هفته آینده از سر گرفته می‌شود.")
    english = khabar.analyze("The foreign minister said talks would resume next week in Geneva.")
    assert persian.language == "fa" and english.language == "en"
    assert persian.tokens == [] and english.sentences == []
    assert persian.warnings


def test_unclosed_quote_is_kept():
    article = khabar.analyze("وقال المتحدث: «إن الوضع تحت السيطرة ولن نسمح بأي تجاوز")
    assert article.text.endswith("تجاوز")
    assert article.sentences


def test_huge_text_is_refused_with_a_clear_error():
    with pytest.raises(InputError) as caught:
        khabar.analyze("كلمة " * 1_300_000)
    assert "limit" in str(caught.value)


def test_deeply_nested_html_survives():
    page = "<html><body>" + "<div>" * 10_000 + "<p>قال الوزير إن الاجتماع انتهى مساء أمس بعد ساعات من النقاش الطويل.</p>" + "</div>" * 10_000 + "</body></html>"
    article = khabar.analyze(page)
    assert "الاجتماع انتهى" in article.text


def test_malformed_html_survives():
    page = "<html><body><p>قال الوزير إن الاجتماع <b>انتهى مساء أمس<p>وأضاف أن <i>النتائج جيدة <div></span></body>"
    article = khabar.analyze(page)
    assert "النتائج جيدة" in article.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(), st.binary(), st.text(alphabet="قال الوزير «»\"'.،؛؟!\n<p>/ 0123٤٥ـًّ\u200f", max_size=200)))
def test_analyze_never_raises_unexpectedly_and_spans_hold(source):
    try:
        article = khabar.analyze(source)
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    record = article.to_dict(with_tokens=True)
    text = record["text"]
    for start, end in record["sentences"]:
        assert 0 <= start < end <= len(text)
    for start, end, span_text in all_spans(record):
        assert text[start:end] == span_text
