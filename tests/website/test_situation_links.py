"""The "Check your situation" page opened from links, hostile ones among them, and the files it writes.

A link holds the case in its fragment, which browsers never send to a server; an old link with the case
in its query still opens, and its case moves to the fragment. Whatever a link holds, the page opens
without an error, runs nothing from it, names what it could not use in the reader's language, and
gives no answer for a case the reader did not describe until the reader has chosen. Every download is
a file `relcheck check` accepts as it is, named after its own id, with only the chosen edition's fields.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlparse

import pytest
import yaml

from relcheck.i18n import render
from relcheck.result import Message
from relcheck.site.situation import LINK_TOO_MANY, SCRIPT_WORDS, limits
from tests.support import ROOT
from tests.website.test_browser import url_of
from tests.website.test_situation import PAGE, answers, enter, scenario_of

pytestmark = pytest.mark.browser

Pairs = list[tuple[str, str]]


def cyrb53(text: str) -> str:
    """The page's checksum of a case (situation.js ``hash``), written again here to check it."""

    def imul(a: int, b: int) -> int:
        return (a * b) & 0xFFFFFFFF

    h1, h2 = 0xDEADBEEF, 0x41C6CE57
    units = text.encode("utf-16-le")
    for i in range(0, len(units), 2):
        c = units[i] | units[i + 1] << 8
        h1 = imul(h1 ^ c, 2654435761)
        h2 = imul(h2 ^ c, 1597334677)
    h1 = imul(h1 ^ (h1 >> 16), 2246822507) ^ imul(h2 ^ (h2 >> 13), 3266489909)
    h2 = imul(h2 ^ (h2 >> 16), 2246822507) ^ imul(h1 ^ (h1 >> 13), 3266489909)
    number = 4294967296 * (2097151 & h2) + h1
    digits = ""
    while True:
        number, rest = divmod(number, 36)
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"[rest] + digits
        if not number:
            return digits


def fragment(pairs: Pairs) -> str:
    """A link's fragment as the page writes it: the case, then its checksum."""
    checksum = cyrb53("\n".join(f"{name}={value}" for name, value in pairs))
    return urlencode([*pairs, ("h", checksum)])


def words(key: str, lang: str) -> str:
    return render(Message(SCRIPT_WORDS[key]), lang)


def says(text: str, key: str, lang: str, **params: str) -> bool:
    """Whether `text` holds the page's message `key` in `lang`, its known parameters filled in."""
    template = words(key, lang)
    for name, value in params.items():
        template = template.replace(f"%({name})s", value)
    return all(piece in text for piece in re.split(r"%\(\w+\)s", template) if piece)


def notice(page: Any) -> str:
    return str(page.locator("#relcheck-notice").inner_text())


def waiting(page: Any) -> bool:
    return bool(page.locator(".relcheck-pending-note").is_visible())


def open_link(page: Any, base_url: str, lang: str, link: str) -> None:
    page.goto(url_of(base_url, lang, PAGE) + link)
    page.wait_for_selector("#relcheck-situation:not([hidden])")
    assert urlparse(page.url).query == "", "nothing of the case stays in the query"


BASE: Pairs = [("v", "1"), ("edition", "global"), ("cloud", "public"), ("partner.role", "admin_agent")]
VIANET: Pairs = [("v", "1"), ("edition", "21vianet"), ("customer.arrangement", "multi_channel")]
SCRIPT = "<script>window.__pwned=1</script><img src=x onerror=window.__pwned=2>"

