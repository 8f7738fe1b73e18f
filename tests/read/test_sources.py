"""iter_articles and read_bytes_source: files, folders, globs, stdin, JSON, JSONL, zip, WARC."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from read_samples import ARTICLE, PAGE, SENTENCES
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from khabar.errors import InputError
from khabar.read import RawArticle, ReadFailure, iter_articles, read_bytes_source


def records(*paths, stdin=None) -> list[RawArticle | ReadFailure]:
    return list(iter_articles([str(path) for path in paths], stdin=stdin))


def article_json(index: int, **fields) -> dict:
    return {"title": f"عنوان {index}", "content": SENTENCES[index % 3], "url": f"http://x.example/{index}", **fields}


# --- one-article files ---------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "cp1256"])
def test_txt_file_is_one_decoded_article(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode(codec))
    assert records(path) == [RawArticle(text=ARTICLE, origin=str(path))]


@pytest.mark.parametrize("name", ["a.html", "a.htm", "a.xhtml", "page.TXT"])
def test_html_file_gives_html(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(PAGE, encoding="utf-8")
    (item,) = records(path)
    assert item.html == PAGE and item.text is None and item.origin == str(path)


def test_html_extension_forces_html_even_for_a_fragment(tmp_path: Path) -> None:
    path = tmp_path / "frag.html"
    path.write_text(SENTENCES[0], encoding="utf-8")
    assert records(path)[0].html == SENTENCES[0]


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty input"), (b"  \n\t ", "empty input"), (b"\x89PNG\r\n\x1a\n" + bytes(40), "binary data")],
)
def test_bad_one_article_files_fail(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    (failure,) = records(path)
    assert isinstance(failure, ReadFailure) and failure.origin == str(path) and reason in failure.reason


def test_missing_file_is_a_failure_not_an_exception(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(SENTENCES[0], encoding="utf-8")
    items = records(tmp_path / "missing.txt", good)
    assert items[0] == ReadFailure(str(tmp_path / "missing.txt"), "no such file or folder")
    assert items[1].text == SENTENCES[0]


def test_unreadable_file_is_a_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(SENTENCES[0], encoding="utf-8")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("khabar.read.sources.open", refuse, raising=False)  # chmod 0 does not stop root
    assert records(path) == [ReadFailure(str(path), "cannot read: Permission denied")]


# --- JSON and JSONL --------------------------------------------------------


def test_jsonl_with_a_malformed_line_goes_on(tmp_path: Path) -> None:
    lines = [json.dumps(article_json(0), ensure_ascii=False), '{"title": "مقطوع", ', "",
             json.dumps(article_json(1), ensure_ascii=False), "[1, 2]", '{"title": "بلا نص"}']
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = records(path)
    assert [item.origin for item in items] == [f"{path}#{n}" for n in (1, 2, 4, 5, 6)]
    assert [type(item).__name__ for item in items] == ["RawArticle", "ReadFailure", "RawArticle", "ReadFailure", "ReadFailure"]
    assert items[0].text == SENTENCES[0] and items[0].title == "عنوان 0" and items[0].url == "http://x.example/0"
    assert "malformed JSON line" in items[1].reason
    assert "not an object" in items[3].reason and "no text" in items[4].reason


def test_ndjson_extension_is_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "a.ndjson"
    path.write_text(json.dumps({"text": SENTENCES[2]}) + "\n", encoding="utf-8")
    assert records(path)[0].text == SENTENCES[2]


def test_json_array_is_streamed_with_indexes(tmp_path: Path) -> None:
    path = tmp_path / "day.json"
    array = [article_json(i, source="okaz", date_extracted="2015-07-21 02:51:32", author="كاتب") for i in range(50)]
    path.write_text(json.dumps(array, ensure_ascii=False, indent=4), encoding="utf-8")
    items = records(path)
    assert len(items) == 50 and items[49].origin == f"{path}#49"
    assert items[7] == RawArticle(
        text=SENTENCES[7 % 3], title="عنوان 7", url="http://x.example/7", published="2015-07-21",
        outlet="okaz", origin=f"{path}#7", extra={"author": "كاتب"},
    )


@pytest.mark.parametrize(
    ("payload", "origins"),
    [
        ({"text": SENTENCES[0]}, [""]),
        ({"articles": [{"text": SENTENCES[0]}, {"body": SENTENCES[1]}]}, ["#0", "#1"]),
        ([], None),
    ],
    ids=["single-object", "wrapper", "empty-array"],
)
def test_json_object_shapes(tmp_path: Path, payload, origins) -> None:
    path = tmp_path / "x.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    items = records(path)
    if origins is None:
        assert items == [ReadFailure(str(path), "no article records (empty file or empty array)")]
    else:
        assert [item.origin for item in items] == [f"{path}{suffix}" for suffix in origins]
        assert all(isinstance(item, RawArticle) for item in items)


def test_truncated_json_array_keeps_what_was_read(tmp_path: Path) -> None:
    path = tmp_path / "cut.json"
    text = json.dumps([article_json(i) for i in range(3)], ensure_ascii=False)
    path.write_text(text[: text.rindex("{") + 10], encoding="utf-8")
    items = records(path)
    assert [type(item).__name__ for item in items] == ["RawArticle", "RawArticle", "ReadFailure"]
    assert items[2].origin == f"{path}#2"


# --- zip --------------------------------------------------------------------


def write_zip(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("b/day.json", json.dumps([article_json(0), article_json(1)], ensure_ascii=False))
        archive.writestr("a.jsonl", json.dumps(article_json(2), ensure_ascii=False) + "\nnot json\n")
        archive.writestr("c.txt", SENTENCES[1].encode("cp1256"))
        archive.writestr("d.html", PAGE)
        archive.writestr("logo.png", b"\x89PNG\r\n\x1a\n")
        archive.writestr("__MACOSX/._a.jsonl", b"\x00\x05")
        archive.writestr("b/", b"")


def test_zip_members_by_extension_sorted(tmp_path: Path) -> None:
    path = tmp_path / "x.zip"
    write_zip(path)
    items = records(path)
    assert [item.origin for item in items] == [
        f"{path}:a.jsonl#1", f"{path}:a.jsonl#2", f"{path}:b/day.json#0", f"{path}:b/day.json#1",
        f"{path}:c.txt", f"{path}:d.html",
    ]
    assert isinstance(items[1], ReadFailure)
    assert items[4].text == SENTENCES[1] and items[5].html == PAGE


def test_bad_zip_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "broken.zip"
    path.write_bytes(b"PK\x03\x04 this is not really a zip")
    (failure,) = records(path)
    assert isinstance(failure, ReadFailure) and "BadZipFile" in failure.reason


# --- WARC -------------------------------------------------------------------


def write_warc(path: Path, gzip: bool) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        page_1256 = PAGE.replace('charset="utf-8"', 'charset="windows-1256"').encode("cp1256")
        add_response(writer, "http://a.example/1", page_1256, "text/html; charset=windows-1256")
        add_response(writer, "http://a.example/missing", b"<html>404</html>", "text/html", "404 Not Found")
        add_response(writer, "http://a.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
        add_response(writer, "http://a.example/2", f"<p>{SENTENCES[2]}</p>".encode(), "text/html; charset=ISO-8859-1")
        add_response(writer, "http://a.example/empty", b"", "text/html")
        writer.write_record(writer.create_warc_record("http://a.example/3", "resource",
                            payload=io.BytesIO(PAGE.encode()), warc_content_type="text/html"))
        writer.write_record(writer.create_warc_record("http://a.example/1", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))


def add_response(writer: WARCWriter, url: str, body: bytes, content_type: str, status: str = "200 OK") -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
    writer.write_record(record)


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses_become_articles(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    write_warc(path, gzip=name.endswith(".gz"))
    items = records(path)
    assert [getattr(item, "url", None) for item in items] == ["http://a.example/1", "http://a.example/2", None, "http://a.example/3"]
    first, second, empty, resource = items
    assert SENTENCES[0] not in first.html and "الوزير يعلن خطة جديدة" in first.html  # decoded from windows-1256
    assert second.html == f"<p>{SENTENCES[2]}</p>"  # valid UTF-8 beats a Latin-1 default header
    assert isinstance(empty, ReadFailure) and empty.reason == "empty HTML response"
    assert resource.html == PAGE
    for item in items:
        prefix, _, offset = item.origin.rpartition("@")
        assert prefix == str(path) and offset.isdigit()
    assert first.extra["warc_date"].startswith("20") and first.published is None


def test_warc_offsets_point_at_the_records(tmp_path: Path) -> None:
    from warcio.archiveiterator import ArchiveIterator

    path = tmp_path / "crawl.warc.gz"
    write_warc(path, gzip=True)
    first = records(path)[0]
    with path.open("rb") as stream:
        stream.seek(int(first.origin.rpartition("@")[2]))
        record = next(iter(ArchiveIterator(stream)))
        assert record.rec_headers.get_header("WARC-Target-URI") == first.url


def test_corrupt_warc_keeps_earlier_records(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, gzip=True)
    first_end = records(path)[1].origin.rpartition("@")[2]  # offset of the 2nd response
    data = path.read_bytes()
    path.write_bytes(data[: int(first_end)] + b"junk in the middle" + data[int(first_end):])
    items = records(path)
    assert [type(item).__name__ for item in items] == ["RawArticle", "ReadFailure"]
    assert items[0].url == "http://a.example/1" and "broken WARC" in items[1].reason
    assert "\n" not in items[1].reason


# --- folders, globs, stdin, sniffing ----------------------------------------


def make_tree(root: Path) -> None:
    (root / "b" / "c").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a.txt").write_text(SENTENCES[0], encoding="utf-8")
    (root / "b" / "z.html").write_text(PAGE, encoding="utf-8")
    (root / "b" / "c" / "d.jsonl").write_text(json.dumps({"text": SENTENCES[1]}) + "\n", encoding="utf-8")
    (root / "b" / "notes.md").write_text("ignored", encoding="utf-8")
    (root / ".hidden" / "x.txt").write_text("ignored", encoding="utf-8")
    (root / ".skip.txt").write_text("ignored", encoding="utf-8")


def test_directory_is_read_recursively_sorted_known_extensions_only(tmp_path: Path) -> None:
    make_tree(tmp_path)
    origins = [item.origin for item in records(tmp_path)]
    assert origins == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "c" / "d.jsonl") + "#1", str(tmp_path / "b" / "z.html")]


def test_empty_directory_is_a_failure(tmp_path: Path) -> None:
    (failure,) = records(tmp_path)
    assert isinstance(failure, ReadFailure) and "no readable files" in failure.reason


def test_globs_expand_sorted_and_empty_globs_fail(tmp_path: Path) -> None:
    make_tree(tmp_path)
    (tmp_path / "0.txt").write_text(SENTENCES[2], encoding="utf-8")
    items = records(tmp_path / "*.txt", tmp_path / "**" / "*.jsonl", tmp_path / "*.none")
    assert [item.origin for item in items] == [
        str(tmp_path / "0.txt"), str(tmp_path / "a.txt"), str(tmp_path / "b" / "c" / "d.jsonl") + "#1",
        str(tmp_path / "*.none"),
    ]
    assert items[-1].reason == "no file matches this pattern"


@pytest.mark.parametrize(
    ("stdin", "expected"),
    [
        (io.BytesIO(ARTICLE.encode("cp1256")), [RawArticle(text=ARTICLE, origin="<stdin>")]),
        (ARTICLE, [RawArticle(text=ARTICLE, origin="<stdin>")]),
        (io.StringIO(ARTICLE), [RawArticle(text=ARTICLE, origin="<stdin>")]),
        (PAGE.encode(), [RawArticle(html=PAGE, origin="<stdin>")]),
        (b"", [ReadFailure("<stdin>", "empty input")]),
    ],
    ids=["bytes-stream", "str", "text-stream", "html", "empty"],
)
def test_stdin_single_article(stdin, expected) -> None:
    assert list(iter_articles(["-"], stdin=stdin)) == expected


@pytest.mark.parametrize("pretty", [False, True])
def test_stdin_json_is_sniffed(pretty: bool) -> None:
    if pretty:
        data = json.dumps([article_json(0), article_json(1)], indent=2, ensure_ascii=False).encode()
        expected = ["<stdin>#0", "<stdin>#1"]
    else:
        data = "\n".join(json.dumps(article_json(i), ensure_ascii=False) for i in range(3)).encode()
        expected = ["<stdin>#1", "<stdin>#2", "<stdin>#3"]
    assert [item.origin for item in iter_articles(["-"], stdin=io.BytesIO(data))] == expected


def test_stdin_warc_and_zip_are_sniffed(tmp_path: Path) -> None:
    warc, archive = tmp_path / "c.warc.gz", tmp_path / "x.zip"
    write_warc(warc, gzip=True)
    write_zip(archive)
    from_warc = list(iter_articles(["-"], stdin=io.BytesIO(warc.read_bytes())))
    assert from_warc[0].url == "http://a.example/1" and from_warc[0].origin.startswith("<stdin>@")
    from_zip = list(iter_articles(["-"], stdin=io.BytesIO(archive.read_bytes())))
    assert from_zip[0].origin == "<stdin>:a.jsonl#1" and len(from_zip) == 6


def test_unknown_extension_given_explicitly_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "dump.data"
    path.write_text(json.dumps({"text": SENTENCES[0]}) + "\n" + json.dumps({"text": SENTENCES[1]}) + "\n", encoding="utf-8")
    assert [item.text for item in records(path)] == [SENTENCES[0], SENTENCES[1]]


def test_iterator_is_lazy(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({"text": f"{SENTENCES[0]} {i}"}) + "\n" for i in range(20_000)), encoding="utf-8")
    iterator = iter_articles([str(path)])
    assert next(iterator).origin == f"{path}#1"
    iterator.close()


# --- read_bytes_source -------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "field", "expected"),
    [
        (ARTICLE.encode("cp1256"), "text", ARTICLE),
        (ARTICLE.encode("utf-16"), "text", ARTICLE),
        (ARTICLE, "text", ARTICLE),
        (PAGE.encode(), "html", PAGE),
        (PAGE, "html", PAGE),
    ],
    ids=["cp1256", "utf16", "str", "html-bytes", "html-str"],
)
def test_read_bytes_source(data, field: str, expected: str) -> None:
    article = read_bytes_source(data, "arg")
    assert getattr(article, field) == expected and article.origin == "arg"


@pytest.mark.parametrize("data", [b"", "", "   \n", b"%PDF-1.4 binary"], ids=["empty-bytes", "empty-str", "blank", "pdf"])
def test_read_bytes_source_refuses_empty_and_binary(data) -> None:
    with pytest.raises(InputError) as raised:
        read_bytes_source(data, "arg")
    assert raised.value.origin == "arg"


# --- never raises -------------------------------------------------------------

FRAGMENTS = [b"\x00", b"\x06", b"\xd9", b"\x85", b"a", b" ", b"\xff\xfe", b"\xc7", b"<p>", b"{", b"[", b'"', b"\n", b"WARC/1.0\r\n", b"PK\x03\x04"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=2000), st.lists(st.sampled_from(FRAGMENTS), max_size=200).map(b"".join)))
def test_any_stdin_bytes_give_items_never_exceptions(data: bytes) -> None:
    items = list(iter_articles(["-"], stdin=io.BytesIO(data)))
    assert items and all(isinstance(item, (RawArticle, ReadFailure)) for item in items)
    assert all("\n" not in item.reason for item in items if isinstance(item, ReadFailure))


def test_a_record_whose_target_is_not_a_uri_marks_the_archive_broken(tmp_path: Path) -> None:
    # What junk inside a .warc.gz sometimes parses as: a record whose target URI is noise.
    path = tmp_path / "crawl.warc"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        add_response(writer, "http://a.example/1", PAGE.encode(), "text/html; charset=utf-8")
        add_response(writer, "junk in the middle", b"<p>x</p>", "text/html")
        add_response(writer, "http://a.example/2", f"<p>{SENTENCES[2]}</p>".encode(), "text/html; charset=utf-8")
    items = records(path)
    assert [type(item).__name__ for item in items] == ["RawArticle", "ReadFailure"]
    assert "not a WARC record" in items[1].reason
