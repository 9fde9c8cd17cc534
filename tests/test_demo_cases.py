"""The committed demo gives each verdict for its own reason, and the specimen factory's drawn people
are told apart by the real SFace engine well enough for that (see tests/bench/face_identity_bench.py
for the full distributions)."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from ocr.portraits import extract_portrait
from ocr.specimens.portrait import portrait
from verification.faces import bands
from verification.faces.engine import Embedding
from verification.faces.registry import get_engine

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "resources" / "demo" / "cases"

# verdict, checks that fail, checks that are unsure
EXPECTED: dict[str, tuple[str, set[str], set[str]]] = {
    "clear": ("CLEAR", set(), set()),
    "review": ("REVIEW", set(), {"citizenship_terminated"}),
    "alert": ("ALERT", {"citizenship_terminated"}, {"certificate_known"}),
}


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], env=env, cwd=ROOT, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def demo_env(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], Path]:
    data = tmp_path_factory.mktemp("demo-data")
    env = {**os.environ, "TEKSERU_DATA_DIR": str(data)}
    reg = data / "registry-demo"
    done = _run(env, "-m", "verification.demo", "install", str(reg))
    assert done.returncode == 0, done.stderr
    assert "43 photo embeddings" in done.stdout  # every registry person has a photo to search
    return env, reg


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_demo_case_verdict(case: str, demo_env: tuple[dict[str, str], Path]) -> None:
    env, reg = demo_env
    code = "from verification.cli.main import main; raise SystemExit(main())"
    done = _run(env, "-c", code, "--demo", "verify", "--registry-dir", str(reg), "--json",
                "--passport", str(CASES / f"{case}_passport.jpg"),
                "--certificate", str(CASES / f"{case}_certificate.jpg"))  # fmt: skip
    assert done.stdout, done.stderr
    doc: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    verdict, failing, unsure = EXPECTED[case]
    status = {c["id"]: c["status"] for c in doc["checks"]}
    assert doc["verdict"] == verdict
    assert {k for k, v in status.items() if v == "fail"} == failing
    assert {k for k, v in status.items() if v == "review"} == unsure
    assert status["face_vs_registry"] == "pass"  # the registry photo, another sitting, matches
    assert status["face_other_identity"] == "pass"  # 1:N over all 43 photos: nobody else has this face


def _embed(rgb: np.ndarray) -> Embedding:
    tab = bands.load()
    p = extract_portrait(np.ascontiguousarray(rgb[:, :, ::-1]), tab.quality)
    assert p.usable, p.reasons
    return get_engine("sface").embed(p)


@pytest.mark.slow
def test_drawn_people_are_distinct_and_each_person_matches_themselves() -> None:
    edges = bands.load().for_engine("sface")
    people = [(f"check-{i}", "MF"[i % 2]) for i in range(8)]
    passport = {pid: _embed(portrait(pid, sex, 40, 378, 484)) for pid, sex in people}
    other_sitting = {pid: _embed(portrait(pid, sex, 45, 300, 400, variant=1)) for pid, sex in people}
    genuine = [float(passport[pid] @ other_sitting[pid]) for pid, _ in people]
    impostor = [float(passport[a] @ passport[b]) for (a, _), (b, _) in itertools.combinations(people, 2)]
    # the same person photographed again (other light, pose, clothes, size) is in the match band;
    # not yet always: one of these eight ("check-2", glasses) drops to ~0.18 under its second sitting
    assert sum(g >= edges.match for g in genuine) >= 7, genuine
    assert float(np.median(genuine)) >= 0.8, genuine
    # different people: typically below the review edge (before: ~0.87, every pair a "match").
    # Not every pair yet: about 4 in 10 still reach it (see the bench), which the demo works around.
    assert float(np.median(impostor)) < edges.review, sorted(impostor)
    assert float(np.median(genuine)) - float(np.median(impostor)) > 0.4
