"""Time ``relcheck check`` against a parse-only baseline on the same synthetic catalog.

    python scripts/bench/bench_check.py            # 10,000 files and 1 file, median of 5 runs each
    python scripts/bench/bench_check.py --files 2000 --runs 3

The catalog is made of copies of the shipped scenarios under new ids. The baseline is a fresh Python
process that reads every file and parses it with PyYAML's C loader and nothing else; ``relcheck check``
runs as a fresh process too, so both include start-up. Prints the medians and the ratio.
"""

from __future__ import annotations

import argparse
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


def median_time(command: list[str], runs: int, expect_rc: int = 0) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        times.append(time.perf_counter() - start)
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
    folder = Path(tempfile.mkdtemp(prefix="relcheck-bench-"))
    try:
        big, one, empty = folder / "many", folder / "one", folder / "empty"
        for path in (big, one, empty):
            path.mkdir()
        make_catalog(big, args.files)
        make_catalog(one, 1)
        single = next(one.glob("*.yaml"))
        rows = [
            (
                f"{args.files} files",
                median_time([*parse_only, str(big)], args.runs),
                median_time([*relcheck, str(big)], args.runs),
            ),
            (
                "1 file",
                median_time([*parse_only, str(one)], args.runs),
                median_time([*relcheck, str(single)], args.runs),
            ),
        ]
        interpreter = median_time([sys.executable, "-c", "pass"], args.runs)
        startup = median_time([*relcheck, str(empty)], args.runs)  # interpreter, imports, summary; no file
    finally:
        shutil.rmtree(folder)
    print(f"{'catalog':<14}{'parse-only (s)':>16}{'relcheck (s)':>14}{'ratio':>8}")
    for name, base, ours in rows:
        print(f"{name:<14}{base:>16.3f}{ours:>14.3f}{ours / base:>8.2f}")
    one_file = rows[1][2]
    print(
        f"1 file: {one_file:.3f} s, of which start-up (interpreter {interpreter:.3f} s, imports and the "
        f"summary line: relcheck on an empty folder {startup:.3f} s) is {100 * startup / one_file:.0f}%; "
        f"checking the file itself takes {max(one_file - startup, 0) * 1000:.0f} ms. Medians of {args.runs}."
    )
    ratio = rows[0][2] / rows[0][1]
    print(f"{args.files} files: {ratio:.2f} x the parse-only baseline (target: at most 1.5)")
    return 0 if ratio <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
