"""Shared fixtures: where ../shared/data is, and a skip when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def find_shared_data() -> Path:
    env = os.environ.get("KHABAR_SHARED_DATA")
    return Path(env) if env else REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data, or a skip saying how to provide it."""
    path = find_shared_data()
    if not path.is_dir():
        pytest.skip(f"shared data not found at {path}: set KHABAR_SHARED_DATA to run this test")
    return path


def find_spec() -> Path:
    return REPO.parent / "shared" / "spec" / "ARTICLE.md"


@pytest.fixture(scope="session")
def worked_example() -> str:
    """The made-up article of the contract's worked example, read from ../shared/spec (never copied)."""
    spec = find_spec()
    if not spec.exists():
        pytest.skip(f"{spec} not found: the contract's worked example is read from ../shared/spec")
    return spec.read_text(encoding="utf-8").split("```")[1].strip("\n") + "\n"
