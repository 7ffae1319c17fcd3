"""The page's engine (``engine.js`` in Chromium) and the checker's (`relcheck.engine`) agree on random
scenarios: every answer key in the same order, outcome, rule, reason msgid and English text, what each
answer rests on and what has changed since.

The scenarios come from the Hypothesis strategy the checker's own tests use; they are sent to the page
in batches, so that hundreds of them cost a few calls to the browser.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relcheck.engine import evaluate_valid
from relcheck.i18n import render
from tests.strategies import scenarios
from tests.website.test_browser import url_of

pytestmark = pytest.mark.browser

BATCH = 50
EVALUATE = """docs => {
  const texts = JSON.parse(document.getElementById('relcheck-texts').textContent);
  const engine = window.relcheckEngine;
  return docs.map(doc => engine.evaluate(doc).map(a => [
    a.key, '/' + a.path.join('/'), a.outcome, a.rules,
    a.reasons.map(r => r.msgid), a.reasons.map(r => engine.render(r, texts)),
    a.grounds.map(g => [g.kind, g.rule, g.where]), a.changes
  ]));
}"""


def python_answers(scenario: dict[str, Any]) -> list[list[Any]]:
    return [
        [
            v.key,
            v.pointer,
            v.outcome,
            list(v.rules),
            [r.msgid for r in v.reasons],
            [render(r, "en") for r in v.reasons],
            [[g.kind, g.rule, g.where] for g in v.grounds],
            list(v.changes),
        ]
        for v in evaluate_valid(scenario).verdicts
    ]


def test_the_pages_engine_gives_the_checkers_answers_on_random_scenarios(page: Any, base_url: str) -> None:
    page.goto(url_of(base_url, "en", "check-your-situation.md"))
    compared: list[int] = []

    @settings(
        max_examples=6,  # batches of BATCH scenarios: 300 in all
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
    )
    @given(st.lists(scenarios(), min_size=BATCH, max_size=BATCH))
    def agree(batch: list[dict[str, Any]]) -> None:
        browser = page.evaluate(EVALUATE, batch)
        for scenario, got in zip(batch, browser, strict=True):
            assert got == python_answers(scenario), scenario
        compared.append(len(batch))

    agree()
    assert sum(compared) >= 5 * BATCH
