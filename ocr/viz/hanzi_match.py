"""Read a Chinese name by its shape when Tesseract cannot: the Pinyin printed beside it says how
many characters there are and which syllable each one is, so each character cell of the line is
compared with drawings of the few dozen characters that have that syllable, and the best-fitting
spelling wins. Tesseract's Chinese model misses lone and rare name characters (阎, 熊, 龚) often;
their outlines are unmistakable."""

from __future__ import annotations

import itertools
from functools import lru_cache

import cv2
import numpy as np
from numpy.typing import NDArray

from ocr.viz.glyph_match import drawn, main_band, normalised, similarity
from ocr.viz.translit import syllable_characters, syllables

MIN_CELL = 0.35  # a cell that resembles no candidate this much means the segmentation is wrong
MIN_MEAN = 0.55  # the whole name must fit at least this well on average


def _ink(line: NDArray[np.uint8]) -> NDArray[np.uint8]:
    """Binary ink of a line image, specks dropped."""
    _, binary = cv2.threshold(line, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(np.asarray(binary, np.uint8), connectivity=8)
    area = stats[1:, cv2.CC_STAT_AREA]
    keep = np.zeros(n, bool)
    keep[1:] = area >= 0.01 * max(1, int(area.sum()))
    return main_band(keep[labels].astype(np.uint8))


def _runs(mask: NDArray[np.bool_]) -> list[tuple[int, int]]:
    """(start, end) of each run of True, end exclusive."""
    d = np.diff(np.concatenate([[0], mask.astype(np.int8), [0]]))
    return list(zip(np.nonzero(d == 1)[0].tolist(), np.nonzero(d == -1)[0].tolist(), strict=True))


def _words(ink: NDArray[np.uint8], height: int) -> list[tuple[int, int]]:
    """Column spans of the name's words: a middle dot (small, mid-height, alone) separates them."""
    runs = _runs(np.asarray(ink.any(axis=0), bool))
    words: list[list[int]] = []
    for a, b in runs:
        rows = np.nonzero(ink[:, a:b].any(axis=1))[0]
        h = rows[-1] - rows[0] + 1
        mid = (rows[0] + rows[-1]) / 2
        is_dot = h < 0.45 * height and b - a < 0.45 * height and abs(mid - ink.shape[0] / 2) < 0.25 * height
        if is_dot:
            words.append([])
        elif words and words[-1]:
            words[-1][1] = b
        else:
            if words and not words[-1]:
                words[-1] = [a, b]
            else:
                words.append([a, b])
    return [(w[0], w[1]) for w in words if w]


def _cells(ink: NDArray[np.uint8], x0: int, x1: int, n: int) -> list[tuple[int, int]]:
    """`n` character cells across columns x0..x1: equal pitch (Chinese type is monospaced), each
    boundary moved to the emptiest column near it."""
    pitch = (x1 - x0) / n
    cols = ink[:, x0:x1].sum(axis=0)
    bounds = [x0]
    for k in range(1, n):
        ideal = k * pitch
        lo, hi = int(ideal - 0.25 * pitch), int(ideal + 0.25 * pitch) + 1
        window = cols[max(0, lo) : min(len(cols), hi)]
        best = max(0, lo) + int(np.argmin(window)) if len(window) else int(ideal)
        bounds.append(x0 + best)
    bounds.append(x1)
    return list(itertools.pairwise(bounds))


@lru_cache(maxsize=4096)
def _candidates(syllable: str) -> tuple[tuple[str, NDArray[np.float32]], ...]:
    out = []
    for ch in syllable_characters(syllable):
        d = drawn(ch, "han")
        if d is not None:
            out.append((ch, d))
    return tuple(out)


def _best(cell: NDArray[np.uint8], syllable: str) -> tuple[str, float]:
    seen = normalised(cell)
    if seen is None:
        return "", 0.0
    best = ("", 0.0)
    for ch, d in _candidates(syllable):
        s = similarity(seen, d, 1.6)
        if s > best[1]:
            best = (ch, s)
    return best


def _score_chars(ink: NDArray[np.uint8], x0: int, x1: int, chars: str) -> float:
    """How well given characters fit the cells of columns x0..x1 (mean similarity)."""
    if not chars or x1 <= x0:
        return 0.0
    cells = _cells(ink, x0, x1, len(chars))
    scores = []
    for (a, b), ch in zip(cells, chars, strict=True):
        seen, d = normalised(ink[:, a:b]), drawn(ch, "han")
        scores.append(similarity(seen, d, 1.6) if seen is not None and d is not None else 0.0)
    return float(np.mean(scores)) if scores else 0.0


def _spell_word(ink: NDArray[np.uint8], x0: int, x1: int, word: str) -> tuple[str, float] | None:
    if not word or x1 <= x0:
        return None
    best: tuple[str, float] | None = None
    for parts in syllables(word):
        cells = _cells(ink, x0, x1, len(parts))
        picks = [_best(ink[:, a:b], syl) for (a, b), syl in zip(cells, parts, strict=True)]
        if any(s < MIN_CELL for _, s in picks):
            continue
        score = float(np.mean([s for _, s in picks]))
        if best is None or score > best[1]:
            best = ("".join(c for c, _ in picks), score)
    return best


def _layout(line: NDArray[np.uint8], latin: str) -> tuple[NDArray[np.uint8], list[tuple[int, int]], list[str]] | None:
    """The ink, and the column spans to read with the Latin words they spell: word by word when
    the middle dots between them are seen, else the whole name as one word."""
    ink = _ink(line)
    rows = np.nonzero(ink.any(axis=1))[0]
    if len(rows) == 0:
        return None
    height = int(rows[-1] - rows[0] + 1)
    words = latin.upper().split()
    spans = _words(ink, height)
    if not spans:
        return None
    if len(spans) == len(words) and len(words) > 1:
        return ink, spans, words
    return ink, [(spans[0][0], spans[-1][1])], ["".join(words)]


def spell_by_shape(line: NDArray[np.uint8], latin: str) -> tuple[str, float] | None:
    """The Chinese characters on `line` that spell `latin` and look most like the ink, with the
    mean similarity (0..1); None when no spelling fits well enough."""
    laid = _layout(line, latin)
    if laid is None:
        return None
    ink, spans, words = laid
    spelled = [_spell_word(ink, a, b, w) for (a, b), w in zip(spans, words, strict=True)]
    if any(s is None for s in spelled):
        return None
    text = "·".join(s[0] for s in spelled if s is not None)
    score = float(np.mean([s[1] for s in spelled if s is not None]))
    return (text, score) if score >= MIN_MEAN else None


def shape_score(line: NDArray[np.uint8], latin: str, text: str) -> float:
    """How well `text` (a reading that spells `latin`) fits the ink, cell by cell (0..1)."""
    laid = _layout(line, latin)
    if laid is None:
        return 0.0
    ink, spans, _ = laid
    groups = text.split("·") if len(spans) > 1 else [text.replace("·", "")]
    if len(groups) != len(spans) or not all(groups):
        return 0.0
    return float(np.mean([_score_chars(ink, a, b, g) for (a, b), g in zip(spans, groups, strict=True)]))
