#!/usr/bin/env bash
# Mutation testing of the rules and the engine with mutmut, against the fast checker tests only
# (tests/checker/; configured in pyproject.toml, [tool.mutmut]). Prints the score, killed / total, and
# every surviving mutant; exits non-zero below MUTATION_FAIL_UNDER percent (90 unless set).
# Slow (minutes), so not part of scripts/dev/test.sh. Needs .venv from scripts/dev/setup.sh.
#
# mutmut runs in build/mutation/, a tree of links to the repository in which src/ is scripts/: mutmut
# names a mutant after its file's path, stripping only a leading "src/", and the tests import "relcheck".
# Its copy of the code, the mutants and their results are in build/mutation/mutants/; a run starts
# afresh. `cd build/mutation && ../../.venv/bin/mutmut show NAME` shows one mutant's diff.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
fail_under=${MUTATION_FAIL_UNDER:-90}

if [ ! -x .venv/bin/mutmut ]; then
  echo "mutation: .venv has no mutmut; run: bash scripts/dev/setup.sh" >&2
  exit 2
fi

stage=build/mutation
rm -rf "$stage"
mkdir -p "$stage"
ln -s "$repo/scripts" "$stage/src"
for name in pyproject.toml scripts tests schemas locales scenarios docs overrides mkdocs.yml .github README.md; do
  ln -s "$repo/$name" "$stage/$name"
done

cd "$stage"
export NO_MKDOCS_2_WARNING=1
start=$SECONDS
"$repo/.venv/bin/mutmut" run
elapsed=$((SECONDS - start))
"$repo/.venv/bin/mutmut" export-cicd-stats >/dev/null

echo
echo "Surviving mutants (show one with: cd $stage && ../../.venv/bin/mutmut show NAME):"
"$repo/.venv/bin/mutmut" results | grep -E ': (survived|no tests|suspicious|skipped)$' || echo "  none"

"$repo/.venv/bin/python" - "$fail_under" "$elapsed" <<'PY'
import json
import sys

fail_under, elapsed = float(sys.argv[1]), int(sys.argv[2])
stats = json.load(open("mutants/mutmut-cicd-stats.json", encoding="utf-8"))
# A mutant whose tests do not finish in time is detected, as Stryker and PIT count it: the rules are built
# when relcheck is imported, and a mutant that breaks that build makes the worker's run time out.
killed, timeout, total = stats["killed"], stats.get("timeout", 0), stats["total"]
detected = killed + timeout
score = 100.0 * detected / total if total else 0.0
others = ", ".join(
    f"{k.replace('_', ' ')} {v}" for k, v in stats.items() if k not in ("killed", "timeout", "total") and v
)
print(
    f"\nMutation score: {detected} / {total} detected = {score:.1f} % (killed {killed}, timed out {timeout};"
    f" {others or 'no others'}), in {elapsed} s"
)
if score < fail_under:
    print(f"mutation: the score is below {fail_under:g} %", file=sys.stderr)
    sys.exit(1)
PY
