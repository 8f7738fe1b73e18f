"""decode_bytes: BOMs, UTF-8/16 with and without BOM, Arabic code pages, bad bytes, binary, empty."""

from __future__ import annotations

import codecs
import os
import time

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from read_samples import ARTICLE, SENTENCES

from khabar.errors import InputError
from khabar.read import decode_bytes

TEXTS = (*SENTENCES, ARTICLE, "Reuters: " + SENTENCES[0])


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(
    "codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1256", "iso8859_6"]
)
def test_round_trips_arabic_in_every_supported_encoding(codec: str, text: str) -> None:
    assert decode_bytes(text.encode(codec)) == text


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
     (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")],
)
def test_bom_is_removed_and_decides(bom: bytes, codec: str) -> None:
    assert decode_bytes(bom + SENTENCES[0].encode(codec)) == SENTENCES[0]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", ["hello world", "x", SENTENCES[1], "بلامسافات"])
def test_utf16_without_bom_short_and_ascii(codec: str, text: str) -> None:
    assert decode_bytes(text.encode(codec)) == text


def test_prefers_cp1256_when_bytes_read_the_same_in_both_code_pages() -> None:
    text = "حرب بحر درس"  # letters placed alike in cp1256 and ISO-8859-6
    data = text.encode("cp1256")
    assert data == text.encode("iso8859_6")
    assert decode_bytes(data) == text


def test_iso_8859_6_text_is_not_read_as_cp1256() -> None:
    data = SENTENCES[1].encode("iso8859_6")
    assert data.decode("cp1256") != SENTENCES[1]  # the trap: cp1256 decodes any byte
    assert decode_bytes(data) == SENTENCES[1]


def test_cp1256_html_with_ascii_head_is_detected() -> None:
    page = "<html><head><title>t</title></head><body>" + "<!-- padding -->" * 500 + f"<p>{ARTICLE}</p></body></html>"
    assert decode_bytes(page.encode("cp1256")) == page


@pytest.mark.parametrize("bad", [b"\xff", b"\xc3", b"\x80\x80", b"\xed\xa0\x80"])
def test_a_few_bad_bytes_in_utf8_are_replaced_not_fatal(bad: bytes) -> None:
    data = (ARTICLE + " ").encode() + bad + (" " + ARTICLE).encode()
    decoded = decode_bytes(data)
    assert "\ufffd" in decoded
    assert decoded.startswith(ARTICLE) and decoded.endswith(ARTICLE)


def test_bad_byte_far_into_a_utf8_file_is_replaced() -> None:
    data = ("x" * 200_000 + SENTENCES[0]).encode() + b"\xfe" + SENTENCES[1].encode()
    assert decode_bytes(data).endswith("\ufffd" + SENTENCES[1])


def test_latin_text_in_a_western_code_page_decodes() -> None:
    text = "Le ministre a déclaré que les négociations étaient très réussies à Genève."
    assert "ministre a d" in decode_bytes(text.encode("cp1252"))


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x00\x00", "ZIP"),
        (b"\x1f\x8b\x08\x00" + bytes(20), "gzip"),
        (b"GIF89a\x01\x00", "GIF"),
        ("نص".encode() + b"\x00\x00\x00\x01binary\x00tail\x00\x00\x00\x00\x00\x02", "NUL"),
        (bytes(range(1, 9)) * 50, "control"),
    ],
    ids=["png", "pdf", "zip", "gzip", "gif", "nul", "control"],
)
def test_binary_data_is_refused_with_its_kind(data: bytes, kind: str) -> None:
    with pytest.raises(InputError) as raised:
        decode_bytes(data, "img.bin")
    assert raised.value.reason.startswith("binary data, not text (")
    assert kind in raised.value.reason
    assert raised.value.origin == "img.bin"
    assert str(raised.value).startswith("img.bin: binary data")


def test_random_bytes_are_refused() -> None:
    with pytest.raises(InputError, match="binary data"):
        decode_bytes(os.urandom(4096))


def test_empty_input_is_an_error() -> None:
    with pytest.raises(InputError, match=r"^empty input$"):
        decode_bytes(b"")


def test_fifty_megabytes_decode_fast() -> None:
    line = (ARTICLE + "\n").encode()
    data = line * (50_000_000 // len(line))
    for payload in (data, data.decode().encode("cp1256")):
        started = time.perf_counter()
        decode_bytes(payload)
        assert time.perf_counter() - started < 5.0


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_give_text_or_input_error(data: bytes) -> None:
    try:
        assert isinstance(decode_bytes(data), str)
    except InputError as error:
        assert str(error).strip() and "\n" not in str(error)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), min_size=1))
def test_any_utf8_text_round_trips(text: str) -> None:
    assume(not text.startswith(("\ufeff", "%PDF-", "GIF87a", "GIF89a", "BZh9")))
    assert decode_bytes(text.encode("utf-8")) == text
