"""Readers shared by the entity tests: the persons ``khabar.analyze`` finds, by name, and a segmented
document with the tagger's mentions simulated, for the linker alone."""

from __future__ import annotations

import khabar
from khabar.document import Document, Mention
from khabar.text.segment import split_sentences, tokenize


def persons(text: str) -> dict[str, tuple[str | None, list[str]]]:
    """Each person entity by name: its canonical English name and its mentions' texts."""
    doc = khabar.analyze(text).to_dict()
    return {
        e["name"]: ((e.get("canonical") or {}).get("en"), [m["text"] for m in e["mentions"]])
        for e in doc["entities"]
        if e["type"] == "PER"
    }


def tagged_document(text: str, mentions=()) -> Document:
    """A segmented document whose ``mentions`` simulate the tagger: ``(surface, type)`` at the surface's first
    occurrence, or ``(surface, type, n)`` at its occurrence ``n`` counted from 0."""
    doc = Document(text=text)
    doc.tokens = tokenize(text)
    doc.sentences = split_sentences(text)
    for surface, kind, *nth in mentions:
        start = -1
        for _ in range((nth[0] if nth else 0) + 1):
            start = text.index(surface, start + 1)
        doc.mentions.append(Mention(start, start + len(surface), surface, kind))
    return doc
