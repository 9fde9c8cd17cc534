"""Case errors, each in words an officer can act on."""

from __future__ import annotations

from ocr.errors import TekseruError


class CaseError(TekseruError):
    """A case action is not possible (already decided, comment missing, damaged file…)."""


class CaseNotFound(CaseError):
    """No case with that number."""
