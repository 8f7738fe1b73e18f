"""The ``ner`` pipeline stage: named-entity mentions of each document.

The tagger is loaded on first use and kept for the life of the process
(loading the CRF takes a fraction of a second; doing it per document would
cost more than tagging). ``KHABAR_NER`` chooses the backend, as
:func:`khabar.entities.tagger.load_tagger` reads it: ``crf`` (default),
``crf:PATH`` or ``transformers:MODEL``.
"""

from __future__ import annotations

import os
from functools import lru_cache

from khabar.document import Document
from khabar.entities.tagger import Tagger, load_tagger
from khabar.pipeline import stage


@lru_cache(maxsize=4)
def shared_tagger(spec: str = "crf") -> Tagger:
    """One tagger per backend spec, per process."""
    return load_tagger(spec)


def tag_mentions_many(docs: list[Document]) -> None:
    """:func:`tag_mentions` on several documents, their sentences decoded together (same mentions)."""
    tagger = shared_tagger(os.environ.get("KHABAR_NER", "crf"))
    many = getattr(tagger, "tag_many", None)
    found = many(docs) if many is not None else [tagger.tag(doc) for doc in docs]
    for doc, mentions in zip(docs, found):
        doc.mentions = mentions


@stage("ner", requires=("tokens", "sentences"), assigns=("mentions",), batch=tag_mentions_many)
def tag_mentions(doc: Document) -> None:
    """Set ``doc.mentions`` from the tagger (sentence by sentence, offsets into ``doc.text``)."""
    doc.mentions = shared_tagger(os.environ.get("KHABAR_NER", "crf")).tag(doc)
