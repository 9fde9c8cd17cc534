"""Find a template's page in an image: gather first guesses from every mark the template names
(MRZ, printed frame, outline of the sheet or card), fit each to the page's print, keep the best."""

from __future__ import annotations

from ocr.templates import Template
from ocr.viz.geometry import PageImage, Pose, Quad
from ocr.viz.layout_fit import best_fit
from ocr.viz.pose_sources import frame_quads, mrz_poses, outline_quads, quad_poses

# A fit this good from the MRZ or a frame needs no outline search (which costs more).
GOOD_FIT = 0.3


def locate(page: PageImage, template: Template, mrz_box: Quad = ()) -> Pose | None:
    """The pose of `template` in `page` with its layout score, or None when no mark was found."""
    best: Pose | None = None
    if template.mrz is not None:
        best = best_fit(page, mrz_poses(page.image, template.mrz, mrz_box), template, search_mm=12.0)
    if template.frame is not None and (best is None or best.score < GOOD_FIT):
        poses = [
            p for q in page.memo("frames", lambda: frame_quads(page)) for p in quad_poses(q, template.frame, "frame")
        ]
        found = best_fit(page, poses, template, search_mm=6.0)
        best = found if best is None or (found is not None and found.score > best.score) else best
    if template.outline and (best is None or best.score < GOOD_FIT):
        w, h = template.page_mm
        poses = [
            p
            for q in page.memo("outlines", lambda: outline_quads(page))
            for p in quad_poses(q, (0.0, 0.0, w, h), "outline")
        ]
        found = best_fit(page, poses, template, search_mm=6.0)
        best = found if best is None or (found is not None and found.score > best.score) else best
    return best
