"""The fonts documents are printed in, loaded once per process: loading a CJK collection costs tens
of milliseconds, far more than drawing with it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

# name -> (file, face index in a collection). Index 2 of Noto Sans CJK is the Simplified Chinese face.
FONT_FILES: dict[str, tuple[str, int]] = {
    "ocrb": ("/usr/share/fonts/opentype/ocr-b/OCRB.otf", 0),
    "cjk": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "cjk_bold": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "sans": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0),
    "sans_bold": ("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 0),
    "sans_cond": ("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf", 0),
    "sans_cond_bold": ("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf", 0),
}
# DejaVu Sans also covers Uyghur Arabic script; shaping it needs the RAQM layout (Pillow with raqm).
ARABIC_FONT = "sans"


class FontMissingError(FileNotFoundError):
    """A font the specimen factory prints with is not installed."""


@lru_cache(maxsize=512)
def font(name: str, px: int, complex_script: bool = False) -> ImageFont.FreeTypeFont:
    """Font `name` at `px` pixels per em. Basic layout unless `complex_script` (Arabic needs RAQM
    shaping; everything else is faster without it)."""
    path, index = FONT_FILES[name]
    if not Path(path).exists():
        raise FontMissingError(f"font {name!r} not found at {path}; install it to render specimens")
    engine = ImageFont.Layout.RAQM if complex_script else ImageFont.Layout.BASIC
    return ImageFont.truetype(path, max(4, px), index=index, layout_engine=engine)
