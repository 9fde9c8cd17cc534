"""The holder's portrait from a document page or a photo: the largest face, upright, cropped with a
margin, with quality measures and reasons an officer can read. Never raises for image content."""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

import cv2
import numpy as np

from ocr.imaging import ImageArray, rotate_quadrant
from ocr.portraits.detector import Box, DetectedFace, Points, as_bgr, detect_faces
from ocr.portraits.quality import FaceQuality, QualityLimits, measure, problems

log = logging.getLogger(__name__)

FACE_FOUND = "face_found"
NO_FACE = "no_face"
SEVERAL_FACES = "several_faces"
TOO_SMALL = "too_small"
TOO_BLURRED = "too_blurred"
STRONGLY_TURNED = "strongly_turned"
# Reasons that make a comparison meaningless; the others only lower confidence.
BLOCKING = frozenset({NO_FACE, SEVERAL_FACES, TOO_SMALL})

# Part of every engine's version: a change to detection or landmarks changes the embeddings.
PIPELINE_VERSION = "yunet2023mar-int8bq@480/1280+refine96/128/160"
MARGIN = 0.4  # of the face box width/height on each side: enough context for alignment
_UPRIGHT_ROLL = 45.0
# Stop turning early only on an upright face this sure. YuNet scores real upright faces 0.89-0.95 and
# sideways misfires 0.6-0.8, but drawn specimen faces lying on their side have reached 0.86.
_EARLY_STOP = 0.9
_REFINE_WIDTHS = (96, 128, 160)  # face widths (px) at which landmarks are re-detected and averaged
_TURN_ORDER = (0, 1, 3, 2)  # quarter turns counter-clockwise; sideways scans are commoner than upside down


@dataclass(frozen=True, eq=False)
class Portrait:
    """`crop` is upright BGR; `crop_box` and `landmarks` are in crop coordinates; `box` is the face
    box in the coordinates of the image given (before any turn); `rotation` is the number of quarter
    turns counter-clockwise that made the face upright; `faces` counts every face seen."""

    crop: ImageArray | None
    crop_box: Box | None
    box: Box | None
    rotation: int
    landmarks: Points
    quality: FaceQuality | None
    reasons: tuple[str, ...]
    faces: int

    @property
    def found(self) -> bool:
        return self.crop is not None

    @property
    def usable(self) -> bool:
        """A face that can be compared at all (warnings such as blur still allow it)."""
        return self.found and not BLOCKING.intersection(self.reasons)

    def face_in_crop(self) -> DetectedFace:
        """The face as found, in crop coordinates (for the recognition engines' alignment)."""
        if self.crop_box is None:
            raise ValueError("no face in this portrait")
        score = self.quality.detector_score if self.quality else 0.0
        return DetectedFace(self.crop_box, self.landmarks, score)


def _is_upright(face: DetectedFace) -> bool:
    (rx, ry), (lx, ly), (_, ny), (_, mry), (_, mly) = face.landmarks
    eyes_y, mouth_y = (ry + ly) / 2, (mry + mly) / 2
    roll = math.degrees(math.atan2(ly - ry, lx - rx))
    return abs(roll) < _UPRIGHT_ROLL and eyes_y < ny < mouth_y


def _find_upright(img: ImageArray, try_turns: bool) -> tuple[int, ImageArray, list[DetectedFace]]:
    """The quarter turn whose largest face is upright with the best detector score. A sideways face
    is sometimes "found" upright with a low score, so a weak first answer does not end the search."""
    best: tuple[float, int, ImageArray, list[DetectedFace]] = (-1.0, 0, img, [])
    for k in _TURN_ORDER if try_turns else (0,):
        turned = rotate_quadrant(img, k) if k else img
        faces = detect_faces(turned)
        if not faces:
            continue
        rank = faces[0].score + (1.0 if _is_upright(faces[0]) else 0.0)
        if rank > best[0]:
            best = (rank, k, turned, faces)
        if rank >= 1.0 + _EARLY_STOP:
            break
    if not best[3]:  # tight crops (chin to hairline) are upright photos: pad once, no turns
        padded = _detect_padded(img)
        return 0, img, padded
    return best[1], best[2], best[3]


