"""Reported speech: who said what, according to whom (the ``quotes`` of ``khabar.article/1``).

:func:`find_quotes` reads a :class:`~khabar.document.Document` and returns its
quote records; :func:`quote_chain` gives a quote's chain of transmission
(outlet → credits → via → speaker). The pipeline stage ``quotes`` lives in
:mod:`khabar.speech.stage`.
"""

from khabar.speech.chain import format_chain, quote_chain
from khabar.speech.extract import find_quotes

__all__ = ["find_quotes", "format_chain", "quote_chain"]
