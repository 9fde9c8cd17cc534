"""Reading benchmark: page kind, printed (VIZ) fields and certificate fields on a generated, degraded
set, read exactly as `tekseru read` reads a file.

    nice -n 10 python -m tests.bench.reading_bench [--count N] [--seed S] [--workers W] [--keep DIR]

`--count` is the number of certificates of each kind (default 200); passports get the same number
split between PRC and Kazakhstan data pages, ID cards half of it (both sides on one scan, front
alone, back alone), and non-documents a quarter (blank, noise, photo, letter, form, framed notice).
Scanner and phone captures alternate. Exact = the field's text equals the printed value (spaces
collapsed). Times are per page, read in one process so that they are not shared with a sibling."""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

CERT_KINDS = ("prc_renunciation", "kaz_termination")
ID_KINDS = ("kaz_id_card", "kaz_id_card_front", "kaz_id_card_back")
TARGET_FIELD, TARGET_KIND, TARGET_SECONDS = 0.95, 0.99, 1.5


def _plan(count: int) -> list[str]:
    """The kinds of the set, interleaved so that any prefix is balanced."""
    quotas = {k: count for k in CERT_KINDS}
    quotas |= {"prc_passport": count // 2, "kaz_passport": count - count // 2}
    quotas |= {"kaz_id_card": max(1, count // 4), "kaz_id_card_front": max(1, count // 8)}
    quotas |= {"kaz_id_card_back": max(1, count // 8), "other": max(6, count // 4)}
    plan: list[str] = []
    while any(quotas.values()):
        for k in list(quotas):
            if quotas[k]:
                plan.append(k)
                quotas[k] -= 1
    return plan


def _make(args: tuple[int, int, str, str]) -> str:
    """Generate page `index` of the set and write it; returns the image file name."""
    import cv2

    from ocr.specimens import random_document, sample_params
    from ocr.specimens.card_sides import random_card_side
    from ocr.specimens.certificates import degrade_page, random_certificate
    from ocr.specimens.generate import write_specimen
    from ocr.specimens.non_documents import OTHERS, make_other

    index, seed, kind, out = args
    doc_id = f"r{seed}-{index:05d}-{kind}"
    done = Path(out) / f"{doc_id}.json"
    if done.exists():  # a kept set is reused as it is
        return str(json.loads(done.read_text(encoding="utf-8"))["image_file"])
    cv2.setNumThreads(1)
    rng = random.Random(f"tekseru-reading-bench:{seed}:{index}")
    makers: dict[str, Callable[[], Any]] = {
        "prc_renunciation": lambda: random_certificate("prc_renunciation", rng),
        "kaz_termination": lambda: random_certificate("kaz_termination", rng),
        "prc_passport": lambda: random_document("prc_passport", rng),
        "kaz_passport": lambda: random_document("kaz_passport", rng),
        "kaz_id_card": lambda: random_document("kaz_id_card", rng),
        "kaz_id_card_front": lambda: random_card_side("front", rng),
        "kaz_id_card_back": lambda: random_card_side("back", rng),
        "other": lambda: make_other(OTHERS[index % len(OTHERS)], rng),
    }
    preset: Literal["scanner", "phone"] = "scanner" if index % 2 == 0 else "phone"
    spec = degrade_page(makers[kind](), sample_params(preset, rng))
    spec.truth["id"] = doc_id
    return write_specimen(spec, Path(out), doc_id).name


@dataclass
class Tally:
    pages: int = 0
    kind_right: int = 0
    seconds: list[float] = field(default_factory=list)
    fields: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    misses: list[dict[str, Any]] = field(default_factory=list)
    called: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def _norm(s: str) -> str:
    return " ".join(s.split())


def _score(tally: Tally, truth: dict[str, Any], read: Any, seconds: float) -> None:
    kind = truth["kind"]
    want = "unknown" if kind == "other" else kind
    got = read.kind.kind
    tally.pages += 1
    tally.seconds.append(seconds)
    tally.called[got] += 1
    tally.kind_right += got == want
    if got != want:
        tally.misses.append({"id": truth["id"], "field": "(page kind)", "want": want, "got": got,
                             "evidence": list(read.kind.evidence)})  # fmt: skip
    if kind == "other":
        return
    fields: dict[str, Any] = {}
    for doc in read.documents:
        fields.update(doc.fields)
    code = next((d.code for d in read.documents if d.code is not None), None)
    for name, entry in truth["printed"].items():
        value = _norm(entry["value"])
        if name == "code":
            text = code.text if code is not None else ""
        else:
            text = fields[name].text if name in fields else ""
        ok = text == value
        tally.fields[name][0] += ok
        tally.fields[name][1] += 1
        if not ok:
            tally.misses.append({"id": truth["id"], "field": name, "want": value, "got": text})


def _read_all(folder: Path, files: list[str]) -> dict[str, Tally]:
    from ocr.imaging import load_pages
    from ocr.page_kind import read_page

    tallies: dict[str, Tally] = defaultdict(Tally)
    for i, name in enumerate(files):
        truth = json.loads((folder / Path(name).with_suffix(".json").name).read_text(encoding="utf-8"))
        t0 = time.perf_counter()
        page = load_pages(folder / name)[0]
        read = read_page(page.image)
        _score(tallies[truth["kind"]], truth, read, time.perf_counter() - t0)
        if (i + 1) % 25 == 0:
            print(f"  read {i + 1}/{len(files)}", file=sys.stderr, flush=True)
    return tallies


def _report(tallies: dict[str, Tally]) -> list[str]:
    out = [f"{'kind':<20}{'field':<20}{'pages':>6}{'exact':>7}{'rate':>8}", "-" * 61]
    short: list[str] = []
    for kind in (*CERT_KINDS, "prc_passport", "kaz_passport", *ID_KINDS):
        t = tallies.get(kind)
        if t is None:
            continue
        for name, (ok, n) in sorted(t.fields.items()):
            rate = ok / max(n, 1)
            flag = "" if rate >= TARGET_FIELD else "  < target"
            out.append(f"{kind:<20}{name:<20}{n:>6}{ok:>7}{100 * rate:>7.1f}%{flag}")
            if flag:
                short.append(f"{kind}.{name} {100 * rate:.1f}%")
    out += ["", f"{'kind':<20}{'pages':>6}{'kind right':>12}{'rate':>8}{'median s':>10}{'p90 s':>8}", "-" * 64]
    for kind, t in sorted(tallies.items()):
        rate = t.kind_right / max(t.pages, 1)
        med = statistics.median(t.seconds)
        p90 = sorted(t.seconds)[int(0.9 * (len(t.seconds) - 1))]
        out.append(f"{kind:<20}{t.pages:>6}{t.kind_right:>12}{100 * rate:>7.1f}%{med:>10.3f}{p90:>8.3f}")
        if rate < TARGET_KIND:
            short.append(f"page kind of {kind} {100 * rate:.1f}%")
    every = [s for t in tallies.values() for s in t.seconds]
    pages = sum(t.pages for t in tallies.values())
    right = sum(t.kind_right for t in tallies.values())
    med = statistics.median(every)
    out.append(f"{'all pages':<20}{pages:>6}{right:>12}{100 * right / max(pages, 1):>7.1f}%{med:>10.3f}")
    if med > TARGET_SECONDS:
        short.append(f"median {med:.2f} s per page")
    other = tallies.get("other")
    if other is not None:
        certs = sum(other.called[k] for k in CERT_KINDS)
        out.append(f"non-documents called a certificate: {certs} of {other.pages}")
        if certs:
            short.append(f"{certs} non-documents called certificates")
    out += ["", "short of target: " + ("; ".join(short) if short else "nothing")]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=200, help="certificates per kind (default 200)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes that generate the set")
    ap.add_argument("--keep", type=Path, help="generate into (or reuse) this folder and keep it")
    ap.add_argument("--misses", type=Path, help="write every miss as JSON here")
    args = ap.parse_args(argv)
    plan = _plan(args.count)
    with tempfile.TemporaryDirectory(prefix="tekseru-reading-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        jobs = [(i, args.seed, kind, str(folder)) for i, kind in enumerate(plan)]
        with ProcessPoolExecutor(max_workers=max(1, args.workers)) as pool:
            files = list(pool.map(_make, jobs, chunksize=4))
        print(f"generated {len(files)} pages in {time.perf_counter() - t0:.0f} s into {folder}", file=sys.stderr)
        tallies = _read_all(folder, files)
    lines = _report(tallies)
    print("\n".join(lines))
    if args.misses:
        misses = [m for t in tallies.values() for m in t.misses]
        args.misses.write_text(json.dumps(misses, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
