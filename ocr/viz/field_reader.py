"""Read the fields of a template on a located page: cut each field's neighbourhood out straight at
a resolution that gives Tesseract letters about 28 px high, find the field's line, read it in the
field's language, clean it by type, then make names printed twice agree."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

import cv2
import numpy as np
from numpy.typing import NDArray
from rapidfuzz.distance import Levenshtein

from ocr.templates import FieldSpec, Template
from ocr.viz.agreement import repair, rule
from ocr.viz.geometry import PageImage, Pose, rectify
from ocr.viz.glyph_match import best_drawn
from ocr.viz.hanzi_match import shape_score, spell_by_shape
from ocr.viz.ink import text_gray
from ocr.viz.line_locator import Spot, find_line, ink_of
from ocr.viz.model import FieldRead, Quad
from ocr.viz.tesseract_lines import LineText, read_line
from ocr.viz.translit import hanzi_for, icao_latin, pinyin_groups, syllable_list, usual_reading
from ocr.viz.values import basic, clean, date_whitelist, parse_date, script_of

log = logging.getLogger(__name__)

LETTER_PX = 28.0  # letter height Tesseract reads best
MARGIN_MM = 3.0  # around a field's box: room for pose error and for the line finder to compare


@dataclass(frozen=True)
class _Cut:
    """A straightened neighbourhood of a field: grey pixels, origin (mm) and scale (px/mm)."""

    gray: NDArray[np.uint8]
    x0: float
    y0: float
    scale: float

    def quad(self, pose: Pose, x0: int, y0: int, x1: int, y1: int) -> Quad:
        s = self.scale
        return pose.quad((self.x0 + x0 / s, self.y0 + y0 / s, self.x0 + x1 / s, self.y0 + y1 / s))


def _cut(page: PageImage, pose: Pose, box: tuple[float, float, float, float], letter_mm: float) -> _Cut:
    scale = float(np.clip(LETTER_PX / max(letter_mm, 0.5), 6.0, 18.0))
    x0, y0, x1, y1 = box
    region = (x0 - MARGIN_MM, y0 - MARGIN_MM, x1 + MARGIN_MM, y1 + MARGIN_MM)
    img, h = page.for_scale(pose.h, (x0, y0), scale)
    return _Cut(text_gray(rectify(img, h, region, scale)), region[0], region[1], scale)


def _rows(ink: NDArray[np.uint8], spot: Spot, xa: int, xb: int) -> tuple[int, int]:
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


def _line_image(
    cut: _Cut, ink: NDArray[np.uint8], spot: Spot, runs: tuple[tuple[int, int], ...]
) -> tuple[NDArray[np.uint8], int, int]:
    """The part of the line spanning `runs`, contrast stretched, on a clean white margin (Tesseract
    reads a lone character far better with room round it); and its origin in the cut."""
    height = spot.y1 - spot.y0
    pad_x, pad_y = round(0.25 * height) + 1, round(0.15 * height) + 1
    h, w = cut.gray.shape
    xa, xb = max(0, runs[0][0] - pad_x), min(w, runs[-1][1] + pad_x)
    top, bottom = _rows(ink, spot, runs[0][0], runs[-1][1])
    ya, yb = max(0, top - pad_y), min(h, bottom + pad_y)
    img = cut.gray[ya:yb, xa:xb].astype(np.float32)
    lo, hi = np.percentile(img, 2), np.percentile(img, 92)
    if hi - lo > 10:
        img = (img - lo) * (255.0 / (hi - lo))
    line = np.clip(img, 0, 255).astype(np.uint8)
    side, margin = max(12, round(0.8 * height)), round(0.3 * height)
    framed = cv2.copyMakeBorder(line, margin, margin, side, side, cv2.BORDER_CONSTANT, value=255)
    return np.asarray(framed, np.uint8), xa, ya


def _respace(line: LineText, height: float, han: bool) -> str:
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


def _until_gap(runs: tuple[tuple[int, int], ...], gap_px: float) -> tuple[tuple[int, int], ...]:
    """`runs` up to the first gap of at least `gap_px`."""
    for i in range(1, len(runs)):
        if runs[i][0] - runs[i - 1][1] >= gap_px:
            return runs[:i]
    return runs


def _split_runs(spot: Spot, gap_px: float) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """The runs before the first gap of at least `gap_px`, and the rest."""
    for i in range(1, len(spot.runs)):
        if spot.runs[i][0] - spot.runs[i - 1][1] >= gap_px:
            return spot.runs[:i], spot.runs[i:]
    return spot.runs, ()


@dataclass(frozen=True)
class _Reading:
    """A field read, with what it was read from: Tesseract's line and the line image."""

    field: FieldRead
    line: LineText
    image: NDArray[np.uint8] | None
    height: float


