"""Run every benchmark and print its figures: `.venv/bin/python bench/run.py [--victims N]`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    failed = 0
    for script in sorted(HERE.glob("bench_*.py")):
        if script.name == "bench_scale.py":
            continue  # an hour on 2 cores: run on its own (bench/README.md, "At scale")
        print(f"\n== {script.name}", flush=True)
        failed |= subprocess.run([sys.executable, str(script), *sys.argv[1:]]).returncode
    return failed


if __name__ == "__main__":
    raise SystemExit(main())
