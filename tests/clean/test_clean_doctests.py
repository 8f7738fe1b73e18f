"""The examples in the cleaning modules' docstrings run as written."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["khabar.clean", "khabar.clean.outlets", "khabar.clean.boilerplate", "khabar.clean.credits",
           "khabar.clean.firstchars"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0
