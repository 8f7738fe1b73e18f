"""What every benchmark script shares: the data folder, the commit, and recording a result."""

from __future__ import annotations

import subprocess
from pathlib import Path

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def commit() -> str:
    """The short hash of the checked-out commit, for the record."""
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def publish(result: str, append: Path | None) -> None:
    """Print a Markdown result and, with ``--append``, add it to a docs file."""
    print(result)
    if append:
        with append.open("a", encoding="utf-8") as out:
            out.write(result + "\n")
