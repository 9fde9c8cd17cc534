"""`tekseru case list|show|decide|purge` for signed-in users, with JSON output and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_desk_helpers import PW, make_desk, passwords, tekseru
from verification.accounts import AccountStore, Role
from verification.audit import AuditTrail
from verification.cases import CaseStore, Subject, Verdict


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    desk = make_desk(tmp_path)
    with AuditTrail.open_desk(desk) as trail:
        accounts = AccountStore.open_desk(desk, trail)
        admin = accounts.add_user(None, "admin", PW, Role.ADMINISTRATOR)
        aigerim = accounts.add_user(admin, "aigerim", PW, Role.OFFICER)
        dana = accounts.add_user(admin, "dana", PW, Role.OFFICER)
        accounts.add_user(admin, "bolat", PW, Role.SUPERVISOR)
        with CaseStore.open_desk(desk, trail) as cases:
            a = cases.open_case(aigerim, Subject("Wang", "Li Na", "E12345678"))
            cases.add_image(aigerim, a.id, b"\xff\xd8 jpeg", "data page")
            cases.add_read(aigerim, a.id, "mrz", {"valid": True})
            cases.set_verdict(aigerim, a.id, Verdict.REVIEW, [{"check": "registry", "ok": False}])
            cases.open_case(dana, Subject("Ospanov", "Marat", "N0001"))
        accounts.close()
    return desk


def as_(user: str) -> tuple[str, ...]:
    return ("--as", user, "--password-stdin")


def test_list_show_decide(desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    run = lambda *a: tekseru(capsys, monkeypatch, desk, *a, stdin=passwords(PW))  # noqa: E731
    code, out, _ = run("case", "list", "--json", *as_("aigerim"))
    assert code == 0 and [json.loads(x)["id"] for x in out] == [1]  # officers see their own
    code, out, _ = run("case", "list", "--json", *as_("bolat"))
    assert code == 0 and [json.loads(x)["id"] for x in out] == [2, 1]
    code, out, _ = run("case", "list", "--name", "li wang", "--verdict", "REVIEW", *as_("bolat"))
    assert code == 0 and len(out) == 1 and "Wang, Li Na" in out[0]
    code, out, _ = run("case", "list", "--document", "n 0001", "--from", "2000-01-01", *as_("bolat"))
    assert code == 0 and len(out) == 1 and "Ospanov" in out[0]
    code, out, _ = run("case", "list", "--officer", "nobody", "--json", *as_("bolat"))
    assert code == 1 and json.loads(out[0]) == {"case": None}
    code, _, err = run("case", "list", "--from", "yesterday", *as_("bolat"))
    assert code == 2 and "--from 'yesterday' is not YYYY-MM-DD" in err

    code, out, _ = run("case", "show", "1", "--json", *as_("aigerim"))
    shown = json.loads(out[0])
    assert code == 0 and shown["verdict"] == "REVIEW" and shown["reads"][0]["payload"] == {"valid": True}
    assert shown["images"][0]["label"] == "data page"
    code, _, err = run("case", "show", "1", *as_("dana"))
    assert code == 3 and "dana (officer) may not view case 1" in err
    code, _, err = run("case", "show", "99", *as_("bolat"))
    assert code == 1 and "no case 99" in err

    code, _, err = run("case", "decide", "1", "--decision", "accept", *as_("aigerim"))
    assert code == 3 and "comment of at least 5 characters is required" in err
    code, out, _ = run("case", "decide", "1", "--decision", "accept", "--comment", "registry lag, checked by phone",
                       *as_("aigerim"))  # fmt: skip
    assert code == 0 and out == ["case 1: accept (verdict REVIEW)"]
    code, out, _ = run("case", "show", "1", *as_("bolat"))
    assert code == 0 and any("registry lag, checked by phone" in line for line in out)

    with AuditTrail.open_desk(desk) as trail:
        actions = [e.action for e in trail.entries()]
        assert actions.count("case.view") == 3 and actions.count("case.decide") == 1
        assert actions.count("case.search") == 5 and trail.verify().intact


def test_purge_keeps_records(desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    run = lambda *a: tekseru(capsys, monkeypatch, desk, *a, stdin=passwords(PW))  # noqa: E731
    code, _, err = run("case", "purge", "--older-than-days", "0", *as_("bolat"))
    assert code == 3 and "may not purge" in err
    code, out, _ = run("case", "purge", "--older-than-days", "0", "--json", *as_("admin"))
    result = json.loads(out[0])
    assert code == 0 and (result["cases"], result["images"], result["files_deleted"]) == (1, 1, 1)
    code, out, _ = run("case", "show", "1", "--json", *as_("admin"))
    shown = json.loads(out[0])
    assert shown["images_purged_at"] is not None and shown["images"][0]["purged_at"] is not None
