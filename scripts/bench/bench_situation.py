"""Time how fast the "Check your situation" page answers a change, in Debian's Chromium, and weigh it.

    python scripts/bench/bench_situation.py              # builds the site into a temporary folder
    python scripts/bench/bench_situation.py --site site  # an already built site
    python scripts/bench/bench_situation.py --changes 200

Everything is measured on a link at the schema's limits: the 21Vianet edition (whose V9 condition is the
largest), every service taken on, as many other partners as a scenario holds, each with a name of the
longest length and delegated administrative privileges for every service, every action, and the removal
of the permissions with every action after it. The page itself writes that link, from a form filled to
the limits.

Open time: from the start of the navigation to the link to the answers shown (the page's own
performance mark ``relcheck-ready``; target: under 1 s). The baseline, in the same run, is the page
opened without a link (the default case).

Update time: from a click on a form control to the next frame the browser paints, with the answers
re-evaluated and redrawn (target: at most 100 ms). The baseline, measured in the same page in the same
run, is the same click on a checkbox that nothing listens to: what the browser spends anyway. The ratio
says how much the page's own work adds.

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

# The form filled to the schema's limits, read from the page (#relcheck-texts): the link it then writes.
LIMITS_CASE = """() => {
  const limits = JSON.parse(document.getElementById('relcheck-texts').textContent).limits;
  const form = document.getElementById('relcheck-situation');
  document.getElementById('rc-edition-21vianet').click();
  document.getElementById('rc-customer-arrangement').value = 'multi_channel';
  document.getElementById('rc-revocation').click();
  form.querySelectorAll('input[type="checkbox"][name]').forEach(b => { b.checked = true; });
  const add = document.querySelector('[data-action="add-partner"]');
  for (let i = 0; i < limits.partners; i++) { add.click(); }
  document.querySelectorAll('.relcheck-partner input[type="checkbox"]').forEach(b => { b.checked = true; });
  document.querySelectorAll('.relcheck-partner input[data-part="name"]').forEach((input, i) => {
    input.value = ('Partner ' + i + ' ').padEnd(limits.name, 'x');
  });
  form.dispatchEvent(new Event('change'));
  return location.href;
}"""

READY = """() => new Promise(done => {
  const look = () => {
    const mark = performance.getEntriesByName('relcheck-ready')[0];
    if (mark) { done(mark.startTime); } else { setTimeout(look, 5); }
  };
  look();
})"""

IDLE_BOX = """() => {
  const idle = document.createElement('input');
  idle.type = 'checkbox';
  idle.id = 'bench-idle';
  document.body.appendChild(idle);
}"""


def build(target: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = str(Path(sys.executable).with_name("mkdocs"))
    subprocess.run([mkdocs, "build", "--quiet", "--site-dir", str(target)], cwd=ROOT, env=env, check=True)


def measure(site: Path, changes: int, opens: int, lang: str) -> dict[str, float]:
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
        link = page.evaluate(LIMITS_CASE)
        opened, plain = [], []
        for _ in range(opens):  # interleaved, as below
            page.goto("about:blank")
            page.goto(link)
            opened.append(page.evaluate(READY))
            page.goto("about:blank")
            page.goto(f"{base}{prefix}check-your-situation/")
            plain.append(page.evaluate(READY))
        page.goto("about:blank")
        page.goto(link)
        notice = page.locator("#relcheck-notice").inner_text()
        partners = page.locator(".relcheck-partner").count()
        page.evaluate(IDLE_BOX)
        updates, idle = [], []
        for _ in range(changes):  # interleaved, so that both see the same machine load
            updates.append(page.evaluate(CLICK_TO_FRAME, "#rc-request-email_edited"))
            idle.append(page.evaluate(CLICK_TO_FRAME, "#bench-idle"))
        answers = page.locator("#relcheck-results li").count()
        browser.close()
    if notice.strip() or not answers:
        raise SystemExit(f"bench_situation: the link at the limits did not open cleanly: {notice!r}")
    return {
        "content": content,
        "situation": situation,
        "open": statistics.median(opened),
        "open_max": max(opened),
        "open_base": statistics.median(plain),
        "link": len(link),
        "partners": partners,
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
    parser.add_argument("--opens", type=int, default=5, help="openings of the link timed (default 5)")
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
        m = measure(site.resolve(), args.changes, args.opens, args.lang)
    finally:
        if folder is not None:
            shutil.rmtree(folder)
    added = m["situation"] - m["content"]
    print(
        f"open (a link at the limits: {m['partners']:.0f} partners, {m['link'] / 1024:.1f} KB; median of "
        f"{args.opens}): {m['open']:.0f} ms, max {m['open_max']:.0f} ms (target: under 1000 ms); baseline "
        f"(the page without a link) {m['open_base']:.0f} ms, ratio {m['open'] / m['open_base']:.2f}"
    )
    print(
        f"update at the limits ({m['answers']:.0f} answers, {args.changes} changes): median {m['median']:.1f} ms, "
        f"95th percentile {m['p95']:.1f} ms, max {m['max']:.1f} ms (target: at most 100 ms); "
        f"baseline (a click nothing listens to) {m['idle']:.1f} ms, ratio {m['median'] / m['idle']:.2f}"
    )
    print(
        f"weight ({args.lang}): Check your situation {m['situation'] / 1024:.1f} KB gzip, content page "
        f"{m['content'] / 1024:.1f} KB gzip, added {added / 1024:.1f} KB (target: at most 150 KB)"
    )
    return 0 if m["p95"] <= 100 and m["open"] < 1000 and added <= 150 * 1024 else 1


if __name__ == "__main__":
    sys.exit(main())
