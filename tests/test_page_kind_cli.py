"""`tekseru read`: kind, MRZ and fields per page, as text or one JSON object per file; exit 1 when
a page is not a known document, 3 when a file cannot be read."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path

import cv2
import pytest

from ocr.specimens import random_person, sample_params
from ocr.specimens.certificates import degrade_page, make_certificate
from ocr.specimens.non_documents import make_other
from verification.cli.main import main


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    rng = random.Random(61)
    spec = make_certificate("kaz_termination", random_person(rng, "kazakh"), rng, edition="2021")
    spec = degrade_page(spec, replace(sample_params("scanner", rng), dpi=200.0, skew_deg=1.0, jpeg_quality=None))
    path = tmp_path_factory.mktemp("cli") / "certificate.png"
    cv2.imwrite(str(path), spec.image)
    return path, spec.truth


def test_json_output(certificate: tuple[Path, dict[str, object]], capsys: pytest.CaptureFixture[str]) -> None:
    path, truth = certificate
    assert main(["read", "--json", str(path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["file"] == str(path)
    page = out["pages"][0]
    assert page["kind"]["kind"] == "kaz_termination" and page["kind"]["editions"] == ["2021"]
    assert page["mrz"] is None
    doc = page["documents"][0]
    printed = truth["printed"]
    assert isinstance(printed, dict)
    assert doc["fields"]["surname"]["text"] == printed["surname"]["value"]
    assert set(doc["fields"]["surname"]) >= {"text", "value", "confidence", "quad", "lang", "problems"}
    assert doc["fields"]["surname"]["lang"] == "kaz+rus"
    assert doc["code"]["format"] == "Code128"


def test_text_output(certificate: tuple[Path, dict[str, object]], capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = certificate
    assert main(["--demo", "read", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("DEMO ")
    assert "Kazakhstan certificate of termination of citizenship" in out
    assert "Тегі / Фамилия" in out


def test_unknown_page_and_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blank = tmp_path / "blank.png"
    cv2.imwrite(str(blank), make_other("blank", random.Random(1), dpi=100).image)
    assert main(["read", str(blank)]) == 1
    assert "not a known document" in capsys.readouterr().out
    assert main(["read", str(tmp_path / "missing.png")]) == 3
