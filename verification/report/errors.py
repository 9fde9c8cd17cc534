"""Report errors, each in words an officer (or field IT) can act on."""

from __future__ import annotations

from ocr.errors import TekseruError


class ReportError(TekseruError):
    """The report cannot be made (unknown language, folder missing, font missing…)."""
