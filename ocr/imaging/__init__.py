"""Image intake: any allowed file to upright uint8 BGR pages, plus the rotation helpers the readers
share. Import from here, not from the submodules, so their layout can change."""

from ocr.imaging.geometry import deskew, estimate_skew, rotate, rotate_quadrant, to_gray
from ocr.imaging.loader import load_image, load_pages
from ocr.imaging.orientation import OrientationGuess, detect_orientation
from ocr.imaging.page import ImageArray, Page

__all__ = [
    "ImageArray",
    "OrientationGuess",
    "Page",
    "deskew",
    "detect_orientation",
    "estimate_skew",
    "load_image",
    "load_pages",
    "rotate",
    "rotate_quadrant",
    "to_gray",
]
