"""The ``quotes`` pipeline stage: who said what, according to whom.

Run it after the entity and time stages when they exist ("link", "times"):
it then fills ``speaker.entity``, ``via`` and ``time`` with their ids; alone
it still finds every quote from the text, with spans and ``via_text`` /
``time_span``.
"""

from __future__ import annotations

from khabar.document import Document
from khabar.pipeline import stage
from khabar.speech.extract import find_quotes


@stage("quotes", requires=("tokens", "sentences"), assigns=("quotes",))
def quotes(doc: Document) -> None:
    """Fill ``doc.quotes`` (``khabar.article/1``); a failure is a warning, never a lost article."""
    try:
        doc.quotes = find_quotes(doc)
    except Exception as error:  # pragma: no cover - find_quotes is tested never to raise
        doc.quotes = []
        doc.warnings.append(f"quotes: {type(error).__name__}: {error}")
