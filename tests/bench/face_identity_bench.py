"""Are the specimen factory's drawn people distinct identities to the face engine? Genuine pairs
are two photos of one person (`variant` 0 at passport size against variant 1 at registry size:
other light, exposure, backdrop, clothes, slight pose, JPEG); impostor pairs are the variant-0
photos of two different people. Prints both score distributions and how many pairs fall on the
wrong side of the shipped bands.

    nice -n 10 python -m tests.bench.face_identity_bench [--people 40] [--engine sface] [--json FILE]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from ocr.portraits import extract_portrait
from ocr.specimens.portrait import portrait
from verification.faces import bands
from verification.faces.engine import Embedding
from verification.faces.registry import get_engine

PHOTOS = ((0, 378, 484), (1, 300, 400))  # (variant, width, height): passport print, registry photo


def _jpeg(rgb: np.ndarray, quality: int) -> np.ndarray:
    ok, buf = cv2.imencode(".jpg", np.ascontiguousarray(rgb[:, :, ::-1]), [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return np.asarray(cv2.imdecode(buf, cv2.IMREAD_COLOR), np.uint8)


def _stats(scores: list[float]) -> dict[str, float]:
    a = np.array(scores)
    return {"n": len(a), "min": float(a.min()), "p05": float(np.percentile(a, 5)), "p50": float(np.median(a)),
            "p95": float(np.percentile(a, 95)), "max": float(a.max())}  # fmt: skip


def measure(people: int, engine_name: str) -> dict[str, Any]:
    tab = bands.load()
    eng = get_engine(engine_name)
    edges = tab.for_engine(engine_name)
    emb: dict[tuple[int, int], Embedding] = {}
    missing = 0
    t_draw = 0.0
    for i in range(people):
        for variant, w, h in PHOTOS:
            t0 = time.perf_counter()
            rgb = portrait(f"bench-person-{i}", "MF"[i % 2], 30 + 10 * (i % 5), w, h, variant)
            t_draw += time.perf_counter() - t0
            p = extract_portrait(_jpeg(rgb, 85), tab.quality)
            if not p.usable:
                missing += 1
                continue
            emb[(i, variant)] = eng.embed(p)
    genuine = [float(emb[(i, 0)] @ emb[(i, 1)]) for i in range(people) if (i, 0) in emb and (i, 1) in emb]
    impostor = [float(emb[(i, 0)] @ emb[(j, 0)]) for i, j in itertools.combinations(range(people), 2)
                if (i, 0) in emb and (j, 0) in emb]  # fmt: skip
    return {
        "engine": engine_name,
        "people": people,
        "faces_not_usable": missing,
        "draw_ms_mean": 1000 * t_draw / (people * len(PHOTOS)),
        "match_edge": edges.match,
        "review_edge": edges.review,
        "genuine": _stats(genuine),
        "impostor": _stats(impostor),
        "genuine_below_match": sum(s < edges.match for s in genuine),
        "impostor_at_or_above_review": sum(s >= edges.review for s in impostor),
        "impostor_at_or_above_match": sum(s >= edges.match for s in impostor),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.bench.face_identity_bench")
    p.add_argument("--people", type=int, default=40)
    p.add_argument("--engine", default="sface")
    p.add_argument("--json", type=Path)
    args = p.parse_args(argv)
    r = measure(args.people, args.engine)
    for kind in ("genuine", "impostor"):
        s = r[kind]
        print(f"{kind:9s} n={s['n']:4d}  min {s['min']:.3f}  p05 {s['p05']:.3f}  p50 {s['p50']:.3f}  "
              f"p95 {s['p95']:.3f}  max {s['max']:.3f}")  # fmt: skip
    print(f"edges: match >= {r['match_edge']}, review >= {r['review_edge']} ({r['engine']})")
    imp = r["impostor"]["n"]
    print(f"genuine below match: {r['genuine_below_match']}/{r['genuine']['n']}; impostor >= review: "
          f"{r['impostor_at_or_above_review']}/{imp}, >= match: {r['impostor_at_or_above_match']}/{imp}")  # fmt: skip
    print(f"faces not usable: {r['faces_not_usable']}; drawing {r['draw_ms_mean']:.1f} ms per portrait")
    if args.json:
        args.json.write_text(json.dumps(r, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
