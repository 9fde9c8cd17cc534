"""CLI: python -m ocr.specimens --out DIR --count N --seed S [--preset mixed] [--kinds ...] [--rotations]"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from typing import cast

from ocr.specimens.documents import KINDS, Kind
from ocr.specimens.generate import PresetChoice, generate_set


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m ocr.specimens", description="Write synthetic identity documents with truth JSON."
    )
    ap.add_argument("--out", required=True, help="output folder")
    ap.add_argument("--count", type=int, required=True, help="number of documents")
    ap.add_argument("--seed", type=int, default=0, help="set seed (same seed, same set)")
    ap.add_argument(
        "--preset",
        choices=("none", "scanner", "phone", "mixed"),
        default="none",
        help="degradation: none (clean PNG), scanner, phone or mixed",
    )
    ap.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS), help="document kinds (cycled)")
    ap.add_argument("--rotations", action="store_true", help="also turn pages by 90/180/270 degrees")
    ap.add_argument("--workers", type=int, default=None, help="processes (default: CPU count)")
    args = ap.parse_args(argv)
    if args.count < 0:
        ap.error("--count must be ≥ 0")
    preset = cast(PresetChoice, None if args.preset == "none" else args.preset)
    start = time.perf_counter()
    paths = generate_set(
        args.out, args.count, args.seed, cast(list[Kind], args.kinds), preset, args.rotations, args.workers
    )
    secs = time.perf_counter() - start
    rate = len(paths) / secs if secs > 0 else 0.0
    print(f"wrote {len(paths)} specimens to {args.out} in {secs:.1f} s ({rate:.1f} docs/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
