"""What the page-kind decision and a page read are: plain frozen data for the CLI, GUI and reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ocr.mrz.model import MrzRead
from ocr.templates import Template
from ocr.viz.geometry import Pose
from ocr.viz.model import DocumentRead

UNKNOWN = "unknown"
KIND_LABELS: dict[str, str] = {
    "prc_passport": "PRC passport, data page",
    "kaz_passport": "Kazakhstan passport, data page",
    "kaz_id_card": "Kazakhstan ID card, both sides",
    "kaz_id_card_front": "Kazakhstan ID card, front",
    "kaz_id_card_back": "Kazakhstan ID card, back",
    "prc_renunciation": "PRC certificate of renunciation of nationality",
    "kaz_termination": "Kazakhstan certificate of termination of citizenship",
    UNKNOWN: "not a known document",
}


@dataclass(frozen=True)
class Side:
    """One document (or card side) found on the page: its template and where it lies."""

    template: Template
    pose: Pose
    score: float
    title_score: float
    title_text: str


@dataclass(frozen=True)
class PageKind:
    """`kind` is a key of KIND_LABELS; `score` (0..1) how sure. For an unknown page, `closest`
    is the known kind it most resembles and `closest_score` how much. `evidence` says why."""

    kind: str
    score: float
    closest: str
    closest_score: float
    sides: tuple[Side, ...] = ()
    evidence: tuple[str, ...] = ()

    @property
    def known(self) -> bool:
        return self.kind != UNKNOWN

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "label": self.label,
            "score": round(self.score, 3),
            "closest": self.closest,
            "closest_score": round(self.closest_score, 3),
            "editions": [s.template.edition for s in self.sides],
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True)
class PageRead:
    """Everything read from one page: its kind, its MRZ (when it has one) and the printed fields of
    each document on it."""

    page: int
    kind: PageKind
    mrz: MrzRead | None
    documents: tuple[DocumentRead, ...] = field(default_factory=tuple)
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "page": self.page,
            "kind": self.kind.to_json(),
            "mrz": self.mrz.to_json() if self.mrz is not None and self.mrz.found else None,
            "documents": [d.to_json() for d in self.documents],
            "seconds": round(self.seconds, 4),
        }
