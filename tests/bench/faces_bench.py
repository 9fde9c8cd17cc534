"""Face benchmark: accuracy of each engine on each shared set with the shipped bands, 1:1 time,
and 1:N exact-search time and recall@10 at 10k / 100k / 1M stored embeddings.

    nice -n 10 python -m tests.bench.faces_bench [--sizes 10000,100000,1000000] [--queries 50] [--json FILE]

Accuracy uses resources/faces/bands.json as shipped (not recalibrated), so it shows what the
product does. 1:1 time is compare_portraits-level work on two already loaded images: portrait
extraction of both, two embeddings, score and band. 1:N uses synthetic unit vectors: random ones for
time, clustered ones (identities with noisy samples) for recall against a float64 brute force."""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from verification.faces import bands
from verification.faces.calibrate import embed_all, figures, pair_scores
from verification.faces.calibration_sets import SETS, default_root, load_all
from verification.faces.compare import compare_images
from verification.faces.registry import ENGINES
from verification.faces.search import FaceIndex, top_k_exact

DIM = 128


def accuracy(root: Path) -> list[dict[str, Any]]:
    table = bands.load()
    sets = load_all(root)
    rows = []
    embedded = {name: embed_all(sets[name], ENGINES) for name in SETS}
    for e in ENGINES:
        b = table.for_engine(e)
        pooled_x, pooled_ids = [], []
        for name in SETS:
            kept, emb = embedded[name]
            ids = [s.identity for s in kept]
            rows.append({"engine": e, "set": name, **figures(*pair_scores(emb[e], ids), b.match, b.review)})
            pooled_x.append(emb[e])
            pooled_ids += [f"{name}:{i}" for i in ids]
        pooled = pair_scores(np.concatenate(pooled_x), pooled_ids)
        rows.append({"engine": e, "set": "all (pooled, cross-set)", **figures(*pooled, b.match, b.review)})
    return rows


def fusion(root: Path) -> list[dict[str, Any]]:
    """Would a fused score help? Per set and pooled: the gap between the lowest genuine and the
    highest impostor score in z units (positive = separable) and the fewest errors any single
    threshold makes, for each engine alone and for the mean of their z-scores."""
    sets = load_all(root)
    per: dict[str, dict[str, tuple[np.ndarray, np.ndarray]]] = {}
    pooled_x: dict[str, list[np.ndarray]] = {e: [] for e in ENGINES}
    pooled_ids: list[str] = []
    for name in SETS:
        kept, emb = embed_all(sets[name], ENGINES)
        ids = [s.identity for s in kept]
        per[name] = {e: pair_scores(emb[e], ids) for e in ENGINES}
        for e in ENGINES:
            pooled_x[e].append(emb[e])
        pooled_ids += [f"{name}:{i}" for i in ids]
    per["all (pooled, cross-set)"] = {e: pair_scores(np.concatenate(pooled_x[e]), pooled_ids) for e in ENGINES}
    ref = per["all (pooled, cross-set)"]
    z = {e: (float(ref[e][1].mean()), float(ref[e][1].std())) for e in ENGINES}
    rows = []
    for name, by_engine in per.items():
        # everything in z units (against each engine's pooled impostors) so the gaps compare
        cands = {e: tuple((by_engine[e][k] - z[e][0]) / z[e][1] for k in (0, 1)) for e in ENGINES}
        cands["fused (z-mean)"] = tuple(sum(cands[e][k] for e in ENGINES) / len(ENGINES) for k in (0, 1))
        row: dict[str, Any] = {"set": name}
        for label, (gen, imp) in cands.items():
            row[f"{label} gap"] = round(float(gen.min() - imp.max()), 3)
            row[f"{label} min errors"] = _min_errors(gen, imp)
        rows.append(row)
    return rows


def _min_errors(gen: np.ndarray, imp: np.ndarray) -> int:
    thresholds = np.concatenate([gen, imp, [np.inf]])
    return int(min(int((imp >= t).sum() + (gen < t).sum()) for t in thresholds))


