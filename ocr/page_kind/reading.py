"""Read a whole page: its MRZ, its kind, and the printed fields of every document found on it.
This is what the CLI and the GUI call for each captured page."""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from ocr.errors import OcrEngineError
from ocr.mrz.model import MrzRead
from ocr.mrz.reader import read_image
from ocr.page_kind.classify import classify_page
from ocr.page_kind.model import PageRead
from ocr.templates import templates as load_templates
from ocr.viz.document_reader import read_with_pose
from ocr.viz.geometry import PageImage

log = logging.getLogger(__name__)


def read_mrz(image: NDArray[np.uint8], page: int = 0) -> MrzRead:
    """The MRZ reader's result; the Tesseract engine stands in when the glyph model is missing."""
    try:
        return read_image(image, page=page)
    except OcrEngineError as exc:
        log.warning("MRZ glyph model unavailable (%s); reading the MRZ with Tesseract", exc)
        return read_image(image, page=page, engine="tesseract")


def read_page(image: NDArray[np.uint8], page: int = 0, template_dirs: Sequence[Path | str] = ()) -> PageRead:
    """Kind, MRZ and printed fields of one page image (BGR)."""
    t0 = time.perf_counter()
    templates = load_templates(template_dirs)
    img = PageImage(image)
    kind, mrz = classify_page(img, templates, lambda: read_mrz(image, page))
    documents = tuple(read_with_pose(img, side.template, side.pose) for side in kind.sides)
    log.info("page %d: %s (%.2f) in %.2f s", page, kind.kind, kind.score, time.perf_counter() - t0)
    return PageRead(page, kind, mrz if mrz is not None and mrz.found else None, documents, time.perf_counter() - t0)