def _ocr(img: NDArray[np.uint8], lang: str, whitelist: str | None) -> LineText:
    """One line; a line Tesseract finds nothing on (a lone letter or character) is tried again as
    a single word."""
    line = read_line(img, lang, whitelist)
    if not line.glyphs:
        line = read_line(img, lang, whitelist, psm=8)
    return line


def _read(
    cut: _Cut, ink: NDArray[np.uint8], spot: Spot, runs: tuple[tuple[int, int], ...], spec: FieldSpec
) -> tuple[LineText, str, bool, NDArray[np.uint8]]:
    """Tesseract's reading of `runs` for `spec`, the text with spaces redone, whether that text is
    already cleaned, and the line image: a field printed in two languages ('ҚЫТАЙ/CHINA') is split
    at its separator and each part read and cleaned in its own language."""
    img, _, _ = _line_image(cut, ink, spot, runs)
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
        line = _ocr(img, spec.lang, whitelist)
        if spec.type == "date" and spec.date_format and parse_date(line.text, spec.date_format)[0] is None:
            retry = read_line(img, spec.lang, whitelist, psm=13)  # as raw text: keeps a thin '1'
            if parse_date(retry.text, spec.date_format)[0] is not None:
                line = retry
        return line, _respace(line, height, han), False, img
    whole = read_line(img, spec.parts[0].lang)
    seps = [i for i, g in enumerate(whole.glyphs) if g.text == spec.separator]
    if not seps or len(spec.parts) < 2:
        return whole, _respace(whole, height, han), False, img
    cut_at = whole.glyphs[seps[0]].box[2]
    before = LineText("", 0.0, whole.glyphs[: seps[0]], tuple(w for w in whole.words if w[2][2] <= cut_at))
    first = basic(
        "".join(g.text for g in before.glyphs) if not before.words else _words_text(before, height),
        spec,
        spec.parts[0].lang,
    )
    b = read_line(img[:, cut_at:], spec.parts[1].lang, spec.parts[1].whitelist)
    second = basic(_respace(b, height, False), spec, spec.parts[1].lang)
    spaced = bool(re.search(rf"\s{re.escape(spec.separator)}\s", whole.text))
    sep = f" {spec.separator} " if spaced else spec.separator
    strip = f" {spec.separator}|/\\!()"
    text = first.rstrip(strip) + sep + second.lstrip(strip)
    conf = min(whole.confidence, b.confidence) if b.glyphs else whole.confidence * 0.5
    return LineText(whole.text, conf, whole.glyphs, whole.words), text, True, img


def _words_text(line: LineText, height: float) -> str:
    """The words of `line`, the last one cut short at the separator, spaced by their gaps."""
    text = _respace(line, height, False)
    glyph_text = "".join(g.text for g in line.glyphs)
    squeezed = text.replace(" ", "")
    return text if squeezed == glyph_text else glyph_text


def _missing(spec: FieldSpec, why: str) -> FieldRead:
    return FieldRead(spec.name, spec.label, "", "", 0.0, (), "", spec.lang, False, (why,))


SHAPE_MIN = 0.55  # similarity a drawn choice needs to be taken
SHAPE_MARGIN = 0.04  # and its lead over the next


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


def read_field(page: PageImage, pose: Pose, spec: FieldSpec, follower: FieldSpec | None = None) -> list[_Reading]:
    """`spec` (and the field printed after it on its line, if any) with what it was read from."""
    x0, y0, x1, y1 = spec.box
    if follower is not None:
        x1 = max(x1, follower.box[2])
        y0, y1 = min(y0, follower.box[1]), max(y1, follower.box[3])
    letter_mm = spec.letter_mm or 0.8 * (spec.box[3] - spec.box[1])
    cut = _cut(page, pose, (x0, y0, x1, y1), letter_mm)
    s = cut.scale
    ink = ink_of(cut.gray, s)
    end_gap = END_GAP_MM if follower is None else max(END_GAP_MM, 2.5 * follower.gap_mm)
    if spec.lang == "chi_sim" and follower is None:  # a middle dot leaves a wider gap in Chinese type
        end_gap = max(end_gap, 1.3 * letter_mm)
    spot = find_line(ink, ((y0 + y1) / 2 - cut.y0) * s, letter_mm * s, (x0 - cut.x0) * s, (x1 - cut.x0) * s, s, end_gap)
    if spot is None:
        why = "no printed line found where this field should be"
        return [_Reading(_missing(f, why), EMPTY_LINE, None, 0.0) for f in (spec, follower) if f is not None]
    height = float(spot.y1 - spot.y0)
    runs, rest = (spot.runs, ()) if follower is None else _split_runs(spot, follower.gap_mm * s * 0.8)
    rest = _until_gap(rest, END_GAP_MM * s)
    line, text, done, img = _read(cut, ink, spot, runs, spec)
    quad = cut.quad(pose, runs[0][0], spot.y0, runs[-1][1], spot.y1)
    out = [_Reading(_finish(spec, line, text, done, quad, img), line, img, height)]
    if follower is not None:
        if not rest:
            out.append(_Reading(_missing(follower, f"nothing printed after {spec.name}"), EMPTY_LINE, None, 0.0))
        else:
            fline, ftext, fdone, fimg = _read(cut, ink, spot, rest, follower)
            quad = cut.quad(pose, rest[0][0], spot.y0, rest[-1][1], spot.y1)
            out.append(_Reading(_finish(follower, fline, ftext, fdone, quad, fimg), fline, fimg, height))
    return out


