"""Fetch the two npm packages the project uses into .cache/npm/, from the npm registry:

- json-logic-js, which the "Check your situation" page ships to evaluate the rules (the site build
  copies it into the site's assets);
- axe-core, which the accessibility tests inject into each page.

Versions and tarball integrity are pinned here, so that a changed tarball fails the set-up instead of
reaching readers. Safe to run again: a file already fetched is kept.

    python scripts/dev/fetch_npm.py
"""

from __future__ import annotations

import base64
import hashlib
import io
import sys
import tarfile
import urllib.request
from pathlib import Path
from typing import NamedTuple

CACHE = Path(__file__).resolve().parents[2] / ".cache" / "npm"


class Package(NamedTuple):
    name: str
    version: str
    file: str  # the one file used, inside the tarball's package/ folder
    integrity: str  # the registry's "dist.integrity" for this version


PACKAGES = (
    Package(
        "json-logic-js",
        "2.0.5",
        "logic.js",
        "sha512-rTT2+lqcuUmj4DgWfmzupZqQDA64AdmYqizzMPWj3DxGdfFNsxPpcNVSaTj4l8W2tG/+hg7/mQhxjU3aPacO6g==",
    ),
    Package(
        "axe-core",
        "4.10.2",
        "axe.min.js",
        "sha512-RE3mdQ7P3FRSe7eqCWoeQ/Z9QXrtniSjp1wUjt5nRC3WIpz5rSCve6o3fsZ2aCpJtrZjSZgjwXAoTO5k4tEI0w==",
    ),
)


def target(package: Package) -> Path:
    return CACHE / f"{package.name}-{package.version}" / package.file


def fetch(package: Package) -> str | None:
    """Fetch one package's file; the reason on failure."""
    url = f"https://registry.npmjs.org/{package.name}/-/{package.name}-{package.version}.tgz"
    with urllib.request.urlopen(url, timeout=120) as response:
        blob = response.read()
    algorithm, _, expected = package.integrity.partition("-")
    if base64.b64encode(hashlib.new(algorithm, blob).digest()).decode() != expected:
        return f"integrity check failed for {url}"
    with tarfile.open(fileobj=io.BytesIO(blob)) as archive:
        member = archive.extractfile(f"package/{package.file}")
        if member is None:
            return f"{package.file} missing from {url}"
        content = member.read()
    path = target(package)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.write_bytes(content)
    partial.replace(path)
    print(f"fetch_npm: {package.name} {package.version} -> {path}")
    return None


def main() -> int:
    for package in PACKAGES:
        if target(package).is_file():
            continue
        problem = fetch(package)
        if problem is not None:
            print(f"fetch_npm: {problem}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
