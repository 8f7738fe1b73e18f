"""What the time tests compare: ``(text, type, value)`` of every expression found, each checked to be
the verbatim text at its offsets (imported by the test modules of this folder)."""

import khabar
from khabar.time.expressions import find_times


def time_rows(text, published, future=False):
    found = find_times(text, published, future_at=(lambda at: True) if future else None)
    for t in found:
        assert text[t.start : t.end] == t.text
    return [(t.text, t.type, t.value) for t in found]


def values_ending(rows, text):
    """The values of the rows whose found text ends with ``text`` (a phrase read with what precedes it)."""
    return [value for found, _, value in rows if found.endswith(text)]


def rows_of(rows, text):
    """``(type, value)`` of the rows whose found text is exactly ``text``."""
    return [(type_, value) for found, type_, value in rows if found == text]


def analysed_times(text, published):
    """``(text, value)`` of every time through the whole pipeline (``khabar.analyze``: its future cues read the
    segmented tokens, which ``find_times`` alone does not)."""
    return [(t["text"], t["value"]) for t in khabar.analyze(text, published=published).times]
