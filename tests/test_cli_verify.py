"""`tekseru verify` as an officer and a script meet it: the JSON contract (verdict, checks with id,
status, reason and evidence, case_id, timings), exit codes (0 CLEAR, 1 REVIEW or ALERT, 2 usage,
3 unreadable input), DEMO marking, and one-line errors. Runs in process against a small real
registry; each verify reads for a couple of seconds, so the readings are shared per module."""

from __future__ import annotations

import contextlib
import io
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from ocr.specimens.non_documents import make_other
from tests.cli_desk_helpers import CHEAP
from tests.pipeline_helpers import Person, build_registry, jpeg, make_person
from verification.accounts import AccountStore, Role
from verification.audit import AuditTrail
from verification.cases import CaseStore, Verdict
from verification.cli.main import main
from verification.pipeline import STAGES
from verification.registry.model import CitizenshipState

PW = "correct horse battery"
ADMIN_PW = "staple battery horse"


@dataclass
class Out:
    code: int
    out: str
    err: str

    def json(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.out)
        return data


def tekseru(*argv: str, stdin: str = "") -> Out:
    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(argv))
    finally:
        sys.stdin = old
    assert "Traceback" not in err.getvalue()
    return Out(code, out.getvalue(), err.getvalue())


@dataclass
class World:
    root: Path
    clear: Person
    active: Person
    registry: Path
    desk: Path

    def verify(self, *extra: str, passport: Path | None = None, registry: Path | None = None) -> Out:
        return tekseru("verify", "--passport", str(passport or self.clear.passport_file),
                       "--registry-dir", str(registry or self.registry), "--data-dir", str(self.desk),
                       "--officer", "aigerim", "--password-stdin", *extra, stdin=PW + "\n")  # fmt: skip


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("cli-verify")
    clear = make_person("clear", 5101, CitizenshipState.TERMINATED, root)
    active = make_person("active", 5202, CitizenshipState.ACTIVE, root, photo=False)
    registry = root / "registry"
    build_registry(registry, [clear, active])
    desk = root / "desk"
    with AuditTrail.open_desk(desk) as trail, AccountStore.open_desk(desk, trail, policy=CHEAP) as accounts:
        accounts.add_user(None, "admin", ADMIN_PW, Role.ADMINISTRATOR)
        admin = accounts.authenticate("admin", ADMIN_PW)
        accounts.add_user(admin, "aigerim", PW, Role.OFFICER, "Aigerim")
    return World(root, clear, active, registry, desk)


@pytest.fixture(scope="module")
def clear_json(world: World) -> Out:
    return world.verify("--certificate", str(world.clear.certificate_file), "--json")


@pytest.fixture(scope="module")
def active_json(world: World) -> Out:
    return world.verify("--certificate", str(world.active.certificate_file), "--json",
                        passport=world.active.passport_file)  # fmt: skip


@pytest.fixture(scope="module")
def demo_text(world: World) -> Iterator[Out]:
    """Demo mode, text output, passport only (the demo officer signs in by itself)."""
    demo_desk = world.root / "demo-desk"
    yield tekseru("--demo", "verify", "--passport", str(world.clear.passport_file), "--registry-dir",
                  str(world.registry), "--data-dir", str(demo_desk))  # fmt: skip


@pytest.mark.slow
def test_json_has_the_contracted_keys(clear_json: Out) -> None:
    assert clear_json.err == ""
    data = clear_json.json()
    assert data["verdict"] in ("CLEAR", "REVIEW", "ALERT")
    assert isinstance(data["case_id"], int) and data["case_id"] > 0
    assert data["officer"] == "aigerim"
    assert "demo" not in data
    checks = data["checks"]
    assert isinstance(checks, list) and checks
    for c in checks:
        assert {"id", "status", "reason", "evidence"} <= c.keys()
        assert c["status"] in ("pass", "fail", "review", "not_applicable")
        assert c["reason"]["text"]
    timings = data["timings"]
    assert isinstance(timings, dict)
    for stage in (*STAGES, "reading", "load_images", "open_registry", "record_case", "total"):
        assert isinstance(timings[stage], float), stage
    assert timings["total"] >= timings["reading"]


