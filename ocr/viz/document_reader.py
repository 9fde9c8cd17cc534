"""Read one document page with one template: locate the page, read every field, and (for
certificates) the QR code or barcode."""

from __future__ import annotations

import time

import numpy as np
from numpy.typing import NDArray

from ocr.templates import Template
from ocr.viz.field_reader import read_fields
from ocr.viz.geometry import PageImage, Pose, Quad
from ocr.viz.locate import locate
from ocr.viz.model import DocumentRead


def read_with_pose(page: PageImage, template: Template, pose: Pose, started: float | None = None) -> DocumentRead:
    """The fields of `template` on `page` placed by `pose`."""
    t0 = started if started is not None else time.perf_counter()
    fields = read_fields(page, pose, template)
    code = None
    extra: list[str] = []
    if any(f.type == "code" for f in template.fields):
        from ocr.certificates.codes import disagreements, read_code

        code = read_code(page, pose, template)
        extra = disagreements(code, fields) if code is not None else []
    w, h = template.page_mm
    problems = (*(f"{f.name}: {p}" for f in fields.values() for p in f.problems), *extra)
    return DocumentRead(
        kind=template.kind,
        edition=template.edition,
        family=template.family,
        fields=fields,
        page_quad=pose.quad((0.0, 0.0, w, h)),
        layout_score=pose.score,
        pose_source=pose.source,
        code=code,
        seconds=time.perf_counter() - t0,
        problems=problems,
    )


def read_document(image: NDArray[np.uint8] | PageImage, template: Template, mrz_box: Quad = ()) -> DocumentRead | None:
    """Locate `template` on the image and read it; None when the page cannot be placed at all."""
    t0 = time.perf_counter()
    page = image if isinstance(image, PageImage) else PageImage(image)
    pose = locate(page, template, mrz_box)
    if pose is None:
        return None
    return read_with_pose(page, template, pose, t0)
