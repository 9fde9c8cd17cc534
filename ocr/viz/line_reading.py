"""One field's line, from the page to Tesseract's text: cut the field's neighbourhood out straight
at a resolution that gives letters about 28 px high, find the line in it, read it in the field's
language (a line printed in two languages part by part), and put back the spaces that are printed."""

from __future__ import annotations

import re
from dataclasses import dataclass

import cv2
import numpy as np
from numpy.typing import NDArray

from ocr.templates import FieldSpec
from ocr.viz.geometry import PageImage, Pose, rectify
from ocr.viz.ink import text_gray
from ocr.viz.line_locator import Spot
from ocr.viz.model import FieldRead, Quad
from ocr.viz.tesseract_lines import LineText, read_line
from ocr.viz.values import basic, date_whitelist, parse_date

LETTER_PX = 28.0  # letter height Tesseract reads best
MARGIN_MM = 3.0  # around a field's box: room for pose error and for the line finder to compare


@dataclass(frozen=True)
class Cut:
    """A straightened neighbourhood of a field: grey pixels, origin (mm) and scale (px/mm)."""

    gray: NDArray[np.uint8]
    x0: float
    y0: float
    scale: float

    def quad(self, pose: Pose, x0: int, y0: int, x1: int, y1: int) -> Quad:
        s = self.scale
        return pose.quad((self.x0 + x0 / s, self.y0 + y0 / s, self.x0 + x1 / s, self.y0 + y1 / s))


def cut_out(page: PageImage, pose: Pose, box: tuple[float, float, float, float], letter_mm: float) -> Cut:
    scale = float(np.clip(LETTER_PX / max(letter_mm, 0.5), 6.0, 18.0))
    x0, y0, x1, y1 = box
    region = (x0 - MARGIN_MM, y0 - MARGIN_MM, x1 + MARGIN_MM, y1 + MARGIN_MM)
    img, h = page.for_scale(pose.h, (x0, y0), scale)
    return Cut(text_gray(rectify(img, h, region, scale)), region[0], region[1], scale)


def text_rows(ink: NDArray[np.uint8], spot: Spot, xa: int, xb: int) -> tuple[int, int]:
    """The rows of the text between columns xa and xb: the band the line finder chose, grown up
    and down while those columns still hold ink (a long line photographed at a slant drifts out
    of a band measured at its start)."""
    height = spot.y1 - spot.y0
    prof = ink[:, xa:xb].astype(bool).sum(axis=1)
    # a row still belongs to the text while it holds a fair share of the band's ink; the gap to a
    # label above holds only background specks
    limit = max(2.0, 0.25 * float(prof[spot.y0 : spot.y1].max(initial=0)))
    y0, y1 = spot.y0, spot.y1
    reach = round(0.5 * height)
    while y0 > max(0, spot.y0 - reach) and prof[y0 - 1] >= limit:
        y0 -= 1
    while y1 < min(len(prof), spot.y1 + reach) and prof[y1] >= limit:
        y1 += 1
    return y0, y1


def line_image(
    cut: Cut, ink: NDArray[np.uint8], spot: Spot, runs: tuple[tuple[int, int], ...]
) -> tuple[NDArray[np.uint8], int, int]:
    """The part of the line spanning `runs`, contrast stretched, on a clean white margin (Tesseract
    reads a lone character far better with room round it); and its origin in the cut."""
    height = spot.y1 - spot.y0
    pad_x, pad_y = round(0.25 * height) + 1, round(0.15 * height) + 1
    h, w = cut.gray.shape
    xa, xb = max(0, runs[0][0] - pad_x), min(w, runs[-1][1] + pad_x)
    top, bottom = text_rows(ink, spot, runs[0][0], runs[-1][1])
    ya, yb = max(0, top - pad_y), min(h, bottom + pad_y)
    img = cut.gray[ya:yb, xa:xb].astype(np.float32)
    lo, hi = np.percentile(img, 2), np.percentile(img, 92)
    if hi - lo > 10:
        img = (img - lo) * (255.0 / (hi - lo))
    line = np.clip(img, 0, 255).astype(np.uint8)
    side, margin = max(12, round(0.8 * height)), round(0.3 * height)
    framed = cv2.copyMakeBorder(line, margin, margin, side, side, cv2.BORDER_CONSTANT, value=255)
    return np.asarray(framed, np.uint8), xa, ya


def respace(line: LineText, height: float, han: bool) -> str:
    """Words joined again by the gaps actually printed: Tesseract splits a word where the case
    seems to change ('СЕРІКБАЙ қызы'); a real space is wider than a fifth of the letter height."""
    if han:
        return "".join(w[0] for w in line.words)
    out = ""
    prev: tuple[int, int, int, int] | None = None
    for text, _, box in line.words:
        if prev is not None:
            out += " " if box[0] - prev[2] > 0.2 * height else ""
        out += text
        prev = box
    return out


