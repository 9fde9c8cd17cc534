"""Titles identify a document: where the template says its title is printed, it must read as that
title in its language. A page that merely looks laid out like a certificate does not pass."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from ocr.templates import Template
from ocr.viz.geometry import PageImage, Pose, rectify
from ocr.viz.ink import text_gray
from ocr.viz.tesseract_lines import read_line
from ocr.viz.values import skeleton

LETTER_PX = 24.0


@dataclass(frozen=True)
class TitleMatch:
    """The best title's similarity to what is printed there (0..1), whether it reaches the
    template's `min_score`, and the text read."""

    similarity: float
    passed: bool
    text: str


NO_TITLE = TitleMatch(0.0, False, "")


def match_titles(page: PageImage, pose: Pose, template: Template) -> TitleMatch:
    """Read each title of `template` where `pose` puts it; stop at the first that passes."""
    best = NO_TITLE
    for title in template.titles:
        x0, y0, x1, y1 = title.box
        scale = min(16.0, max(4.0, LETTER_PX / (0.75 * (y1 - y0))))
        box = (x0 - 2.0, y0 - 0.8, x1 + 2.0, y1 + 0.8)
        img, h = page.for_scale(pose.h, (x0, y0), scale)
        text = read_line(text_gray(rectify(img, h, box, scale)), title.lang).text
        similarity = fuzz.ratio(skeleton(text), skeleton(title.text)) / 100.0
        found = TitleMatch(similarity, similarity >= title.min_score, text)
        if (found.passed, found.similarity) > (best.passed, best.similarity):
            best = found
        if best.passed:
            break
    return best
