"""Image → MrzRead: locate the zone, cut it into cells, classify, decode with proven corrections,
parse, and judge. Tries both readings of each located block (upright and upside down) and, for
2-line zones, both line lengths; a quarter turn of the page is tried when nothing is found upright."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace

import cv2
import numpy as np

from ocr.errors import MrzParseError
from ocr.mrz.cells import block_char_height, cell_centres, cut_cells
from ocr.mrz.correction import Decoded, decode
from ocr.mrz.formats import ALPHABET, LAYOUTS, LayoutSpec, MrzFormat
from ocr.mrz.glyph_model import GlyphModel, load_model
from ocr.mrz.locator import LineFit, MrzBlock, find_blocks
from ocr.mrz.model import MrzRead
from ocr.mrz.parser import parse_mrz
from ocr.mrz.working import working_image

ENGINE = "tekseru-glyphnet"
# Below this mean confidence a block is not taken for an MRZ at all (noise, printed text).
MIN_FOUND_CONFIDENCE = 0.55
# A reading this sure stops the search for other page turns and binarisations.
CONVINCING = 0.9


@dataclass(frozen=True)
class _Hypothesis:
    probs: np.ndarray  # (lines, n, 37)
    score: float
    block: MrzBlock
    flipped: bool
    quadrant: int
    centres: tuple[np.ndarray, ...]  # per line, working-image coordinates


def _to_gray(image: np.ndarray) -> np.ndarray:
    if image.ndim == 2:
        return image
    if image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_BGRA2GRAY)
    return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)


Classifier = Callable[[np.ndarray, list[np.ndarray], float, list[float]], np.ndarray]


def glyphnet_classifier(model: GlyphModel) -> Classifier:
    def classify(work: np.ndarray, centres: list[np.ndarray], h: float, angles: list[float]) -> np.ndarray:
        cells = np.stack([cut_cells(work, c, h, a) for c, a in zip(centres, angles, strict=True)])
        n_lines, n = cells.shape[:2]
        return model.predict(cells.reshape(-1, *cells.shape[2:])).reshape(n_lines, n, -1)

    return classify


def tesseract_classifier(work: np.ndarray, centres: list[np.ndarray], h: float, angles: list[float]) -> np.ndarray:
    from ocr.mrz.tesseract_engine import line_probs, line_strip

    rows = []
    for c, a in zip(centres, angles, strict=True):
        strip, xs = line_strip(work, c, h, a)
        rows.append(line_probs(strip, xs))
    return np.stack(rows)


# Score lost per glyph that runs past the cells of a hypothesis (beyond two, for specks and stamps).
MISFIT_PENALTY = 0.5
# A line whose cells average less than this is re-cut with its ends moved by one glyph.
RECUT_BELOW = 0.95


def hyp_line_score(p: np.ndarray) -> float:
    return float(np.mean(np.log(p.max(axis=1) + 1e-9)))


def _line_variants(f: LineFit, n: int) -> list[LineFit]:
    """The line as fitted, and with either end moved by one glyph: a stray mark beyond the first or
    last character stretches the grid, and a glyph the chain missed shrinks it."""
    p = (f.x_last - f.x_first) / max(n - 1, 1)
    xs = f.centers[:, 0]
    after = xs[xs > f.x_first + 0.4 * p]
    before = xs[xs < f.x_last - 0.4 * p]
    starts = [f.x_first, f.x_first - p] + ([float(after.min())] if len(after) else [])
    ends = [f.x_last, f.x_last + p] + ([float(before.max())] if len(before) else [])
    return [replace(f, x_first=a, x_last=b) for a in starts for b in ends if (a, b) != (f.x_first, f.x_last)]


def _attempt(
    work: np.ndarray, line: LineFit, angle: float, n: int, h: float, classify: Classifier, flipped: bool
) -> tuple[np.ndarray, float, np.ndarray]:
    """Cell probabilities of one line cut into n cells, its score (mean log top probability), centres."""
    c, misfit = cell_centres(line, n)
    p = classify(work, [c[::-1] if flipped else c], h, [angle + (180.0 if flipped else 0.0)])[0]
    score = float(np.mean(np.log(p.max(axis=1) + 1e-9))) - MISFIT_PENALTY * max(0, misfit - 2)
    return p, score, c


def _hypotheses(work: np.ndarray, block: MrzBlock, classify: Classifier, quadrant: int) -> list[_Hypothesis]:
    """Every reading of a block worth scoring: each plausible line length, upright and upside down
    (upside down = the same cells visited in reverse order, each turned half a turn)."""
    h = block_char_height(block.lines)
    lengths = [block.chars_per_line]
    if len(block.lines) == 2:
        lengths.append(44 if block.chars_per_line == 36 else 36)
    out = []
    for n in lengths:
        for flip in (False, True):
            lines = block.lines[::-1] if flip else block.lines
            reads = [_attempt(work, f, f.angle, n, h, classify, flip) for f in lines]
            out.append(_assemble(reads, block, flip, quadrant))
    return out


def _assemble(
    reads: list[tuple[np.ndarray, float, np.ndarray]], block: MrzBlock, flip: bool, quadrant: int
) -> _Hypothesis:
    probs = np.stack([r[0] for r in reads])
    score = float(np.mean([r[1] for r in reads]))
    centres = tuple(r[2] for r in (reads[::-1] if flip else reads))
    return _Hypothesis(probs, score, block, flip, quadrant, centres)


def _recut(work: np.ndarray, hyp: _Hypothesis, classify: Classifier) -> _Hypothesis:
    """Re-cut the weak lines of the chosen reading with their ends moved by one glyph."""
    n = hyp.probs.shape[1]
    h = block_char_height(hyp.block.lines)
    lines = hyp.block.lines[::-1] if hyp.flipped else hyp.block.lines
    reads = []
    for f, p in zip(lines, hyp.probs, strict=True):
        best = (p, hyp_line_score(p), cell_centres(f, n)[0])
        if best[1] < np.log(RECUT_BELOW):
            for variant in _line_variants(f, n):
                cand = _attempt(work, variant, f.angle, n, h, classify, hyp.flipped)
                if cand[1] > best[1]:
                    best = cand
        reads.append(best)
    return _assemble(reads, hyp.block, hyp.flipped, hyp.quadrant)


def _ends(hyp: _Hypothesis) -> np.ndarray:
    """(lines, 2): where each line's first and last cell sit along the line direction."""
    out = []
    for f, c in zip(hyp.block.lines, hyp.centres, strict=True):
        th = np.arctan(f.slope)
        t = c[:, 0] * np.cos(th) + c[:, 1] * np.sin(th)
        out.append((float(t[0]), float(t[-1])))
    return np.array(out)


