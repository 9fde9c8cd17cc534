"""Page orientation through Tesseract OSD, and the tessdata probe it relies on."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr.errors import OcrEngineError
from ocr.imaging import OrientationGuess, detect_orientation, rotate_quadrant
from ocr.imaging.page import ImageArray
from ocr.tesseract_probe import available_languages, tessdata_dir

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

PARAGRAPH = (
    "Passports are travel documents issued by a government to its citizens that certify the identity "
    "and nationality of the holder for the purpose of international travel. Border officers verify "
    "the document number, the date of birth and the expiry date printed in the machine readable zone, "
    "and compare the portrait with the person standing at the desk before stamping the page."
)


@cache
def paragraph(font_size: int = 28, width: int = 1600) -> ImageArray:
    """Ordinary prose, which OSD needs: it judges orientation from real letter shapes."""
    font = ImageFont.truetype(FONT, font_size)
    lines: list[str] = []
    current = ""
    for word in PARAGRAPH.split():
        candidate = f"{current} {word}".strip()
        if font.getlength(candidate) > width - 120:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    step = int(font_size * 1.6)
    im = Image.new("RGB", (width, len(lines) * step + 120), "white")
    draw = ImageDraw.Draw(im)
    for i, line in enumerate(lines):
        draw.text((60, 60 + i * step), line, fill="black", font=font)
    return np.ascontiguousarray(np.asarray(im)[:, :, ::-1])


@pytest.mark.parametrize("font_size", [24, 32, 48])
@pytest.mark.parametrize("turns", [0, 1, 2, 3])
def test_detect_orientation_finds_each_quarter_turn(turns: int, font_size: int) -> None:
    guess = detect_orientation(rotate_quadrant(paragraph(font_size), turns))
    assert guess.degrees == turns * 90
    assert guess.confidence > 5.0
    assert guess.script == "Latin"
    assert (guess.turns_to_upright + turns) % 4 == 0


def test_turning_by_the_guess_makes_the_page_upright() -> None:
    turned = rotate_quadrant(paragraph(), 3)
    guess = detect_orientation(turned)
    assert np.array_equal(rotate_quadrant(turned, guess.turns_to_upright), paragraph())


@pytest.mark.parametrize(
    "img",
    [
        np.full((600, 800, 3), 255, np.uint8),
        np.zeros((600, 800, 3), np.uint8),
        np.zeros((0, 0, 3), np.uint8),
        np.full((5, 5, 3), 128, np.uint8),
        np.random.default_rng(0).integers(0, 256, (300, 400, 3), dtype=np.uint8),
    ],
    ids=["white", "black", "empty", "tiny", "noise"],
)
def test_no_text_means_no_confidence_not_an_error(img: ImageArray) -> None:
    guess = detect_orientation(img)
    assert isinstance(guess, OrientationGuess)
    if guess.confidence == 0.0:
        assert guess.degrees == 0


def test_blank_page_is_undecided() -> None:
    assert detect_orientation(np.full((600, 800, 3), 255, np.uint8)).confidence == 0.0


def test_tessdata_probe_finds_the_installed_languages() -> None:
    assert (tessdata_dir() / "osd.traineddata").is_file()
    assert {"eng", "osd"} <= available_languages()


def test_tessdata_prefix_wins_and_may_name_the_parent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    own = tmp_path / "tessdata"
    own.mkdir()
    (own / "xyz.traineddata").write_bytes(b"")
    monkeypatch.setenv("TESSDATA_PREFIX", str(own))
    assert tessdata_dir() == own
    assert available_languages() == {"xyz"}
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    assert tessdata_dir() == own


def test_missing_tessdata_names_the_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    monkeypatch.setattr("ocr.tesseract_probe._STANDARD_DIRS", (str(tmp_path / "none"),))
    with pytest.raises(OcrEngineError, match="apt install tesseract-ocr"):
        tessdata_dir()
