"""Property: whatever bytes arrive, load_pages returns well-formed pages or raises ImageLoadError;
no other exception, ever. Limits are small so each example is fast; the checks do not depend on
their size."""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ocr.errors import ImageLoadError
from ocr.imaging import load_pages
from tests.fuzz.image_seeds import MAGICS, seed_files

MAX_PIXELS = 1_000_000
MAX_PAGES = 4
SEEDS = seed_files()

fuzz_settings = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


def loads_or_refuses(data: bytes) -> None:
    try:
        pages = load_pages(data, max_pixels=MAX_PIXELS, pdf_dpi=72, max_pages=MAX_PAGES)
    except ImageLoadError as exc:
        assert str(exc)
        return
    assert 1 <= len(pages) <= MAX_PAGES
    for index, page in enumerate(pages):
        assert page.index == index
        assert page.image.dtype == np.uint8 and page.image.ndim == 3 and page.image.shape[2] == 3
        assert page.image.flags.c_contiguous
        assert page.image.shape[0] * page.image.shape[1] <= MAX_PIXELS


@fuzz_settings
@given(st.binary(max_size=4096))
def test_arbitrary_bytes(data: bytes) -> None:
    loads_or_refuses(data)


@fuzz_settings
@given(st.sampled_from(MAGICS), st.binary(max_size=4096))
def test_bytes_behind_an_allowed_signature(magic: bytes, tail: bytes) -> None:
    loads_or_refuses(magic + tail)


@st.composite
def mutated_seed(draw: st.DrawFn) -> bytes:
    data = bytearray(SEEDS[draw(st.sampled_from(sorted(SEEDS)))])
    for _ in range(draw(st.integers(0, 8))):
        position = draw(st.integers(0, len(data) - 1))
        data[position] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        data = data[: draw(st.integers(1, len(data)))]
    if draw(st.booleans()):
        position = draw(st.integers(0, len(data)))
        data[position:position] = draw(st.binary(max_size=64))
    return bytes(data)


@fuzz_settings
@given(mutated_seed())
def test_mutated_real_files(data: bytes) -> None:
    loads_or_refuses(data)


def test_every_seed_loads_or_is_refused_by_type() -> None:
    for name, data in SEEDS.items():
        if name.endswith((".gif", "zero.pdf")):
            try:
                load_pages(data)
            except ImageLoadError:
                continue
            raise AssertionError(f"{name} should be refused")
        assert load_pages(data), name
