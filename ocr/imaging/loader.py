"""The one entry point for turning a user's file into page images. Everything a user can hand us
(wrong type, empty, damaged, oversized, encrypted, a folder) ends as an ImageLoadError with a message
they can act on; no decoder exception escapes, so the GUI never shows a traceback for a bad file."""

from __future__ import annotations

import io
import os
import stat
from typing import BinaryIO

from ocr.errors import ImageLoadError
from ocr.imaging.formats import (
    ALLOWED_DESCRIPTION,
    SNIFF_BYTES,
    ImageFormat,
    describe_unsupported,
    sniff_format,
)
from ocr.imaging.page import ImageArray, Page
from ocr.imaging.pdf import render_pdf
from ocr.imaging.raster import decode_raster

BYTES_SOURCE = "<bytes>"

DEFAULT_MAX_PIXELS = 60_000_000
DEFAULT_PDF_DPI = 300
DEFAULT_MAX_PAGES = 20

Source = str | os.PathLike[str] | bytes


def load_pages(
    source: Source,
    *,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    pdf_dpi: int = DEFAULT_PDF_DPI,
    max_pages: int = DEFAULT_MAX_PAGES,
) -> list[Page]:
    """All pages of an image or PDF file (or its bytes), each upright, uint8 BGR.

    Raises ImageLoadError for every bad input. ValueError/TypeError only signal a programming
    error in the call itself (non-positive limits, a source that is neither a path nor bytes)."""
    return _load(source, max_pixels=max_pixels, pdf_dpi=pdf_dpi, max_pages=max_pages, only_first=False)


def load_image(
    source: Source, *, max_pixels: int = DEFAULT_MAX_PIXELS, pdf_dpi: int = DEFAULT_PDF_DPI
) -> ImageArray:
    """The first page only; later pages of a TIFF or PDF are neither decoded nor counted."""
    pages = _load(source, max_pixels=max_pixels, pdf_dpi=pdf_dpi, max_pages=1, only_first=True)
    return pages[0].image


def _load(source: Source, *, max_pixels: int, pdf_dpi: int, max_pages: int, only_first: bool) -> list[Page]:
    _check_arguments(max_pixels, pdf_dpi, max_pages)
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        if not data:
            raise ImageLoadError(f"{BYTES_SOURCE}: no data (0 bytes); the file is empty")
        return _decode(io.BytesIO(data), BYTES_SOURCE, max_pixels, pdf_dpi, max_pages, only_first)
    if isinstance(source, str | os.PathLike):
        path = os.fsdecode(os.fspath(source))
        _check_path(path)
        try:
            fh = open(path, "rb")  # noqa: SIM115 - closed by the with-block below
        except OSError as exc:
            raise ImageLoadError(_os_error_message(path, exc)) from exc
        with fh:
            return _decode(fh, path, max_pixels, pdf_dpi, max_pages, only_first)
    raise TypeError(f"load_pages() needs a path or bytes, not {type(source).__name__}")


def _check_arguments(max_pixels: int, pdf_dpi: int, max_pages: int) -> None:
    if max_pixels < 1:
        raise ValueError(f"max_pixels must be positive, got {max_pixels}")
    if pdf_dpi < 1:
        raise ValueError(f"pdf_dpi must be positive, got {pdf_dpi}")
    if max_pages < 1:
        raise ValueError(f"max_pages must be positive, got {max_pages}")


def _check_path(path: str) -> None:
    """Refuse what is not a regular, non-empty file before opening it (opening a FIFO would block)."""
    try:
        info = os.stat(path)
    except FileNotFoundError as exc:
        raise ImageLoadError(f"{path}: file does not exist; check the name and folder") from exc
    except (OSError, ValueError) as exc:
        raise ImageLoadError(_os_error_message(path, exc)) from exc
    if stat.S_ISDIR(info.st_mode):
        raise ImageLoadError(f"{path}: is a folder, not a file; choose an image or PDF file inside it")
    if not stat.S_ISREG(info.st_mode):
        raise ImageLoadError(f"{path}: not a regular file (device, pipe or socket); choose an image or PDF")
    if info.st_size == 0:
        raise ImageLoadError(f"{path}: file is empty (0 bytes); scan or copy it again")


def _os_error_message(path: str, exc: Exception) -> str:
    if isinstance(exc, PermissionError):
        return f"{path}: permission denied; check that you may read this file"
    if isinstance(exc, IsADirectoryError):
        return f"{path}: is a folder, not a file; choose an image or PDF file inside it"
    if isinstance(exc, FileNotFoundError):
        return f"{path}: file does not exist; check the name and folder"
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return f"{path}: cannot be read ({_one_line(reason)})"


def _decode(
    fh: BinaryIO,
    name: str,
    max_pixels: int,
    pdf_dpi: int,
    max_pages: int,
    only_first: bool,
) -> list[Page]:
    fmt: ImageFormat | None = None
    try:
        head = fh.read(SNIFF_BYTES)
        fh.seek(0)
        if not head:
            raise ImageLoadError(f"{name}: file is empty (0 bytes); scan or copy it again")
        fmt = sniff_format(head)
        if fmt is None:
            raise ImageLoadError(
                f"{name}: unsupported file type ({describe_unsupported(head)}); use {ALLOWED_DESCRIPTION}"
            )
        if fmt is ImageFormat.PDF:
            # pdfium wants the whole document in memory; Pillow below reads lazily from `fh`.
            return render_pdf(
                fh.read(), name, dpi=pdf_dpi, max_pixels=max_pixels, max_pages=max_pages,
                only_first=only_first,
            )
        return decode_raster(
            fh, fmt, name, max_pixels=max_pixels, max_pages=max_pages, only_first=only_first
        )
    except ImageLoadError:
        raise
    except MemoryError as exc:
        raise ImageLoadError(
            f"{name}: not enough memory to decode this image; "
            "close other programs or rescan at a lower resolution"
        ) from exc
    except Exception as exc:  # any decoder failure is a bad file, never a crash
        kind = fmt.label if fmt is not None else "image"
        detail = _one_line(str(exc)) or type(exc).__name__
        raise ImageLoadError(
            f"{name}: the {kind} file is damaged or incomplete ({detail}); save or scan it again"
        ) from exc


def _one_line(text: str, limit: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
