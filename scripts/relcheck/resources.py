"""Where the schema and the translation catalogs are: the repository, or an installed wheel."""

from __future__ import annotations

import sysconfig
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parents[2]


def resource(name: str) -> Path:
    """The ``schemas`` or ``locales`` folder.

    In a checkout (and an editable install) it is the repository's own folder; a wheel installs a copy
    under ``<prefix>/share/relcheck`` (see ``[tool.setuptools.data-files]`` in pyproject.toml).
    """
    here = _CHECKOUT / name
    if here.is_dir():
        return here
    return Path(sysconfig.get_path("data")) / "share" / "relcheck" / name
