"""What the figure tests compare: the quantities of a sentence as :meth:`Quantity.describe` gives
them, and the facts of a one-sentence document, whole or as ``(text, type)`` or
``(text, type, value, min, max)`` rows (imported by the test modules of this folder)."""

import khabar
from khabar.document import Document
from khabar.numbers.facts import facts_of
from khabar.numbers.quantities import quantities_in


def described(text):
    return [q.describe() for q in quantities_in(text)]


def facts(text, published="2015-08-06"):
    doc = Document(text=text, published=published)
    doc.sentences = [(0, len(text))]
    return facts_of(doc)


def typed(text):
    return [(f["text"], f["type"]) for f in facts(text)]


def rows(text):
    return [(f["text"], f["type"], f["value"], f["min"], f["max"]) for f in facts(text)]


def analysed_facts(text, published="2015-08-10"):
    """The facts of a text through the whole pipeline (``khabar.analyze``): segmentation, entities, times."""
    return khabar.analyze(text, published=published).facts


def analysed_typed(text, published="2015-08-10"):
    """``(text, type)`` rows of the facts through the whole pipeline."""
    return [(f["text"], f["type"]) for f in analysed_facts(text, published)]


def analysed_values(text, published="2015-08-10"):
    return [f["value"] for f in analysed_facts(text, published)]
