"""What a read of a document's printed fields is: plain frozen data for the CLI, the GUI, reports
and tests. Each field keeps what Tesseract saw, what was made of it and why, how sure the reader
is, and where on the image it was printed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Quad = tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class FieldRead:
    """One printed field. `text` is the field as printed (canonical form of what was read),
    `value` what it means (an ISO date, 'M'/'F', a choice's value, else the text), `confidence`
    0..1, `quad` where it is in the image (pixels, clockwise from top-left)."""

    name: str
    label: str
    text: str
    value: str
    confidence: float
    quad: Quad
    raw: str
    lang: str
    found: bool = True
    problems: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "label": self.label,
            "text": self.text,
            "value": self.value,
            "confidence": round(self.confidence, 3),
            "quad": [[round(x, 1), round(y, 1)] for x, y in self.quad],
            "raw": self.raw,
            "lang": self.lang,
            "found": self.found,
            "problems": list(self.problems),
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class CodeRead:
    """A QR code or barcode: its symbology, the text it holds, that text split into the template's
    named parts, and where it is."""

    format: str
    text: str
    parts: dict[str, str]
    quad: Quad

    def to_json(self) -> dict[str, Any]:
        return {"format": self.format, "text": self.text, "parts": dict(self.parts),
                "quad": [[round(x, 1), round(y, 1)] for x, y in self.quad]}  # fmt: skip


@dataclass(frozen=True)
class DocumentRead:
    """The printed fields of one document page read with one template."""

    kind: str
    edition: str
    family: str
    fields: dict[str, FieldRead]
    page_quad: Quad
    layout_score: float
    pose_source: str
    code: CodeRead | None = None
    seconds: float = 0.0
    problems: tuple[str, ...] = field(default_factory=tuple)

    def value(self, name: str) -> str | None:
        f = self.fields.get(name)
        return f.value if f is not None and f.found else None

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "edition": self.edition,
            "family": self.family,
            "layout_score": round(self.layout_score, 3),
            "pose_source": self.pose_source,
            "page_quad": [[round(x, 1), round(y, 1)] for x, y in self.page_quad],
            "fields": {k: v.to_json() for k, v in self.fields.items()},
            "code": self.code.to_json() if self.code else None,
            "seconds": round(self.seconds, 4),
            "problems": list(self.problems),
        }