END_GAP_MM = 2.2  # a gap this wide ends a field's text (words are closer, the next column farther)


def until_gap(runs: tuple[tuple[int, int], ...], gap_px: float) -> tuple[tuple[int, int], ...]:
    """`runs` up to the first gap of at least `gap_px`."""
    for i in range(1, len(runs)):
        if runs[i][0] - runs[i - 1][1] >= gap_px:
            return runs[:i]
    return runs


def split_runs(spot: Spot, gap_px: float) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """The runs before the first gap of at least `gap_px`, and the rest."""
    for i in range(1, len(spot.runs)):
        if spot.runs[i][0] - spot.runs[i - 1][1] >= gap_px:
            return spot.runs[:i], spot.runs[i:]
    return spot.runs, ()


@dataclass(frozen=True)
class Reading:
    """A field read, with what it was read from: Tesseract's line and the line image."""

    field: FieldRead
    line: LineText
    image: NDArray[np.uint8] | None
    height: float


def ocr(img: NDArray[np.uint8], lang: str, whitelist: str | None) -> LineText:
    """One line; a line Tesseract finds nothing on (a lone letter or character) is tried again as
    a single word."""
    line = read_line(img, lang, whitelist)
    if not line.glyphs:
        line = read_line(img, lang, whitelist, psm=8)
    return line


def read_runs(
    cut: Cut, ink: NDArray[np.uint8], spot: Spot, runs: tuple[tuple[int, int], ...], spec: FieldSpec
) -> tuple[LineText, str, bool, NDArray[np.uint8]]:
    """Tesseract's reading of `runs` for `spec`, the text with spaces redone, whether that text is
    already cleaned, and the line image: a field printed in two languages ('ҚЫТАЙ/CHINA') is split
    at its separator and each part read and cleaned in its own language."""
    img, _, _ = line_image(cut, ink, spot, runs)
    height = spot.y1 - spot.y0
    han = "chi_sim" in spec.lang.split("+")
    if not spec.parts:
        whitelist = spec.whitelist
        if whitelist is None and spec.type == "date" and spec.date_format:
            whitelist = date_whitelist(spec.date_format)
        elif whitelist is None and spec.type == "choice" and not han:  # a closed vocabulary: its letters
            # (not for Chinese: chi_sim's recoded model returns nothing rather than an unlikely
            # allowed character; the shape match below settles those)
            whitelist = "".join(dict.fromkeys("".join(c.text for c in spec.choices) + " "))
        line = ocr(img, spec.lang, whitelist)
        if spec.type == "date" and spec.date_format and parse_date(line.text, spec.date_format)[0] is None:
            retry = read_line(img, spec.lang, whitelist, psm=13)  # as raw text: keeps a thin '1'
            if parse_date(retry.text, spec.date_format)[0] is not None:
                line = retry
        return line, respace(line, height, han), False, img
    whole = read_line(img, spec.parts[0].lang)
    seps = [i for i, g in enumerate(whole.glyphs) if g.text == spec.separator]
    if not seps or len(spec.parts) < 2:
        return whole, respace(whole, height, han), False, img
    cut_at = whole.glyphs[seps[0]].box[2]
    before = LineText("", 0.0, whole.glyphs[: seps[0]], tuple(w for w in whole.words if w[2][2] <= cut_at))
    first = basic(
        "".join(g.text for g in before.glyphs) if not before.words else _words_text(before, height),
        spec,
        spec.parts[0].lang,
    )
    b = read_line(img[:, cut_at:], spec.parts[1].lang, spec.parts[1].whitelist)
    second = basic(respace(b, height, False), spec, spec.parts[1].lang)
    spaced = bool(re.search(rf"\s{re.escape(spec.separator)}\s", whole.text))
    sep = f" {spec.separator} " if spaced else spec.separator
    strip = f" {spec.separator}|/\\!()"
    text = first.rstrip(strip) + sep + second.lstrip(strip)
    conf = min(whole.confidence, b.confidence) if b.glyphs else whole.confidence * 0.5
    return LineText(whole.text, conf, whole.glyphs, whole.words), text, True, img


def _words_text(line: LineText, height: float) -> str:
    """The words of `line`, the last one cut short at the separator, spaced by their gaps."""
    text = respace(line, height, False)
    glyph_text = "".join(g.text for g in line.glyphs)
    squeezed = text.replace(" ", "")
    return text if squeezed == glyph_text else glyph_text
