"""Coverage-guided fuzzing of the image loader with atheris (libFuzzer).

    python -m tests.fuzz.fuzz_image_loader -atheris_runs=20000 [corpus_dir ...] [libFuzzer flags]

Without a corpus folder on the command line it seeds one with small valid files of every format
(see image_seeds.py) in the temp folder, because random bytes rarely get past the signature check.
Any exception other than ImageLoadError, a broken page invariant, a hang (-timeout) or a memory
blow-up (-rss_limit_mb) is a finding. Limits are kept small so the runs are quick; the code paths
are the same at any limit. Not collected by pytest (no test_ prefix); importable without atheris."""

from __future__ import annotations

import sys
import tempfile
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

try:
    import atheris

    HAVE_ATHERIS = True
except ImportError:  # atheris is Linux-only and optional; pytest must still import this module
    HAVE_ATHERIS = False

_instrumented: AbstractContextManager[object] = (
    atheris.instrument_imports(include=["ocr", "PIL"]) if HAVE_ATHERIS else nullcontext()
)
with _instrumented:
    # Pillow imports its format plugins lazily; import them here so their parsers are instrumented.
    from PIL import BmpImagePlugin, JpegImagePlugin, PngImagePlugin, TiffImagePlugin, WebPImagePlugin  # noqa: F401

    from ocr.errors import ImageLoadError
    from ocr.imaging import load_pages

MAX_PIXELS = 4_000_000
MAX_PAGES = 5
PDF_DPI = 72


def fuzz_one_input(data: bytes) -> None:
    """One fuzz case: the loader must return well-formed pages or raise ImageLoadError."""
    try:
        pages = load_pages(data, max_pixels=MAX_PIXELS, pdf_dpi=PDF_DPI, max_pages=MAX_PAGES)
    except ImageLoadError as exc:
        if not str(exc) or "\n" in str(exc):
            raise AssertionError(f"unhelpful message: {exc!r}") from exc
        return
    if not 1 <= len(pages) <= MAX_PAGES:
        raise AssertionError(f"{len(pages)} pages")
    for page in pages:
        img = page.image
        if img.dtype.name != "uint8" or img.ndim != 3 or img.shape[2] != 3 or not img.flags.c_contiguous:
            raise AssertionError(f"malformed page {page.index}: {img.dtype} {img.shape}")
        if img.shape[0] * img.shape[1] > MAX_PIXELS:
            raise AssertionError(f"page {page.index} is {img.shape[:2]}, over the limit")


def _seed_corpus() -> Path:
    from tests.fuzz.image_seeds import seed_files

    folder = Path(tempfile.gettempdir()) / "tekseru-fuzz-image-loader"
    folder.mkdir(exist_ok=True)
    for name, data in seed_files().items():
        (folder / f"seed-{name}").write_bytes(data)
    return folder


def main(argv: list[str]) -> None:
    if not HAVE_ATHERIS:
        sys.exit("atheris is not installed: .venv/bin/pip install atheris")
    args = list(argv)
    if not any(not a.startswith("-") for a in args[1:]):
        args.append(str(_seed_corpus()))
    if not any(a.startswith("-timeout=") for a in args):
        args.append("-timeout=20")
    if not any(a.startswith("-rss_limit_mb=") for a in args):
        args.append("-rss_limit_mb=2048")
    atheris.Setup(args, fuzz_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
