"""What every benchmark script shares: the data folder, the commit, and recording a result."""

from __future__ import annotations

import subprocess
from pathlib import Path

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def commit() -> str:
    """The short hash of the checked-out commit, for the record; ``+`` when src/ has uncommitted changes."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
        changed = subprocess.run(["git", "status", "--porcelain", "--", "src"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+" if changed.strip() else "")


def machine() -> str:
    """CPU model, cores and memory of this machine, in one line."""
    import os
    import platform

    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        memory = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal"))
        memory_text = f", {memory / 1024 / 1024:.0f} GB"
    except (OSError, StopIteration, ValueError):
        memory_text = ""
    return f"{model}, {os.cpu_count()} cores{memory_text}, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def publish(result: str, append: Path | None) -> None:
    """Print a Markdown result and, with ``--append``, add it to a docs file."""
    print(result)
    if append:
        with append.open("a", encoding="utf-8") as out:
            out.write(result + "\n")
