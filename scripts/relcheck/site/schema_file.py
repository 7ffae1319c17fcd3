"""The scenario schema, published on the site at the address that is its ``$id``.

A scenario file's first line names that address (`relcheck.vocab.published.MODELINE`), so that an editor
with yaml-language-server checks the file against the schema while its author types. The schema is
written once per build, at the root of the site (not once per language), together with any file it
refers to by a relative ``$ref``, so that the published copy resolves on its own.
"""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from relcheck.validate.schema import SCHEMA_PATH
from relcheck.vocab.published import SCHEMA_SITE_PATH


class SchemaReferenceError(Exception):
    """The schema refers to a file that cannot be published beside it."""


def schema_files(schema: Path = SCHEMA_PATH) -> dict[str, bytes]:
    """The schema and each file it refers to by a relative ``$ref``, keyed by their path on the site."""
    site_folder = PurePosixPath(SCHEMA_SITE_PATH).parent
    files: dict[str, bytes] = {}
    pending = [schema.name]
    while pending:
        name = pending.pop()
        if (site_path := str(site_folder / name)) in files:
            continue
        path = schema.parent / name
        if not path.is_file():
            raise SchemaReferenceError(f"{schema}: its $ref to {name} names no file beside it")
        files[site_path] = path.read_bytes()
        if path.suffix == ".json":
            pending.extend(_referred_files(json.loads(files[site_path]), PurePosixPath(name).parent, schema))
    return files


def write_schema(site_dir: Path) -> None:
    for site_path, content in schema_files().items():
        target = site_dir / site_path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)


def _referred_files(node: Any, folder: PurePosixPath, schema: Path) -> list[str]:
    """The files a JSON document names in relative ``$ref``s, relative to the schema's folder."""
    found: list[str] = []
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#") and not urlsplit(ref).scheme:
            name = PurePosixPath(folder, ref.partition("#")[0])
            if name.is_absolute() or ".." in name.parts:
                raise SchemaReferenceError(f"{schema}: its $ref to {ref} leaves the schema's folder")
            found.append(str(name))
        for value in node.values():
            found.extend(_referred_files(value, folder, schema))
    elif isinstance(node, list):
        for value in node:
            found.extend(_referred_files(value, folder, schema))
    return found
