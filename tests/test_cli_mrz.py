"""`tekseru mrz` as a user meets it: JSON lines, readable text, exit codes, and bad files that get a
one-line error while the other files are still read."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from verification.cli.main import main

SPECIMENS = Path(__file__).resolve().parents[2] / "shared" / "data" / "specimens" / "mrz_docs"


@pytest.fixture
def noise_png(tmp_path: Path) -> Path:
    rng = np.random.default_rng(3)
    path = tmp_path / "noise.png"
    Image.fromarray(rng.integers(0, 256, (600, 800, 3), dtype=np.uint8)).save(path)
    return path


@pytest.fixture
def corrupt_jpg(tmp_path: Path) -> Path:
    path = tmp_path / "corrupt.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00garbage" * 50)
    return path


def test_noise_is_not_an_mrz(noise_png: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["mrz", "--json", str(noise_png)])
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 1
    assert out[0]["file"] == str(noise_png)
    assert out[0]["found"] is False
    assert out[0]["valid"] is False


def test_bad_file_gets_one_line_error_and_others_are_still_read(
    corrupt_jpg: Path, noise_png: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["mrz", "--json", str(corrupt_jpg), str(noise_png)])
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert code == 3
    assert [d["file"] for d in lines] == [str(corrupt_jpg), str(noise_png)]
    assert "error" in lines[0] and lines[0]["found"] is False
    err = captured.err.strip().splitlines()
    assert len(err) == 1 and str(corrupt_jpg) in err[0]
    assert "Traceback" not in captured.err


def test_missing_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["mrz", str(tmp_path / "nope.png")])
    assert code == 3
    assert "nope.png" in capsys.readouterr().err


def test_no_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "mrz" in capsys.readouterr().out


@pytest.mark.skipif(not SPECIMENS.is_dir(), reason="../shared/data/specimens is absent (real specimens not available)")
def test_json_keys_on_a_real_specimen(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["mrz", "--json", str(SPECIMENS / "passports_Canada.png")])
    d = json.loads(capsys.readouterr().out)
    assert code == 0
    for key in ("file", "found", "format", "lines", "raw_lines", "fields", "checks", "valid", "corrections", "seconds"):
        assert key in d
    assert d["format"] == "TD3"
    assert d["lines"] == [
        "P<CANMARTIN<<SARAH<<<<<<<<<<<<<<<<<<<<<<<<<<",
        "ZE000509<9CAN8501019F2301147<<<<<<<<<<<<<<08",
    ]
    assert d["fields"]["surname"] == "MARTIN" and d["fields"]["birth_date"] == "1985-01-01"
    assert d["valid"] is True
    assert set(d["fields"]) >= {"document_code", "issuing_state", "surname", "given_names", "document_number",
                                "nationality", "birth_date", "sex", "expiry_date", "optional_data"}


@pytest.mark.skipif(not SPECIMENS.is_dir(), reason="../shared/data/specimens is absent (real specimens not available)")
def test_readable_output(capsys: pytest.CaptureFixture[str]) -> None:
    main(["mrz", str(SPECIMENS / "passports_Canada.png")])
    out = capsys.readouterr().out
    assert "TD3 VALID" in out and "MARTIN, SARAH" in out
