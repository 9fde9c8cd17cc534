"""Names printed twice on one page, in native script and in Latin, must agree. Where Tesseract's
first reading of the native name does not spell the Latin one but a runner-up reading of one or two
characters does, that reading is taken and the change noted; where none does, both fields are
flagged. Only the page's own print is used, never the MRZ, so a forged page still shows up."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from ocr.viz.tesseract_lines import Glyph
from ocr.viz.translit import icao_latin, pinyin_fits

Rule = Callable[[str, str], bool]
MAX_CHANGES = 2
MIN_CHOICE = 0.05
# Kazakh letters and the Russian letters Tesseract reads them as: runner-ups it may not offer.
KAZAKH_LOOKALIKES = {"Э": "Ә", "А": "Ә", "К": "Қ", "Г": "Ғ", "Н": "Ң", "О": "Ө", "У": "ҰҮ", "И": "І", "Х": "Һ"}


def rule(name: str) -> Rule:
    if name == "pinyin":
        return pinyin_fits
    if name == "icao_cyrillic":
        return lambda native, latin: "".join(icao_latin(native).split()) == "".join(latin.upper().split())
    raise ValueError(f"unknown pair rule {name!r}")


def repair(
    glyphs: Sequence[Glyph], latin: str, fits: Rule, clean: Callable[[str], str], lookalikes: bool = False
) -> str | None:
    """The cleaned reading of `glyphs` that fits `latin` with the fewest changes: at most
    MAX_CHANGES characters replaced by runner-up readings (and, with `lookalikes`, by the Kazakh
    letters Tesseract takes for Russian ones), and for Chinese at most one character dropped
    (Tesseract sometimes reads one character as two); None when no such reading exists."""
    chars = [g for g in glyphs if g.text.strip()]
    order = sorted(range(len(chars)), key=lambda i: chars[i].confidence)
    # Chinese: a character read as two; never for alphabets, where a dropped letter is a real one
    drops: list[int | None] = [None, *([] if lookalikes else order)]
    for n in range(0, MAX_CHANGES + 1):
        for drop in drops:
            if n == 0 and drop is None:
                continue
            kept = [g for i, g in enumerate(chars) if i != drop]
            options = [_options(g, lookalikes) for g in kept]
            for where in itertools.combinations([i for i, o in enumerate(options) if o], n):
                for picks in itertools.product(*(options[i][:3] for i in where)):
                    new = [g.text for g in kept]
                    for i, c in zip(where, picks, strict=True):
                        new[i] = c
                    candidate = clean("".join(new))
                    if fits(candidate, latin):
                        return candidate
    return None


def _options(g: Glyph, lookalikes: bool) -> list[str]:
    """Other readings of a character: Tesseract's runner-ups, then (for Cyrillic) the Kazakh
    letters it is known to mistake for Russian ones."""
    out = [c for c, p in g.choices if p >= MIN_CHOICE and c != g.text and c.strip()]
    if lookalikes:
        out += [k for k in KAZAKH_LOOKALIKES.get(g.text.upper(), "") if k not in out]
    return out
