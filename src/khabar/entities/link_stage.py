"""Registers the ``link`` pipeline stage (imported by :mod:`khabar.stages`).

The lead places it after ``ner`` in :data:`khabar.pipeline.DEFAULT_STAGES`;
it does not *require* ``mentions`` so that it also runs, on its own gazetteer
and context patterns, in a pipeline without the tagger.
"""

from __future__ import annotations

from khabar.document import Document
from khabar.entities.link import link_entities
from khabar.pipeline import stage


@stage("link", requires=("tokens", "sentences"), assigns=("entities",))
def link(doc: Document) -> None:
    """Fill ``doc.entities`` from ``doc.mentions`` (may be empty) and the gazetteer."""
    doc.entities = link_entities(doc)
