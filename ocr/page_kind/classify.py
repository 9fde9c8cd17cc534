"""Decide what a page is. A machine readable zone names passports and the back of the ID card by
its format, document code and issuing state; pages without one are tried against the templates
that need none (certificates, the ID card's front), and must show both the template's layout and
its title. Anything that passes neither test is 'unknown', with the kind it comes closest to."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

import numpy as np
from numpy.typing import NDArray

from ocr.mrz.model import MrzRead
from ocr.page_kind.model import UNKNOWN, PageKind, Side
from ocr.page_kind.titles import NO_TITLE, TitleMatch, match_titles
from ocr.templates import Template
from ocr.viz.geometry import PageImage, Pose, Quad
from ocr.viz.layout_fit import best_fit
from ocr.viz.locate import locate
from ocr.viz.pose_sources import frame_quads, mrz_poses, outline_quads, quad_poses

log = logging.getLogger(__name__)

GOOD_LAYOUT = 0.35  # a layout fit this good counts fully (correct pages score 0.3-0.55)
MIN_LAYOUT = 0.15  # below this the print does not follow the template at all
BOTH_SIDES = "kaz_id_card"
SIDE_KINDS = ("kaz_id_card_front", "kaz_id_card_back")


def _layout(score: float) -> float:
    return float(min(1.0, score / GOOD_LAYOUT))


def _mrz_fits(template: Template, mrz: MrzRead) -> bool:
    anchor = template.mrz
    if anchor is None or not mrz.found or mrz.format is None or mrz.format.value != anchor.format:
        return False
    f = mrz.fields
    if f is None:
        return len(mrz.lines) == anchor.lines
    if anchor.document_code and not f.document_code.replace("<", "").startswith(anchor.document_code[0]):
        return False
    return not anchor.issuing_state or f.issuing_state == anchor.issuing_state


def _scored(template: Template, pose: Pose, title: TitleMatch, mrz: MrzRead | None) -> Side:
    if template.mrz is not None:
        valid = mrz is not None and mrz.valid
        score = 0.5 + 0.1 * valid + 0.3 * _layout(pose.score) + 0.1 * (title.passed or not template.titles)
    else:
        score = 0.55 * title.similarity + 0.45 * _layout(pose.score)
    return Side(template, pose, float(score), title.similarity, title.text)


def _sides(page: PageImage, templates: Sequence[Template], mrz: MrzRead | None) -> list[Side]:
    """Every template placed on the page and scored. Titles are read for the best-placed edition
    of each kind first, and for the others only when that one's title does not pass."""
    box: Quad = mrz.box if mrz is not None and mrz.found else ()
    placed = [(t, pose) for t in templates if (pose := locate(page, t, box)) is not None]
    placed.sort(key=lambda tp: -tp[1].score)
    sides: list[Side] = []
    titled: set[str] = set()
    for t, pose in placed:
        title = NO_TITLE
        if t.titles and pose.score >= MIN_LAYOUT and t.kind not in titled:
            title = match_titles(page, pose, t)
            if title.passed:
                titled.add(t.kind)
        sides.append(_scored(t, pose, title, mrz))
    return sides


def _accepted(side: Side, mrz: MrzRead | None) -> bool:
    if side.pose.score < MIN_LAYOUT:
        return False
    if side.template.mrz is not None:
        return mrz is not None and _mrz_fits(side.template, mrz)
    return any(side.title_score >= t.min_score for t in side.template.titles)


def _best_per_kind(sides: Sequence[Side]) -> dict[str, Side]:
    best: dict[str, Side] = {}
    for s in sides:
        k = s.template.kind
        if k not in best or s.score > best[k].score:
            best[k] = s
    return best


