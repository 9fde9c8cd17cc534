"""Band thresholds come from resources/faces/bands.json, not from code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verification.faces import bands
from verification.faces.bands import Band, BandsError, default_path


def test_shipped_bands_load_with_calibration_figures() -> None:
    table = bands.load()
    raw = json.loads(default_path().read_text())
    assert table.default_engine == raw["default_engine"] == "sface"
    for name, e in raw["engines"].items():
        b = table.for_engine(name)
        assert (b.match, b.review) == (e["match"], e["review"])
        assert b.review <= b.match
        figs = e["calibration"]
        assert figs["japanese_collage"]["false_accepts_in_match"] == 0
        assert figs["all_sets_pooled"]["impostor_pairs"] > 0 and figs["all_sets_pooled"]["genuine_pairs"] > 0
    assert table.quality.min_eye_distance == raw["quality"]["min_eye_distance"]


def test_decide_uses_the_edges() -> None:
    b = bands.EngineBands("x", "1", match=0.5, review=0.3)
    assert b.decide(0.5) is Band.MATCH
    assert b.decide(0.49) is Band.REVIEW
    assert b.decide(0.3) is Band.REVIEW
    assert b.decide(0.29) is Band.NO_MATCH


def test_edited_file_changes_the_decision(tmp_path: Path) -> None:
    raw = json.loads(default_path().read_text())
    raw["engines"]["sface"]["match"] = 0.9
    path = tmp_path / "bands.json"
    path.write_text(json.dumps(raw))
    assert bands.load(path).for_engine("sface").decide(0.8) is Band.REVIEW


@pytest.mark.parametrize(
    "doc",
    [
        {},
        {"default_engine": "x", "engines": {}},
        {"default_engine": "a", "engines": {"a": {"version": 1, "match": 0.1, "review": 0.5}}},
    ],
)
def test_malformed_bands_are_refused(doc: dict[str, object]) -> None:
    with pytest.raises(BandsError):
        bands.parse(doc)


def test_unknown_engine_is_a_clear_error() -> None:
    with pytest.raises(BandsError, match="known"):
        bands.load().for_engine("nope")
