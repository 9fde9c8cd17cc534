"""The fixed demo set in resources/demo: a PRC passport scanned and photographed, a Kazakhstan
passport, a Kazakhstan ID card, and a PRC passport as a one-page PDF, each with truth JSON.
Deterministic, so regenerating it changes nothing; small, so it can live in the repository.

    python -m ocr.specimens.demo resources/demo
"""

from __future__ import annotations

import random
import sys
import time
from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from ocr.specimens.degrade import DegradeParams, degrade, sample_params
from ocr.specimens.documents import Kind, Specimen, make_document
from ocr.specimens.persons import Ethnicity, random_person
from ocr.specimens.truth import write_truth

SEED = 20250601
PNG_MASK = 0xF8


def _scan(rng: random.Random, dpi: float = 300.0) -> DegradeParams:
    """A tidy flatbed scan: slight skew, no grain and no shadow, so the PNG stays small."""
    p = sample_params("scanner", rng)
    return replace(
        p,
        dpi=dpi,
        skew_deg=round(rng.uniform(-2.0, 2.0), 2),
        noise_sigma=0.0,
        jpeg_quality=None,
        blur_sigma=0.3,
        background="scanner_lid",
        shadow=0.0,
        margins_mm=(6.0, 6.0, 6.0, 6.0),
    )


def _phone(rng: random.Random) -> DegradeParams:
    p = sample_params("phone", rng)
    return replace(p, dpi=260.0, skew_deg=-7.5, jpeg_quality=82, glare=(0.62, 0.35, 0.18, 0.45))


def _doc(kind: Kind, ethnicity: Ethnicity, rng: random.Random) -> Specimen:
    return make_document(kind, random_person(rng, ethnicity), rng)


def _write_image(spec: Specimen, out: Path, name: str) -> None:
    spec.truth["id"] = name
    if spec.jpeg is not None:
        (out / f"{name}.jpg").write_bytes(spec.jpeg)
        spec.truth["image_file"] = f"{name}.jpg"
    else:
        # 5 bits per channel: invisible on a scan, and it halves the PNG so the set stays small; the
        # lid around the document is made one flat colour, or its faint texture would posterise
        img = spec.image & PNG_MASK
        outside = spec.mask == 0
        img[outside] = np.median(img[outside], axis=0).astype(np.uint8)
        cv2.imwrite(str(out / f"{name}.png"), img, [cv2.IMWRITE_PNG_COMPRESSION, 9])
        spec.truth["image_file"] = f"{name}.png"
        spec.truth["png_bits_per_channel"] = 5
    write_truth(spec.truth, out / f"{name}.json")


def _write_pdf(spec: Specimen, out: Path, name: str) -> None:
    """One page at the scan's resolution, so the page has the document's physical size."""
    dpi = float(spec.truth["dpi"])
    rgb = Image.fromarray(cv2.cvtColor(spec.image, cv2.COLOR_BGR2RGB))
    fixed = time.gmtime(1748736000)  # 2025-06-01: fixed dates keep the file byte-identical
    rgb.save(out / f"{name}.pdf", "PDF", resolution=dpi, quality=85, title=name, creationDate=fixed, modDate=fixed)
    spec.truth["id"] = name
    spec.truth["image_file"] = f"{name}.pdf"
    spec.truth["pdf"] = {"page": 0, "dpi": dpi, "note": "boxes are in pixels of the page rendered at this dpi"}
    write_truth(spec.truth, out / f"{name}.json")


def write_demo(out_dir: Path | str) -> list[Path]:
    """Write the demo set; returns the document files written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    prc = _doc("prc_passport", "kazakh", rng)
    _write_image(degrade(prc, _scan(rng)), out, "prc_passport_scan")
    _write_image(degrade(prc, _phone(rng)), out, "prc_passport_phone")
    _write_image(degrade(_doc("kaz_passport", "kazakh", rng), _scan(rng)), out, "kaz_passport_scan")
    _write_image(degrade(_doc("kaz_id_card", "uyghur", rng), _scan(rng)), out, "kaz_id_card_scan")
    _write_pdf(degrade(_doc("prc_passport", "han", rng), _scan(rng, 200.0)), out, "prc_passport_pdf")
    return sorted(p for p in out.iterdir() if p.suffix in (".png", ".jpg", ".pdf"))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else Path("resources/demo")
    files = write_demo(out)
    total = sum(p.stat().st_size for p in out.iterdir() if p.is_file())
    print(f"wrote {len(files)} demo documents to {out} ({total / 1e6:.2f} MB with truth)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