def _other_card_side(page: PageImage, found: Side, templates: Sequence[Template], mrz: MrzRead | None) -> Side | None:
    """The front of an ID card scanned on one page with its back (or the other way round). A back
    must show the MRZ the page was read to have."""
    want = SIDE_KINDS[1] if found.template.kind == SIDE_KINDS[0] else SIDE_KINDS[0]
    centre = np.mean(np.asarray(found.pose.quad((0.0, 0.0, *found.template.page_mm))), axis=0)
    best: Side | None = None
    for t in templates:
        if t.kind != want or (t.mrz is not None and (mrz is None or not _mrz_fits(t, mrz))):
            continue
        w, h = t.page_mm
        outlines: list[NDArray[np.float64]] = page.memo("outlines", lambda: outline_quads(page))
        quads = [q for q in outlines
                 if np.linalg.norm(np.mean(q, axis=0) - centre) > 0.3 * min(page.image.shape[:2])]  # fmt: skip
        poses = [p for q in quads for p in quad_poses(q, (0.0, 0.0, w, h), "outline")]
        if t.mrz is not None:
            poses += mrz_poses(page.image, t.mrz)
        pose = best_fit(page, poses, t, search_mm=6.0)
        if pose is None or pose.score < MIN_LAYOUT:
            continue
        title = match_titles(page, pose, t) if t.titles else NO_TITLE
        side = _scored(t, pose, title, None)
        if ((t.titles and title.passed) or not t.titles) and (best is None or side.score > best.score):
            best = side
    return best


def _decide(
    page: PageImage, sides: Sequence[Side], mrz: MrzRead | None, templates: Sequence[Template], evidence: list[str]
) -> PageKind | None:
    """The accepted kind among `sides`, or None."""
    per_kind = _best_per_kind(sides)
    accepted = sorted((s for s in per_kind.values() if _accepted(s, mrz)), key=lambda s: -s.score)
    for s in sorted(per_kind.values(), key=lambda s: -s.score):
        line = f"{s.template.kind} {s.template.edition}: layout {s.pose.score:.2f}, title {s.title_score:.2f}"
        line += " (accepted)" if s in accepted else ""
        if line not in evidence:
            evidence.append(line)
    if not accepted:
        return None
    best = accepted[0]
    if best.template.kind in SIDE_KINDS:
        other = _other_card_side(page, best, templates, mrz)
        if other is not None:
            evidence.append(f"{other.template.kind} also on the page: layout {other.pose.score:.2f}")
            front, back = (best, other) if best.template.kind == SIDE_KINDS[0] else (other, best)
            score = min(best.score, other.score)
            return PageKind(BOTH_SIDES, score, BOTH_SIDES, score, (front, back), tuple(evidence))
    return PageKind(best.template.kind, best.score, best.template.kind, best.score, (best,), tuple(evidence))


def classify_page(
    page: PageImage, templates: Sequence[Template], read_mrz: Callable[[], MrzRead]
) -> tuple[PageKind, MrzRead | None]:
    """The kind of `page` and its MRZ read. Pages with a printed frame are tried as certificates
    first; only when none fits is the MRZ read (`read_mrz`, called at most once), since looking
    for an MRZ that is not there costs as much as reading one."""
    evidence: list[str] = []
    framed = [t for t in templates if t.frame is not None and t.mrz is None]
    tried: list[Side] = []
    frames: list[NDArray[np.float64]] = page.memo("frames", lambda: frame_quads(page))
    if framed and frames:
        tried = _sides(page, framed, None)
        found = _decide(page, tried, None, templates, evidence)
        if found is not None:
            return found, None
    mrz = read_mrz()
    if mrz.found:
        state = mrz.fields.issuing_state if mrz.fields else "?"
        evidence.append(f"MRZ {mrz.format.value if mrz.format else '?'} issued by {state}, valid={mrz.valid}")
        candidates = [t for t in templates if t.mrz is not None and _mrz_fits(t, mrz)]
        if not candidates:
            evidence.append("no template describes a document with this MRZ")
        sides = _sides(page, candidates, mrz)
    else:
        sides = tried + _sides(page, [t for t in templates if t.mrz is None and t not in framed], None)
    found = _decide(page, sides, mrz, templates, evidence)
    if found is not None:
        return found, mrz
    if sides:
        # Nothing accepted: the closest is the best layout. A title score alone is no evidence here,
        # since some text always lies where another document prints its title.
        closest = max(sides, key=lambda s: (s.pose.score, s.score))
        return PageKind(UNKNOWN, 1.0 - closest.score, closest.template.kind, closest.score, (), tuple(evidence)), mrz
    if mrz.found and mrz.format is not None:
        close = [t.kind for t in templates if t.mrz is not None and t.mrz.format == mrz.format.value]
        if close:
            return PageKind(UNKNOWN, 0.5, close[0], 0.5, (), tuple(evidence)), mrz
    evidence.append("no template could be placed on the page")
    return PageKind(UNKNOWN, 1.0, UNKNOWN, 0.0, (), tuple(evidence)), mrz
