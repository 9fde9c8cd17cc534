"""Decision bands as data: resources/faces/bands.json holds each engine's thresholds and the
figures they were calibrated on (regenerate with `python -m verification.faces.calibrate`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from ocr.bundled import resource_path
from ocr.errors import TekseruError
from ocr.portraits import QualityLimits


class Band(StrEnum):
    MATCH = "match"
    REVIEW = "review"
    NO_MATCH = "no_match"


class BandsError(TekseruError):
    """bands.json is missing, damaged or lacks the engine asked for."""


@dataclass(frozen=True)
class EngineBands:
    """score >= match: match; review <= score < match: review; below review: no_match."""

    engine: str
    version: str
    match: float
    review: float

    def decide(self, score: float) -> Band:
        if score >= self.match:
            return Band.MATCH
        if score >= self.review:
            return Band.REVIEW
        return Band.NO_MATCH


@dataclass(frozen=True)
class BandTable:
    default_engine: str
    engines: dict[str, EngineBands]
    quality: QualityLimits
    raw: dict[str, Any]

    def for_engine(self, name: str) -> EngineBands:
        try:
            return self.engines[name]
        except KeyError:
            known = ", ".join(sorted(self.engines))
            raise BandsError(f"no calibrated bands for face engine {name!r} (known: {known})") from None


def default_path() -> Path:
    return resource_path("faces", "bands.json")


def parse(data: dict[str, Any]) -> BandTable:
    try:
        engines = {
            name: EngineBands(name, str(e["version"]), float(e["match"]), float(e["review"]))
            for name, e in data["engines"].items()
        }
        allowed = {f.name for f in fields(QualityLimits)}
        quality = QualityLimits(**{k: float(v) for k, v in data.get("quality", {}).items() if k in allowed})
        default = str(data["default_engine"])
    except (KeyError, TypeError, ValueError) as exc:
        raise BandsError(f"bands file is malformed: {exc}") from None
    for b in engines.values():
        if not b.review <= b.match:
            raise BandsError(f"bands for {b.engine}: review edge above match edge")
    if default not in engines:
        raise BandsError(f"default face engine {default!r} has no bands")
    return BandTable(default, engines, quality, data)


def load(path: Path | None = None) -> BandTable:
    return _load_cached(str(path or default_path()))


@cache
def _load_cached(path: str) -> BandTable:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BandsError(f"cannot read face bands {path}: {exc}") from None
    if not isinstance(data, dict):
        raise BandsError("bands file is malformed: not an object")
    return parse(data)
