"""Engines by name, created once per process (model loading costs ~0.1-0.5 s)."""

from __future__ import annotations

import threading

from ocr.errors import TekseruError
from verification.faces.engine import FaceMatcher

ENGINES = ("sface", "dlib")
_made: dict[str, FaceMatcher] = {}
_lock = threading.Lock()


def get_engine(name: str) -> FaceMatcher:
    """The engine called `name`; raises TekseruError for an unknown one or missing models."""
    with _lock:
        if name not in _made:
            _made[name] = _create(name)
        return _made[name]


def _create(name: str) -> FaceMatcher:
    if name == "sface":
        from verification.faces.sface import SFaceEngine

        return SFaceEngine()
    if name == "dlib":
        from verification.faces.dlib_engine import DlibEngine

        return DlibEngine()
    raise TekseruError(f"unknown face engine {name!r} (choose from {', '.join(ENGINES)})")
