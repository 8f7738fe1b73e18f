"""Quotes of a text after segmentation, entities and links (a fixed pipeline: segment, ner, link), every
span checked to be the text at its offsets, and small readers of the records (imported by the test
modules of this folder)."""

from __future__ import annotations

import khabar
from khabar.pipeline import Pipeline
from khabar.read import read_bytes_source
from khabar.speech import find_quotes

_PIPELINE = None


def analysed(text: str) -> list[dict]:
    """Quotes of a text after segmentation and entities (a fixed pipeline), spans checked."""
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = Pipeline(["segment", "ner", "link"])
    doc = _PIPELINE(read_bytes_source(text, "<test>"))
    found = find_quotes(doc)
    for q in found:
        assert doc.text[q["start"] : q["end"]] == q["text"]
        for key in ("cue", "via_text", "channel"):
            if q.get(key):
                assert doc.text[q[key]["start"] : q[key]["end"]] == q[key]["text"], key
        if q["speaker"]["start"] is not None:
            assert doc.text[q["speaker"]["start"] : q["speaker"]["end"]] == q["speaker"]["text"]
    return found


def of_kind(text: str, kind: str) -> list[dict]:
    """The quotes of one kind ("direct", "indirect", "according_to") found in ``text``, spans checked."""
    return [q for q in analysed(text) if q["kind"] == kind]


def containing(found: list[dict], words: str) -> dict:
    """The first quote whose content holds ``words``."""
    return next(q for q in found if words in q["text"])


def speaker_of_words(text: str, words: str) -> str | None:
    """The speaker's text of the first quote whose content holds ``words`` (spans checked; None with no speaker)."""
    return (containing(analysed(text), words).get("speaker") or {}).get("text")


def cues(found: list[dict]) -> list[str | None]:
    """The cue words of the quotes, in order (None for a quote with no cue)."""
    return [(q["cue"] or {}).get("text") for q in found]


def by_cue(found: list[dict], cue: str) -> dict:
    [q] = [q for q in found if (q["cue"] or {}).get("text") == cue]
    return q


def speaker(found: list[dict], cue: str) -> str | None:
    return by_cue(found, cue)["speaker"]["text"]


def _speaker(quote) -> str | None:
    return quote["speaker"]["text"] if quote.get("speaker") else None


def speaker_opening(text: str, opening: str, kind: str = "indirect") -> str:
    """The speaker's text of the one quote of ``kind`` in ``text`` whose content opens with ``opening``."""
    found = [q for q in of_kind(text, kind) if q["text"].startswith(opening)]
    assert len(found) == 1, of_kind(text, kind)
    return (found[0]["speaker"] or {}).get("text") or ""


def speaker_of_cue(found: list[dict], cue: str) -> str:
    """The speaker's text of the first quote whose cue is ``cue``."""
    return next(q["speaker"]["text"] for q in found if q.get("cue") and q["cue"]["text"] == cue)


def speaker_of_content(text: str, content_start: str) -> str | None:
    """The speaker's text of the first quote whose content opens with ``content_start``, through the whole
    pipeline (``khabar.analyze``, published 2015-08-01)."""
    doc = khabar.analyze(text, published="2015-08-01")
    return next((q["speaker"] or {}).get("text") for q in doc.quotes if q["text"].startswith(content_start))


def cue_speakers(text: str, published: str) -> list[tuple[str, str]]:
    """(cue, speaker text) of every quote with both, through the whole pipeline."""
    doc = khabar.analyze(text, published=published)
    return [(q["cue"]["text"], q["speaker"]["text"]) for q in doc.quotes if q["cue"] and q["speaker"]]


def cue_contents(text: str, published: str) -> dict[str, str]:
    """cue → content of every quote with a cue, through the whole pipeline."""
    doc = khabar.analyze(text, published=published)
    return {q["cue"]["text"]: q["text"] for q in doc.quotes if q["cue"]}


def quote_rows(text: str, published: str = "2015-08-01") -> list[tuple[str, str | None, str | None, str]]:
    """(kind, cue text, speaker text, content) of every quote, through the whole pipeline; None for a
    quote with no cue or no speaker."""
    doc = khabar.analyze(text, published=published)
    return [(q["kind"], (q["cue"] or {}).get("text"), (q["speaker"] or {}).get("text"), q["text"]) for q in doc.quotes]


def according_rows(text: str) -> list[tuple[str | None, str | None, str]]:
    """(cue text, speaker text, content) of every according-to quote, through the whole pipeline."""
    return [(cue, speaker, content) for kind, cue, speaker, content in quote_rows(text) if kind == "according_to"]


def only_according(text: str) -> tuple[str | None, str]:
    """(speaker text, content) of a text's one according-to quote; fails unless there is exactly one."""
    rows = according_rows(text)
    assert len(rows) == 1, rows
    return rows[0][1], rows[0][2]


def analysed_quotes(text: str) -> list[dict]:
    """The quotes of ``text`` through the whole pipeline (``khabar.analyze``, published 2015-08-01)."""
    return khabar.analyze(text, published="2015-08-01").quotes


def first_by_cue(found: list[dict], cue: str) -> dict:
    """The first quote whose cue is ``cue`` (``by_cue`` asks for exactly one)."""
    return next(q for q in found if (q["cue"] or {}).get("text") == cue)
