"""The schema the site publishes for editors: itself, and each file it refers to, resolvable on its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from relcheck.site.schema_file import SchemaReferenceError, schema_files, write_schema
from relcheck.validate.schema import SCHEMA_PATH


def schema_with_refs(folder: Path, *refs: str) -> Path:
    schema = folder / "scenario.schema.json"
    properties = {f"p{i}": {"$ref": ref} for i, ref in enumerate(refs)}
    schema.write_text(json.dumps({"$defs": {"x": {}}, "properties": properties}), encoding="utf-8")
    return schema


def test_the_shipped_schema_is_published_as_it_is_under_schemas() -> None:
    assert schema_files() == {"schemas/scenario.schema.json": SCHEMA_PATH.read_bytes()}


def test_a_file_the_schema_refers_to_is_published_beside_it(tmp_path: Path) -> None:
    schema = schema_with_refs(
        tmp_path, "#/$defs/x", "regions.json#/africa", "parts/more.json", "regions.json"
    )
    (tmp_path / "regions.json").write_text('{"africa": {}}', encoding="utf-8")
    (tmp_path / "parts").mkdir()
    (tmp_path / "parts" / "more.json").write_text('{"$ref": "deeper.json"}', encoding="utf-8")
    (tmp_path / "parts" / "deeper.json").write_text("{}", encoding="utf-8")
    assert sorted(schema_files(schema)) == [
        "schemas/parts/deeper.json",
        "schemas/parts/more.json",
        "schemas/regions.json",
        "schemas/scenario.schema.json",
    ]


@pytest.mark.parametrize(
    ("ref", "reason"),
    [
        ("missing.json", "names no file beside it"),
        ("../outside.json", "leaves the schema's folder"),
        ("/etc/hostname", "leaves the schema's folder"),
    ],
)
def test_a_reference_that_cannot_be_published_is_named(tmp_path: Path, ref: str, reason: str) -> None:
    (tmp_path / "outside.json").write_text("{}", encoding="utf-8")
    folder = tmp_path / "schemas"
    folder.mkdir()
    with pytest.raises(SchemaReferenceError, match=reason) as raised:
        schema_files(schema_with_refs(folder, ref))
    assert str(folder / "scenario.schema.json") in str(raised.value)


def test_an_outside_address_is_left_to_the_editor(tmp_path: Path) -> None:
    schema = schema_with_refs(tmp_path, "https://json-schema.org/draft/2020-12/schema")
    assert list(schema_files(schema)) == ["schemas/scenario.schema.json"]


def test_it_is_written_under_the_site_folder_only(tmp_path: Path) -> None:
    write_schema(tmp_path / "site")
    written = [p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()]
    assert written == ["site/schemas/scenario.schema.json"]
