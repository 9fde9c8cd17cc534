"""Small helpers the rules share."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ocr.viz.model import DocumentRead, FieldRead
from verification.checks.model import CheckResult, Reason, Status
from verification.registry.names import fold_latin

# A printed field read below this confidence cannot contradict anything: it sends the case to review.
SURE = 0.8


def result(check: str, status: Status, reason: str, evidence: dict[str, Any] | None = None,
           **params: Any) -> CheckResult:  # fmt: skip
    return CheckResult(check, status, Reason(reason, params), evidence or {})


def date_of(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def field(doc: DocumentRead | None, name: str) -> FieldRead | None:
    if doc is None:
        return None
    f = doc.fields.get(name)
    return f if f is not None and f.found and f.value else None


def letters(text: str) -> str:
    """Latin name folded to A-Z without spaces (so "MA MIER" and "MAMIER" agree)."""
    return fold_latin(text.replace("<", " ")).replace(" ", "")


def field_evidence(doc: DocumentRead, f: FieldRead) -> dict[str, Any]:
    return {"read": doc.kind, "field": f.name, "text": f.text, "value": f.value,
            "confidence": round(f.confidence, 3), "quad": [[round(x), round(y)] for x, y in f.quad]}  # fmt: skip
