"""The files the "Check your situation" page loads, made once per build and written once.

- ``logic.js``: json-logic-js, from the npm registry (see scripts/dev/fetch_npm.py);
- ``rules.js``: the rules, facts and flow as data (`relcheck.rules.export`);
- ``engine.js``: the checker's engine over that data (`relcheck.engine`), callable without the form
  (``window.relcheckEngine``);
- ``situation.js`` and ``situation.css``: the form's behaviour and look.

Each is referenced with a short hash of its content, so that a reader's browser never keeps a stale
rule after a release.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from relcheck.rules.export import rules_document

FOLDER = "assets/relcheck"


class MissingAsset(Exception):
    """A file the page needs is not there; the message says how to get it."""


@dataclass(frozen=True)
class Assets:
    files: dict[str, bytes]

    @property
    def versions(self) -> dict[str, str]:
        return {name: hashlib.sha256(content).hexdigest()[:10] for name, content in self.files.items()}

    def write(self, site_dir: Path) -> None:
        folder = site_dir / FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        for name, content in self.files.items():
            (folder / name).write_bytes(content)


def load_assets(json_logic_js: Path) -> Assets:
    if not json_logic_js.is_file():
        raise MissingAsset(
            f"{json_logic_js} is missing: the “Check your situation” page ships json-logic-js; fetch it"
            " with `python scripts/dev/fetch_npm.py` (scripts/dev/setup.sh and serve.sh run it)"
        )
    rules = json.dumps(rules_document(), ensure_ascii=False, separators=(",", ":"))
    here = resources.files("relcheck.site") / "assets"
    return Assets(
        {
            "logic.js": json_logic_js.read_bytes(),
            "rules.js": f"window.relcheckRules={rules};\n".encode(),
            "engine.js": (here / "engine.js").read_bytes(),
            "situation.js": (here / "situation.js").read_bytes(),
            "situation.css": (here / "situation.css").read_bytes(),
        }
    )