EMPTY_LINE = LineText("", 0.0, (), ())


def read_fields(page: PageImage, pose: Pose, template: Template) -> dict[str, FieldRead]:
    """Every text field of `template` (codes are read elsewhere), in template order."""
    followers = {f.after: f for f in template.fields if f.after}
    reads: dict[str, _Reading] = {}
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
                out[spec.pair] = _syllable_by_shape(latin)
            out[spec.name], out[spec.pair] = _agree(reads[spec.name], out[spec.pair], spec)
    return {f.name: out[f.name] for f in template.fields if f.name in out}


def _syllable_by_shape(latin: _Reading) -> FieldRead:
    """A one-syllable Pinyin word that Tesseract misread ('LI' as 'UL'): short words give its
    language model nothing to go on, so the word is compared with every syllable drawn."""
    f = latin.field
    if latin.image is None or " " in f.text or len(f.text) > 4:
        return f
    found = best_drawn(latin.image, syllable_list(), "latin")
    if found is None or found[0] == f.text or found[1] < SHAPE_MIN or found[1] - found[2] < SHAPE_MARGIN:
        return f
    note = f"read '{f.text}', taken as '{found[0]}': the Pinyin syllable the ink looks most like ({found[1]:.2f})"
    return replace(f, text=found[0], value=found[0], notes=(*f.notes, note))


def _agree(reading: _Reading, latin: FieldRead, spec: FieldSpec) -> tuple[FieldRead, FieldRead]:
    """Make a native-script name and its Latin form agree, or say that they do not."""
    native = reading.field
    if not (native.found and latin.found and latin.text) or not spec.pair_rule:
        return native, latin
    fits = rule(spec.pair_rule)
    if fits(native.text, latin.text):
        dotted = _dots(native.text, latin.text, reading, spec)
        if dotted != native.text:
            note = f"middle dots restored where the image has them: '{native.text}' -> '{dotted}'"
            native = replace(native, text=dotted, value=dotted, notes=(*native.notes, note))
        if spec.pair_rule == "pinyin" and reading.image is not None:
            native = _shape_check(native, latin, reading.image)
        return native, latin

    def tidy(t: str) -> str:
        return basic(t, spec)

    fixed = repair(reading.line.glyphs, latin.text, fits, tidy, lookalikes=spec.pair_rule == "icao_cyrillic")
    how = "a runner-up reading of Tesseract's"
    if fixed is None and spec.pair_rule == "pinyin" and reading.image is not None:
        allowed = hanzi_for(latin.text)
        if allowed:
            again = _ocr(reading.image, spec.lang, allowed + "·")
            text = tidy(_respace(again, reading.height, True))
            fixed = text if fits(text, latin.text) else repair(again.glyphs, latin.text, fits, tidy)
            how = "a second reading among the characters that Pinyin allows"
        if fixed is None and reading.image is not None:
            shaped = spell_by_shape(reading.image, latin.text)
            if shaped is not None:
                fixed, how = shaped[0], f"the characters of that Pinyin that look most like the ink ({shaped[1]:.2f})"
    if fixed is not None:
        note = f"read '{native.text}', taken as '{fixed}', {how}, spells the Latin '{latin.text}'"
        log.debug("%s: %s", spec.name, note)
        c = clean(_dots(fixed, latin.text, reading, spec), native.confidence, spec, cleaned=True)
        native = replace(native, text=c.text, value=c.value, problems=c.problems, notes=(*native.notes, note))
        if spec.pair_rule == "pinyin" and reading.image is not None and not how.startswith("the characters"):
            native = _shape_check(native, latin, reading.image)  # rare readings fit Pinyin too (施 is YI)
        return native, latin
    spelled = _latin_from_native(native, latin, spec.pair_rule)
    if spelled is not None:
        note = f"read '{latin.text}', taken as '{spelled}', the Latin spelling of '{native.text}' ({spec.pair_rule})"
        return native, replace(latin, text=spelled, value=spelled, notes=(*latin.notes, note))
    why = f"does not spell the Latin '{latin.name}' ({spec.pair_rule})"
    return (
        replace(native, confidence=native.confidence * 0.6, problems=(*native.problems, why)),
        replace(
            latin, confidence=latin.confidence * 0.8, problems=(*latin.problems, f"disagrees with '{native.name}'")
        ),
    )


