"""Quotes of a text run through the whole pipeline (``khabar.analyze``: entities resolve speakers), every
span checked to be the text at its offsets (imported by the test modules of this folder)."""

from __future__ import annotations

import khabar
from khabar.speech import find_quotes


def analysed(text: str) -> list[dict]:
    """Quotes of a text run through the whole pipeline (entities resolve speakers), spans checked."""
    doc = khabar.analyze(text)
    found = find_quotes(doc)
    for q in found:
        assert doc.text[q["start"]:q["end"]] == q["text"]
        for key in ("cue", "via_text", "channel", "time_span", "reported_first_by_text"):
            if q.get(key):
                assert doc.text[q[key]["start"]:q[key]["end"]] == q[key]["text"], key
        if q["speaker"]["start"] is not None:
            assert doc.text[q["speaker"]["start"]:q["speaker"]["end"]] == q["speaker"]["text"]
    return found
