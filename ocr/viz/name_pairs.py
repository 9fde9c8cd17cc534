"""Names printed twice on one page, in native script and in Latin, must agree. Where Tesseract's
reading of the native name does not spell the Latin one, runner-up readings, a second reading
limited to the characters the Pinyin allows, and drawings of those characters compared with the
ink are tried in turn; a Latin name a letter or two from the native one's spelling is corrected
from it. Every change is noted on the field. Only the page's own print is used, never the MRZ,
so a page altered against its MRZ still shows up."""

from __future__ import annotations

import logging
from dataclasses import replace

import cv2
import numpy as np
from numpy.typing import NDArray
from rapidfuzz.distance import Levenshtein

from ocr.templates import FieldSpec
from ocr.viz.agreement import repair, rule
from ocr.viz.glyph_match import best_drawn
from ocr.viz.hanzi_match import shape_score, spell_by_shape
from ocr.viz.line_locator import ink_of
from ocr.viz.line_reading import Reading, ocr, respace
from ocr.viz.model import FieldRead
from ocr.viz.translit import hanzi_for, icao_latin, pinyin_groups, syllable_list, usual_reading
from ocr.viz.values import basic, clean

log = logging.getLogger(__name__)

SHAPE_MIN = 0.55  # similarity a drawn candidate needs to be taken
SHAPE_MARGIN = 0.04  # and its lead over the next


def syllable_by_shape(latin: Reading) -> FieldRead:
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


def agree(reading: Reading, latin: FieldRead, spec: FieldSpec) -> tuple[FieldRead, FieldRead]:
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
            again = ocr(reading.image, spec.lang, allowed + "·")
            text = tidy(respace(again, reading.height, True))
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


def _dots(text: str, latin: str, reading: Reading, spec: FieldSpec) -> str:
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
