"""`tekseru face compare|search`: JSON keys, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest

from ocr.specimens.portrait import portrait
from verification.cli.main import main
from verification.faces.embed_job import embed_registry
from verification.faces.embedding_store import EmbeddingStore
from verification.faces.registry import get_engine

FACES = Path(__file__).resolve().parents[2] / "shared" / "data" / "faces" / "face_recognition"
needs_shared = pytest.mark.skipif(not FACES.is_dir(), reason=f"shared face images not found at {FACES}")


def _cartoon(tmp: Path, pid: str) -> Path:
    path = tmp / f"{pid}.png"
    cv2.imwrite(str(path), np.ascontiguousarray(portrait(pid, "F", 30, 300, 380)[:, :, ::-1]))
    return path


def _blank(tmp: Path) -> Path:
    path = tmp / "blank.png"
    cv2.imwrite(str(path), np.full((300, 300, 3), 240, np.uint8))
    return path


def _json(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1
    doc: dict[str, object] = json.loads(out[0])
    return doc


@needs_shared
def test_compare_json_same_person(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["face", "compare", str(FACES / "obama.jpg"), str(FACES / "obama2.jpg"), "--json"])
    doc = _json(capsys)
    assert code == 0
    assert {"engine", "score", "band", "faces_a", "faces_b", "seconds"} <= doc.keys()
    assert doc["engine"] == "sface" and doc["band"] == "match" and doc["faces_a"] == doc["faces_b"] == 1
    assert "reason" not in doc


def test_compare_no_face_is_exit_1_with_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["face", "compare", str(_cartoon(tmp_path, "x")), str(_blank(tmp_path)), "--json", "--engine", "dlib"])
    doc = _json(capsys)
    assert code == 1
    assert doc["band"] is None and doc["score"] is None and doc["reason"] == "b: no_face" and doc["engine"] == "dlib"


def test_compare_unreadable_file_is_exit_3_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"not an image")
    code = main(["face", "compare", str(bad), str(_blank(tmp_path))])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 3 and len(err) == 1 and err[0].startswith("tekseru: ")


def test_unknown_engine_is_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["face", "compare", "a.jpg", "b.jpg", "--engine", "nope"])
    assert exc.value.code == 2


def test_search_finds_the_registry_photo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    photos = {pid: _cartoon(tmp_path, pid).read_bytes() for pid in ("P1", "P2", "P3")}
    db = tmp_path / "chn.faces.sqlite3"
    with EmbeddingStore(db) as store:
        embed_registry(photos.items(), store, get_engine("sface"))
    code = main(["face", "search", str(tmp_path / "P2.png"), "--embeddings", str(db), "--top", "2", "--json"])
    doc = _json(capsys)
    assert code == 0 and doc["searched"] == 3
    cands = doc["candidates"]
    assert isinstance(cands, list) and cands[0]["partner_id"] == "P2" and cands[0]["band"] == "match"
    assert len(cands) <= 2


def test_search_without_embeddings_file_is_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["face", "search", str(_blank(tmp_path)), "--embeddings", str(tmp_path / "none.sqlite3")])
    assert code == 3 and "no face embeddings" in capsys.readouterr().err
