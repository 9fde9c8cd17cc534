"""`tekseru mrz FILE...`: read the machine readable zone of each file, page by page."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from ocr.errors import TekseruError
from ocr.imaging import load_pages
from ocr.mrz.model import MrzRead
from ocr.mrz.reader import read_image

_FIELD_ORDER = (
    "document_code",
    "issuing_state",
    "surname",
    "given_names",
    "document_number",
    "nationality",
    "birth_date",
    "sex",
    "expiry_date",
    "optional_data",
)


def register(sub: Any) -> None:
    p = sub.add_parser("mrz", help="read the MRZ of passports, ID cards and visas (images or PDF)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help="one JSON object per file per line")
    p.set_defaults(handler=run)


def read_file(path: str) -> MrzRead:
    """The first page with a zone wins; the read of the last page otherwise."""
    t0 = time.perf_counter()
    pages = load_pages(path)
    read = MrzRead(found=False, message="no pages")
    for page in pages:
        read = read_image(page.image, page=page.index)
        if read.found:
            break
    return _with_seconds(read, time.perf_counter() - t0)


def _with_seconds(read: MrzRead, seconds: float) -> MrzRead:
    from dataclasses import replace

    return replace(read, seconds=seconds)


def to_json(path: str, read: MrzRead, demo: bool) -> dict[str, Any]:
    d = read.to_json()
    fields = d.pop("fields") or {}
    out: dict[str, Any] = {
        "file": path,
        "found": read.found,
        "format": d.pop("format"),
        "lines": d.pop("lines"),
        "raw_lines": d.pop("raw_lines"),
        "fields": {k: fields.get(k) for k in _FIELD_ORDER} if fields else None,
        "checks": d.pop("checks"),
        "valid": read.valid,
        "corrections": d.pop("corrections"),
        "seconds": d.pop("seconds"),
    }
    out.update(d)
    if fields.get("optional_data_2"):
        out["fields"]["optional_data_2"] = fields["optional_data_2"]
    if demo:
        out["demo"] = True
    return out


def _text(path: str, read: MrzRead, demo: bool) -> str:
    tag = "DEMO " if demo else ""
    if not read.found:
        return f"{tag}{path}: no MRZ found ({read.seconds:.2f} s)"
    status = "VALID" if read.valid else "NOT VALID"
    out = [f"{tag}{path}: {read.format} {status} ({read.seconds:.2f} s, page {read.page + 1})"]
    out += [f"    {line}" for line in read.lines]
    if read.fields:
        f = read.fields
        out.append(f"  name      {f.surname}, {f.given_names}")
        out.append(f"  document  {f.document_code} {f.document_number}  issued by {f.issuing_state}")
        out.append(f"  born      {f.birth_date or '?'}  sex {f.sex}  nationality {f.nationality}")
        out.append(f"  expires   {f.expiry_date or '?'}")
        if f.optional_data:
            out.append(f"  optional  {f.optional_data}")
    if read.checks:
        out.append("  checks    " + "  ".join(f"{k} {'ok' if v else 'FAIL'}" for k, v in read.checks.items()))
    for c in read.corrections:
        out.append(f"  corrected line {c.line + 1} col {c.column + 1}: {c.before} -> {c.after} by {c.reason}")
    for p in read.problems:
        out.append(f"  problem   {p}")
    return "\n".join(out)


def run(args: argparse.Namespace) -> int:
    worst = 0
    for path in args.files:
        try:
            read = read_file(path)
        except TekseruError as exc:
            if args.json:
                print(json.dumps({"file": path, "found": False, "error": str(exc)}, ensure_ascii=False), flush=True)
            print(f"tekseru: {path}: {exc}", file=sys.stderr)
            worst = max(worst, 3)
            continue
        if args.json:
            print(json.dumps(to_json(path, read, args.demo), ensure_ascii=False), flush=True)
        else:
            print(_text(path, read, args.demo), flush=True)
        if not (read.found and read.valid):
            worst = max(worst, 1)
    return worst
