"""What a read of a machine readable zone is: plain frozen data shared by the CLI, the GUI, the
report and the tests. Every read carries its evidence: raw OCR, what was corrected and why, and how
sure the reader was of each character."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ocr.mrz.formats import MrzFormat


@dataclass(frozen=True)
class MrzFields:
    """Field values as printed, fillers removed; dates as ISO strings (None when unknown/invalid)."""

    document_code: str
    issuing_state: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    birth_date: str | None
    sex: str
    expiry_date: str | None
    optional_data: str
    optional_data_2: str = ""


@dataclass(frozen=True)
class MrzParse:
    """The parse of corrected text: fields, each check digit's verdict and every well-formedness problem."""

    format: MrzFormat
    lines: tuple[str, ...]
    fields: MrzFields
    checks: dict[str, bool]
    problems: tuple[str, ...]

    @property
    def valid(self) -> bool:
        return all(self.checks.values()) and not self.problems


@dataclass(frozen=True)
class Correction:
    """One character changed from what OCR saw, with the rule that proved it."""

    line: int
    column: int
    before: str
    after: str
    reason: str


@dataclass(frozen=True)
class MrzRead:
    """The outcome of reading one image: found or not, and if found everything needed to trust it."""

    found: bool
    format: MrzFormat | None = None
    lines: tuple[str, ...] = ()
    raw_lines: tuple[str, ...] = ()
    fields: MrzFields | None = None
    checks: dict[str, bool] = field(default_factory=dict)
    valid: bool = False
    problems: tuple[str, ...] = ()
    corrections: tuple[Correction, ...] = ()
    char_confidence: tuple[tuple[float, ...], ...] = ()
    field_confidence: dict[str, float] = field(default_factory=dict)
    box: tuple[tuple[float, float], ...] = ()  # MRZ quadrilateral in source-image pixels
    page: int = 0
    engine: str = ""
    seconds: float = 0.0
    message: str = ""

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["format"] = self.format.value if self.format else None
        d["lines"] = list(self.lines)
        d["raw_lines"] = list(self.raw_lines)
        d["problems"] = list(self.problems)
        d["box"] = [list(p) for p in self.box]
        d["char_confidence"] = [[round(c, 3) for c in row] for row in self.char_confidence]
        d["field_confidence"] = {k: round(v, 3) for k, v in self.field_confidence.items()}
        d["seconds"] = round(self.seconds, 4)
        return d
