"""Time how fast the "Check your situation" page answers a change, in Debian's Chromium, and weigh it.

    python scripts/bench/bench_situation.py              # builds the site into a temporary folder
    python scripts/bench/bench_situation.py --site site  # an already built site
    python scripts/bench/bench_situation.py --changes 200

Update time: from a click on a form control to the next frame the browser paints, with the answers
re-evaluated and redrawn (target: at most 100 ms). It is measured on the heaviest case the form allows:
the 21Vianet edition (whose V9 condition is the largest), every service taken on, and five other partners
holding delegated administrative privileges. The baseline, measured in the same page in the same run,
is the same click on a checkbox that nothing listens to: what the browser spends anyway. The ratio says
how much the page's own work adds.

Weight: the gzip size of every file the page loads from the site, against a content page (the
worldwide procedure page), in the same language (target: at most 150 KB more).

Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.website.browser import CHROMIUM, CHROMIUM_ARGS, gzip_bytes, serve  # noqa: E402

# Click, then wait for the frame after the handlers ran: requestAnimationFrame fires before the paint,
# and the timer after it runs once that frame is done.
CLICK_TO_FRAME = """async (selector) => {
  const box = document.querySelector(selector);
  const started = performance.now();
  box.click();
  await new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)));
  return performance.now() - started;
}"""

HEAVY_CASE = """() => {
  document.getElementById('rc-edition-21vianet').click();
  document.getElementById('rc-customer-arrangement').value = 'multi_channel';
  document.querySelectorAll('input[name="partner.services"]').forEach(b => { b.checked = true; });
  for (let i = 0; i < 5; i++) { document.querySelector('[data-action="add-partner"]').click(); }
  document.querySelectorAll('input[data-part="dap_services"]').forEach((b, i) => { b.checked = i % 3 === 0; });
  document.querySelectorAll('input[name="after_acceptance"]').forEach(b => { b.checked = true; });
  document.getElementById('rc-revocation').click();
  const idle = document.createElement('input');
  idle.type = 'checkbox';
  idle.id = 'bench-idle';
  document.body.appendChild(idle);
  document.getElementById('relcheck-situation').dispatchEvent(new Event('change'));
}"""


def build(target: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = str(Path(sys.executable).with_name("mkdocs"))
    subprocess.run([mkdocs, "build", "--quiet", "--site-dir", str(target)], cwd=ROOT, env=env, check=True)


def measure(site: Path, changes: int, lang: str) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    prefix = "" if lang == "en" else f"{lang}/"
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page()
        loaded: list[str] = []
        page.on("requestfinished", lambda request: loaded.append(request.url))
        page.goto(f"{base}{prefix}request-reseller-relationship/")
        page.wait_for_load_state("networkidle")
        content = gzip_bytes(site, base, loaded)
        loaded.clear()
        page.goto(f"{base}{prefix}check-your-situation/")
        page.wait_for_load_state("networkidle")
        situation = gzip_bytes(site, base, loaded)
        page.evaluate(HEAVY_CASE)
        updates, idle = [], []
        for _ in range(changes):  # interleaved, so that both see the same machine load
            updates.append(page.evaluate(CLICK_TO_FRAME, "#rc-request-email_edited"))
            idle.append(page.evaluate(CLICK_TO_FRAME, "#bench-idle"))
        answers = page.locator("#relcheck-results li").count()
        browser.close()
    return {
        "content": content,
        "situation": situation,
        "median": statistics.median(updates),
        "p95": sorted(updates)[int(0.95 * (len(updates) - 1))],
        "max": max(updates),
        "idle": statistics.median(idle),
        "answers": answers,
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--site", type=Path, help="a built site (default: build one in a temporary folder)")
    parser.add_argument("--changes", type=int, default=100, help="changes timed (default 100)")
    parser.add_argument("--lang", default="ru", help="the page's language (default ru)")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        print(f"bench_situation: {CHROMIUM} is missing (scripts/dev/setup.sh installs it)", file=sys.stderr)
        return 2
    folder = None
    site = args.site
    if site is None:
        folder = Path(tempfile.mkdtemp(prefix="relcheck-bench-site-"))
        print("bench_situation: building the site…", file=sys.stderr)
        build(folder)
        site = folder
    try:
        m = measure(site.resolve(), args.changes, args.lang)
    finally:
        if folder is not None:
            shutil.rmtree(folder)
    added = m["situation"] - m["content"]
    print(
        f"update ({m['answers']:.0f} answers, {args.changes} changes): median {m['median']:.1f} ms, "
        f"95th percentile {m['p95']:.1f} ms, max {m['max']:.1f} ms (target: at most 100 ms); "
        f"baseline (a click nothing listens to) {m['idle']:.1f} ms, ratio {m['median'] / m['idle']:.2f}"
    )
    print(
        f"weight ({args.lang}): Check your situation {m['situation'] / 1024:.1f} KB gzip, content page "
        f"{m['content'] / 1024:.1f} KB gzip, added {added / 1024:.1f} KB (target: at most 150 KB)"
    )
    return 0 if m["p95"] <= 100 and added <= 150 * 1024 else 1


if __name__ == "__main__":
    sys.exit(main())
