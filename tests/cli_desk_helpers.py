"""Running the desk commands (user, case, audit) in-process: a data folder whose account policy
uses a cheap argon2 cost (set the way field IT would, through the store), and passwords on stdin."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from verification.accounts import AccountPolicy, AccountStore, Argon2Params
from verification.audit import AuditTrail
from verification.cli.main import main

PW = "correct horse battery"
CHEAP = AccountPolicy(argon2=Argon2Params(time_cost=1, memory_cost=1024, parallelism=1))


def make_desk(tmp_path: Path) -> Path:
    desk = tmp_path / "desk"
    with AuditTrail.open_desk(desk) as trail:
        AccountStore.open_desk(desk, trail, policy=CHEAP).close()
    return desk


def tekseru(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, desk: Path, *argv: str, stdin: str = ""
) -> tuple[int, list[str], str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main([*argv, "--data-dir", str(desk)])
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    assert out.err.count("\n") <= 1, out.err  # one-line errors
    return code, out.out.splitlines(), out.err


def passwords(*pw: str) -> str:
    return "".join(f"{p}\n" for p in pw)