def refine_landmarks(crop: ImageArray, landmarks: Points, face_width: int) -> Points:
    """YuNet's int8 landmarks jitter by a few pixels with the crop's size and margins, enough to
    move SFace scores by 0.1; the mean over the face re-detected at fixed sizes is stable."""
    centre = np.mean(np.array(landmarks), axis=0)
    found = [np.array(landmarks)]
    for size in _REFINE_WIDTHS:
        f = size / max(1, face_width)
        interp = cv2.INTER_AREA if f < 1 else cv2.INTER_LINEAR
        scaled = np.asarray(cv2.resize(crop, None, fx=f, fy=f, interpolation=interp), np.uint8)
        faces = detect_faces(scaled)
        if not faces:
            continue
        pts = [np.array(d.landmarks) / f for d in faces]
        best = min(pts, key=lambda p: float(np.linalg.norm(p.mean(axis=0) - centre)))
        if np.linalg.norm(best.mean(axis=0) - centre) < 0.25 * face_width:
            found.append(best)
    mean = np.mean(found, axis=0)
    return tuple((float(x), float(y)) for x, y in mean)


def _detect_padded(img: ImageArray) -> list[DetectedFace]:
    """Registry photos are often cropped at the chin and hairline; YuNet needs some context."""
    h, w = img.shape[:2]
    p = max(8, round(0.25 * max(h, w)))
    padded = np.asarray(cv2.copyMakeBorder(img, p, p, p, p, cv2.BORDER_REPLICATE), np.uint8)
    return [f.shifted(-p, -p) for f in detect_faces(padded)]


def _unturn(x: float, y: float, k: int, w0: int, h0: int) -> tuple[float, float]:
    """Map a point of the image turned k quarter turns counter-clockwise back to the original."""
    sizes = [(w0, h0) if i % 2 == 0 else (h0, w0) for i in range(k + 1)]
    for j in range(k, 0, -1):
        wp = sizes[j - 1][0]
        x, y = wp - y, x
    return x, y


def _box_in_input(box: Box, k: int, w0: int, h0: int) -> Box:
    x0, y0, x1, y1 = box
    pts = [_unturn(x, y, k, w0, h0) for x, y in ((x0, y0), (x1, y0), (x0, y1), (x1, y1))]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return (round(min(xs)), round(min(ys)), round(max(xs)), round(max(ys)))


def extract_portrait(img: ImageArray, limits: QualityLimits | None = None, *, try_turns: bool = True) -> Portrait:
    """Largest face of `img` (grey, BGR or BGRA). `reasons` starts with face_found or no_face and
    lists every quality problem; see BLOCKING for those that forbid a comparison."""
    lim = limits or QualityLimits()
    try:
        bgr = as_bgr(img)
    except ValueError:
        return Portrait(None, None, None, 0, (), None, (NO_FACE,), 0)
    h0, w0 = bgr.shape[:2]
    k, turned, faces = _find_upright(bgr, try_turns)
    if not faces:
        log.debug("no face in a %dx%d image", w0, h0)
        return Portrait(None, None, None, 0, (), None, (NO_FACE,), 0)
    main = faces[0]
    reasons = [FACE_FOUND]
    if any(f.area >= lim.competing_area * main.area for f in faces[1:]):
        reasons.append(SEVERAL_FACES)
    quality = measure(turned, main)
    reasons += problems(quality, lim)
    x0, y0, x1, y1 = main.box
    mx, my = round((x1 - x0) * MARGIN), round((y1 - y0) * MARGIN)
    th, tw = turned.shape[:2]
    cl, ct, cr, cb = max(0, x0 - mx), max(0, y0 - my), min(tw, x1 + mx), min(th, y1 + my)
    crop = turned[ct:cb, cl:cr].copy()
    landmarks = refine_landmarks(crop, tuple((x - cl, y - ct) for x, y in main.landmarks), x1 - x0)
    log.debug("portrait: %d faces, turn %d, reasons %s", len(faces), k, reasons)
    crop_box = (x0 - cl, y0 - ct, x1 - cl, y1 - ct)
    box = _box_in_input(main.box, k, w0, h0)
    return Portrait(crop, crop_box, box, k, landmarks, quality, tuple(reasons), len(faces))