def _misaligned(hyp: _Hypothesis) -> list[int]:
    """Lines (upright order) whose cells do not start or end with the others'. MRZ lines are set in
    one grid, so a line cut one glyph off — its first letter lost in a smudge — shows up here even
    where no check digit covers it (the name line)."""
    if len(hyp.centres) < 2:
        return []
    ends = _ends(hyp)
    n = hyp.probs.shape[1]
    pitch = float(np.median(np.abs(ends[:, 1] - ends[:, 0]))) / max(n - 1, 1)
    ref = np.median(ends, axis=0)
    return [i for i, (a, b) in enumerate(ends) if abs(a - ref[0]) > 0.3 * pitch or abs(b - ref[1]) > 0.3 * pitch]


def _realign(work: np.ndarray, hyp: _Hypothesis, classify: Classifier) -> _Hypothesis:
    """Re-cut misaligned lines on the ends the other lines agree on."""
    bad = _misaligned(hyp)
    if not bad or len(bad) * 2 >= len(hyp.centres):
        return hyp
    ends = _ends(hyp)
    good = [i for i in range(len(ends)) if i not in bad]
    t0, t1 = np.median(ends[good], axis=0)
    n = hyp.probs.shape[1]
    h = block_char_height(hyp.block.lines)
    order = list(range(len(hyp.centres)))[::-1] if hyp.flipped else list(range(len(hyp.centres)))
    rows = list(hyp.probs)
    centres = list(hyp.centres)
    for i in bad:
        f = hyp.block.lines[i]
        th = np.arctan(f.slope)
        den = np.cos(th) + f.slope * np.sin(th)
        xf = float((t0 - f.intercept * np.sin(th)) / den)
        xl = float((t1 - f.intercept * np.sin(th)) / den)
        p, _, c = _attempt(work, replace(f, x_first=xf, x_last=xl), f.angle, n, h, classify, hyp.flipped)
        rows[order.index(i)] = p
        centres[i] = c
    probs = np.stack(rows)
    score = float(np.mean(np.log(probs.max(axis=2) + 1e-9)))
    return replace(hyp, probs=probs, score=score, centres=tuple(centres))


def _layout_for(probs: np.ndarray) -> LayoutSpec:
    """TD1 for three lines; for two, the length and whether the document code starts with 'V'."""
    n_lines, n = probs.shape[:2]
    if n_lines == 3:
        return LAYOUTS[MrzFormat.TD1]
    visa = ALPHABET[int(probs[0, 0].argmax())] == "V"
    if n == 44:
        return LAYOUTS[MrzFormat.MRVA if visa else MrzFormat.TD3]
    return LAYOUTS[MrzFormat.MRVB if visa else MrzFormat.TD2]


