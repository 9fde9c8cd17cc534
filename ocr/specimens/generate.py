"""Whole specimen sets on disk: `<id>.jpg|png` plus `<id>.json` truth per document. Each document
draws from its own seed (set seed + index), so a set is the same whether made in one process or
several, and any single document can be regenerated alone."""

from __future__ import annotations

import os
import random
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Literal

import cv2

from ocr.specimens.degrade import Preset, degrade, sample_params
from ocr.specimens.documents import KINDS, Kind, Specimen, random_document
from ocr.specimens.truth import write_truth

PresetChoice = Literal["scanner", "phone", "mixed"] | None


def make_one(
    index: int, seed: int, kinds: Sequence[Kind], preset: PresetChoice, rotations: bool
) -> tuple[str, Specimen]:
    """Document `index` of the set `seed`: its id and specimen (kinds cycle so sets are balanced)."""
    rng = random.Random(f"tekseru-specimen:{seed}:{index}")
    kind = kinds[index % len(kinds)]
    spec = random_document(kind, rng)
    chosen: Preset | None = rng.choice(("scanner", "phone")) if preset == "mixed" else preset
    if chosen is not None:
        spec = degrade(spec, sample_params(chosen, rng, rotations))
    doc_id = f"s{seed}-{index:05d}-{kind}"
    spec.truth["id"] = doc_id
    return doc_id, spec


def write_specimen(spec: Specimen, out_dir: Path, doc_id: str) -> Path:
    """Write the image (the exact JPEG bytes when there are some, else PNG) and its truth JSON."""
    if spec.jpeg is not None:
        path = out_dir / f"{doc_id}.jpg"
        path.write_bytes(spec.jpeg)
    else:
        path = out_dir / f"{doc_id}.png"
        cv2.imwrite(str(path), spec.image, [cv2.IMWRITE_PNG_COMPRESSION, 1])
    spec.truth["image_file"] = path.name
    write_truth(spec.truth, out_dir / f"{doc_id}.json")
    return path


def _job(args: tuple[int, int, tuple[Kind, ...], PresetChoice, bool, str]) -> str:
    index, seed, kinds, preset, rotations, out_dir = args
    cv2.setNumThreads(1)
    doc_id, spec = make_one(index, seed, kinds, preset, rotations)
    return str(write_specimen(spec, Path(out_dir), doc_id))


def generate_set(
    out_dir: Path | str,
    count: int,
    seed: int,
    kinds: Sequence[Kind] = KINDS,
    preset: PresetChoice = None,
    rotations: bool = False,
    workers: int | None = None,
) -> list[Path]:
    """Write `count` specimens into `out_dir` and return their image paths in index order.
    `preset` None writes clean renders (PNG); 'mixed' draws scanner or phone per document;
    `rotations` lets pages be turned by 90/180/270 degrees. `workers` defaults to the CPU count."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    bad = [k for k in kinds if k not in KINDS]
    if bad or not kinds:
        raise ValueError(f"unknown kinds {bad}; choose from {', '.join(KINDS)}")
    jobs = [(i, seed, tuple(kinds), preset, rotations, str(out)) for i in range(count)]
    n = workers if workers is not None else (os.cpu_count() or 1)
    if n <= 1 or count < 4:
        return [Path(_job(j)) for j in jobs]
    with ProcessPoolExecutor(max_workers=n) as pool:
        return [Path(p) for p in pool.map(_job, jobs, chunksize=4)]
