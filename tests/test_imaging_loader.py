"""The image loader: every allowed format decodes to upright uint8 BGR, and every bad input becomes an
ImageLoadError whose message says what is wrong. All files are generated here, none are shipped."""

from __future__ import annotations

import io
import struct
import time
import tracemalloc
import warnings
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from ocr.errors import ImageLoadError, TekseruError
from ocr.imaging import Page, load_image, load_pages

RED_BGR = (0, 0, 255)
BLUE_BGR = (255, 0, 0)
WHITE_BGR = (255, 255, 255)


# ---------------------------------------------------------------- builders


def two_colour(width: int = 120, height: int = 80) -> Image.Image:
    """Left half red, right half blue: a wrong channel order or a flip shows at once."""
    im = Image.new("RGB", (width, height), (255, 0, 0))
    im.paste((0, 0, 255), (width // 2, 0, width, height))
    return im


def encoded(im: Image.Image, fmt: str, **params: object) -> bytes:
    buf = io.BytesIO()
    im.save(buf, fmt, **params)
    return buf.getvalue()


def assert_colour(pixel: np.ndarray, expected: tuple[int, int, int], tol: int = 12) -> None:
    assert np.all(np.abs(pixel.astype(int) - np.array(expected)) <= tol), (pixel, expected)


def assert_well_formed(page: Page) -> None:
    img = page.image
    assert img.dtype == np.uint8
    assert img.ndim == 3 and img.shape[2] == 3
    assert img.flags.c_contiguous


def make_pdf(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    """A hand-written PDF with a correct cross-reference table; object 1 must be the catalog."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + trailer_extra + b">>\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
ONE_PAGE_TREE = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
BLANK_PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>"


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims width x height RGB pixels but whose data is a few bytes."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")


def jpeg_claiming(width: int, height: int) -> bytes:
    """A small real JPEG with its SOF0 frame header patched to claim width x height pixels."""
    data = bytearray(encoded(Image.new("RGB", (16, 16), "gray"), "JPEG"))
    sof = data.index(b"\xff\xc0")
    # marker(2) length(2) precision(1) height(2) width(2)
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


# ---------------------------------------------------------------- formats


@pytest.mark.parametrize(
    ("fmt", "params", "tol"),
    [
        ("JPEG", {"quality": 95}, 40),
        ("PNG", {}, 0),
        ("TIFF", {}, 0),
        ("BMP", {}, 0),
        ("WEBP", {"lossless": True}, 0),
        ("WEBP", {"quality": 90}, 40),
    ],
)
def test_each_format_loads_with_size_and_colours(
    tmp_path: Path, fmt: str, params: dict[str, object], tol: int
) -> None:
    path = tmp_path / f"scan.{fmt.lower()}"
    path.write_bytes(encoded(two_colour(), fmt, **params))
    pages = load_pages(path)
    assert len(pages) == 1
    page = pages[0]
    assert_well_formed(page)
    assert page.image.shape == (80, 120, 3)
    assert page.source == str(path)
    assert page.index == 0
    assert_colour(page.image[40, 20], RED_BGR, tol)
    assert_colour(page.image[40, 100], BLUE_BGR, tol)


def test_format_comes_from_magic_bytes_not_extension(tmp_path: Path) -> None:
    path = tmp_path / "really_a_png.jpg"
    path.write_bytes(encoded(two_colour(), "PNG"))
    assert load_pages(path)[0].image.shape == (80, 120, 3)


def test_bytes_and_str_sources(tmp_path: Path) -> None:
    data = encoded(two_colour(), "PNG")
    from_bytes = load_pages(data)[0]
    assert from_bytes.source == "<bytes>"
    path = tmp_path / "a.png"
    path.write_bytes(data)
    from_str = load_pages(str(path))[0]
    assert np.array_equal(from_bytes.image, from_str.image)


def test_multipage_tiff_gives_every_page(tmp_path: Path) -> None:
    sizes = [(50, 40), (60, 30), (70, 20)]
    colours = [(255, 0, 0), (0, 255, 0), (0, 0, 255)]
    frames = [Image.new("RGB", s, c) for s, c in zip(sizes, colours, strict=True)]
    path = tmp_path / "stack.tif"
    frames[0].save(path, save_all=True, append_images=frames[1:])
    pages = load_pages(path)
    assert [p.index for p in pages] == [0, 1, 2]
    for page, (w, h), (r, g, b) in zip(pages, sizes, colours, strict=True):
        assert_well_formed(page)
        assert page.image.shape == (h, w, 3)
        assert_colour(page.image[h // 2, w // 2], (b, g, r), 0)
    assert load_image(path).shape == (40, 50, 3)


def test_pdf_gives_every_page_at_the_render_dpi(tmp_path: Path) -> None:
    first = two_colour(200, 100)
    second = Image.new("RGB", (100, 150), (0, 255, 0))
    path = tmp_path / "scan.pdf"
    first.save(path, "PDF", save_all=True, append_images=[second], resolution=100.0)
    pages = load_pages(path, pdf_dpi=100)
    assert len(pages) == 2
    assert [p.index for p in pages] == [0, 1]
    for page in pages:
        assert_well_formed(page)
        assert page.dpi == pytest.approx(100.0)
    assert pages[0].image.shape[:2] == (100, 200)
    assert pages[1].image.shape[:2] == (150, 100)
    assert_colour(pages[0].image[50, 40], RED_BGR, 40)
    assert_colour(pages[0].image[50, 160], BLUE_BGR, 40)
    assert_colour(pages[1].image[75, 50], (0, 255, 0), 40)
    # The default 300 dpi triples the pixel size.
    assert load_image(path).shape[:2] == (300, 600)


def test_pdf_page_is_capped_at_max_pixels() -> None:
    giant = make_pdf([CATALOG, ONE_PAGE_TREE, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 7200] >>"])
    page = load_pages(giant, max_pixels=2_000_000)[0]
    height, width = page.image.shape[:2]
    assert height * width <= 2_000_000
    assert width == pytest.approx(2 * height, abs=2)
    assert page.dpi is not None and page.dpi < 300
    assert_colour(page.image[height // 2, width // 2], WHITE_BGR, 0)


def test_dpi_is_read_from_metadata() -> None:
    assert load_pages(encoded(two_colour(), "PNG", dpi=(300, 300)))[0].dpi == pytest.approx(300, abs=0.1)
    assert load_pages(encoded(two_colour(), "JPEG", dpi=(600, 600)))[0].dpi == pytest.approx(600)
    assert load_pages(encoded(two_colour(), "TIFF", dpi=(200, 200)))[0].dpi == pytest.approx(200)
    assert load_pages(encoded(two_colour(), "PNG"))[0].dpi is None


# ---------------------------------------------------------------- orientation and modes


def marked(width: int = 60, height: int = 40) -> Image.Image:
    """White with a red block in the stored top-left corner, to see where EXIF turns it."""
    im = Image.new("RGB", (width, height), "white")
    im.paste((255, 0, 0), (0, 0, 12, 12))
    return im


def with_orientation(im: Image.Image, orientation: int) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = orientation
    return encoded(im, "JPEG", quality=95, exif=exif.tobytes())


def test_exif_orientation_6_turns_clockwise() -> None:
    img = load_image(with_orientation(marked(), 6))
    # Orientation 6: display = stored turned 90° clockwise, so stored top-left lands top-right.
    assert img.shape == (60, 40, 3)
    assert_colour(img[3, 36], RED_BGR, 40)
    assert_colour(img[3, 3], WHITE_BGR, 40)


def test_exif_orientation_3_turns_half_way() -> None:
    img = load_image(with_orientation(marked(), 3))
    assert img.shape == (40, 60, 3)
    assert_colour(img[36, 56], RED_BGR, 40)
    assert_colour(img[3, 3], WHITE_BGR, 40)


def test_rgba_alpha_is_flattened_on_white() -> None:
    im = Image.new("RGBA", (20, 10), (255, 0, 0, 255))
    im.paste((0, 0, 255, 0), (10, 0, 20, 10))  # fully transparent blue
    img = load_image(encoded(im, "PNG"))
    assert_colour(img[5, 5], RED_BGR, 0)
    assert_colour(img[5, 15], WHITE_BGR, 0)
    half = Image.new("RGBA", (4, 4), (0, 0, 0, 128))
    assert_colour(load_image(encoded(half, "PNG"))[0, 0], (127, 127, 127), 1)


@pytest.mark.parametrize(
    ("im", "fmt", "expected"),
    [
        (Image.new("L", (8, 8), 77), "PNG", (77, 77, 77)),
        (Image.new("LA", (8, 8), (0, 0)), "PNG", WHITE_BGR),
        (Image.new("1", (8, 8), 1), "PNG", WHITE_BGR),
        (Image.new("1", (8, 8), 0), "BMP", (0, 0, 0)),
        (Image.new("RGB", (8, 8), (10, 200, 30)).convert("P", palette=Image.Palette.ADAPTIVE), "PNG", (30, 200, 10)),
        (Image.new("CMYK", (8, 8), (0, 255, 255, 0)), "TIFF", RED_BGR),
        (Image.new("CMYK", (8, 8), (0, 255, 255, 0)), "JPEG", RED_BGR),
        (Image.new("I;16", (8, 8), 65535), "PNG", WHITE_BGR),
        (Image.new("I;16", (8, 8), 257 * 100), "TIFF", (100, 100, 100)),
        (Image.new("F", (8, 8), 0.5), "TIFF", (128, 128, 128)),
        (Image.new("I", (8, 8), 257 * 156), "TIFF", (156, 156, 156)),
        (Image.new("LAB", (8, 8), (255, 128, 128)), "TIFF", WHITE_BGR),
        (Image.new("PA", (8, 8), (0, 0)), "TIFF", WHITE_BGR),
    ],
    ids=[
        "L", "LA", "1-white", "1-black", "P", "CMYK-tiff", "CMYK-jpeg",
        "I16-png", "I16-tiff", "F-tiff", "I32-tiff", "LAB-tiff", "PA-tiff",
    ],
)
def test_pixel_modes_become_bgr(im: Image.Image, fmt: str, expected: tuple[int, int, int]) -> None:
    img = load_image(encoded(im, fmt))
    assert img.dtype == np.uint8 and img.shape == (8, 8, 3) and img.flags.c_contiguous
    assert_colour(img[4, 4], expected, 3)


def test_palette_with_transparency_is_flattened_on_white() -> None:
    im = Image.new("P", (8, 8), 0)
    im.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    im.paste(1, (0, 0, 4, 8))
    img = load_image(encoded(im, "PNG", transparency=0))
    assert_colour(img[4, 1], RED_BGR, 0)
    assert_colour(img[4, 6], WHITE_BGR, 0)


def test_sixteen_bit_grey_keeps_its_gradient() -> None:
    ramp = np.linspace(0, 65535, 256, dtype=np.uint16).reshape(1, 256).repeat(4, axis=0)
    img = load_image(encoded(Image.fromarray(ramp), "PNG"))
    assert int(img[0, 0, 0]) == 0 and int(img[0, 255, 0]) == 255
    assert np.all(np.diff(img[0, :, 0].astype(int)) >= 0)


# ---------------------------------------------------------------- bad input


def load_error(source: object, **kwargs: int) -> str:
    with pytest.raises(ImageLoadError) as info:
        load_pages(source, **kwargs)  # type: ignore[arg-type]
    message = str(info.value)
    assert "\n" not in message
    assert isinstance(info.value, TekseruError)
    return message


def test_corrupt_jpeg_bytes(tmp_path: Path) -> None:
    good = encoded(two_colour(), "JPEG")
    path = tmp_path / "broken.jpg"
    path.write_bytes(good[:200] + bytes(range(256)) * 8)
    message = load_error(path)
    assert "broken.jpg" in message and "JPEG" in message and "damaged" in message


def test_jpeg_with_nothing_after_the_signature() -> None:
    assert "JPEG" in load_error(b"\xff\xd8\xff" + b"\x00" * 40)


def test_truncated_png(tmp_path: Path) -> None:
    noisy = Image.fromarray(np.random.default_rng(1).integers(0, 256, (64, 64, 3), dtype=np.uint8))
    data = encoded(noisy, "PNG")
    path = tmp_path / "half.png"
    path.write_bytes(data[: len(data) // 2])
    message = load_error(path)
    assert "half.png" in message and "damaged or incomplete" in message


def test_empty_file_and_empty_bytes(tmp_path: Path) -> None:
    path = tmp_path / "empty.png"
    path.write_bytes(b"")
    assert "empty" in load_error(path)
    assert "empty" in load_error(b"")


def test_pdf_without_pages(tmp_path: Path) -> None:
    path = tmp_path / "nothing.pdf"
    path.write_bytes(make_pdf([CATALOG, b"<< /Type /Pages /Kids [] /Count 0 >>"]))
    message = load_error(path)
    assert "nothing.pdf" in message and "no pages" in message


def test_pdf_error_is_not_carried_over_from_an_earlier_file() -> None:
    # pdfium keeps its last error code after a successful load; a stale "damaged" must not win.
    empty_tree = make_pdf([CATALOG, b"<< /Type /Pages /Kids [] /Count 0 >>"])
    load_error(b"%PDF-1.7\n" + b"garbage " * 50)
    assert "no pages" in load_error(empty_tree)
    load_error(encrypted_pdf())
    assert "no pages" in load_error(empty_tree)


def encrypted_pdf() -> bytes:
    """Standard security handler with a user password we do not know: pdfium cannot open it."""
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -4 >>"
    trailer = b"/Encrypt 4 0 R /ID [<" + b"33" * 16 + b"> <" + b"33" * 16 + b">] "
    return make_pdf([CATALOG, ONE_PAGE_TREE, BLANK_PAGE, encrypt], trailer)


def test_encrypted_pdf() -> None:
    assert "password-protected" in load_error(encrypted_pdf())


def test_damaged_pdf() -> None:
    assert "not a readable PDF" in load_error(b"%PDF-1.7\n" + b"garbage " * 50)


def test_minimal_hand_written_pdf_loads() -> None:
    page = load_pages(make_pdf([CATALOG, ONE_PAGE_TREE, BLANK_PAGE]), pdf_dpi=72)[0]
    assert page.image.shape == (100, 200, 3)
    assert page.dpi == pytest.approx(72)


def test_text_file_named_jpg(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_text("this is not a photo\n")
    message = load_error(path)
    assert "unsupported file type" in message and "text file" in message and "photo.jpg" in message


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (encoded(two_colour(), "GIF"), "GIF image"),
        (b"<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'/>", "SVG drawing"),
        (b"PK\x03\x04" + b"\x00" * 60, "ZIP"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 60, "program"),
        (b"MZ\x90\x00" + b"\x00" * 60, "Windows program"),
        (bytes(range(256)), "unrecognised binary data"),
    ],
    ids=["gif", "svg", "zip", "elf", "exe", "binary"],
)
def test_unsupported_types_are_named(data: bytes, what: str) -> None:
    message = load_error(data)
    assert "unsupported file type" in message and what in message
    assert "JPEG, PNG, TIFF, BMP, WebP or PDF" in message


def test_huge_jpeg_header_is_refused_quickly_without_decoding() -> None:
    data = jpeg_claiming(20_000, 20_000)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        message = load_error(data)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "larger than the 60-megapixel limit" in message
    assert "400.0 megapixels" in message
    assert elapsed < 1.0
    assert peak < 20_000_000  # 20000² BGR would be 1.2 GB


def test_png_over_the_pixel_limit() -> None:
    # Just over the limit: Pillow's warning (not its hard error) path.
    assert "larger than the 60-megapixel limit" in load_error(png_claiming(10_000, 6_001))
    # Far over: Pillow's hard-error path.
    assert "larger than" in load_error(png_claiming(100_000, 100_000))
    # An honest image over a caller's lower limit.
    message = load_error(encoded(two_colour(), "PNG"), max_pixels=5000)
    assert "larger than the 0.005-megapixel limit" in message


def test_a_later_tiff_page_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "stack.tif"
    Image.new("RGB", (10, 10)).save(path, save_all=True, append_images=[Image.new("RGB", (100, 100))])
    message = load_error(path, max_pixels=5000)
    assert "100 x 100" in message and "limit" in message


def test_too_many_pages(tmp_path: Path) -> None:
    tif = tmp_path / "many.tif"
    frames = [Image.new("L", (8, 8), i * 10) for i in range(5)]
    frames[0].save(tif, save_all=True, append_images=frames[1:])
    assert "more than 3 pages" in load_error(tif, max_pages=3)
    assert len(load_pages(tif, max_pages=5)) == 5
    pdf = tmp_path / "many.pdf"
    frames[0].convert("RGB").save(pdf, "PDF", save_all=True, append_images=[f.convert("RGB") for f in frames[1:]])
    assert "5 pages, more than the 3 allowed" in load_error(pdf, max_pages=3)
    # load_image wants the first page only and does not care how many follow.
    assert load_image(pdf).shape[2] == 3


def test_directory_missing_path_and_special_file(tmp_path: Path) -> None:
    assert "is a folder" in load_error(tmp_path)
    missing = tmp_path / "nope.png"
    message = load_error(missing)
    assert "does not exist" in message and "nope.png" in message
    assert "not a regular file" in load_error("/dev/null")


def test_programming_errors_are_not_image_errors() -> None:
    with pytest.raises(TypeError):
        load_pages(12345)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        load_pages(b"x", max_pixels=0)


def test_pillow_global_state_is_left_as_found(tmp_path: Path) -> None:
    limit_before = Image.MAX_IMAGE_PIXELS
    filters_before = list(warnings.filters)
    load_pages(encoded(two_colour(), "PNG"))
    load_error(jpeg_claiming(20_000, 20_000))
    load_error(png_claiming(10_000, 6_001))
    assert limit_before == Image.MAX_IMAGE_PIXELS
    assert warnings.filters == filters_before
