"""`tekseru user …`: first administrator, adding and managing accounts, lockout seen from the
command line, and passwords never taken as arguments."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_desk_helpers import PW, make_desk, passwords, tekseru
from verification.audit import AuditTrail
from verification.cli.main import build_parser


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    return make_desk(tmp_path)


def test_first_administrator_then_accounts(desk: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    run = lambda *a, stdin="": tekseru(capsys, monkeypatch, desk, *a, stdin=stdin)  # noqa: E731
    code, _, err = run("user", "add", "aigerim", "--role", "officer", "--password-stdin", stdin=passwords(PW))
    assert code == 3 and "first account must be an administrator" in err
    code, out, _ = run("user", "add", "admin", "--role", "administrator", "--password-stdin", stdin=passwords(PW))
    assert code == 0 and out == ["added admin (administrator)"]
    code, _, err = run("user", "add", "second", "--role", "administrator", "--password-stdin", stdin=passwords(PW))
    assert code == 2 and "sign in with --as USER" in err
    admin = ("--as", "admin", "--password-stdin")
    code, out, _ = run("user", "add", "aigerim", "--role", "officer", "--name", "Aigerim S.", *admin,
                       stdin=passwords(PW, PW))  # fmt: skip
    assert code == 0
    code, _, err = run("user", "add", "bolat", "--role", "officer", *admin, stdin=passwords(PW, "short"))
    assert code == 3 and "at least 10 characters" in err
    code, _, err = run("user", "add", "bolat", "--role", "officer", "--as", "aigerim", "--password-stdin",
                       stdin=passwords(PW, PW))  # fmt: skip
    assert code == 3 and "aigerim (officer) may not add accounts" in err
    code, out, _ = run("user", "list", "--json", *admin, stdin=passwords(PW))
    assert code == 0 and [json.loads(line)["username"] for line in out] == ["admin", "aigerim"]
    code, out, _ = run("user", "role", "aigerim", "supervisor", *admin, stdin=passwords(PW))
    assert code == 0 and out == ["aigerim is now supervisor"]
    code, _, err = run("user", "lock", "nobody", *admin, stdin=passwords(PW))
    assert code == 1 and "no account 'nobody'" in err


def test_lockout_and_unlock_from_the_command_line(desk: Path, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    run = lambda *a, stdin="": tekseru(capsys, monkeypatch, desk, *a, stdin=stdin)  # noqa: E731
    run("user", "add", "admin", "--role", "administrator", "--password-stdin", stdin=passwords(PW))
    admin = ("--as", "admin", "--password-stdin")
    run("user", "add", "aigerim", "--role", "officer", *admin, stdin=passwords(PW, PW))
    officer = ("--as", "aigerim", "--password-stdin")
    for _ in range(4):
        code, _, err = run("case", "list", *officer, stdin=passwords("wrong password"))
        assert code == 3 and err.strip() == "tekseru: wrong user name or password"
    code, _, err = run("case", "list", *officer, stdin=passwords("wrong password"))
    assert code == 3 and "locked until" in err
    code, _, err = run("case", "list", *officer, stdin=passwords(PW))
    assert code == 3 and "locked until" in err
    code, out, _ = run("user", "unlock", "aigerim", *admin, stdin=passwords(PW))
    assert code == 0 and out == ["aigerim unlocked"]
    code, out, _ = run("user", "passwd", "aigerim", "--password-stdin", stdin=passwords(PW, "my new passphrase"))
    assert code == 0 and out == ["password of aigerim changed"]
    code, _, _ = run("case", "list", "--as", "aigerim", "--password-stdin", stdin=passwords("my new passphrase"))
    assert code == 1  # signed in; no cases yet
    with AuditTrail.open_desk(desk) as trail:
        sign_ins = [e.details for e in trail.entries() if e.action == "account.sign_in" and e.actor == "aigerim"]
        assert [d["ok"] for d in sign_ins] == [False] * 6 + [True, True]
        assert all(PW not in e.details_json and "wrong password" not in e.details_json for e in trail.entries())


def test_passwords_are_never_arguments() -> None:
    parser = build_parser()
    with pytest.raises(SystemExit):
        parser.parse_args(["user", "add", "x", "--role", "officer", "--password", PW])
    for action in ("add", "passwd", "list"):
        sub = parser._subparsers._group_actions[0].choices["user"]  # type: ignore[union-attr]
        options = sub._subparsers._group_actions[0].choices[action]._option_string_actions  # type: ignore[union-attr]
        assert "--password" not in options and "--password-stdin" in options
