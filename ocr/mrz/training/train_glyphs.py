"""Train the MRZ glyph classifier and export it to ONNX.

Needs PyTorch (and onnx), which the product does not: run it from a separate environment,
    python -m ocr.mrz.training.train_glyphs --blocks 5000 --epochs 6 --out resources/models/mrz_glyphs.onnx
The runtime (`ocr.mrz.glyph_model`) runs the ONNX file with OpenCV's dnn module."""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import time
from pathlib import Path
from typing import Any

import numpy as np

from ocr.mrz.formats import ALPHABET
from ocr.mrz.training.render_blocks import sample


def _make(seed_count: tuple[int, int]) -> tuple[np.ndarray, np.ndarray, int]:
    seed, count = seed_count
    rng = random.Random(seed)
    xs, ys, missed = [], [], 0
    for _ in range(count):
        s = sample(rng)
        if s is None:
            missed += 1
            continue
        xs.append(s.cells)
        ys.append(s.labels)
    return np.concatenate(xs), np.concatenate(ys), missed


def dataset(blocks: int, seed: int, workers: int) -> tuple[np.ndarray, np.ndarray]:
    per = [(seed * 1000 + i, blocks // workers) for i in range(workers)]
    with mp.Pool(workers) as pool:
        parts = pool.map(_make, per)
    missed = sum(p[2] for p in parts)
    print(f"blocks {blocks}, locator missed {missed} ({missed / blocks:.1%})")
    return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])


def build_net() -> Any:
    import torch.nn as nn

    return nn.Sequential(
        nn.Conv2d(1, 16, 3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(64 * 4 * 3, 128),
        nn.ReLU(),
        nn.Dropout(0.2),
        nn.Linear(128, len(ALPHABET)),
    )


def train(x: np.ndarray, y: np.ndarray, epochs: int, seed: int) -> tuple[Any, float]:
    import torch

    torch.manual_seed(seed)
    n = len(x)
    perm = np.random.default_rng(seed).permutation(n)
    val = perm[: n // 20]
    tr = perm[n // 20 :]
    xt = torch.from_numpy(x[:, None])
    yt = torch.from_numpy(y)
    net = build_net()
    opt = torch.optim.Adam(net.parameters(), lr=2e-3)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=3e-3, total_steps=epochs * (len(tr) // 256 + 1))
    lossf = torch.nn.CrossEntropyLoss()
    for ep in range(epochs):
        net.train()
        t0 = time.time()
        order = np.random.default_rng(seed + ep).permutation(tr)
        for i in range(0, len(order), 256):
            b = torch.from_numpy(order[i : i + 256])
            xb = xt[b]
            # small intensity jitter on top of the rendered degradations
            xb = xb * (0.8 + 0.4 * torch.rand(len(b), 1, 1, 1))
            opt.zero_grad()
            loss = lossf(net(xb), yt[b])
            loss.backward()
            opt.step()
            sched.step()
        net.eval()
        with torch.no_grad():
            pred = net(xt[torch.from_numpy(val)]).argmax(1).numpy()
        err = float((pred != y[val]).mean())
        print(f"epoch {ep + 1}: loss {loss.item():.4f} val error {err:.4%} ({time.time() - t0:.0f}s)")
    return net, err


def export(net: Any, out: Path, info: dict[str, Any]) -> None:
    """ONNX for OpenCV's dnn module at run time, and a JSON description beside it."""
    import torch

    out.parent.mkdir(parents=True, exist_ok=True)
    net.eval()
    torch.onnx.export(
        net,
        torch.zeros(1, 1, 32, 24),
        str(out),
        input_names=["cells"],
        output_names=["logits"],
        dynamic_axes={"cells": {0: "n"}, "logits": {0: "n"}},
        opset_version=13,
        dynamo=False,
    )
    meta = {"alphabet": ALPHABET, "input": [1, 32, 24], "output": "logits", **info}
    out.with_suffix(".json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size} bytes)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--blocks", type=int, default=4000)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--out", type=Path, default=Path("resources/models/mrz_glyphs.onnx"))
    ap.add_argument("--cache", type=Path, help="save the rendered cells here, or load them if present")
    args = ap.parse_args()
    t0 = time.time()
    if args.cache and args.cache.exists():
        with np.load(args.cache) as d:
            x, y = d["x"], d["y"]
    else:
        x, y = dataset(args.blocks, args.seed, args.workers)
        if args.cache:
            np.savez(args.cache, x=x, y=y)
    print(f"{len(x)} cells in {time.time() - t0:.0f}s")
    import torch

    # One thread: OpenMP threads spin-wait, and on a busy 2-core machine that slows training tenfold.
    torch.set_num_threads(1)
    net, val_error = train(x, y, args.epochs, args.seed)
    info = {
        "trained_by": f"python -m ocr.mrz.training.train_glyphs --blocks {args.blocks} --epochs {args.epochs} "
        f"--seed {args.seed}",
        "training": {"blocks": args.blocks, "cells": len(x), "val_error_last_epoch": round(val_error, 4)},
    }
    export(net, args.out, info)


if __name__ == "__main__":
    main()
