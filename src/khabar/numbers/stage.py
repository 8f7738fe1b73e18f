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
from khabar.pipeline import stage


@stage("numbers", requires=("tokens", "sentences", "times"), assigns=("facts",))
def find_facts_stage(doc: Document) -> None:
    """``doc.facts``: counted quantities with type, value, noun and links, per the contract."""
    doc.facts = facts_of(doc)


@stage("facts_link", requires=("facts", "times"), assigns=("facts",))
def link_facts_stage(doc: Document) -> None:
    """Link each fact to the LOC entity and time of its sentence and to the quote holding it."""
    link_facts(doc, doc.facts)
