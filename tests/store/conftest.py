"""Fixtures of the store's tests: a store holding the sample articles of store_samples."""

from __future__ import annotations

from typing import Any

import pytest
from store_samples import ARTICLES, build_records

from khabar.store import Store


@pytest.fixture(scope="session")
def records() -> list[dict[str, Any]]:
    return build_records()


@pytest.fixture()
def store(tmp_path, records) -> Store:
    db = tmp_path / "k.db"
    with Store(db) as writable:
        writable.add(records)
    opened = Store(db)
    yield opened
    opened.close()


@pytest.fixture()
def by_key(records) -> dict[str, dict[str, Any]]:
    return {spec["key"]: record for spec, record in zip(ARTICLES, records)}
