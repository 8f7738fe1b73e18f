"""The ``numbers`` and ``facts_link`` pipeline stages.

``numbers`` runs after ``times`` (numbers inside time expressions are no
facts) and sets ``doc.facts``, linked to whatever entities, times and quotes
the document already holds; ``facts_link`` re-links them once later stages
(entities, quotes) have run. Order: segment → times → numbers → … entities,
quotes … → facts_link.
"""

from __future__ import annotations

from khabar.document import Document
from khabar.numbers.facts import facts_of, link_facts
from khabar.numbers.matching import release_passes
from khabar.pipeline import stage


def find_facts_of_batch(docs: list[Document]) -> None:
    """What :func:`find_facts_stage` does to each document, with the word passes released once the
    whole batch is done: ``Pipeline.pipe`` runs the times stage over the batch first, so each
    document's passes are still wanted until the last of it."""
    for doc in docs:
        doc.facts = facts_of(doc)
    release_passes()


@stage("numbers", requires=("tokens", "sentences", "times"), assigns=("facts",), batch=find_facts_of_batch)
def find_facts_stage(doc: Document) -> None:
    """``doc.facts``: counted quantities with type, value, noun and links, per the contract. The
    times stage made the word passes both stages read; no later stage reads them, so they are
    released here (see :func:`khabar.numbers.matching.release_passes`)."""
    doc.facts = facts_of(doc)
    release_passes()


@stage("facts_link", requires=("facts", "times"), assigns=("facts",))
def link_facts_stage(doc: Document) -> None:
    """Link each fact to the LOC entity and time of its sentence and to the quote holding it."""
    link_facts(doc, doc.facts)
