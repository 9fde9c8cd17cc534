"""`tekseru read FILE...`: for each page, what it is (passport data page, ID card side, renunciation
certificate, or not a known document), then its MRZ and its printed fields or certificate fields,
each with its confidence."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from ocr.errors import TekseruError
from ocr.imaging import load_pages
from ocr.page_kind import PageRead, read_page
from ocr.viz.model import DocumentRead

# Fields below this confidence are marked for the officer to check by eye.
CHECK_BELOW = 0.6


def register(sub: Any) -> None:
    p = sub.add_parser("read", help="say what each page is and read its MRZ and printed fields (images or PDF)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help="one JSON object per file per line")
    p.add_argument(
        "--templates", action="append", default=[], metavar="DIR", help="also load layout templates from DIR"
    )
    p.set_defaults(handler=run)


def read_file(path: str, template_dirs: list[str]) -> tuple[list[PageRead], float]:
    """Every page of the file read, and the seconds it took (loading included)."""
    t0 = time.perf_counter()
    reads = [read_page(page.image, page.index, template_dirs) for page in load_pages(path)]
    return reads, time.perf_counter() - t0


def to_json(path: str, reads: list[PageRead], seconds: float, demo: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"file": path, "pages": [r.to_json() for r in reads], "seconds": round(seconds, 4)}
    if demo:
        out["demo"] = True
    return out


def _document_text(doc: DocumentRead) -> list[str]:
    out = [f"  {doc.kind} {doc.edition}  (layout {doc.layout_score:.2f}, found by {doc.pose_source})"]
    width = max((len(f.label or f.name) for f in doc.fields.values()), default=10)
    for f in doc.fields.values():
        mark = "  CHECK" if f.confidence < CHECK_BELOW or f.problems else ""
        shown = f.text if f.found else "(not found)"
        meaning = f"  = {f.value}" if f.value and f.value != f.text else ""
        out.append(f"    {(f.label or f.name):<{width}}  {shown}{meaning}  [{f.confidence:.2f}]{mark}")
        out += [f"    {'':<{width}}    ! {p}" for p in f.problems]
    if doc.code is not None:
        out.append(f"    {doc.code.format}: {doc.code.text}")
    return out


def _text(path: str, reads: list[PageRead], seconds: float, demo: bool) -> str:
    tag = "DEMO " if demo else ""
    out = [f"{tag}{path}: {len(reads)} page(s) in {seconds:.2f} s"]
    for r in reads:
        k = r.kind
        if k.known:
            out.append(f" page {r.page + 1}: {k.label} (score {k.score:.2f})")
        else:
            out.append(f" page {r.page + 1}: not a known document (closest: {k.closest}, {k.closest_score:.2f})")
        if r.mrz is not None:
            status = "valid" if r.mrz.valid else "NOT VALID"
            out.append(f"  MRZ {r.mrz.format.value if r.mrz.format else '?'} {status}")
            out += [f"    {line}" for line in r.mrz.lines]
        for doc in r.documents:
            out += _document_text(doc)
    return "\n".join(out)


def run(args: argparse.Namespace) -> int:
    worst = 0
    dirs = [str(Path(d)) for d in args.templates]
    for path in args.files:
        try:
            reads, seconds = read_file(path, dirs)
        except TekseruError as exc:
            if args.json:
                print(json.dumps({"file": path, "error": str(exc)}, ensure_ascii=False), flush=True)
            print(f"tekseru: {path}: {exc}", file=sys.stderr)
            worst = max(worst, 3)
            continue
        if args.json:
            print(json.dumps(to_json(path, reads, seconds, args.demo), ensure_ascii=False), flush=True)
        else:
            print(_text(path, reads, seconds, args.demo), flush=True)
        if not all(r.kind.known for r in reads):
            worst = max(worst, 1)
    return worst
