"""MRZ benchmark: Tekseru's reader side by side with PassportEye 2.2.2 on the same images in one run.

    python -m tests.bench.mrz_bench [--generated N] [--seed S] [--no-passporteye] [--only generated|specimens]

(a) a generated, degraded set from the project's specimen factory (scanner and phone presets mixed);
(b) the 35 real specimens in ../shared/data/specimens/mrz_docs (truth in tests/data/mrz_docs_truth.json).
Exact = every MRZ character right. Wrong-but-valid = the reader called the read valid and it is not exact
(the failure that must never happen)."""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPECIMENS = ROOT.parent / "shared" / "data" / "specimens" / "mrz_docs"
TRUTH = ROOT / "tests" / "data" / "mrz_docs_truth.json"


@dataclass
class Tally:
    name: str
    n: int = 0
    found: int = 0
    exact: int = 0
    valid: int = 0
    wrong_valid: int = 0
    seconds: list[float] = field(default_factory=list)
    wrong_valid_files: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    def add(self, file: str, lines: list[str] | None, valid: bool, truth: list[str], seconds: float) -> None:
        self.n += 1
        self.seconds.append(seconds)
        if lines:
            self.found += 1
        exact = lines == truth
        self.exact += exact
        self.valid += bool(valid)
        if valid and not exact:
            self.wrong_valid += 1
            self.wrong_valid_files.append(file)
        if not exact:
            self.missed.append(file)

    def row(self) -> str:
        med = statistics.median(self.seconds) if self.seconds else float("nan")
        pct = 100.0 * self.exact / max(self.n, 1)
        return (
            f"{self.name:<22}{self.n:>6}{self.found:>7}{self.exact:>7}{pct:>8.1f}%{self.valid:>7}"
            f"{self.wrong_valid:>13}{med:>10.3f}"
        )


HEADER = (
    f"{'reader':<22}{'docs':>6}{'found':>7}{'exact':>7}{'exact%':>9}{'valid':>7}{'wrong+valid':>13}{'median s':>10}"
)


def tekseru_read(path: Path) -> tuple[list[str] | None, bool, float]:
    from verification.cli.mrz_command import read_file

    t0 = time.perf_counter()
    r = read_file(str(path))
    dt = time.perf_counter() - t0
    return (list(r.lines) if r.found else None), r.valid, dt


def passporteye_read(path: Path) -> tuple[list[str] | None, bool, float]:
    import warnings

    from passporteye import read_mrz

    warnings.filterwarnings("ignore", category=FutureWarning)

    t0 = time.perf_counter()
    try:
        m = read_mrz(str(path))
    except Exception:  # PassportEye raises on some inputs; that counts as not found
        m = None
    dt = time.perf_counter() - t0
    if m is None:
        return None, False, dt
    # PassportEye's text holds whatever OCR saw in the zone; its parse uses the last 2 or 3 lines.
    text = m.aux.get("text", "")
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    lines = lines[-(3 if m.mrz_type == "TD1" else 2) :]
    return lines, bool(m.valid), dt


def run_set(name: str, items: list[tuple[Path, list[str]]], with_pe: bool, verbose: bool) -> list[Tally]:
    ours = Tally("tekseru")
    pe = Tally("passporteye 2.2.2")
    for path, truth in items:
        lines, valid, dt = tekseru_read(path)
        ours.add(path.name, lines, valid, truth, dt)
        if verbose and lines != truth:
            print(f"  [tekseru miss] {path.name}: {lines} valid={valid}", file=sys.stderr)
        if with_pe:
            lines, valid, dt = passporteye_read(path)
            pe.add(path.name, lines, valid, truth, dt)
    return [ours, pe] if with_pe else [ours]


def print_table(title: str, tallies: list[Tally]) -> None:
    print(f"\n## {title}")
    print(HEADER)
    for t in tallies:
        print(t.row())
    if len(tallies) == 2 and tallies[0].seconds and tallies[1].seconds:
        ratio = statistics.median(tallies[1].seconds) / statistics.median(tallies[0].seconds)
        print(f"speed: tekseru is {ratio:.1f}x faster than passporteye (median per image, same run)")
    for t in tallies:
        if t.wrong_valid_files:
            print(f"{t.name} wrong-but-valid: {', '.join(t.wrong_valid_files)}")
        if t.missed and t.name == "tekseru":
            print(f"{t.name} not exact: {', '.join(t.missed[:20])}{' …' if len(t.missed) > 20 else ''}")


def generated_items(count: int, seed: int, out: Path) -> list[tuple[Path, list[str]]]:
    from ocr.specimens.generate import generate_set

    paths = generate_set(out, count=count, seed=seed, preset="mixed")
    items = []
    for p in paths:
        truth = json.loads(p.with_suffix(".json").read_text(encoding="utf-8"))
        items.append((p, list(truth["mrz_lines"])))
    return items


def specimen_items() -> list[tuple[Path, list[str]]]:
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    return [(SPECIMENS / name, list(t["lines"])) for name, t in sorted(truth.items())]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--generated", type=int, default=300)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--no-passporteye", action="store_true")
    ap.add_argument("--only", choices=("generated", "specimens"))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    with_pe = not args.no_passporteye
    with tempfile.TemporaryDirectory() as tmp:
        # Generate before anything loads OpenCV's dnn threads: forking a process pool after that
        # can deadlock the workers.
        items = [] if args.only == "specimens" else generated_items(args.generated, args.seed, Path(tmp))
        # warm up: load the glyph model once, as the desk app does at start
        from ocr.mrz.glyph_model import load_model

        load_model()
        if args.only != "generated":
            if SPECIMENS.is_dir():
                print_table(
                    f"(b) real specimens, {SPECIMENS}", run_set("specimens", specimen_items(), with_pe, args.verbose)
                )
            else:
                print(f"\n## (b) skipped: {SPECIMENS} is absent")
        if items:
            print_table(
                f"(a) generated degraded set, {len(items)} documents, seed {args.seed}",
                run_set("generated", items, with_pe, args.verbose),
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