# (link, lang, messages the notice must hold (key, params), whether the answers wait for the reader)
HOSTILE: list[tuple[str, str, list[tuple[str, dict[str, str]]], bool]] = [
    ("?v=1&edition=%22", "en", [("link_value", {"value": '"'})], True),
    ("#v=1&edition=%22", "fr", [("link_value", {"value": '"'}), ("link_cut", {})], True),
    ("#v=1&edition=nope%22%5D,%5Bvalue=%2221vianet", "es", [("link_value", {}), ("link_cut", {})], True),
    ("#" + fragment([("v", "1"), ("edition", SCRIPT)]), "it", [("link_value", {})], True),
    ("#" + fragment([*BASE[:3], ("partner.role", "root")]), "ru", [("link_value", {"value": "root"})], True),
    ("#" + fragment([*BASE, ("partner.country", "us")]), "en", [("link_value", {"value": "us"})], True),
    ("#" + fragment([*BASE, ("partner.country", "ZZ")]), "en", [("link_value", {"value": "ZZ"})], True),
    (
        "#" + fragment([*VIANET[:2], ("customer.arrangement", "x")]),
        "en",
        [("link_value", {"value": "x"})],
        True,
    ),
    ("#" + fragment([*VIANET, ("partner.services", "foo")]), "fr", [("link_value", {"value": "foo"})], True),
    ("#" + fragment([*BASE, ("after_acceptance", "fly")]), "en", [("link_value", {"value": "fly"})], True),
    ("#" + fragment([*BASE, ("request.include_dap", "off")]), "en", [("link_value", {"value": "off"})], True),
    (
        "#" + fragment([("v", "1"), ("edition", "global"), ("cloud", "21vianet")]),
        "en",
        [("link_mismatch", {"value": "21vianet"})],
        True,
    ),
    (
        "#" + fragment([("v", "1"), ("edition", "21vianet"), ("cloud", "germany")]),
        "ru",
        [("link_mismatch", {"value": "germany"})],
        True,
    ),
    ("#" + fragment([*BASE, ("__proto__", "x"), ("constructor", "y")]), "en", [("link_unknown", {})], False),
    ("#" + fragment([*BASE, ("partner0.name", SCRIPT)]), "en", [], False),  # hidden in this edition
    ("#edition=21vianet&partner.model=direct", "it", [("link_version", {})], True),
    ("#" + fragment([("v", "2"), ("edition", "global")]), "en", [("link_version", {})], True),
    ("#v=1&edition=global&cloud=public&partner.role=billing_ad", "en", [("link_cut", {})], True),
    ("#v=1&%zz=%E0%A4%A&edition=global", "es", [("link_cut", {}), ("link_unknown", {})], True),
    ("#" + fragment([*VIANET, ("partner0.name", "N" * 121)]), "en", [], False),
    (
        "#" + fragment([*VIANET, ("partner0.name", "Contoso\u0096\u2028 Ltd\x7f")]),
        "fr",
        [("link_control", {"number": "1"})],
        False,
    ),
]


@pytest.mark.parametrize(
    ("link", "lang", "messages", "blocks"), HOSTILE, ids=[f"{i}-{h[1]}" for i, h in enumerate(HOSTILE)]
)
def test_a_hostile_link_opens_the_form_and_says_what_it_could_not_use(
    page: Any, base_url: str, link: str, lang: str, messages: list[tuple[str, dict[str, str]]], blocks: bool
) -> None:
    open_link(page, base_url, lang, link)  # the page fixture fails the test on any uncaught error
    assert page.locator("#relcheck-situation").is_visible()
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator("#relcheck-notice script, #relcheck-notice img, .relcheck-form img").count() == 0
    text = notice(page)
    for key, params in messages:
        assert says(text, key, lang, **params), (key, text)
    if messages:
        assert words("link_problems", lang) in text
    assert waiting(page) is blocks
    if blocks:
        assert answers(page) == {} and not page.locator('[data-action="download"]').is_visible()
        page.click('[data-action="keep-values"]')
    assert not waiting(page) and answers(page)
    # Once the reader has chosen, the address holds the case shown, and opens it again without a notice.
    page.reload()
    assert notice(page) == "" and answers(page)


