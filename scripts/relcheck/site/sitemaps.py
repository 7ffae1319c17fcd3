"""One sitemap per language folder, beside the site-wide one.

Material's language switcher fetches ``sitemap.xml`` beside every ``rel=alternate`` link, so that it
can send a reader to the same page in the other language. mkdocs-static-i18n writes one sitemap, at
the root; without these copies every page load makes one failed request per other language.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlparse

_NS = {"": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def write_language_sitemaps(
    site_dir: Path, site_url: str, default_language: str, languages: tuple[str, ...]
) -> None:
    """Write ``<lang>/sitemap.xml`` with the pages of that language, for every non-default language."""
    whole = site_dir / "sitemap.xml"
    if not whole.is_file():
        return
    for prefix, uri in _NS.items():
        ET.register_namespace(prefix, uri)
    base = urlparse(site_url).path.rstrip("/")
    for lang in languages:
        if lang == default_language or not (site_dir / lang).is_dir():
            continue
        tree = ET.parse(whole)
        root = tree.getroot()
        for url in list(root):
            loc = url.findtext(f"{{{_NS['']}}}loc") or ""
            if not urlparse(loc).path.startswith(f"{base}/{lang}/"):
                root.remove(url)
        tree.write(site_dir / lang / "sitemap.xml", encoding="UTF-8", xml_declaration=True)
