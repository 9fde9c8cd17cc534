"""QR codes and barcodes on certificates, read with zxing-cpp: first where the template puts the
code (cut out straight, so a skewed photo does not matter), then anywhere on the page."""

from __future__ import annotations

import re

import numpy as np
import zxingcpp
from numpy.typing import NDArray

from ocr.imaging import to_gray
from ocr.templates import FieldSpec, Template
from ocr.viz.geometry import PageImage, Pose, map_points, rectify, scale_translate
from ocr.viz.model import CodeRead, FieldRead, Quad

CODE_SCALE = 10.0  # px per mm for a code cut out of the page: 8 px or more per QR module
PAGE_SIDE = 2400  # longest side when the whole page is searched


ANY_FORMAT = "QRCode,Code128,DataMatrix,PDF417"


def _formats(name: str | None) -> zxingcpp.BarcodeFormats:
    try:
        return zxingcpp.barcode_formats_from_str(name or ANY_FORMAT)
    except ValueError as exc:
        raise ValueError(f"unknown barcode format {name!r}") from exc


def decode(gray: NDArray[np.uint8], format_name: str | None = None) -> list[tuple[str, str, NDArray[np.float64]]]:
    """Every code of the format found in `gray`: (format, text, corners as 4x2 pixels)."""
    out = []
    for r in zxingcpp.read_barcodes(np.ascontiguousarray(gray), formats=_formats(format_name), try_rotate=True):
        if not r.valid:
            continue
        p = r.position
        pts = (p.top_left, p.top_right, p.bottom_right, p.bottom_left)
        corners = np.array([[q.x, q.y] for q in pts], np.float64)
        out.append((r.format.name, r.text, corners))
    return out


def _parts(spec: FieldSpec, text: str) -> dict[str, str]:
    if not spec.code_fields:
        return {}
    values = text.split(spec.code_separator) if spec.code_separator else [text]
    return {k: v for k, v in zip(spec.code_fields, values, strict=False)}


def _quad(corners: NDArray[np.float64]) -> Quad:
    return tuple((round(float(x), 1), round(float(y), 1)) for x, y in corners)


def read_code(page: PageImage, pose: Pose | None, template: Template) -> CodeRead | None:
    """The template's code, or None when the template has none or none can be decoded."""
    spec = next((f for f in template.fields if f.type == "code"), None)
    if spec is None:
        return None
    if pose is not None:
        x0, y0, x1, y1 = spec.box
        box = (x0 - 4.0, y0 - 4.0, x1 + 4.0, y1 + 4.0)
        img, h = page.for_scale(pose.h, (x0, y0), CODE_SCALE)
        cut = to_gray(rectify(img, h, box, CODE_SCALE))
        found = decode(cut, spec.code_format)
        if found:
            fmt, text, corners = found[0]
            pts = map_points(pose.h @ scale_translate(CODE_SCALE, box[0], box[1]), corners)
            return CodeRead(fmt, text, _parts(spec, text), _quad(pts))
    small, f = page.small(PAGE_SIDE)
    found = decode(to_gray(small), spec.code_format)
    if not found:
        return None
    fmt, text, corners = found[0]
    return CodeRead(fmt, text, _parts(spec, text), _quad(corners / f))


def disagreements(code: CodeRead, fields: dict[str, FieldRead]) -> list[str]:
    """Where the code's content and the printed fields differ: a certificate whose QR code names
    another number, person or date has been altered (or misread), and the officer must look."""
    out = []
    for key, said in code.parts.items():
        printed = fields.get(key)
        if key.endswith("_date") and re.fullmatch(r"\d{8}", said):
            said = f"{said[:4]}-{said[4:6]}-{said[6:]}"
        if printed is not None and printed.found and printed.value and printed.value != said:
            out.append(f"{key}: the {code.format} says '{said}', the page '{printed.value}'")
    latin = fields.get("name_latin")
    names = [code.parts[k] for k in ("surname_latin", "given_names_latin") if k in code.parts]
    if latin is not None and latin.found and names and sorted(" ".join(names).split()) != sorted(latin.text.split()):
        out.append(f"name: the {code.format} says '{' '.join(names)}', the page '{latin.text}'")
    return out
