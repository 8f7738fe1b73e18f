"""Bytes to text: find the encoding of one input, or say why it is not text.

Arabic news text reaches us as UTF-8 mostly, but also as UTF-16 (Windows
"Unicode" exports, with or without a BOM) and in the two single-byte Arabic
code pages, Windows-1256 and ISO-8859-6, from older sites and archives. The
order of the checks matters and is cheapest-first:

1. a byte-order mark decides outright;
2. well-known binary signatures (PNG, PDF, ZIP, …) are refused;
3. NUL bytes in a UTF-16 pattern mean UTF-16 without a BOM; any other NULs,
   or many control bytes, mean binary data;
4. strict UTF-8;
5. UTF-8 with a few bad bytes (most non-ASCII sequences valid) is still UTF-8;
6. otherwise a single-byte code page, chosen by how Arabic the result reads,
   with charset_normalizer as the last resort for non-Arabic text.

Decisions are made on samples (at most a few hundred KB) so that a 50 MB input
costs one decode of the whole, not one per candidate.
"""

from __future__ import annotations

import codecs
import re

from khabar.errors import InputError

__all__ = ["decode_bytes"]

SAMPLE_SIZE = 64 * 1024  # bytes looked at to decide; never the whole input
WINDOW_SIZE = 256 * 1024  # bytes around the first UTF-8 error used to choose a code page

_BOMS: tuple[tuple[bytes, str], ...] = (  # longest first: UTF-32 LE starts like UTF-16 LE
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh9", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
)

