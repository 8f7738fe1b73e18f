"""Numbers and facts: numerals, number words, duals, vague quantities; typed, linked facts.

- :mod:`khabar.numbers.words`: digits (Western, Arabic-Indic, Persian; ٫ ٬ and Latin
  separators) and number words in every case and gender, folded into values
  (``ثلاثة ملايين و200 ألف`` → 3,200,000; ``عشرات الآلاف`` → 10,000–99,999).
- :mod:`khabar.numbers.quantities`: modifiers (أكثر من، نحو، ما لا يقل عن…), ranges,
  percent, money with ISO currency codes, the counted noun; labels, phone
  numbers, years, scores and ordinals dropped.
- :mod:`khabar.numbers.facts`: the contract's ``facts`` (type from the governing
  word or the noun; links to entities, times and quotes).
- :mod:`khabar.numbers.stage`: the ``numbers`` and ``facts_link`` pipeline stages.

Word lists are data: ``numbers/data/*.tsv``.

>>> from khabar.numbers import quantities_in
>>> [q.describe() for q in quantities_in("مقتل أكثر من 1400 شخص")]
[('count', None, 1400, None, False, 'شخص')]
"""

from khabar.numbers.quantities import Quantity, find_quantities, quantities_in
from khabar.numbers.words import parse_number

__all__ = ["Quantity", "find_quantities", "parse_number", "quantities_in"]
