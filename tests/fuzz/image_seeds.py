"""Small valid files of every allowed format (and a few refused ones), generated in memory. Fuzzers
start from these: random bytes almost never get past the magic-number check, mutated real files
reach deep into the decoders."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

#: Signatures the loader accepts, so fuzzers can also build inputs that pass the sniffing step.
MAGICS: tuple[bytes, ...] = (
    b"\xff\xd8\xff",
    b"\x89PNG\r\n\x1a\n",
    b"II*\x00",
    b"MM\x00*",
    b"II+\x00",
    b"BM",
    b"RIFF\x00\x00\x00\x00WEBPVP8 ",
    b"%PDF-1.4\n",
)


def _save(im: Image.Image, fmt: str, **params: object) -> bytes:
    buf = io.BytesIO()
    im.save(buf, fmt, **params)
    return buf.getvalue()


def _pattern(width: int, height: int) -> Image.Image:
    rng = np.random.default_rng(width * 1000 + height)
    pixels = rng.integers(0, 256, (height, width, 3), dtype=np.uint8)
    return Image.fromarray(pixels)


def _hand_pdf(page_count: int) -> bytes:
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(page_count))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, page_count)]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 40 30] >>"] * page_count
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def seed_files() -> dict[str, bytes]:
    """Name -> bytes of small, valid files covering the formats and pixel modes the loader handles."""
    rgb = _pattern(12, 9)
    exif = Image.Exif()
    exif[0x0112] = 6
    seeds = {
        "rgb.jpg": _save(rgb, "JPEG", quality=80),
        "exif6.jpg": _save(rgb, "JPEG", exif=exif.tobytes()),
        "cmyk.jpg": _save(rgb.convert("CMYK"), "JPEG"),
        "progressive.jpg": _save(rgb, "JPEG", progressive=True),
        "rgb.png": _save(rgb, "PNG", dpi=(300, 300)),
        "rgba.png": _save(rgb.convert("RGBA"), "PNG"),
        "p.png": _save(rgb.convert("P"), "PNG", transparency=0),
        "i16.png": _save(Image.fromarray(np.arange(96, dtype=np.uint16).reshape(8, 12) * 600), "PNG"),
        "bw.png": _save(rgb.convert("1"), "PNG"),
        "rgb.tif": _save(rgb, "TIFF"),
        "lzw.tif": _save(rgb, "TIFF", compression="tiff_lzw"),
        "multi.tif": _save(rgb, "TIFF", save_all=True, append_images=[rgb.convert("L"), rgb.convert("CMYK")]),
        "float.tif": _save(Image.new("F", (6, 5), 0.25), "TIFF"),
        "rgb.bmp": _save(rgb, "BMP"),
        "p.bmp": _save(rgb.convert("P"), "BMP"),
        "lossless.webp": _save(rgb, "WEBP", lossless=True),
        "lossy.webp": _save(rgb.convert("RGBA"), "WEBP", quality=50),
        "pillow.pdf": _save(rgb, "PDF", save_all=True, append_images=[rgb.convert("L")]),
        "hand.pdf": _hand_pdf(2),
        "zero.pdf": _hand_pdf(0),
        "gif.gif": _save(rgb, "GIF"),
    }
    return seeds