def _decode(h: _Hypothesis) -> tuple[Decoded, LayoutSpec]:
    layout = _layout_for(h.probs)
    return decode(h.probs, layout), layout


def read_image(image: np.ndarray, model: GlyphModel | None = None, page: int = 0, engine: str = ENGINE) -> MrzRead:
    """Read the MRZ of one page image (BGR, BGRA or gray) with the glyph network, or with Tesseract
    (`engine="tesseract"`, kept for comparison: the benchmark shows why it is not the default)."""
    t0 = time.perf_counter()
    if engine == ENGINE:
        classify = glyphnet_classifier(model or load_model())
    elif engine == "tesseract":
        classify = tesseract_classifier
    else:
        raise ValueError(f"unknown MRZ engine {engine!r}")
    gray, scale = working_image(_to_gray(image))
    best: _Hypothesis | None = None
    best_work = gray
    for quadrant, variant in ((0, 0), (1, 0), (0, 1), (1, 1)):
        work = gray if quadrant == 0 else np.ascontiguousarray(np.rot90(gray, -1))
        for block in find_blocks(work, variant)[:3]:
            for hyp in _hypotheses(work, block, classify, quadrant):
                if best is None or hyp.score > best.score:
                    best, best_work = hyp, work
        if best is not None and np.exp(best.score) >= CONVINCING:
            break
    if best is not None and np.exp(best.score) >= MIN_FOUND_CONFIDENCE:
        best = _realign(best_work, _recut(best_work, best, classify), classify)
    if best is None or np.exp(best.score) < MIN_FOUND_CONFIDENCE:
        return MrzRead(
            found=False,
            page=page,
            engine=engine,
            seconds=time.perf_counter() - t0,
            message="no machine readable zone found",
        )
    decoded, layout = _decode(best)
    found = MrzRead(
        found=True,
        format=layout.format,
        lines=decoded.lines,
        raw_lines=decoded.raw_lines,
        corrections=decoded.corrections,
        char_confidence=decoded.char_confidence,
        field_confidence=_field_confidence(layout, decoded),
        box=_box(best, gray.shape, scale),
        page=page,
        engine=engine,
    )
    try:
        parsed = parse_mrz(list(decoded.lines))
    except MrzParseError as exc:
        return replace(found, problems=(str(exc),), message=str(exc), seconds=time.perf_counter() - t0)
    problems = list(parsed.problems)
    problems += [
        f"{_field_at(layout, li, ci)}: line {li + 1} column {ci + 1} could be '{rival}' as well as '{cur}'"
        for li, ci, cur, rival in decoded.uncertain
    ]
    problems += [f"{name}: check digit fails" for name, ok in parsed.checks.items() if not ok]
    problems += [f"line {i + 1}: does not line up with the other lines" for i in _misaligned(best)]
    return replace(
        found,
        format=parsed.format,
        fields=parsed.fields,
        checks=parsed.checks,
        valid=all(parsed.checks.values()) and not problems,
        problems=tuple(problems),
        seconds=time.perf_counter() - t0,
    )


def _field_at(layout: LayoutSpec, li: int, ci: int) -> str:
    for c in layout.checks:
        if c.line == li and c.pos == ci:
            return f"{c.name} check digit"
    for f in layout.fields:
        if f.line == li and f.start <= ci < f.end:
            return f.name
    return "filler"


def _field_confidence(layout: LayoutSpec, d: Decoded) -> dict[str, float]:
    return {f.name: float(min(d.char_confidence[f.line][f.start : f.end], default=1.0)) for f in layout.fields}


def _box(h: _Hypothesis, shape: tuple[int, ...], scale: float) -> tuple[tuple[float, float], ...]:
    """The zone's corners in source-image pixels, undoing the quarter turn and the working scale."""
    pts = np.concatenate(h.centres)
    pad = h.block.lines[0].char_height
    x0, y0 = pts.min(axis=0) - pad
    x1, y1 = pts.max(axis=0) + pad
    corners = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float64)
    if h.quadrant == 1:  # work = rot90(gray, -1): (x, y) in work ← (y, H-1-x) in gray
        height = shape[0]
        corners = np.stack([corners[:, 1], height - 1 - corners[:, 0]], axis=1)
    corners /= scale
    return tuple((round(float(x), 1), round(float(y), 1)) for x, y in corners)
