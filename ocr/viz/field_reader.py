"""Read every field of a template on a located page: find each field's line (and the field printed
after it on the same line), read it, interpret it by type (a closed vocabulary settled by shape
when Tesseract's text matches none of it), then make names printed twice agree."""

from __future__ import annotations

import logging

import numpy as np
from numpy.typing import NDArray

from ocr.templates import FieldSpec, Template
from ocr.viz.agreement import rule
from ocr.viz.geometry import PageImage, Pose
from ocr.viz.glyph_match import best_drawn
from ocr.viz.line_locator import find_line, ink_of
from ocr.viz.line_reading import END_GAP_MM, Reading, cut_out, read_runs, split_runs, until_gap
from ocr.viz.model import FieldRead, Quad
from ocr.viz.name_pairs import SHAPE_MARGIN, SHAPE_MIN, agree, syllable_by_shape
from ocr.viz.tesseract_lines import LineText
from ocr.viz.values import clean, script_of

log = logging.getLogger(__name__)


def _missing(spec: FieldSpec, why: str) -> FieldRead:
    return FieldRead(spec.name, spec.label, "", "", 0.0, (), "", spec.lang, False, (why,))


def _by_shape(spec: FieldSpec, img: NDArray[np.uint8] | None, quad: Quad, raw: str) -> FieldRead | None:
    """A choice field decided by comparing the ink with each choice drawn."""
    if img is None or not spec.choices:
        return None
    found = best_drawn(img, [c.text for c in spec.choices], script_of(spec.lang))
    if found is None:
        return None
    text, score, runner = found
    if score < SHAPE_MIN or score - runner < SHAPE_MARGIN:
        return None
    choice = next(c for c in spec.choices if c.text == text)
    note = f"Tesseract read '{raw}'; the ink looks like '{text}' ({score:.2f} against {runner:.2f} for the next)"
    return FieldRead(spec.name, spec.label, text, choice.value, score, quad, raw, spec.lang, True, (), (note,))


def _finish(
    spec: FieldSpec, line: LineText, text: str, cleaned: bool, quad: Quad, img: NDArray[np.uint8] | None = None
) -> FieldRead:
    c = clean(text, line.confidence, spec, cleaned)
    if spec.type == "choice" and not c.value:
        shaped = _by_shape(spec, img, quad, line.text)
        if shaped is not None:
            return shaped
    return FieldRead(spec.name, spec.label, c.text, c.value, c.confidence, quad, line.text, spec.lang, True,
                     c.problems, c.notes)  # fmt: skip


def read_field(page: PageImage, pose: Pose, spec: FieldSpec, follower: FieldSpec | None = None) -> list[Reading]:
    """`spec` (and the field printed after it on its line, if any) with what it was read from."""
    x0, y0, x1, y1 = spec.box
    if follower is not None:
        x1 = max(x1, follower.box[2])
        y0, y1 = min(y0, follower.box[1]), max(y1, follower.box[3])
    letter_mm = spec.letter_mm or 0.8 * (spec.box[3] - spec.box[1])
    cut = cut_out(page, pose, (x0, y0, x1, y1), letter_mm)
    s = cut.scale
    ink = ink_of(cut.gray, s)
    end_gap = END_GAP_MM if follower is None else max(END_GAP_MM, 2.5 * follower.gap_mm)
    if spec.lang == "chi_sim" and follower is None:  # a middle dot leaves a wider gap in Chinese type
        end_gap = max(end_gap, 1.3 * letter_mm)
    spot = find_line(ink, ((y0 + y1) / 2 - cut.y0) * s, letter_mm * s, (x0 - cut.x0) * s, (x1 - cut.x0) * s, s, end_gap)
    if spot is None:
        why = "no printed line found where this field should be"
        return [Reading(_missing(f, why), EMPTY_LINE, None, 0.0) for f in (spec, follower) if f is not None]
    height = float(spot.y1 - spot.y0)
    runs, rest = (spot.runs, ()) if follower is None else split_runs(spot, follower.gap_mm * s * 0.8)
    rest = until_gap(rest, END_GAP_MM * s)
    line, text, done, img = read_runs(cut, ink, spot, runs, spec)
    quad = cut.quad(pose, runs[0][0], spot.y0, runs[-1][1], spot.y1)
    out = [Reading(_finish(spec, line, text, done, quad, img), line, img, height)]
    if follower is not None:
        if not rest:
            out.append(Reading(_missing(follower, f"nothing printed after {spec.name}"), EMPTY_LINE, None, 0.0))
        else:
            fline, ftext, fdone, fimg = read_runs(cut, ink, spot, rest, follower)
            quad = cut.quad(pose, rest[0][0], spot.y0, rest[-1][1], spot.y1)
            out.append(Reading(_finish(follower, fline, ftext, fdone, quad, fimg), fline, fimg, height))
    return out


EMPTY_LINE = LineText("", 0.0, (), ())


def read_fields(page: PageImage, pose: Pose, template: Template) -> dict[str, FieldRead]:
    """Every text field of `template` (codes are read elsewhere), in template order."""
    followers = {f.after: f for f in template.fields if f.after}
    reads: dict[str, Reading] = {}
    for spec in template.fields:
        if spec.type == "code" or spec.after:
            continue
        for r in read_field(page, pose, spec, followers.get(spec.name)):
            reads[r.field.name] = r
    out = {name: r.field for name, r in reads.items()}
    for spec in template.fields:
        if spec.pair and spec.pair_rule and spec.name in reads and spec.pair in reads:
            latin = reads[spec.pair]
            if spec.pair_rule == "pinyin" and not rule("pinyin")(out[spec.name].text, latin.field.text):
                out[spec.pair] = syllable_by_shape(latin)
            out[spec.name], out[spec.pair] = agree(reads[spec.name], out[spec.pair], spec)
    return {f.name: out[f.name] for f in template.fields if f.name in out}
