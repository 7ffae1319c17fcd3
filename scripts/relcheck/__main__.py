"""`python -m relcheck` runs the same command as `relcheck`."""

from __future__ import annotations

import sys

from relcheck.cli import main

sys.exit(main())
