"""Regenerate resources/faces/bands.json from the shared calibration faces.

    python -m verification.faces.calibrate [--data ../shared/data/faces] [--out resources/faces/bands.json]

Rule (per engine, on all pairs pooled, in-sample): the match edge is the highest impostor score
seen plus a margin, so no calibration impostor reaches match; the review edge is the lowest
genuine score seen minus a margin, so no calibration genuine pair falls to no_match. The default
engine is the one with the most genuine pairs in the match band on the East-Asian collage."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from ocr.portraits import QualityLimits, extract_portrait
from verification.faces import quality_calibration
from verification.faces.bands import default_path
from verification.faces.calibration_sets import SETS, Sample, default_root, load_all
from verification.faces.registry import ENGINES, get_engine

MARGIN = 0.02
PROXY_SET = "japanese_collage"
Matrix = npt.NDArray[np.float32]


def embed_all(samples: list[Sample], engines: tuple[str, ...]) -> tuple[list[Sample], dict[str, Matrix]]:
    """Embeddings of every sample with a face (faces are found by YuNet for every engine)."""
    kept: list[Sample] = []
    vecs: dict[str, list[npt.NDArray[np.float32]]] = {e: [] for e in engines}
    for s in samples:
        p = extract_portrait(s.image, QualityLimits())
        if not p.found:
            print(f"  no face: {s.set}/{s.source}", file=sys.stderr)
            continue
        kept.append(s)
        for e in engines:
            vecs[e].append(get_engine(e).embed(p))
    return kept, {e: np.stack(v) for e, v in vecs.items()}


def pair_scores(x: Matrix, ids: list[str]) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    s = (x @ x.T).astype(np.float64)
    iu = np.triu_indices(len(ids), 1)
    same = np.array(ids)[iu[0]] == np.array(ids)[iu[1]]
    return s[iu][same], s[iu][~same]


def figures(gen: npt.NDArray[np.float64], imp: npt.NDArray[np.float64], match: float, review: float) -> dict[str, Any]:
    def rate(n: int, d: int) -> float:
        return round(n / d, 5) if d else 0.0

    fa_m, fa_r = int((imp >= match).sum()), int((imp >= review).sum())
    fr_m, fr_r = int((gen < match).sum()), int((gen < review).sum())
    return {
        "genuine_pairs": len(gen),
        "impostor_pairs": len(imp),
        "false_accepts_in_match": fa_m,
        "genuine_below_review": fr_r,
        "far_at_match": rate(fa_m, len(imp)),
        "frr_at_match": rate(fr_m, len(gen)),
        "far_at_review": rate(fa_r, len(imp)),
        "frr_at_review": rate(fr_r, len(gen)),
        "genuine_min": round(float(gen.min()), 4) if len(gen) else None,
        "impostor_max": round(float(imp.max()), 4) if len(imp) else None,
    }


def calibrate(root: Path, engines: tuple[str, ...]) -> dict[str, Any]:
    sets = load_all(root)
    kept: dict[str, list[Sample]] = {}
    emb: dict[str, dict[str, Matrix]] = {}
    for name in SETS:
        print(f"embedding {name} ({len(sets[name])} faces)", file=sys.stderr)
        kept[name], emb[name] = embed_all(sets[name], engines)
    out: dict[str, Any] = {}
    for e in engines:
        per: dict[str, tuple[Any, Any]] = {n: pair_scores(emb[n][e], [s.identity for s in kept[n]]) for n in SETS}
        pooled_ids = [f"{n}:{s.identity}" for n in SETS for s in kept[n]]
        pooled = pair_scores(np.concatenate([emb[n][e] for n in SETS]), pooled_ids)
        match = math.ceil((float(pooled[1].max()) + MARGIN) * 100) / 100
        review = min(match, math.floor((float(pooled[0].min()) - MARGIN) * 100) / 100)
        eng = get_engine(e)
        out[e] = {
            "version": eng.version,
            "match": match,
            "review": review,
            "calibration": {
                **{n: figures(*per[n], match, review) for n in SETS},
                "all_sets_pooled": figures(*pooled, match, review),
            },
        }
    return {"engines": out, "samples": {n: len(kept[n]) for n in SETS}, "kept": kept, "emb": emb}


def choose_default(engines: dict[str, Any]) -> str:
    def key(e: str) -> tuple[float, float]:
        f = engines[e]["calibration"][PROXY_SET]
        return (-f["frr_at_match"], -f["far_at_review"])

    return max(engines, key=key)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m verification.faces.calibrate", description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=default_root(), help="the shared faces folder")
    ap.add_argument("--out", type=Path, default=default_path())
    ap.add_argument("--engines", default=",".join(ENGINES))
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"calibrate: no calibration faces at {args.data}", file=sys.stderr)
        return 1
    engines = tuple(e for e in args.engines.split(",") if e)
    res = calibrate(args.data, engines)
    default = choose_default(res["engines"])
    bands = res["engines"][default]
    print("calibrating quality limits", file=sys.stderr)
    quality = quality_calibration.calibrate(res["kept"], get_engine(default), bands["match"], bands["review"])
    doc = {
        "schema": 1,
        "generated": dt.date.today().isoformat(),
        "command": "python -m verification.faces.calibrate",
        "score": "cosine of L2-normalised embeddings, higher = more similar (verification/faces/engine.py)",
        "rule": f"match = highest impostor score over all pooled pairs + {MARGIN}, rounded up to 0.01; "
        f"review = lowest genuine score - {MARGIN}, rounded down; in-sample figures",
        "default_engine": default,
        "default_rule": f"most genuine pairs in the match band on {PROXY_SET}",
        "samples": res["samples"],
        "engines": res["engines"],
        "quality": quality["limits"],
        "quality_calibration": quality["figures"],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out} (default engine {default})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
