"""Time ``relcheck check`` against a parse-only baseline on the same synthetic catalog.

    python scripts/bench/bench_check.py            # 10,000 files and 1 file, median of 5 runs each
    python scripts/bench/bench_check.py --files 2000 --runs 3

The catalog is made of copies of the shipped scenarios under new ids. The baseline is a fresh Python
process that reads every file and parses it with PyYAML's C loader and nothing else; ``relcheck check``
runs as a fresh process too, so both include start-up. Prints the medians and the ratio.

The large catalog is compared by CPU time (user + system): the work done, which the number of cores
does not hide (target: at most 1.3 times the baseline). One file, what pre-commit runs on each commit, is
compared by wall time with ``check-jsonschema --schemafile schemas/scenario.schema.json`` on the same
file (targets: at most 0.15 s, and at most 0.55 times check-jsonschema).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASELINE = """
import sys, yaml
from pathlib import Path
for p in sorted(Path(sys.argv[1]).rglob("*.yaml")):
    yaml.load(p.read_bytes(), Loader=yaml.CSafeLoader)
"""


def make_catalog(folder: Path, count: int) -> None:
    sources = sorted((ROOT / "scenarios").glob("*.yaml"))
    for i in range(count):
        source = sources[i % len(sources)]
        new_id = f"bench-{i:05d}-{source.stem}"
        text = source.read_text(encoding="utf-8").replace(f"id: {source.stem}\n", f"id: {new_id}\n", 1)
        (folder / f"{new_id}.yaml").write_text(text, encoding="utf-8")


def median_time(command: list[str], runs: int, expect_rc: int = 0, cpu: bool = False) -> float:
    """The median wall time of fresh runs of a command, or with `cpu` its children's CPU time."""
    times = []
    for _ in range(runs):
        before = os.times()
        start = time.perf_counter()
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        wall = time.perf_counter() - start
        after = os.times()
        used = (after.children_user - before.children_user) + (after.children_system - before.children_system)
        times.append(used if cpu else wall)
        if done.returncode != expect_rc:
            sys.exit(f"{' '.join(command)} exited {done.returncode}: {done.stderr.decode()[-500:]}")
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--files", type=int, default=10_000, help="size of the large catalog (default 10000)")
    parser.add_argument(
        "--runs", type=int, default=5, help="runs per measurement; the median is kept (default 5)"
    )
    args = parser.parse_args()
    relcheck = [sys.executable, "-m", "relcheck.cli", "check"]
    parse_only = [sys.executable, "-c", BASELINE]
    check_jsonschema = [
        str(Path(sys.executable).with_name("check-jsonschema")),
        "--schemafile",
        str(ROOT / "schemas" / "scenario.schema.json"),
    ]
    folder = Path(tempfile.mkdtemp(prefix="relcheck-bench-"))
    try:
        big, one = folder / "many", folder / "one"
        for path in (big, one):
            path.mkdir()
        make_catalog(big, args.files)
        make_catalog(one, 1)
        single = next(one.glob("*.yaml"))
        big_base = median_time([*parse_only, str(big)], args.runs, cpu=True)
        big_ours = median_time([*relcheck, str(big)], args.runs, cpu=True)
        # Interleaved, so that both tools see the same machine load.
        one_ours, one_reference = [], []
        for _ in range(args.runs):
            one_ours.append(median_time([*relcheck, str(single)], 1))
            one_reference.append(median_time([*check_jsonschema, str(single)], 1))
    finally:
        shutil.rmtree(folder)
    ours, reference = statistics.median(one_ours), statistics.median(one_reference)
    big_ratio, one_ratio = big_ours / big_base, ours / reference
    print(
        f"{args.files} files, CPU time: relcheck {big_ours:.2f} s, parse-only baseline {big_base:.2f} s, "
        f"ratio {big_ratio:.2f} (target: at most 1.3)"
    )
    print(
        f"1 file, wall time: relcheck {ours:.3f} s (target: at most 0.150), check-jsonschema "
        f"{reference:.3f} s, ratio {one_ratio:.2f} (target: at most 0.55). Medians of {args.runs}."
    )
    return 0 if big_ratio <= 1.3 and ours <= 0.15 and one_ratio <= 0.55 else 1


if __name__ == "__main__":
    sys.exit(main())
