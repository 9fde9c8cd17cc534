"""Officer accounts: argon2id hashes with recorded parameters and rehash on policy change, the
password policy, lockout after N failures (timed or until unlocked), the first-administrator
rule, role permissions, and an audit entry for every sign-in and change."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from verification.accounts import (
    AccountError,
    AccountLocked,
    AccountPolicy,
    AccountStore,
    Argon2Params,
    AuthenticationFailed,
    PasswordPolicyError,
    PermissionDenied,
    Role,
    User,
    can_decide_case,
    can_export_audit,
    can_manage_users,
    can_open_case,
    can_purge_cases,
    can_view_case,
)
from verification.audit import AuditTrail

CHEAP = Argon2Params(time_cost=1, memory_cost=1024, parallelism=1)
PW = "correct horse battery"


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def trail(tmp_path: Path) -> AuditTrail:
    return AuditTrail.open_desk(tmp_path)


@pytest.fixture
def clock() -> Clock:
    return Clock()


def store(tmp_path: Path, trail: AuditTrail, clock: Clock, **policy: object) -> AccountStore:
    return AccountStore.open_desk(tmp_path, trail, policy=AccountPolicy(argon2=CHEAP, **policy), clock=clock)  # type: ignore[arg-type]


@pytest.fixture
def accounts(tmp_path: Path, trail: AuditTrail, clock: Clock) -> AccountStore:
    s = store(tmp_path, trail, clock)
    admin = s.add_user(None, "admin", PW, Role.ADMINISTRATOR, "Desk Admin")
    s.add_user(admin, "aigerim", PW, Role.OFFICER)
    s.add_user(admin, "bolat", PW, Role.SUPERVISOR)
    return s


def hash_of(accounts: AccountStore, name: str) -> tuple[str, str]:
    conn = sqlite3.connect(accounts.path)
    row = conn.execute("SELECT password_hash, hash_params FROM users WHERE username = ?", (name,)).fetchone()
    conn.close()
    return str(row[0]), str(row[1])


def actions(trail: AuditTrail) -> list[tuple[str, str, dict[str, object]]]:
    return [(e.action, e.actor, e.details) for e in trail.entries() if e.action.startswith("account.")]


def test_hashes_are_argon2id_with_recorded_parameters(accounts: AccountStore) -> None:
    encoded, params = hash_of(accounts, "aigerim")
    assert encoded.startswith("$argon2id$v=19$m=1024,t=1,p=1$")
    assert '"memory_cost": 1024' in params and '"time_cost": 1' in params
    assert PW not in encoded


def test_default_policy_is_argon2_default_cost(tmp_path: Path, trail: AuditTrail) -> None:
    s = AccountStore(tmp_path / "a.sqlite3", trail)
    assert s.policy == AccountPolicy() and s.policy.max_failures == 5 and s.policy.min_password_length == 10


def test_sign_in_and_rehash_when_the_policy_changes(tmp_path: Path, trail: AuditTrail, clock: Clock) -> None:
    s = store(tmp_path, trail, clock)
    s.add_user(None, "admin", PW, Role.ADMINISTRATOR)
    assert s.authenticate("Admin ", PW).role == Role.ADMINISTRATOR
    stronger = Argon2Params(time_cost=2, memory_cost=2048, parallelism=1)
    s2 = AccountStore.open_desk(tmp_path, trail, policy=AccountPolicy(argon2=stronger), clock=clock)
    s2.authenticate("admin", PW)
    encoded, params = hash_of(s2, "admin")
    assert encoded.startswith("$argon2id$v=19$m=2048,t=2,p=1$") and '"time_cost": 2' in params
    sign_ins = [d for a, _, d in actions(trail) if a == "account.sign_in"]
    assert sign_ins == [{"ok": True}, {"ok": True, "rehashed": True}]


@pytest.mark.parametrize("password,rule", [("short1!", "at least 10"), ("aigerim-2025-x", "user name"),
                                           ("aaaaaaaaaaaa", "one character"), ("x" * 300, "at most")])  # fmt: skip
def test_password_policy(accounts: AccountStore, password: str, rule: str) -> None:
    admin = accounts.authenticate("admin", PW)
    with pytest.raises(PasswordPolicyError, match=rule):
        accounts.set_password(admin, "aigerim", password)


def test_lockout_after_n_failures_for_a_period(tmp_path: Path, trail: AuditTrail, clock: Clock) -> None:
    s = store(tmp_path, trail, clock, max_failures=3, lock_minutes=10)
    s.add_user(None, "admin", PW, Role.ADMINISTRATOR)
    for _ in range(2):
        with pytest.raises(AuthenticationFailed) as info:
            s.authenticate("admin", "wrong password!")
        assert not isinstance(info.value, AccountLocked)
    with pytest.raises(AccountLocked, match="locked until 2025-03-01 09:10 UTC"):
        s.authenticate("admin", "wrong password!")
    with pytest.raises(AccountLocked):
        s.authenticate("admin", PW)  # the right password does not help while locked
    clock.now += dt.timedelta(minutes=11)
    with pytest.raises(AuthenticationFailed) as info:
        s.authenticate("admin", "wrong password!")  # a fresh count after the lock ran out
    assert not isinstance(info.value, AccountLocked)
    assert s.authenticate("admin", PW).failed_attempts == 0
    reasons = [(d["ok"], d.get("reason"), d.get("locked")) for a, _, d in actions(trail) if a == "account.sign_in"]
    assert reasons == [(False, "bad_password", False), (False, "bad_password", False), (False, "bad_password", True),
                       (False, "locked", None), (False, "bad_password", False), (True, None, None)]  # fmt: skip
    assert all("wrong password" not in e.details_json and PW not in e.details_json for e in trail.entries())


def test_lock_until_unlocked_and_admin_unlock(tmp_path: Path, trail: AuditTrail, clock: Clock) -> None:
    s = store(tmp_path, trail, clock, max_failures=2, lock_minutes=None)
    admin = s.add_user(None, "admin", PW, Role.ADMINISTRATOR)
    s.add_user(admin, "aigerim", PW, Role.OFFICER)
    for _ in range(2):
        with pytest.raises(AuthenticationFailed):
            s.authenticate("aigerim", "wrong password!")
    clock.now += dt.timedelta(days=30)
    with pytest.raises(AccountLocked, match="until an administrator unlocks it"):
        s.authenticate("aigerim", PW)
    s.unlock(admin, "aigerim")
    assert s.authenticate("aigerim", PW).username == "aigerim"
    s.lock(admin, "aigerim")
    with pytest.raises(AccountLocked):
        s.authenticate("aigerim", PW)
    assert [a for a, _, _ in actions(trail)][-4:] == ["account.unlock", "account.sign_in", "account.lock",
                                                       "account.sign_in"]  # fmt: skip


def test_unknown_user_fails_like_a_wrong_password(accounts: AccountStore, trail: AuditTrail) -> None:
    with pytest.raises(AuthenticationFailed, match="wrong user name or password"):
        accounts.authenticate("nobody", PW)
    with pytest.raises(AuthenticationFailed, match="wrong user name or password"):
        accounts.authenticate("not a valid name at all!", PW)
    action, actor, details = actions(trail)[-1]
    assert (action, actor, details["reason"]) == ("account.sign_in", "(unknown)", "unknown_user")
    assert "not a valid" not in str(details)


def test_first_account_must_be_an_administrator(tmp_path: Path, trail: AuditTrail, clock: Clock) -> None:
    s = store(tmp_path, trail, clock)
    with pytest.raises(AccountError, match="first account must be an administrator"):
        s.add_user(None, "aigerim", PW, Role.OFFICER)
    admin = s.add_user(None, "admin", PW, Role.ADMINISTRATOR)
    with pytest.raises(AccountError, match="an administrator must sign in"):
        s.add_user(None, "second", PW, Role.ADMINISTRATOR)
    officer = s.add_user(admin, "aigerim", PW, Role.OFFICER)
    with pytest.raises(PermissionDenied, match="aigerim \\(officer\\) may not add accounts"):
        s.add_user(officer, "bolat", PW, Role.OFFICER)
    forged = User("aigerim", "x", Role.ADMINISTRATOR)  # a User object is not proof of a role
    with pytest.raises(PermissionDenied):
        s.add_user(forged, "bolat", PW, Role.OFFICER)
    with pytest.raises(AccountError, match="exists already"):
        s.add_user(admin, "AIGERIM", PW, Role.OFFICER)
    assert [(a, actor) for a, actor, _ in actions(trail) if a == "account.add"] == [
        ("account.add", "bootstrap"), ("account.add", "admin")]  # fmt: skip


def test_last_administrator_is_kept(accounts: AccountStore) -> None:
    admin = accounts.authenticate("admin", PW)
    with pytest.raises(AccountError, match="last active administrator"):
        accounts.set_role(admin, "admin", Role.OFFICER)
    with pytest.raises(AccountError, match="last active administrator"):
        accounts.lock(admin, "admin")
    accounts.set_role(admin, "bolat", Role.ADMINISTRATOR)
    assert accounts.set_role(admin, "admin", Role.SUPERVISOR).role == Role.SUPERVISOR


def test_passwords_change_own_or_by_administrator(accounts: AccountStore, trail: AuditTrail) -> None:
    officer = accounts.authenticate("aigerim", PW)
    accounts.set_password(officer, "aigerim", "a new long passphrase")
    with pytest.raises(PermissionDenied):
        accounts.set_password(officer, "bolat", "a new long passphrase")
    admin = accounts.authenticate("admin", PW)
    accounts.set_password(admin, "bolat", "reset by the admin 1")
    assert accounts.authenticate("bolat", "reset by the admin 1").username == "bolat"
    assert [d for a, _, d in actions(trail) if a == "account.password"] == [
        {"username": "aigerim", "reset": False}, {"username": "bolat", "reset": True}]  # fmt: skip


def test_list_users_is_for_administrators(accounts: AccountStore) -> None:
    admin = accounts.authenticate("admin", PW)
    assert [u.username for u in accounts.list_users(admin)] == ["admin", "aigerim", "bolat"]
    with pytest.raises(PermissionDenied):
        accounts.list_users(accounts.authenticate("bolat", PW))


class _Case:
    def __init__(self, officer: str) -> None:
        self.officer = officer


def test_role_permissions() -> None:
    officer, other = User("aigerim", "A", Role.OFFICER), User("dana", "D", Role.OFFICER)
    supervisor, admin = User("bolat", "B", Role.SUPERVISOR), User("admin", "X", Role.ADMINISTRATOR)
    own = _Case("aigerim")
    assert can_view_case(officer, own) and not can_view_case(other, own)
    assert can_view_case(supervisor, own) and can_view_case(admin, own)
    assert can_decide_case(officer, own) and not can_decide_case(other, own)
    assert can_decide_case(supervisor, own) and not can_decide_case(admin, own)
    assert can_open_case(officer) and can_open_case(supervisor) and not can_open_case(admin)
    assert can_manage_users(admin) and not can_manage_users(supervisor) and not can_manage_users(officer)
    assert can_export_audit(supervisor) and can_export_audit(admin) and not can_export_audit(officer)
    assert can_purge_cases(admin) and not can_purge_cases(supervisor)


def test_accounts_file_migrates_and_refuses_newer(tmp_path: Path, trail: AuditTrail) -> None:
    from verification.accounts.schema import SCHEMA
    from verification.audit import desk_db

    for version in range(1, SCHEMA.current + 1):
        path = tmp_path / f"v{version}.sqlite3"
        desk_db.open_db(path, SCHEMA, migrate_to=version).close()
        assert not AccountStore(path, trail).has_users()
    conn = sqlite3.connect(tmp_path / "v1.sqlite3")
    conn.execute("INSERT INTO schema_version VALUES (99, 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(AccountError, match="newer Tekseru"):
        AccountStore(tmp_path / "v1.sqlite3", trail)
    with pytest.raises(AccountError, match="not a Tekseru accounts file"):
        AccountStore(trail.path, trail)
