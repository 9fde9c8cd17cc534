"""The shared calibration faces (../shared/data/faces, never copied into the repository) as
labelled samples, and every genuine/impostor pair within each set and across all of them."""

from __future__ import annotations

import csv
import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from ocr.imaging import ImageArray

SETS = ("face_recognition", "dlib_johns", "japanese_collage", "western_collage")
_COLLAGES = {"japanese_collage": "JapaneseBaldActor.jpg", "western_collage": "bald_guys.jpg"}
_COLLAGE_MARGIN = 0.35


def default_root() -> Path:
    """<checkout>/../shared/data/faces, where the workplace lays the shared data."""
    return Path(__file__).resolve().parents[3] / "shared" / "data" / "faces"


@dataclass(frozen=True, eq=False)
class Sample:
    set: str
    identity: str
    source: str  # file name, plus the face index in a collage
    image: ImageArray


def _read(path: Path) -> ImageArray:
    img = cv2.imread(str(path), cv2.IMREAD_COLOR)
    if img is None:
        raise OSError(f"cannot read {path}")
    return np.asarray(img, np.uint8)


def load_set(root: Path, name: str) -> list[Sample]:
    """One set. face_recognition keeps only files with one person (identities.csv)."""
    if name == "face_recognition":
        folder = root / "face_recognition"
        with (folder / "identities.csv").open(newline="") as fh:
            rows = [r for r in csv.DictReader(fh) if ";" not in r["people"]]
        return [Sample(name, r["people"], r["file"], _read(folder / r["file"])) for r in rows]
    if name == "dlib_johns":
        out = []
        for person in sorted(p for p in (root / "dlib_johns").iterdir() if p.is_dir()):
            out += [
                Sample(name, person.name, f"{person.name}/{f.name}", _read(f)) for f in sorted(person.glob("*.jpg"))
            ]
        return out
    if name in _COLLAGES:
        file = _COLLAGES[name]
        sheet = _read(root / "collages" / file)
        labels = json.loads((root / "collages" / "labels.json").read_text())[file]
        out = []
        h, w = sheet.shape[:2]
        for i, lab in enumerate(labels):
            x0, y0, x1, y1 = lab["box"]
            mx, my = round((x1 - x0) * _COLLAGE_MARGIN), round((y1 - y0) * _COLLAGE_MARGIN)
            crop = sheet[max(0, y0 - my) : min(h, y1 + my), max(0, x0 - mx) : min(w, x1 + mx)].copy()
            out.append(Sample(name, lab["person"], f"{file}#{i}", crop))
        return out
    raise ValueError(f"unknown calibration set {name!r}")


def load_all(root: Path | None = None) -> dict[str, list[Sample]]:
    base = root or default_root()
    return {name: load_set(base, name) for name in SETS}


def pairs(n: int) -> Iterator[tuple[int, int]]:
    return itertools.combinations(range(n), 2)
