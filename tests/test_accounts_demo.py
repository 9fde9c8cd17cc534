"""The demo desk's accounts are one set for the CLI and the app: whichever starts first creates
them, the other signs in with them, and a demo desk from an earlier version gets the missing ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from verification.accounts import AccountError, AccountStore, Role
from verification.accounts.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, ensure_demo_accounts
from verification.audit import AuditTrail


def _store(tmp_path: Path) -> tuple[AuditTrail, AccountStore]:
    trail = AuditTrail.open_desk(tmp_path / "desk")
    return trail, AccountStore.open_desk(tmp_path / "desk", trail)


def test_every_demo_account_is_created_once_and_signs_in(tmp_path: Path) -> None:
    trail, accounts = _store(tmp_path)
    ensure_demo_accounts(accounts)
    ensure_demo_accounts(accounts)  # a second start changes nothing
    for name, role, _display in DEMO_ACCOUNTS:
        user = accounts.authenticate(name, DEMO_PASSWORD)
        assert user.role == role
    admin = accounts.authenticate("demo-admin", DEMO_PASSWORD)
    assert {u.role for u in accounts.list_users(admin)} == {Role.OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR}
    trail.close()


def test_an_older_demo_desk_gets_the_missing_accounts(tmp_path: Path) -> None:
    trail, accounts = _store(tmp_path)
    admin = accounts.add_user(None, "administrator", "tekseru-demo-desk", Role.ADMINISTRATOR, "Demo administrator")
    accounts.add_user(admin, "officer", "tekseru-demo-desk", Role.OFFICER, "Demo officer")
    ensure_demo_accounts(accounts)
    assert accounts.authenticate("demo", DEMO_PASSWORD).role == Role.OFFICER
    trail.close()


def test_a_desk_with_other_accounts_only_is_left_alone(tmp_path: Path) -> None:
    trail, accounts = _store(tmp_path)
    accounts.add_user(None, "chief", "correct horse battery", Role.ADMINISTRATOR, "Chief")
    with pytest.raises(AccountError, match="no demo administrator"):
        ensure_demo_accounts(accounts)
    assert accounts.get("demo") is None
    trail.close()