def one_to_one(root: Path, reps: int) -> list[dict[str, Any]]:
    a = cv2.imread(str(root / "face_recognition" / "obama.jpg"))
    b = cv2.imread(str(root / "face_recognition" / "obama2.jpg"))
    out = []
    for e in ENGINES:
        compare_images(a, b, e)  # load models
        times, cpu = [], []
        for _ in range(reps):
            t, c = time.perf_counter(), time.process_time()
            compare_images(a, b, e)
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
        row = {"engine": e, "images": "obama.jpg 910x1137 + obama2.jpg 626x1200", **_stats(times)}
        row["cpu_ms_median"] = round(statistics.median(cpu) * 1000, 1)  # all threads; less hit by other load
        out.append(row)
    return out


def _stats(times: list[float]) -> dict[str, float]:
    ms = sorted(t * 1000 for t in times)
    return {"median_ms": round(statistics.median(ms), 1), "p90_ms": round(ms[int(0.9 * (len(ms) - 1))], 1)}


def _unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def clustered(n: int, rng: np.random.Generator, per_id: int = 5, noise: float = 0.35) -> tuple[np.ndarray, np.ndarray]:
    """n vectors: n/per_id identity centres, each with per_id noisy samples (genuine cos ~0.9)."""
    centres = _unit(rng.standard_normal((n // per_id, DIM), dtype=np.float32))
    rows = np.repeat(centres, per_id, axis=0)
    noise_v = rng.standard_normal(rows.shape, dtype=np.float32) * (noise / np.sqrt(DIM))
    return _unit(rows + noise_v), centres


def one_to_n(sizes: list[int], queries: int) -> list[dict[str, Any]]:
    rng = np.random.default_rng(0)
    band = bands.EngineBands("bench", "1", match=0.41, review=0.38)
    out = []
    for n in sizes:
        mat = _unit(rng.standard_normal((n, DIM), dtype=np.float32))
        index = FaceIndex([str(i) for i in range(n)], mat, band)
        qs = _unit(rng.standard_normal((queries, DIM), dtype=np.float32))
        index.search(qs[0], 10)
        times = []
        for q in qs:
            t = time.perf_counter()
            index.search(q, 10, min_score=-1.0)
            times.append(time.perf_counter() - t)
        del mat, index
        cmat, centres = clustered(n, rng)
        hits = 0
        ref64 = cmat.astype(np.float64)
        for i in range(min(queries, len(centres))):
            q = _unit((centres[i] + rng.standard_normal(DIM).astype(np.float32) * (0.35 / np.sqrt(DIM)))[None])[0]
            ref = np.argsort(-(ref64 @ q.astype(np.float64)), kind="stable")[:10]
            got, _ = top_k_exact(cmat, q, 10)
            hits += len(set(ref.tolist()) & set(got.tolist()))
        recall = hits / (10 * min(queries, len(centres)))
        out.append({"stored": n, "method": "exact float32 matvec", **_stats(times), "recall_at_10": round(recall, 4)})
        del cmat, ref64
    return out


def _print_table(title: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    keys = list(rows[0])
    print(f"\n### {title}\n")
    print("| " + " | ".join(keys) + " |")
    print("|" + "---|" * len(keys))
    for r in rows:
        print("| " + " | ".join(str(r[k]) for k in keys) + " |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.bench.faces_bench", description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=default_root())
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--queries", type=int, default=50)
    ap.add_argument("--reps", type=int, default=20)
    ap.add_argument("--skip-accuracy", action="store_true")
    ap.add_argument("--json", type=Path, help="also write all figures as JSON here")
    args = ap.parse_args(argv)
    result: dict[str, Any] = {}
    if args.data.is_dir():
        if not args.skip_accuracy:
            result["accuracy"] = accuracy(args.data)
            _print_table("Accuracy with the shipped bands", result["accuracy"])
            result["fusion"] = fusion(args.data)
            _print_table("Fusion check (gap = lowest genuine - highest impostor, z units)", result["fusion"])
        result["one_to_one"] = one_to_one(args.data, args.reps)
        _print_table("1:1 compare of two loaded images", result["one_to_one"])
    else:
        print(f"no shared faces at {args.data}: accuracy and 1:1 skipped", file=sys.stderr)
    result["one_to_n"] = one_to_n([int(s) for s in args.sizes.split(",")], args.queries)
    _print_table("1:N search (top 10)", result["one_to_n"])
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