_CONTROL_BYTES = bytes([*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_HIGH_BYTES = bytes(range(0x80, 0x100))
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_ARABIC_CHARS = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")

MAX_CONTROL_SHARE = 0.02  # more control bytes than this in a sample: binary
MIN_ARABIC_SHARE = 0.6  # a code page must turn this share of non-ASCII into Arabic
ISO_MARGIN = 0.1  # ISO-8859-6 must beat cp1256 by this much: cp1256 is far more common


def decode_bytes(data: bytes, origin: str | None = None) -> str:
    """Decode one input to text, or raise :class:`InputError` saying why not.

    Invalid UTF-8 that is otherwise mostly UTF-8 (a few bad bytes among many
    valid multi-byte sequences, as a truncated download or a bad copy leaves)
    is decoded with ``errors="replace"``: each bad byte becomes U+FFFD and it is
    *not* an error, because losing a character beats losing the article.

    Raises ``InputError("empty input")`` for no bytes and ``InputError("binary
    data, not text (…)")`` for images, archives, NUL-ridden or control-ridden
    data. Never raises anything else.
    """
    if not data:
        raise InputError("empty input", origin)
    with_bom = decode_with_bom(data)
    if with_bom is not None:
        return with_bom
    head = data[:SAMPLE_SIZE]
    reject_binary_magic(head, origin)
    utf16 = decode_utf16_without_bom(data, head, origin)
    if utf16 is not None:
        return utf16
    reject_binary_bytes(data, head, origin)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return decode_non_utf8(data, exc.start, origin)


def decode_with_bom(data: bytes) -> str | None:
    """Decode by byte-order mark, or return None when there is none.

    A BOM is the one signal that cannot be misread, so it wins over any
    heuristic; bad sequences after it are replaced rather than fatal.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    return None


def reject_binary_magic(head: bytes, origin: str | None) -> None:
    """Raise for files whose first bytes name a binary format (PNG, PDF, ZIP…).

    Checked before any decoding: a PDF can pass for Latin-1 text otherwise.
    """
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            raise InputError(f"binary data, not text ({kind})", origin)


def guess_utf16_codec(head: bytes) -> str | None:
    """Return "utf-16-le"/"utf-16-be" when the bytes look like BOM-less UTF-16.

    In UTF-16 text in Arabic or ASCII, the high byte of each code unit is
    nearly always 0x00 (ASCII, spaces) or 0x06 (Arabic block), while the low
    byte varies. Binary data has NULs in both columns, so it does not match.
    """
    pairs = len(head) // 2
    if pairs < 1:
        return None
    even, odd = head[0:2 * pairs:2], head[1:2 * pairs:2]
    for codec, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        high_share = (high.count(0) + high.count(6)) / pairs
        low_share = (low.count(0) + low.count(6)) / pairs
        if high_share >= 0.5 and low_share < 0.2:
            return codec
    return None


def decode_utf16_without_bom(data: bytes, head: bytes, origin: str | None) -> str | None:
    """Decode BOM-less UTF-16, or return None when the bytes are not UTF-16.

    Only tried when the head has NULs or many 0x06 bytes (the two signs of
    UTF-16 Arabic), so the common UTF-8 path pays for one ``in`` test.
    """
    if b"\x00" not in head and head.count(6) * 4 < len(head):
        return None
    codec = guess_utf16_codec(head)
    if codec is None:
        return None
    text = data.decode(codec, errors="replace")
    sample = text[:SAMPLE_SIZE]
    if len(_CONTROL_CHARS.findall(sample)) > MAX_CONTROL_SHARE * len(sample):
        raise InputError("binary data, not text (looks like UTF-16 but is full of control codes)", origin)
    return text


def reject_binary_bytes(data: bytes, head: bytes, origin: str | None) -> None:
    """Raise for NUL bytes anywhere or too many control bytes in the head.

    Text never holds NUL outside UTF-16/32 (handled before), so one NUL is
    enough; other control codes are tolerated up to a small share.
    """
    if b"\x00" in data:
        raise InputError("binary data, not text (contains NUL bytes)", origin)
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > MAX_CONTROL_SHARE * len(head):
        raise InputError(f"binary data, not text ({controls} control bytes in the first {len(head)})", origin)


def decode_non_utf8(data: bytes, error_at: int, origin: str | None) -> str:
    """Decode data that failed strict UTF-8 at ``error_at``.

    The decision looks only at a window from the first bad byte on: that is
    where the non-ASCII text starts in, say, an HTML page whose head is ASCII.
    """
    window = data[max(0, error_at - 1024): error_at + WINDOW_SIZE]
    if is_mostly_utf8(window):
        return data.decode("utf-8", errors="replace")
    codec = choose_arabic_codepage(window) or guess_other_codec(window)
    if codec is None:
        raise InputError("undecodable text: not UTF-8, UTF-16 or an Arabic code page; re-save it as UTF-8", origin)
    return data.decode(codec, errors="replace")


def is_mostly_utf8(window: bytes) -> bool:
    """True when valid multi-byte UTF-8 sequences outnumber bad bytes 4 to 1.

    Windows-1256 or ISO-8859-6 Arabic read as UTF-8 yields about one valid
    sequence per twenty bad bytes; real UTF-8 with a few bad bytes yields
    hundreds of valid ones per bad byte, so the split is wide and safe.
    """
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    start = next((i for i in range(min(4, len(window))) if not 0x80 <= window[i] < 0xC0), 0)
    text = decoder.decode(window[start:], final=False)  # a sequence cut at the end is held back
    bad = text.count("\ufffd")
    valid = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    return valid >= 4 * bad and valid > 0


def arabic_bytes(codec: str) -> bytes:
    """The high bytes that ``codec`` turns into Arabic-script characters."""
    return bytes(
        byte for byte in range(0x80, 0x100)
        if _ARABIC_CHARS.match(bytes([byte]).decode(codec, errors="replace"))
    )


_ARABIC_BYTES = {codec: arabic_bytes(codec) for codec in ("cp1256", "iso8859_6")}


def arabic_share(window: bytes, codec: str) -> float:
    """Share of the high bytes of ``window`` that ``codec`` reads as Arabic letters.

    Counted on bytes with ``bytes.translate`` (C speed), not on decoded text.
    """
    high = len(window) - len(window.translate(None, _HIGH_BYTES))
    if not high:
        return 0.0
    arabic = len(window) - len(window.translate(None, _ARABIC_BYTES[codec]))
    return arabic / high


def choose_arabic_codepage(window: bytes) -> str | None:
    """Pick cp1256 or ISO-8859-6 by which turns the bytes into more Arabic.

    ISO-8859-6 Arabic read as cp1256 shows Latin letters (ي→ê, و→è, ه→ç);
    cp1256 Arabic read as ISO-8859-6 hits undefined bytes (ف ق ك are 0xDD-0xDF
    in cp1256). cp1256 wins ties: it is what most Arabic Windows text uses.
    Returns None when neither reading is mostly Arabic.
    """
    cp_share = arabic_share(window, "cp1256")
    iso_share = arabic_share(window, "iso8859_6")
    if iso_share >= MIN_ARABIC_SHARE and iso_share > cp_share + ISO_MARGIN:
        return "iso8859_6"
    if cp_share >= MIN_ARABIC_SHARE:
        return "cp1256"
    return None


def guess_other_codec(window: bytes) -> str | None:
    """Ask charset_normalizer about non-Arabic, non-UTF-8 text (a sample only).

    Returns a Python codec name, or None when nothing fits or the name it
    gives is unknown to Python.
    """
    from charset_normalizer import from_bytes  # imported here: slow to import, rarely needed

    try:
        best = from_bytes(window[:SAMPLE_SIZE]).best()
        if best is None:
            return None
        return codecs.lookup(best.encoding).name
    except (LookupError, ValueError, RuntimeError):
        return None
