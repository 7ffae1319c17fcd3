"""Benchmark: the whole five-language build with the relcheck results rendered, against the same build
with the plugin's result markers left empty (the baseline), measured in the same run.

    python scripts/bench/bench_build.py [--runs 5]

Each build runs in a fresh Python process (as `mkdocs build` does), into a temporary folder, and the two
variants alternate so that a slow moment of the machine hits both alike. It prints the median wall time
of each and their ratio; the target is a ratio of at most 1.15. Exit 1 when the target is missed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGET_RATIO = 1.15
BUILD = """
import sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
config = load_config(sys.argv[1], site_dir=sys.argv[2])
config.plugins["relcheck"].config.render_results = sys.argv[3] == "on"
build(config)
"""


def one_build(render: bool) -> float:
    with tempfile.TemporaryDirectory() as site_dir:
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        args = [sys.executable, "-c", BUILD, str(ROOT / "mkdocs.yml"), site_dir, "on" if render else "off"]
        start = time.perf_counter()
        subprocess.run(args, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5, help="builds of each variant (default: 5)")
    runs = parser.parse_args().runs
    times: dict[bool, list[float]] = {True: [], False: []}
    one_build(True)  # warm the file cache and the bytecode once, for both variants
    for run in range(runs):
        for render in (False, True) if run % 2 == 0 else (True, False):
            times[render].append(one_build(render))
        print(
            f"run {run + 1}/{runs}: markers empty {times[False][-1]:.2f} s, rendered {times[True][-1]:.2f} s"
        )
    baseline, full = statistics.median(times[False]), statistics.median(times[True])
    ratio = full / baseline
    print(f"median of {runs}: markers empty {baseline:.2f} s, with results {full:.2f} s, ratio {ratio:.3f}")
    print(f"target: ratio <= {TARGET_RATIO}: {'met' if ratio <= TARGET_RATIO else 'MISSED'}")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
