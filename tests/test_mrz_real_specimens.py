"""The 35 real specimen documents in ../shared: the reader must never call a wrong read valid, must
report the documents that really print wrong check digits as invalid, and must read nearly all of
them exactly. Skipped, with the reason, where ../shared is absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ocr.imaging import load_image
from ocr.mrz.reader import read_image

ROOT = Path(__file__).resolve().parents[1]
SPECIMENS = ROOT.parent / "shared" / "data" / "specimens" / "mrz_docs"
TRUTH = json.loads((ROOT / "tests" / "data" / "mrz_docs_truth.json").read_text(encoding="utf-8"))
# Floor for exact documents; the benchmark (make bench) reports the current figure.
MIN_EXACT = 30

pytestmark = pytest.mark.skipif(not SPECIMENS.is_dir(), reason=f"{SPECIMENS} is absent (real specimens not available)")


@pytest.fixture(scope="module")
def reads() -> dict[str, tuple[list[str], bool]]:
    out = {}
    for name in TRUTH:
        r = read_image(load_image(SPECIMENS / name))
        out[name] = (list(r.lines), r.valid)
    return out


def test_no_wrong_read_is_called_valid(reads: dict[str, tuple[list[str], bool]]) -> None:
    wrong_valid = [n for n, (lines, valid) in reads.items() if valid and lines != TRUTH[n]["lines"]]
    assert wrong_valid == []


def test_documents_with_printed_wrong_check_digits_are_invalid(reads: dict[str, tuple[list[str], bool]]) -> None:
    for name, t in TRUTH.items():
        if not t["valid"]:
            assert not reads[name][1], name


def test_nearly_all_read_exactly(reads: dict[str, tuple[list[str], bool]]) -> None:
    exact = [n for n, (lines, _) in reads.items() if lines == TRUTH[n]["lines"]]
    missed = sorted(set(TRUTH) - set(exact))
    assert len(exact) >= MIN_EXACT, f"exact {len(exact)}/{len(TRUTH)}; missed {missed}"
