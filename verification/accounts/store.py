"""Local officer accounts in their own SQLite file: argon2id hashes (parameters recorded, rehashed
on sign-in when the policy's cost changes), lockout after N consecutive failures, and every
sign-in — success or failure, never the password — written to the audit trail."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from verification.accounts import passwords
from verification.accounts.errors import AccountError, AccountLocked, AuthenticationFailed
from verification.accounts.model import AccountPolicy, Role, User
from verification.accounts.permissions import can_manage_users, require
from verification.accounts.schema import SCHEMA
from verification.audit import desk_db
from verification.registry.store import AuditSink

log = logging.getLogger(__name__)

ACCOUNTS_FILE = "accounts.sqlite3"
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,31}")
_USER_COLUMNS = "username, display_name, role, locked, locked_until, failed_attempts, created_at, last_sign_in"
_WRONG = "wrong user name or password"


def normalise_username(username: str) -> str:
    """Lower case, trimmed; 2–32 of a-z 0-9 . _ - (so names are typed the same on every desk)."""
    name = username.strip().lower()
    if not _USERNAME.fullmatch(name):
        raise AccountError(f"a user name is 2–32 letters, digits, '.', '_' or '-', not {username!r}")
    return name


def _time(text: str | None) -> dt.datetime | None:
    return None if text is None else desk_db.parse_iso(text)


def _user(row: tuple[object, ...]) -> User:
    username, display, role, locked, until, failed, created, last = row
    return User(
        username=str(username),
        display_name=str(display),
        role=Role(str(role)),
        locked=bool(locked),
        locked_until=_time(None if until is None else str(until)),
        failed_attempts=int(str(failed)),
        created_at=_time(str(created)),
        last_sign_in=_time(None if last is None else str(last)),
    )


class AccountStore:
    """Accounts of one desk. `policy`, when given, is stored as the desk's policy (field IT sets
    it up once; every later process reads it from the file)."""

    def __init__(
        self,
        path: str | Path,
        audit: AuditSink,
        *,
        policy: AccountPolicy | None = None,
        clock: Callable[[], dt.datetime] = desk_db.utc_now,
    ) -> None:
        self.path = Path(path)
        self._audit = audit
        self._clock = clock
        self._conn = desk_db.open_db(self.path, SCHEMA)
        if policy is not None:
            with self._tx() as conn:
                conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('policy', ?)",
                             (json.dumps(policy.to_json(), sort_keys=True),))  # fmt: skip
                self._audit.record("account.policy", "setup", {"policy": policy.to_json()})
        self.policy = self._load_policy()
        self._hasher = passwords.hasher(self.policy.argon2)
        self._dummy: str | None = None

    @classmethod
    def open_desk(cls, data_dir: Path, audit: AuditSink, **kwargs: object) -> AccountStore:
        return cls(data_dir / ACCOUNTS_FILE, audit, **kwargs)  # type: ignore[arg-type]

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> AccountStore:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        try:
            with desk_db.transaction(self._conn) as conn:
                yield conn
        except sqlite3.DatabaseError as exc:
            raise AccountError(f"the accounts file {self.path} cannot be written ({exc})") from exc

    def _load_policy(self) -> AccountPolicy:
        row = self._conn.execute("SELECT value FROM settings WHERE key = 'policy'").fetchone()
        if row is None:
            return AccountPolicy()
        try:
            return AccountPolicy.from_json(json.loads(row[0]))
        except (TypeError, ValueError) as exc:
            raise AccountError(f"the account policy in {self.path} is damaged ({exc})") from exc

    # -- reading ---------------------------------------------------------------------------------

    def has_users(self) -> bool:
        return self._conn.execute("SELECT 1 FROM users LIMIT 1").fetchone() is not None

    def get(self, username: str) -> User | None:
        try:
            name = normalise_username(username)
        except AccountError:
            return None
        row = self._conn.execute(f"SELECT {_USER_COLUMNS} FROM users WHERE username = ?", (name,)).fetchone()
        return None if row is None else _user(row)

    def list_users(self, by: User) -> list[User]:
        require(can_manage_users(self._current(by)), by, "list accounts")
        return [_user(r) for r in self._conn.execute(f"SELECT {_USER_COLUMNS} FROM users ORDER BY username")]

    def _current(self, by: User) -> User:
        """The acting user as the file has them now (a User object is not proof of a role)."""
        now = self.get(by.username)
        if now is None or now.locked or (now.locked_until is not None and now.locked_until > self._clock()):
            raise AuthenticationFailed(f"{by.username} is not an active account")
        return now

    def _target(self, conn: sqlite3.Connection, username: str) -> User:
        name = normalise_username(username)
        row = conn.execute(f"SELECT {_USER_COLUMNS} FROM users WHERE username = ?", (name,)).fetchone()
        if row is None:
            raise AccountError(f"no account {name!r}")
        return _user(row)

    # -- signing in ------------------------------------------------------------------------------

    def authenticate(self, username: str, password: str) -> User:
        """The user, or AuthenticationFailed / AccountLocked; every attempt is audited."""
        now = self._clock()
        try:
            name = normalise_username(username)
        except AccountError:
            name = ""
        row = self._conn.execute("SELECT password_hash FROM users WHERE username = ?", (name,)).fetchone()
        if row is None:
            passwords.verify(self._hasher, self._dummy_hash(), password)  # same time as a real check
            digest = hashlib.sha256(username.strip().lower().encode()).hexdigest()[:16]
            self._audit.record("account.sign_in", "(unknown)", {"ok": False, "reason": "unknown_user",
                                                                "username_digest": digest})  # fmt: skip
            raise AuthenticationFailed(_WRONG)
        user = self.get(name)
        assert user is not None
        if user.locked or (user.locked_until is not None and user.locked_until > now):
            self._audit.record("account.sign_in", name, {"ok": False, "reason": "locked"})
            raise AccountLocked(_locked_message(user))
        ok = passwords.verify(self._hasher, str(row[0]), password)
        return self._after_check(name, ok, str(row[0]), password, now)

    def _after_check(self, name: str, ok: bool, encoded: str, password: str, now: dt.datetime) -> User:
        with self._tx() as conn:
            failed, until = conn.execute(
                "SELECT failed_attempts, locked_until FROM users WHERE username = ?", (name,)
            ).fetchone()
            if ok:
                details: dict[str, object] = {"ok": True}
                if self._hasher.check_needs_rehash(encoded):
                    self._write_hash(conn, name, password, now)
                    details["rehashed"] = True
                conn.execute("UPDATE users SET failed_attempts = 0, locked_until = NULL, last_sign_in = ? "
                             "WHERE username = ?", (desk_db.iso(now), name))  # fmt: skip
                self._audit.record("account.sign_in", name, details)
            else:
                expired = until is not None and desk_db.parse_iso(until) <= now
                failed = (0 if expired else int(failed)) + 1
                lock = failed >= self.policy.max_failures
                minutes = self.policy.lock_minutes
                lock_until = desk_db.iso(now + dt.timedelta(minutes=minutes)) if lock and minutes else None
                conn.execute("UPDATE users SET failed_attempts = ?, locked = ?, locked_until = ? WHERE username = ?",
                             (failed, int(lock and not minutes), lock_until, name))  # fmt: skip
                self._audit.record("account.sign_in", name, {"ok": False, "reason": "bad_password",
                                                              "failures": failed, "locked": lock})  # fmt: skip
        user = self.get(name)
        assert user is not None
        if not ok:
            log.info("sign-in failed for %s (%d consecutive)", name, user.failed_attempts)
            if user.locked or user.locked_until is not None:
                raise AccountLocked(f"{_WRONG}; {_locked_message(user)}")
            raise AuthenticationFailed(_WRONG)
        return user

    def _dummy_hash(self) -> str:
        if self._dummy is None:
            self._dummy = self._hasher.hash("not a password of anyone")
        return self._dummy

    def _write_hash(self, conn: sqlite3.Connection, name: str, password: str, now: dt.datetime) -> None:
        encoded = self._hasher.hash(password)
        conn.execute(
            "UPDATE users SET password_hash = ?, hash_params = ?, password_changed_at = ? WHERE username = ?",
            (encoded, json.dumps(passwords.params_of(encoded), sort_keys=True), desk_db.iso(now), name),
        )

    # -- administration --------------------------------------------------------------------------

    def add_user(self, by: User | None, username: str, password: str, role: Role, display_name: str = "") -> User:
        """The first account must be an administrator and needs nobody signed in; every later one
        is added by a signed-in administrator."""
        name = normalise_username(username)
        passwords.check_policy(self.policy, name, password)
        encoded = self._hasher.hash(password)  # slow: outside the transaction
        now = self._clock()
        with self._tx() as conn:
            first = conn.execute("SELECT 1 FROM users LIMIT 1").fetchone() is None
            if first:
                if role != Role.ADMINISTRATOR:
                    raise AccountError("the first account must be an administrator (add it with --role administrator)")
                actor = "bootstrap"
            else:
                if by is None:
                    raise AccountError("accounts exist: an administrator must sign in to add one")
                require(can_manage_users(self._current(by)), by, "add accounts")
                actor = by.username
            if conn.execute("SELECT 1 FROM users WHERE username = ?", (name,)).fetchone():
                raise AccountError(f"the account {name!r} exists already")
            conn.execute(
                "INSERT INTO users (username, display_name, role, password_hash, hash_params, password_changed_at,"
                " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (name, display_name.strip() or name, role.value, encoded,
                 json.dumps(passwords.params_of(encoded), sort_keys=True), desk_db.iso(now), desk_db.iso(now), actor),
            )  # fmt: skip
            self._audit.record("account.add", actor, {"username": name, "role": role.value})
        user = self.get(name)
        assert user is not None
        return user

    def lock(self, by: User, username: str) -> User:
        """Locked until an administrator unlocks it."""
        return self._admin_change(by, username, "account.lock", self._do_lock)

    def unlock(self, by: User, username: str) -> User:
        """Unlocked, failure count reset."""
        return self._admin_change(by, username, "account.unlock", self._do_unlock)

    def set_role(self, by: User, username: str, role: Role) -> User:
        def change(conn: sqlite3.Connection, target: User) -> dict[str, object]:
            if target.role == Role.ADMINISTRATOR and role != Role.ADMINISTRATOR:
                self._keep_an_administrator(conn, target)
            conn.execute("UPDATE users SET role = ? WHERE username = ?", (role.value, target.username))
            return {"from": target.role.value, "to": role.value}

        return self._admin_change(by, username, "account.role", change)

    def set_password(self, by: User, username: str, new_password: str) -> User:
        """Users change their own password (they signed in with the old one); administrators
        reset anyone's."""
        acting = self._current(by)
        name = normalise_username(username)
        if name != acting.username:
            require(can_manage_users(acting), acting, "change another user's password")
        passwords.check_policy(self.policy, name, new_password)
        now = self._clock()
        with self._tx() as conn:
            self._target(conn, name)
            self._write_hash(conn, name, new_password, now)
            self._audit.record(
                "account.password", acting.username, {"username": name, "reset": name != acting.username}
            )
        user = self.get(name)
        assert user is not None
        return user

    def _admin_change(
        self, by: User, username: str, action: str, change: Callable[[sqlite3.Connection, User], dict[str, object]]
    ) -> User:
        acting = self._current(by)
        require(can_manage_users(acting), acting, action.replace("account.", "") + " accounts")
        with self._tx() as conn:
            target = self._target(conn, username)
            details = change(conn, target)
            self._audit.record(action, acting.username, {"username": target.username, **details})
        user = self.get(target.username)
        assert user is not None
        return user

    def _do_lock(self, conn: sqlite3.Connection, target: User) -> dict[str, object]:
        if target.role == Role.ADMINISTRATOR:
            self._keep_an_administrator(conn, target)
        conn.execute("UPDATE users SET locked = 1 WHERE username = ?", (target.username,))
        return {}

    def _do_unlock(self, conn: sqlite3.Connection, target: User) -> dict[str, object]:
        conn.execute("UPDATE users SET locked = 0, locked_until = NULL, failed_attempts = 0 WHERE username = ?",
                     (target.username,))  # fmt: skip
        return {}

    def _keep_an_administrator(self, conn: sqlite3.Connection, target: User) -> None:
        others = conn.execute(
            "SELECT COUNT(*) FROM users WHERE role = 'administrator' AND locked = 0 AND username != ?",
            (target.username,),
        ).fetchone()[0]
        if not others:
            raise AccountError(f"{target.username} is the last active administrator; add another one first")


def _locked_message(user: User) -> str:
    if user.locked:
        return f"the account {user.username} is locked until an administrator unlocks it"
    until = user.locked_until.strftime("%Y-%m-%d %H:%M UTC") if user.locked_until else "later"
    return f"the account {user.username} is locked until {until} (or until an administrator unlocks it)"
