"""The MRZ reader end to end on images from the project's specimen factory: every kind and format,
turned and skewed pages, PDF and multi-page TIFF input, and images that hold no MRZ at all."""

from __future__ import annotations

import random
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr.imaging import load_pages
from ocr.imaging.geometry import rotate
from ocr.mrz.reader import read_image
from ocr.specimens.documents import random_document

OCRB = "/usr/share/fonts/opentype/ocr-b/OCRB.otf"


def specimen(kind: str, seed: int = 11) -> tuple[np.ndarray, dict]:  # type: ignore[type-arg]
    spec = random_document(kind, random.Random(seed))  # type: ignore[arg-type]
    return spec.image, spec.truth


def render_mrz(lines: tuple[str, ...], cap_px: int = 30) -> np.ndarray:
    """A plain page with an MRZ in OCR-B at the ICAO pitch (for formats the factory's documents do not use)."""
    font = ImageFont.truetype(OCRB, int(cap_px * 1.4))
    pitch = cap_px * 2.54 / 2.4
    w = int(pitch * len(lines[0]) + 8 * cap_px)
    h = int(cap_px * 2.2 * len(lines) + 10 * cap_px)
    img = Image.new("RGB", (w, h), (236, 232, 222))
    d = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        base = 6 * cap_px + i * 2.1 * cap_px
        for j, ch in enumerate(line):
            d.text((4 * cap_px + (j + 0.5) * pitch, base), ch, font=font, fill=(20, 20, 24), anchor="ms")
    return cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)


@pytest.mark.parametrize("kind", ["prc_passport", "kaz_passport", "kaz_id_card"])
def test_each_document_kind_reads_exactly_and_valid(kind: str) -> None:
    image, truth = specimen(kind)
    r = read_image(image)
    assert r.found
    assert list(r.lines) == truth["mrz_lines"]
    assert r.valid, r.problems
    assert r.format is not None and r.format.value == truth["format"]
    assert r.fields is not None
    for key in ("surname", "document_number", "birth_date", "expiry_date", "nationality", "sex"):
        assert getattr(r.fields, key) == truth["fields"][key], key


def test_prc_line_two_without_filler_is_read() -> None:
    image, truth = specimen("prc_passport", seed=3)
    assert "<" not in truth["mrz_lines"][1]
    r = read_image(image)
    assert list(r.lines) == truth["mrz_lines"] and r.valid
    assert r.fields is not None and r.fields.document_code == "PO"


@pytest.mark.parametrize(
    "lines",
    [
        ("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"),
        ("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L8988901C4XXX4009078F96121096ZE184226B<<<<<<"),
        ("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "L8988901C4XXX4009078F9612109<<<<<<<<"),
        ("I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"),
        ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"),
    ],
    ids=["TD2", "MRVA", "MRVB", "TD1", "TD3"],
)
def test_every_icao_format(lines: tuple[str, ...]) -> None:
    r = read_image(render_mrz(lines))
    assert list(r.lines) == list(lines)
    assert r.valid, r.problems


@pytest.mark.parametrize("quarter", [1, 2, 3])
def test_quarter_turned_pages(quarter: int) -> None:
    image, truth = specimen("kaz_passport", seed=5)
    r = read_image(np.ascontiguousarray(np.rot90(image, quarter)))
    assert list(r.lines) == truth["mrz_lines"]


@pytest.mark.parametrize("angle", [-15.0, -8.0, 6.0, 15.0])
def test_skewed_pages(angle: float) -> None:
    image, truth = specimen("prc_passport", seed=8)
    r = read_image(rotate(image, angle))
    assert list(r.lines) == truth["mrz_lines"]
    assert r.valid


def test_pdf_and_multipage_tiff(tmp_path: Path) -> None:
    image, truth = specimen("kaz_id_card", seed=2)
    rgb = Image.fromarray(cv2.cvtColor(image, cv2.COLOR_BGR2RGB))
    blank = Image.new("RGB", rgb.size, "white")
    pdf = tmp_path / "scan.pdf"
    rgb.save(pdf, "PDF", resolution=300)
    tif = tmp_path / "scan.tif"
    # a fresh copy: Pillow keeps the PDF encoder settings on `rgb` and would reuse them for TIFF
    blank.save(tif, save_all=True, append_images=[rgb.copy()], compression="tiff_lzw")
    for path, page in ((pdf, 0), (tif, 1)):
        pages = load_pages(path)
        reads = [read_image(p.image, page=p.index) for p in pages]
        found = [r for r in reads if r.found]
        assert found and found[0].page == page
        assert list(found[0].lines) == truth["mrz_lines"]


def test_the_zone_box_points_at_the_mrz() -> None:
    image, truth = specimen("prc_passport", seed=4)
    r = read_image(image)
    ours = np.array(r.box)
    theirs = np.array(truth["mrz_quad"], dtype=float)
    (ax0, ay0), (ax1, ay1) = ours.min(axis=0), ours.max(axis=0)
    (bx0, by0), (bx1, by1) = theirs.min(axis=0), theirs.max(axis=0)
    inter = max(0.0, min(ax1, bx1) - max(ax0, bx0)) * max(0.0, min(ay1, by1) - max(ay0, by0))
    union = (ax1 - ax0) * (ay1 - ay0) + (bx1 - bx0) * (by1 - by0) - inter
    assert inter / union > 0.6


@pytest.mark.parametrize("what", ["noise", "white", "text"])
def test_no_mrz(what: str) -> None:
    rng = np.random.default_rng(0)
    if what == "noise":
        img = rng.integers(0, 256, (900, 1200, 3), dtype=np.uint8)
    elif what == "white":
        img = np.full((900, 1200, 3), 255, np.uint8)
    else:
        pil = Image.new("RGB", (1400, 900), "white")
        d = ImageDraw.Draw(pil)
        f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 26)
        for i in range(12):
            d.text((40, 40 + 60 * i), "The quick brown fox jumps over the lazy dog, again", font=f, fill="black")
        img = np.asarray(pil)
    r = read_image(img)
    assert not r.valid
    if what != "text":
        assert not r.found
