"""Ships the schema and the translation catalogs with the wheel, under ``<prefix>/share/relcheck``.

They live at the top of the repository (``schemas/``, ``locales/``); `relcheck.resources` finds them
there in a checkout and here in an installed wheel. The list is read from the folders, so adding a
language is adding its folder under ``locales/``. Everything else is in pyproject.toml.
"""

from pathlib import Path

from setuptools import setup


def _data_files() -> list[tuple[str, list[str]]]:
    files = sorted(Path("schemas").glob("*.json")) + sorted(Path("locales").rglob("*.po*"))
    return [(f"share/relcheck/{f.parent.as_posix()}", [f.as_posix()]) for f in files]


setup(data_files=_data_files())
