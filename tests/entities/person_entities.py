"""Readers shared by the entity tests: the persons ``khabar.analyze`` finds, by name."""

from __future__ import annotations

import khabar


def persons(text: str) -> dict[str, tuple[str | None, list[str]]]:
    """Each person entity by name: its canonical English name and its mentions' texts."""
    doc = khabar.analyze(text).to_dict()
    return {
        e["name"]: ((e.get("canonical") or {}).get("en"), [m["text"] for m in e["mentions"]])
        for e in doc["entities"]
        if e["type"] == "PER"
    }
