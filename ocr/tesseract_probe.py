"""Where Tesseract's language data lives. Kept in one place so every OCR caller finds the same folder
and a missing install produces one clear message instead of a cryptic tesserocr failure."""

from __future__ import annotations

import os
from pathlib import Path

from ocr.errors import OcrEngineError

_STANDARD_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
)


def _has_traineddata(folder: Path) -> bool:
    try:
        return folder.is_dir() and any(folder.glob("*.traineddata"))
    except OSError:
        return False


def _candidates() -> list[Path]:
    found: list[Path] = []
    prefix = os.environ.get("TESSDATA_PREFIX", "").strip()
    if prefix:
        # Tesseract 4+ wants the tessdata folder itself, 3.x wanted its parent; people set either.
        found += [Path(prefix), Path(prefix) / "tessdata"]
    found += [Path(p) for p in _STANDARD_DIRS]
    return found


def tessdata_dir() -> Path:
    """The tessdata folder to hand to Tesseract, honouring TESSDATA_PREFIX first."""
    candidates = _candidates()
    for folder in candidates:
        if _has_traineddata(folder):
            return folder
    looked = ", ".join(str(c) for c in candidates)
    raise OcrEngineError(
        f"Tesseract language data not found (looked in {looked}); install it with "
        "'sudo apt install tesseract-ocr tesseract-ocr-rus tesseract-ocr-kaz' "
        "or set TESSDATA_PREFIX to the folder holding the .traineddata files"
    )


def available_languages() -> set[str]:
    """Language codes (file stems such as 'eng', 'rus', 'osd') installed in the tessdata folder."""
    return {p.stem for p in tessdata_dir().glob("*.traineddata")}