SHAPE_LEAD = 0.08  # how much better a drawn spelling must fit than Tesseract's to replace it
NATIVE_SURE = 0.75  # a native-script reading this confident may correct a near-miss Latin one


def _latin_from_native(native: FieldRead, latin: FieldRead, pair_rule: str) -> str | None:
    """The Latin form the native name spells, when the Latin reading misses it by a letter or two
    (Tesseract reads 'II' as 'N', drops the 'JI' of 'LIJIA'): the ICAO transliteration of Cyrillic,
    or the usual Pinyin reading of each Chinese character."""
    if native.confidence < NATIVE_SURE or not native.text:
        return None
    if pair_rule == "icao_cyrillic":
        expected = icao_latin(native.text)
    else:
        groups = native.text.split("·")
        if not all(usual_reading(c) for c in native.text.replace("·", "")):
            return None
        words = ["".join(usual_reading(c) for c in g) for g in groups]
        expected = " ".join(words)
        squeezed = "".join(latin.text.split())
        if len(groups) == 1 and " " in latin.text and len(squeezed) == len(expected):
            cut = latin.text.index(" ")  # keep the printed word break (surname, given name)
            expected = expected[:cut] + " " + expected[cut:]
    a, b = "".join(expected.split()), "".join(latin.text.split())
    if a == b or Levenshtein.distance(a, b) > max(2, len(a) // 4):
        return None
    return expected  # how much better a drawn spelling must fit than Tesseract's to replace it


def _shape_check(native: FieldRead, latin: FieldRead, image: NDArray[np.uint8]) -> FieldRead:
    """Tesseract's reading spells the Pinyin, but a character can do that by a rare reading (能 is
    also XIONG, like 熊): when another spelling fits the ink clearly better, it is taken."""
    shaped = spell_by_shape(image, latin.text)
    if shaped is None or shaped[0].replace("·", "") == native.text.replace("·", ""):
        return native
    own = shape_score(image, latin.text, native.text)
    if shaped[1] < own + SHAPE_LEAD:
        return native
    text = shaped[0] if "·" in shaped[0] or "·" not in native.text else native.text
    if text.replace("·", "") != shaped[0].replace("·", ""):
        return native
    note = (
        f"read '{native.text}', taken as '{text}': it spells '{latin.text}' too and fits the ink better "
        f"({shaped[1]:.2f} against {own:.2f})"
    )
    return replace(native, text=text, value=text, notes=(*native.notes, note))


def _dots(text: str, latin: str, reading: _Reading, spec: FieldSpec) -> str:
    """A transcribed name whose middle dots a later reading lost: when Tesseract's first reading or
    the line image shows as many dots as the Latin has word breaks, put them back between the
    characters of each word."""
    words = len(latin.split())
    if spec.pair_rule != "pinyin" or reading.image is None or text.count("·") >= words - 1:
        return text
    seen = reading.field.text.count("·")  # Tesseract's own reading showed them, or the image does
    if seen != words - 1 and count_dots(reading.image, reading.height) != words - 1:
        return text
    groups = pinyin_groups(text, latin)
    return "·".join(groups) if groups else text


def count_dots(img: NDArray[np.uint8], height: float) -> int:
    """Small round marks at mid-height standing alone between characters (the middle dot of
    transcribed names; a dot stroke inside a character has other ink above or below it)."""
    ink = ink_of(img, max(1.0, height / 3.0))
    n, labels, stats, cent = cv2.connectedComponentsWithStats(ink, connectivity=8)
    mid = img.shape[0] / 2
    count = 0
    for i in range(1, n):
        x, w, h = stats[i, cv2.CC_STAT_LEFT], stats[i, cv2.CC_STAT_WIDTH], stats[i, cv2.CC_STAT_HEIGHT]
        if not (0.08 * height <= max(w, h) <= 0.45 * height and 0.5 < w / max(h, 1) < 2.0):
            continue
        if abs(cent[i][1] - mid) > 0.2 * height:
            continue
        pad = max(1, round(0.1 * height))
        cols = labels[:, max(0, x - pad) : x + w + pad]
        if np.any((cols != 0) & (cols != i)):
            continue
        count += 1
    return count
