"""What the figure tests compare: the quantities of a sentence as :meth:`Quantity.describe` gives
them, and the facts of a one-sentence document (imported by the test modules of this folder)."""

from khabar.document import Document
from khabar.numbers.facts import facts_of
from khabar.numbers.quantities import quantities_in


def described(text):
    return [q.describe() for q in quantities_in(text)]


def facts(text, published="2015-08-06"):
    doc = Document(text=text, published=published)
    doc.sentences = [(0, len(text))]
    return facts_of(doc)
