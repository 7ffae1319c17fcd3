"""Benchmark: the whole five-language build with the relcheck results rendered, against the same build
with the plugin's result markers left empty (the baseline), measured in the same run.

    python scripts/bench/bench_build.py [--runs 5]

Each build runs in a fresh Python process (as `mkdocs build` does), into a temporary folder, and the two
variants alternate so that a slow moment of the machine hits both alike. The cost of a build is the CPU
time (user + system) of its process, which other load on a shared machine disturbs far less than wall
time; both are printed, as medians, with their ratios. The target is a CPU-time ratio of at most 1.15.
Exit 1 when it is missed.
"""

from __future__ import annotations

import argparse
import os
import resource
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


def one_build(render: bool) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one whole build in a fresh process."""
    with tempfile.TemporaryDirectory() as site_dir:
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        args = [sys.executable, "-c", BUILD, str(ROOT / "mkdocs.yml"), site_dir, "on" if render else "off"]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(args, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return cpu, wall


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5, help="builds of each variant (default: 5)")
    runs = parser.parse_args().runs
    cpu: dict[bool, list[float]] = {True: [], False: []}
    wall: dict[bool, list[float]] = {True: [], False: []}
    one_build(True)  # warm the file cache and the bytecode once, for both variants
    for run in range(runs):
        for render in (False, True) if run % 2 == 0 else (True, False):
            cpu_time, wall_time = one_build(render)
            cpu[render].append(cpu_time)
            wall[render].append(wall_time)
        print(
            f"run {run + 1}/{runs}: markers empty {cpu[False][-1]:.2f} s CPU ({wall[False][-1]:.2f} s wall), "
            f"with results {cpu[True][-1]:.2f} s CPU ({wall[True][-1]:.2f} s wall)"
        )
    ratio = statistics.median(cpu[True]) / statistics.median(cpu[False])
    wall_ratio = statistics.median(wall[True]) / statistics.median(wall[False])
    print(
        f"median of {runs}: markers empty {statistics.median(cpu[False]):.2f} s CPU "
        f"({statistics.median(wall[False]):.2f} s wall), with results {statistics.median(cpu[True]):.2f} s CPU "
        f"({statistics.median(wall[True]):.2f} s wall)"
    )
    print(f"ratio: {ratio:.3f} CPU, {wall_ratio:.3f} wall")
    print(f"target: CPU ratio <= {TARGET_RATIO}: {'met' if ratio <= TARGET_RATIO else 'MISSED'}")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