def test_a_link_cut_short_waits_for_the_reader(page: Any, base_url: str) -> None:
    page.goto(url_of(base_url, "en", PAGE))
    enter(page, scenario_of(ROOT / "scenarios" / "global-usgov-revocation.yaml"))
    whole = urlparse(page.url).fragment
    full = answers(page)
    cut = whole[: whole.index("&", len(whole) // 2)]
    page.goto(url_of(base_url, "en", PAGE) + "#" + cut)
    assert says(notice(page), "link_cut", "en") and waiting(page)
    page.goto(url_of(base_url, "en", PAGE) + "#" + whole)
    assert notice(page) == "" and answers(page) == full


def test_a_field_the_link_got_wrong_is_marked_until_the_reader_chooses(page: Any, base_url: str) -> None:
    open_link(page, base_url, "en", "#" + fragment([*BASE[:3], ("partner.role", "root")]))
    role = page.locator("#rc-partner-role")
    assert role.get_attribute("aria-invalid") == "true"
    described = role.get_attribute("aria-describedby")
    assert page.locator(f"#{described}").inner_text() == words("field_from_link", "en")
    page.select_option("#rc-partner-role", "sales_agent")
    assert role.get_attribute("aria-invalid") is None
    assert not waiting(page) and answers(page)["may_send"][:2] == ("no", "G1")


def test_too_many_partners_and_too_long_names_are_cut_to_the_schemas_limits(page: Any, base_url: str) -> None:
    most = limits()
    others = [(f"partner{i}.name", f"P{i}") for i in range(2000)]
    others[0] = ("partner0.name", "N" * 100_000)
    open_link(page, base_url, "ru", "#" + fragment([*VIANET, *others]))
    text = notice(page)
    assert render(Message(LINK_TOO_MANY[0], {}, LINK_TOO_MANY[1], most["partners"]), "ru") in text
    assert page.locator(".relcheck-partner").count() == most["partners"]
    assert len(page.locator('.relcheck-partner input[data-part="name"]').first.input_value()) == most["name"]
    assert page.locator('[data-action="add-partner"]').is_disabled()
    page.click('[data-action="keep-values"]')
    assert answers(page)
    fragment_now = urlparse(page.url).fragment
    assert len([name for name, _ in parse_qsl(fragment_now) if name.endswith(".name")]) == most["partners"]


def test_an_old_query_link_opens_and_moves_to_the_fragment(page: Any, base_url: str) -> None:
    page.goto(url_of(base_url, "en", PAGE))
    enter(page, scenario_of(ROOT / "scenarios" / "21vianet-suite-overlaps-part.yaml"))
    expected = answers(page)
    pairs = [(k, v) for k, v in parse_qsl(urlparse(page.url).fragment) if k not in ("v", "h")]
    old = urlencode([*pairs, ("v", "1")])  # the version came last in the old links
    open_link(page, base_url, "en", "?" + old)
    assert notice(page) == "" and answers(page) == expected
    assert urlparse(page.url).fragment.startswith("v=1&edition=21vianet")


def test_a_heading_anchor_or_a_foreign_query_is_not_a_case(page: Any, base_url: str) -> None:
    open_link(page, base_url, "en", "?h=partner#answers")
    assert notice(page) == "" and answers(page)


def test_the_switcher_and_a_case_opened_in_the_same_tab_keep_the_fragment(page: Any, base_url: str) -> None:
    page.goto(url_of(base_url, "en", PAGE))
    page.select_option("#rc-partner-role", "helpdesk_agent")
    here = urlparse(page.url).fragment
    hrefs = page.eval_on_selector_all("a.md-select__link[hreflang]", "links => links.map(a => a.href)")
    assert hrefs and all(urlparse(h).fragment == here and not urlparse(h).query for h in hrefs)
    other = fragment([*BASE[:3], ("partner.role", "sales_agent")])
    page.evaluate("f => { location.hash = f; }", other)
    page.wait_for_function("() => document.querySelector('#rc-partner-role').value === 'sales_agent'")
    assert answers(page)["may_send"][:2] == ("no", "G1")


def test_one_update_per_change(page: Any, base_url: str) -> None:
    page.goto(url_of(base_url, "en", PAGE))
    count = "() => Number(document.getElementById('relcheck-situation').dataset.updates)"
    before = page.evaluate(count)
    page.click("#rc-request-email_edited")
    assert page.evaluate(count) == before + 1
    page.select_option("#rc-partner-role", "sales_agent")
    assert page.evaluate(count) == before + 2
    page.check("#rc-edition-21vianet")
    page.click('[data-action="add-partner"]')
    assert page.evaluate(count) == before + 4
    page.keyboard.type("ab")
    assert page.evaluate(count) == before + 6


# --- downloads ------------------------------------------------------------------------------------


def download(page: Any, folder: Path) -> Path:
    with page.expect_download() as started:
        page.click('[data-action="download"]')
    target: Path = folder / str(started.value.suggested_filename)
    started.value.save_as(target)
    return target


def checked(path: Path, lang: str = "en") -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "relcheck", "check", "--lang", lang, str(path)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    loaded: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded


def test_each_case_downloads_under_its_own_name_which_the_page_shows(
    page: Any, base_url: str, tmp_path: Path
) -> None:
    page.goto(url_of(base_url, "fr", PAGE))
    names = []
    for role in ("admin_agent", "sales_agent", "global_admin"):
        page.select_option("#rc-partner-role", role)
        file = download(page, tmp_path)
        shown = page.locator("#relcheck-file-name").inner_text()
        assert file.name in shown and says(shown, "file_name", "fr", name=file.name)
        assert checked(file, "fr")["id"] == file.stem
        names.append(file.name)
    assert len(set(names)) == 3


def test_a_download_holds_only_the_chosen_editions_fields(page: Any, base_url: str, tmp_path: Path) -> None:
    page.goto(url_of(base_url, "en", PAGE))
    # Worldwide fields first, then the 21Vianet edition: none of them may reach its file.
    page.select_option("#rc-partner-role", "billing_admin")
    page.select_option("#rc-partner-country", "BR")
    page.select_option("#rc-customer-country", "JP")
    page.check("#rc-request-azure_only")
    page.check("#rc-edition-21vianet")
    page.check("#rc-request-link_reused")
    vianet = checked(download(page, tmp_path))
    assert vianet["partner"]["role"] == "admin_agent" and vianet["partner"]["country"] == "CN"
    assert vianet["customer"]["country"] == "CN" and vianet["customer"]["region"] == "greater_china"
    assert vianet["request"]["azure_only"] is False and vianet["request"]["link_reused"] is True
    # And back: the 21Vianet fields set above are not written in a worldwide file.
    page.select_option("#rc-partner-model", "indirect_reseller")
    page.check("#rc-partner-original_reseller")
    page.click('[data-action="add-partner"]')
    page.check("#rc-edition-global")
    worldwide = checked(download(page, tmp_path))
    assert worldwide["partner"]["model"] == "direct" and worldwide["partner"]["original_reseller"] is False
    assert worldwide["customer"]["partners"] == [] and "link_reused" not in worldwide["request"]
    assert worldwide["partner"]["country"] == "BR"


def test_names_are_cleaned_as_typed_and_the_partners_capped(page: Any, base_url: str, tmp_path: Path) -> None:
    most = limits()
    page.goto(url_of(base_url, "it", PAGE))
    page.check("#rc-edition-21vianet")
    add = page.locator('[data-action="add-partner"]')
    for _ in range(most["partners"]):
        add.click()
    assert add.is_disabled()
    cap = page.locator("#relcheck-partners-cap")
    assert cap.is_visible() and str(most["partners"]) in cap.inner_text()
    assert add.get_attribute("aria-describedby") == "relcheck-partners-cap"
    name = page.locator('.relcheck-partner input[data-part="name"]').first
    assert name.get_attribute("maxlength") == str(most["name"])
    name.fill("Contoso\u0096 Ltd\u2028\u0085\ufeff\x7f\tÜ")
    assert name.input_value() == "Contoso LtdÜ"
    file = checked(download(page, tmp_path), "it")
    assert len(file["customer"]["partners"]) == most["partners"]
    assert file["customer"]["partners"][0]["name"] == name.input_value().strip()
    page.locator('[data-action="remove-partner"]').first.click()
    assert not add.is_disabled() and not cap.is_visible()


@pytest.mark.parametrize(
    ("lang", "country"), [("en", "GB"), ("es", "ES"), ("it", "IT"), ("fr", "FR"), ("ru", "RU")]
)
def test_each_language_starts_from_its_readers_likely_country(
    page: Any, base_url: str, lang: str, country: str
) -> None:
    page.goto(url_of(base_url, lang, PAGE))
    assert page.locator("#rc-partner-country").input_value() == country
    assert page.locator("#rc-customer-country").input_value() == country
    region = render(Message(SCRIPT_WORDS["region"]), lang).split("%(")[0]
    assert page.locator('[data-region-of="partner.country"]').inner_text().startswith(region)
