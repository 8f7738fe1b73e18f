"""Cleaning: the body text of an article, before it is fixed and offsets are assigned.

Scraped news bodies carry what their authors did not write (share buttons,
comment forms, "read also" lists, copyright and source lines) and credit lines
that say where the story came from. :func:`clean_text` cuts the first, reads
the second, and returns the body as the contract wants it: paragraphs
separated by one blank line, the title apart for plain-text articles.

>>> cleaned = clean_text("عمّان - (أ ف ب)\\nقال الوزير إن المشروع يبدأ قريبا.\\nشارك هذا المقال")
>>> cleaned.text
'عمّان - (أ ف ب)\\n\\nقال الوزير إن المشروع يبدأ قريبا.'
>>> [(c["kind"], c["name"]) for c in cleaned.credits]
[('dateline', 'AFP')]
>>> cleaned.removed
[{'kind': 'share', 'text': 'شارك هذا المقال'}]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from khabar.clean.boilerplate import EDGE_CHARS, cut_closing_tags, match_line, remove_boilerplate
from khabar.clean.credits import extract_credits, parse_credit_line
from khabar.clean.outlets import (
    Outlet,
    find_outlet,
    outlet_for_domain,
    outlet_for_label,
    outlet_patterns,
    resolve_preference,
)

__all__ = [
    "Cleaned", "Outlet", "clean_text", "find_outlet", "match_line",
    "outlet_for_domain", "outlet_for_label", "outlet_patterns", "split_lines",
]

MAX_TITLE_WORDS = 15
MAX_TITLE_CHARS = 150
SENTENCE_ENDS = (".", "!", "؟", "?", ":", "：", "…", "؛", "،", ",")


@dataclass(slots=True)
class Cleaned:
    """The clean body (``text``), the ``title`` of a plain-text article, and the
    contract's ``removed`` (``[{kind, text}]``) and ``credits``
    (``[{name, domain, kind, text, ar, place}]``)."""

    text: str
    title: str | None = None
    removed: list[dict[str, Any]] = field(default_factory=list)
    credits: list[dict[str, Any]] = field(default_factory=list)


def split_lines(text: str) -> list[str]:
    """Non-empty lines, stripped of spaces and invisible marks at both ends.

    Every line break counts (\\r\\n, \\r, U+2028/2029, NEL…): scrapers write one
    paragraph a line, and the contract wants each as its own paragraph.
    """
    lines = (line.strip(EDGE_CHARS) for line in text.splitlines())
    return [line for line in lines if line]


def pop_title(paragraphs: list[tuple[int, str]]) -> str | None:
    """Take the headline off a plain-text body: a short first line, not a
    sentence and not a credit line, followed by more text."""
    if len(paragraphs) < 2:
        return None
    first = paragraphs[0][1]
    if len(first) > MAX_TITLE_CHARS or len(first.split()) > MAX_TITLE_WORDS:
        return None
    if first.endswith(SENTENCE_ENDS):
        return None
    if parse_credit_line(first):
        return None
    paragraphs.pop(0)
    return first


def clean_text(text: str, *, plain_text: bool = False, outlet: Outlet | str | None = None) -> Cleaned:
    """Cut boilerplate out of an article body, read its credits, and lay out its paragraphs.

    With ``plain_text=True`` (no HTML title was available) a short first
    line that is not a sentence becomes the ``title``. ``outlet`` (an
    :class:`Outlet`, a dataset label, a domain or a name) says who published
    the article, so that a dateline's «الجزيرة» in an al-jazirah.com article
    is that paper and not the TV channel. Never raises on a ``str``.
    """
    if not isinstance(text, str):
        raise TypeError(f"clean_text wants a str, not {type(text).__name__}")
    kept, cuts = remove_boilerplate(split_lines(text))
    title = pop_title(kept) if plain_text else None
    credits, kept, credit_cuts = extract_credits(kept, cuts, resolve_preference(outlet))
    credit_cuts += cut_closing_tags(kept)  # tags a closing credit line hid
    cuts = sorted([*cuts, *credit_cuts], key=lambda cut: cut.index)
    return Cleaned(
        text="\n\n".join(line for _, line in kept),
        title=title,
        removed=[cut.to_dict() for cut in cuts],
        credits=[credit.to_dict() for credit in credits],
    )
