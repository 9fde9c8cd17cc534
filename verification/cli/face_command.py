"""`tekseru face compare IMG_A IMG_B` and `tekseru face search IMG`: 1:1 and 1:N face checks.
Exit codes: 0 a band (compare) or at least one candidate (search); 1 no band / no candidate
(no face, several faces, too small, nothing above review); 2 usage; 3 a file could not be read."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import cv2

from ocr.errors import TekseruError
from ocr.imaging import load_image
from ocr.portraits import BLOCKING, Portrait, extract_portrait
from verification.faces import bands as bands_mod
from verification.faces.compare import FaceComparison, compare_portraits
from verification.faces.embedding_store import EmbeddingStore, path_for_registry
from verification.faces.registry import ENGINES, get_engine
from verification.faces.search import FaceIndex

_REGISTRY_ENV = "TEKSERU_REGISTRY"  # the registry's own override (verification/registry/paths.py)


def register(sub: Any) -> None:
    p = sub.add_parser("face", help="compare two faces, or search the registry's photos for one")
    fsub = p.add_subparsers(dest="face_command", metavar="ACTION", required=True)
    c = fsub.add_parser("compare", help="compare the largest face of two images (photos or document pages)")
    c.add_argument("image_a", metavar="IMG_A")
    c.add_argument("image_b", metavar="IMG_B")
    c.add_argument("--engine", choices=ENGINES, help="face engine (default: the calibrated default, sface)")
    c.add_argument("--json", action="store_true", help="one JSON object")
    c.add_argument("--save-crops", metavar="DIR", help="write the two portrait crops as PNG into DIR")
    c.set_defaults(handler=run_compare)
    s = fsub.add_parser("search", help="registry persons whose photo matches the face in IMG")
    s.add_argument("image", metavar="IMG")
    s.add_argument("--top", type=int, default=10, metavar="K", help="at most K candidates (default 10)")
    s.add_argument("--engine", choices=ENGINES)
    s.add_argument("--embeddings", metavar="FILE", help="face embeddings file (default: beside the registry)")
    s.add_argument("--json", action="store_true", help="one JSON object")
    s.set_defaults(handler=run_search)


def default_embeddings_path() -> Path:
    registry = os.environ.get(_REGISTRY_ENV)
    if registry:
        return path_for_registry(Path(registry).expanduser())
    from platformdirs import user_data_dir

    return path_for_registry(
        Path(user_data_dir("Tekseru", appauthor=False, roaming=False)) / "registry" / "chn.sqlite3"
    )


def _portrait_json(p: Portrait) -> dict[str, Any]:
    q = p.quality
    return {
        "box": list(p.box) if p.box else None,
        "rotation_quarter_turns": p.rotation,
        "reasons": list(p.reasons),
        "quality": None
        if q is None
        else {"eye_distance": q.eye_distance, "sharpness": q.sharpness, "yaw": q.yaw, "roll": q.roll},
    }


def comparison_json(r: FaceComparison, demo: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "engine": r.engine,
        "engine_version": r.engine_version,
        "score": None if r.score is None else round(r.score, 4),
        "band": None if r.band is None else r.band.value,
        "faces_a": r.portrait_a.faces,
        "faces_b": r.portrait_b.faces,
        "seconds": round(r.seconds, 3),
    }
    if r.reason:
        out["reason"] = r.reason
    out["warnings"] = list(r.warnings)
    out["a"] = _portrait_json(r.portrait_a)
    out["b"] = _portrait_json(r.portrait_b)
    if demo:
        out["demo"] = True
    return out


def _save_crops(folder: str, r: FaceComparison) -> None:
    Path(folder).mkdir(parents=True, exist_ok=True)
    for side, crop in (("a", r.crop_a), ("b", r.crop_b)):
        if crop is not None:
            cv2.imwrite(str(Path(folder) / f"crop_{side}.png"), crop)


def run_compare(args: argparse.Namespace) -> int:
    t0 = time.perf_counter()
    try:
        table = bands_mod.load()
        img_a, img_b = load_image(args.image_a), load_image(args.image_b)
    except TekseruError as exc:
        print(f"tekseru: {exc}", file=sys.stderr)
        return 3
    a, b = extract_portrait(img_a, table.quality), extract_portrait(img_b, table.quality)
    r = compare_portraits(a, b, args.engine, table)
    r = replace(r, seconds=time.perf_counter() - t0)
    if args.save_crops:
        _save_crops(args.save_crops, r)
    tag = "DEMO " if args.demo else ""
    if args.json:
        print(json.dumps(comparison_json(r, args.demo)), flush=True)
    elif r.band is None:
        print(f"{tag}no comparison: {r.reason} ({r.engine}, {r.seconds:.2f} s)")
    else:
        warn = f"  warnings: {'; '.join(r.warnings)}" if r.warnings else ""
        print(f"{tag}{r.band.value.upper()}  score {r.score:.3f} ({r.engine}, {r.seconds:.2f} s){warn}")
    return 0 if r.band is not None else 1


def run_search(args: argparse.Namespace) -> int:
    t0 = time.perf_counter()
    if args.top < 1:
        print("tekseru: --top must be at least 1", file=sys.stderr)
        return 2
    path = Path(args.embeddings) if args.embeddings else default_embeddings_path()
    if not path.is_file():
        print(f"tekseru: no face embeddings at {path} (embed the registry photos first)", file=sys.stderr)
        return 3
    try:
        table = bands_mod.load()
        img = load_image(args.image)
        name = args.engine or table.default_engine
        engine = get_engine(name)
        with EmbeddingStore(path) as store:
            index = FaceIndex.from_store(store, name, engine.version, table.for_engine(name))
    except TekseruError as exc:
        print(f"tekseru: {exc}", file=sys.stderr)
        return 3
    if not len(index):
        print(
            f"tekseru: {path.name} holds no {name} embeddings of this engine version; embed the photos again",
            file=sys.stderr,
        )
        return 1

    p = extract_portrait(img, table.quality)
    blocking = [r for r in p.reasons if r in BLOCKING]
    hits = [] if blocking else index.search(engine.embed(p), args.top)
    out: dict[str, Any] = {
        "engine": name,
        "engine_version": engine.version,
        "faces": p.faces,
        "searched": len(index),
        "candidates": [{"partner_id": h.partner_id, "score": round(h.score, 4), "band": h.band.value} for h in hits],
        "seconds": round(time.perf_counter() - t0, 3),
    }
    if blocking:
        out["reason"] = ", ".join(blocking)
    if args.demo:
        out["demo"] = True
    if args.json:
        print(json.dumps(out), flush=True)
    else:
        tag = "DEMO " if args.demo else ""
        if blocking:
            print(f"{tag}no search: {out['reason']}")
        else:
            print(f"{tag}{len(hits)} candidate(s) among {len(index)} photos ({name}, {out['seconds']:.2f} s)")
            for h in hits:
                print(f"  {h.partner_id}  {h.score:.3f}  {h.band.value}")
    return 0 if hits else 1
