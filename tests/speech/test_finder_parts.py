"""The quote finder is one class made of mixins (extract.py ``Finder``): a method a pass adds under a
name another part already uses silently replaces that part's method for every caller (session 45: a new
``describes_source`` in extract.py took the place of according.py's, and according-to sources lost their
description test). Each name must be defined by one part only."""

from collections import defaultdict

from khabar.speech.extract import Finder


def _methods_by_name() -> dict[str, list[str]]:
    owners: dict[str, list[str]] = defaultdict(list)
    for part in Finder.__mro__:
        if part is object:
            continue
        for name, value in vars(part).items():
            if not name.startswith("__") and (
                callable(value) or isinstance(value, (staticmethod, classmethod, property))
            ):
                owners[name].append(part.__name__)
    return owners


def test_every_method_name_belongs_to_one_part():
    shared = {name: parts for name, parts in _methods_by_name().items() if len(parts) > 1}
    assert not shared, f"methods defined by more than one part of Finder: {shared}"


def test_the_finder_is_made_of_several_parts():
    assert len(Finder.__mro__) > 5  # (so the test above has parts to compare)
