"""Fetch axe-core from the npm registry into .cache/axe-core/ for the accessibility tests.

The version is pinned and the tarball's integrity is checked against the registry's metadata.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import sys
import tarfile
import urllib.request
from pathlib import Path

VERSION = "4.10.2"
REGISTRY = "https://registry.npmjs.org/axe-core"
TARGET = Path(__file__).resolve().parents[2] / ".cache" / "axe-core" / f"axe-{VERSION}.min.js"


def main() -> int:
    if TARGET.is_file():
        return 0
    with urllib.request.urlopen(f"{REGISTRY}/{VERSION}", timeout=60) as response:
        meta = json.load(response)
    dist = meta["dist"]
    with urllib.request.urlopen(dist["tarball"], timeout=120) as response:
        blob = response.read()
    algorithm, _, expected = dist["integrity"].partition("-")
    if base64.b64encode(hashlib.new(algorithm, blob).digest()).decode() != expected:
        print(f"fetch_axe: integrity check failed for {dist['tarball']}", file=sys.stderr)
        return 1
    with tarfile.open(fileobj=io.BytesIO(blob)) as archive:
        member = archive.extractfile("package/axe.min.js")
        if member is None:
            print("fetch_axe: axe.min.js missing from the package", file=sys.stderr)
            return 1
        TARGET.parent.mkdir(parents=True, exist_ok=True)
        TARGET.write_bytes(member.read())
    print(f"fetch_axe: axe-core {VERSION} -> {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
