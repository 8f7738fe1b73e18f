"""Article objects to RawArticle: field synonyms, dates, failures."""

from __future__ import annotations

import pytest
from read_samples import SENTENCES

from khabar.read import RawArticle, ReadFailure
from khabar.read.records import map_record, normalize_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2015-07-21", "2015-07-21"),
        ("2015-07-21 02:51:32", "2015-07-21T02:51:32"),
        ("2024-03-05T10:30:00+03:00", "2024-03-05T10:30:00+03:00"),
        ("2024-03-05T10:30:00.123Z", "2024-03-05T10:30:00+00:00"),
        ("2024-03-05T10:30+0300", "2024-03-05T10:30:00+03:00"),
        ("2024/3/5", "2024-03-05"),
        (1_700_000_000, "2023-11-14T22:13:20+00:00"),
        (1_700_000_000_000, "2023-11-14T22:13:20+00:00"),
        ("2024-13-40", None),
        ("الثلاثاء 5 مارس 2024", None),
        ("", None),
        (None, None),
        (True, None),
        ([2024], None),
    ],
)
def test_normalize_date(value, expected) -> None:
    assert normalize_date(value) == expected


def test_day_only_keeps_the_date_part() -> None:
    assert normalize_date("2015-07-21 02:51:32", day_only=True) == "2015-07-21"


@pytest.mark.parametrize(
    "record",
    [
        {"text": SENTENCES[0], "title": "ع", "url": "http://a/1", "published": "2024-01-02", "source": "s", "author": "م", "id": 7},
        {"content": SENTENCES[0], "title": "ع", "link": "http://a/1", "date": "2024-01-02", "outlet": "s", "author": "م", "_id": "7"},
        {"body": SENTENCES[0], "title": "ع", "url": "http://a/1", "date_published": "2024-01-02", "site": "s", "author": ["م"], "article_id": 7},
        {"content": SENTENCES[0], "title": "ع", "url": "http://a/1", "date_extracted": "2024-01-02 08:00:00", "source": "s", "author": "م", "id": "7"},
    ],
    ids=["text", "content", "body", "date-extracted"],
)
def test_field_synonyms_map_alike(record) -> None:
    article = map_record(record, "f.json#3")
    assert article == RawArticle(
        text=SENTENCES[0], title="ع", url="http://a/1", published="2024-01-02", outlet="s",
        origin="f.json#3", extra={"author": "م", "id": "7"},
    )


def test_html_is_used_only_without_text() -> None:
    assert map_record({"raw_html": "<p>نص</p>"}, "o").html == "<p>نص</p>"
    both = map_record({"text": "نص", "html": "<p>نص</p>"}, "o")
    assert both.text == "نص" and both.html is None


def test_paragraph_lists_are_joined_and_publisher_objects_named() -> None:
    article = map_record({"content": ["فقرة أولى", " ", "فقرة ثانية"], "publisher": {"name": "الخبر"}}, "o")
    assert article.text == "فقرة أولى\n\nفقرة ثانية" and article.outlet == "الخبر"


def test_unreadable_date_is_kept_raw() -> None:
    article = map_record({"text": "نص", "date": "الثلاثاء 5 مارس"}, "o")
    assert article.published is None and article.extra["published_raw"] == "الثلاثاء 5 مارس"


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ({"title": "عنوان فقط"}, "no text"),
        ({"text": "   ", "content": ""}, "no text"),
        (["نص"], "JSON list, not an object"),
        ("نص", "JSON str, not an object"),
    ],
)
def test_records_without_text_fail(record, reason: str) -> None:
    failure = map_record(record, "f.jsonl#2")
    assert isinstance(failure, ReadFailure) and failure.origin == "f.jsonl#2"
    assert reason in failure.reason
