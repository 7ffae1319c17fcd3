"""relcheck: the reseller-relationship rules, their checker, and their rendering into the site."""

from __future__ import annotations

__version__ = "0.1.0"
