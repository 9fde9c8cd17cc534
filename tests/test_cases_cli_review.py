"""A supervisor's resolution of a referral in `tekseru case show` and `case list` (text and JSON):
the final decision marked as the supervisor's, and an open referral as awaiting a supervisor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_desk_helpers import PW, make_desk, passwords, tekseru
from verification.accounts import AccountStore, Role
from verification.audit import AuditTrail
from verification.cases import CaseQuery, CaseStore, Decision, Subject, Verdict


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    desk = make_desk(tmp_path)
    with AuditTrail.open_desk(desk) as trail:
        accounts = AccountStore.open_desk(desk, trail)
        admin = accounts.add_user(None, "admin", PW, Role.ADMINISTRATOR)
        aigerim = accounts.add_user(admin, "aigerim", PW, Role.OFFICER)
        bolat = accounts.add_user(admin, "bolat", PW, Role.SUPERVISOR)
        with CaseStore.open_desk(desk, trail) as cases:
            resolved = cases.open_case(aigerim, Subject("Wang", "Li Na", "E12345678"))
            cases.set_verdict(aigerim, resolved.id, Verdict.REVIEW, {"verdict": "REVIEW", "checks": []})
            cases.decide(aigerim, resolved.id, Decision.REFER, "photo unclear")
            cases.resolve_referral(bolat, resolved.id, Decision.REJECT, "not the same man: compared in person")
            waiting = cases.open_case(aigerim, Subject("Li", "Na", "E00000002"))
            cases.set_verdict(aigerim, waiting.id, Verdict.REVIEW, {"verdict": "REVIEW", "checks": []})
            cases.decide(aigerim, waiting.id, Decision.REFER)
            # the store's search carries the resolution (the lists' decision column needs it)
            found = {c.id: c for c in cases.search(aigerim, CaseQuery())}
            assert found[resolved.id].review is not None and found[resolved.id].final_decision == Decision.REJECT
            assert found[waiting.id].review is None and found[waiting.id].awaiting_review
        accounts.close()
    return desk


def as_(user: str) -> tuple[str, ...]:
    return ("--as", user, "--password-stdin")


def test_show_prints_the_supervisors_resolution(desk: Path, capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    run = lambda *a: tekseru(capsys, monkeypatch, desk, *a, stdin=passwords(PW))  # noqa: E731
    code, out, _ = run("case", "show", "1", *as_("aigerim"))  # the officer sees the outcome of the referral
    assert code == 0
    assert "reject (supervisor)" in out[0]
    assert any(line.startswith("  decided   refer by aigerim") for line in out)
    assert any(line.startswith("  resolved  reject by supervisor bolat at ") for line in out)
    assert "  review    not the same man: compared in person" in out

    code, out, _ = run("case", "show", "1", "--json", *as_("bolat"))
    shown = json.loads(out[0])
    assert code == 0 and shown["decision"] == "refer" and shown["final_decision"] == "reject"
    assert shown["review"]["reviewed_by"] == "bolat" and shown["awaiting_review"] is False

    code, out, _ = run("case", "show", "2", *as_("aigerim"))
    assert code == 0 and "refer (awaiting supervisor)" in out[0]
    assert "  resolved  not yet: awaiting a supervisor" in out
    code, out, _ = run("case", "show", "2", "--json", *as_("aigerim"))
    shown = json.loads(out[0])
    assert shown["final_decision"] == "refer" and shown["awaiting_review"] is True and shown["review"] is None


def test_list_shows_final_decisions(desk: Path, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    run = lambda *a: tekseru(capsys, monkeypatch, desk, *a, stdin=passwords(PW))  # noqa: E731
    code, out, _ = run("case", "list", *as_("bolat"))
    assert code == 0 and len(out) == 2
    assert "refer (awaiting supervisor)" in out[0] and "Li, Na" in out[0]
    assert "reject (supervisor)" in out[1] and "Wang, Li Na" in out[1]
    code, out, _ = run("case", "list", "--json", *as_("aigerim"))
    rows = {json.loads(x)["id"]: json.loads(x) for x in out}
    assert rows[1]["review"]["decision"] == "reject" and rows[2]["review"] is None
