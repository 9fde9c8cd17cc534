"""Tesseract on one line of text, in one language set: the text, Tesseract's confidence, and every
character with its box and its runner-up readings (which agreement checks choose from).

One engine per thread and language set is kept: loading a model (chi_sim above all) costs far more
than reading a line, and tesserocr's API objects are not thread-safe."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray
from PIL import Image

from ocr.errors import OcrEngineError
from ocr.tesseract_probe import available_languages, tessdata_dir

_local = threading.local()


@dataclass(frozen=True)
class Glyph:
    """One recognised character: its text, confidence 0..1, box in the line image, and the
    alternatives Tesseract considered (text, confidence), best first."""

    text: str
    confidence: float
    box: tuple[int, int, int, int]
    choices: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class LineText:
    """What Tesseract read on a line: words joined by single spaces, the mean confidence 0..1,
    the characters and the words with their boxes."""

    text: str
    confidence: float
    glyphs: tuple[Glyph, ...]
    words: tuple[tuple[str, float, tuple[int, int, int, int]], ...]


EMPTY = LineText("", 0.0, (), ())


@contextmanager
def _engine(lang: str, psm: int) -> Iterator[Any]:
    """This thread's engine for `lang`, set to page segmentation mode `psm` (one model in memory
    per language set, whatever the mode)."""
    import tesserocr

    apis: dict[str, Any] = getattr(_local, "apis", None) or {}
    _local.apis = apis
    api = apis.get(lang)
    if api is None:
        missing = [x for x in lang.split("+") if x not in available_languages()]
        if missing:
            raise OcrEngineError(
                f"Tesseract language data {missing} is missing from {tessdata_dir()}; install "
                f"tesseract-ocr-{missing[0].replace('_', '-')}"
            )
        try:
            api = tesserocr.PyTessBaseAPI(path=str(tessdata_dir()), lang=lang, psm=psm, oem=tesserocr.OEM.LSTM_ONLY)
        except RuntimeError as exc:
            raise OcrEngineError(f"Tesseract could not start for {lang}: {exc}") from exc
        api.SetVariable("lstm_choice_mode", "2")
        apis[lang] = api
    api.SetPageSegMode(psm)
    yield api


def _text_box(item: Any, level: int) -> tuple[str, tuple[int, int, int, int] | None]:
    """An iterator item's text and box; tesserocr raises for an element without text."""
    try:
        return item.GetUTF8Text(level) or "", item.BoundingBox(level)
    except RuntimeError:
        return "", None


def read_line(gray: NDArray[np.uint8], lang: str, whitelist: str | None = None, psm: int = 7) -> LineText:
    """Read `gray` (dark text on light, one line, ideally 25-40 px high letters) in `lang`
    ('eng', 'chi_sim', 'kaz+rus', ...). `whitelist` limits the characters Tesseract may return."""
    import tesserocr

    if gray.size == 0:
        return EMPTY
    with _engine(lang, psm) as api:
        api.SetVariable("tessedit_char_whitelist", whitelist or "")
        api.SetImage(Image.fromarray(np.ascontiguousarray(gray)))
        api.SetSourceResolution(300)
        if api.Recognize() is False:
            return EMPTY
        it = api.GetIterator()
        glyphs: list[Glyph] = []
        words: list[tuple[str, float, tuple[int, int, int, int]]] = []
        level = tesserocr.RIL.SYMBOL
        for sym in tesserocr.iterate_level(it, level):
            text, box = _text_box(sym, level)
            if not text or box is None:
                continue
            choices = tuple(
                (c.GetUTF8Text(), max(0.0, min(1.0, c.Confidence() / 100.0))) for c in sym.GetChoiceIterator()
            )
            glyphs.append(Glyph(text, max(0.0, min(1.0, sym.Confidence(level) / 100.0)), box, choices))
        it = api.GetIterator()
        wl = tesserocr.RIL.WORD
        for word in tesserocr.iterate_level(it, wl):
            text, box = _text_box(word, wl)
            if text and box is not None:
                words.append((text, max(0.0, min(1.0, word.Confidence(wl) / 100.0)), box))
    text = " ".join(w[0] for w in words)
    conf = float(np.mean([g.confidence for g in glyphs])) if glyphs else 0.0
    return LineText(text, conf, tuple(glyphs), tuple(words))
