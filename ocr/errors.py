"""The project's own errors: every failure a user can cause is one of these, with a message a person
can act on, so the CLI and the GUI never show a traceback for bad input."""

from __future__ import annotations


class TekseruError(Exception):
    """Base of every error Tekseru raises on purpose."""


class ImageLoadError(TekseruError):
    """The file cannot be turned into page images (unsupported, corrupt, empty, too large)."""


class OcrEngineError(TekseruError):
    """Tesseract (or a language it needs) is missing or failed."""


class MrzParseError(TekseruError):
    """Text that cannot be parsed as any ICAO 9303 machine readable zone."""
