"""One page image as every later stage (MRZ, fields, faces) receives it, whatever the file was."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

ImageArray = npt.NDArray[np.uint8]


@dataclass(frozen=True, eq=False)
class Page:
    """A decoded page: always uint8 BGR with 3 channels and C-contiguous, so OpenCV and Tesseract
    callers never need to check the layout again. Compared by identity (the pixels are an array)."""

    image: ImageArray
    source: str
    index: int
    dpi: float | None

    def __post_init__(self) -> None:
        img = self.image
        if not (
            isinstance(img, np.ndarray)
            and img.dtype == np.uint8
            and img.ndim == 3
            and img.shape[2] == 3
            and img.flags.c_contiguous
        ):
            raise ValueError("Page.image must be a C-contiguous uint8 array of shape (height, width, 3)")

    @property
    def width(self) -> int:
        return int(self.image.shape[1])

    @property
    def height(self) -> int:
        return int(self.image.shape[0])
