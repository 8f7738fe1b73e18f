"""Fixtures shared by the numbers tests."""

import json
import zipfile

import pytest

from khabar.numbers.matching import matching_form


@pytest.fixture(scope="module")
def articles(shared_data):
    """The matching forms of the first 300 articles of the first SaudiNewsNet day file: the real text
    the fast paths and gates are checked on against the code they stand in for."""
    path = min((shared_data / "news" / "saudinewsnet").glob("*.zip"))
    with zipfile.ZipFile(path) as archive:
        records = json.loads(archive.read(archive.namelist()[0]))
    return [matching_form(r["content"]).text for r in records[:300] if r.get("content")]
