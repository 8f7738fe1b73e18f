"""Fixtures for the cleaning tests: the source tree on sys.path, and the SaudiNewsNet zips."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

try:  # the package may not be installed yet: fall back to the source tree
    import khabar  # noqa: F401
except ImportError:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))


@pytest.fixture(scope="session")
def saudinewsnet_zips(shared_data: Path) -> list[Path]:
    """The SaudiNewsNet day files (read only, never copied), or a skip when absent."""
    folder = shared_data / "news" / "saudinewsnet"
    zips = sorted(folder.glob("*.zip"))
    if not zips:
        pytest.skip(f"shared data absent: no SaudiNewsNet zips in {folder} (set KHABAR_SHARED_DATA)")
    return zips