@pytest.mark.slow
def test_clear_documents_exit_0(world: World, clear_json: Out) -> None:
    data = clear_json.json()
    failed = [c for c in data["checks"] if c["status"] != "pass"]
    assert data["verdict"] == "CLEAR", failed
    assert clear_json.code == 0
    assert data["partner_id"] == world.clear.record.partner_id


@pytest.mark.slow
def test_active_citizenship_is_an_alert_exit_1(active_json: Out) -> None:
    data = active_json.json()
    assert data["verdict"] == "ALERT"
    assert active_json.code == 1
    status = {c["id"]: c["status"] for c in data["checks"]}
    assert status["citizenship_terminated"] == "fail"


@pytest.mark.slow
def test_the_case_is_filed_with_the_verdict(world: World, clear_json: Out, active_json: Out) -> None:
    from verification.accounts import User

    officer = User("aigerim", "Aigerim", Role.OFFICER)
    with AuditTrail.open_desk(world.desk) as trail, CaseStore.open_desk(world.desk, trail) as cases:
        for out, verdict in ((clear_json, Verdict.CLEAR), (active_json, Verdict.ALERT)):
            case = cases.get(officer, int(out.json()["case_id"]))
            assert case.verdict is verdict
            assert case.officer == "aigerim"
            assert any(r.kind == "timings" for r in case.reads)


@pytest.mark.slow
def test_demo_marks_the_output_and_reads_a_passport_alone(demo_text: Out) -> None:
    lines = demo_text.out.splitlines()
    assert lines[0].startswith("DEMO verdict "), lines[0]
    assert "officer demo" in lines[0]  # the demo officer shared with the desk app
    assert any(line.startswith("checks:") for line in lines)
    assert lines[-1].startswith("timings: ") and "read_passport" in lines[-1]
    assert "certificate" in demo_text.out
    verdict = lines[0].split()[2]
    assert demo_text.code == (0 if verdict == "CLEAR" else 1)


@pytest.mark.slow
def test_a_page_that_is_no_document_gives_a_verdict_not_a_crash(world: World) -> None:
    page = world.root / "letter.jpg"
    page.write_bytes(jpeg(make_other("letter", random.Random(8)).image))
    got = world.verify("--json", passport=page)
    data = got.json()
    assert got.code == 1 and got.err == ""
    assert data["verdict"] in ("REVIEW", "ALERT") and data["partner_id"] is None
    status = {c["id"]: c["status"] for c in data["checks"]}
    assert status["mrz_valid"] != "pass"
    assert status["registry_person_found"] != "pass"


def test_a_corrupt_image_is_a_one_line_error_exit_3(world: World) -> None:
    bad = world.root / "corrupt.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg" * 10)
    got = world.verify("--json", passport=bad)
    assert got.code == 3
    assert got.out == ""
    assert got.err.startswith("tekseru: ") and got.err.count("\n") == 1


def test_a_missing_passport_file_exit_3(world: World) -> None:
    got = world.verify(passport=world.root / "nowhere.jpg")
    assert got.code == 3 and got.err.count("\n") == 1


def test_a_missing_registry_says_so_exit_2(world: World, tmp_path: Path) -> None:
    got = world.verify("--json", registry=tmp_path / "no-registry")
    assert got.code == 2
    assert "no registry at" in got.err and "registry import" in got.err
    assert got.err.count("\n") == 1 and got.out == ""


def test_signing_in_is_required_outside_demo(world: World) -> None:
    got = tekseru("verify", "--passport", str(world.clear.passport_file), "--registry-dir", str(world.registry),
                  "--data-dir", str(world.desk))  # fmt: skip
    assert got.code == 2 and "--officer" in got.err


def test_a_wrong_password_is_refused_in_one_line(world: World) -> None:
    got = tekseru("verify", "--passport", str(world.clear.passport_file), "--registry-dir", str(world.registry),
                  "--data-dir", str(world.desk), "--officer", "aigerim", "--password-stdin",
                  stdin="wrong\n")  # fmt: skip
    assert got.code == 3 and got.out == "" and got.err.count("\n") == 1
