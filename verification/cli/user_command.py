"""`tekseru user add|list|lock|unlock|passwd|role`: local officer accounts. Passwords are never
arguments: they are asked for with getpass, or read one per line from standard input with
--password-stdin (first the signed-in user's, then the new one). Also the desk wiring the other
desk commands share: data folder, audit trail, sign-in."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from verification.accounts import AccountStore, Role, User
from verification.audit import AuditTrail, desk_dir

EXIT_OK, EXIT_NOT_FOUND, EXIT_USAGE, EXIT_BAD_INPUT = 0, 1, 2, 3


class UsageError(Exception):
    """A command line that cannot work (exit 2)."""


# -- desk wiring shared by the user, case and audit commands --------------------------------------


def desk_options(p: argparse.ArgumentParser, *, sign_in: bool = True) -> None:
    p.add_argument("--data-dir", type=Path, help="the desk's data folder (default: $TEKSERU_DATA_DIR or user data)")
    if sign_in:
        p.add_argument("--as", dest="as_user", metavar="USER", help="sign in as USER (asks for the password)")
        p.add_argument("--password-stdin", action="store_true", help="read passwords from standard input, one a line")
    p.add_argument("--json", action="store_true")


class Passwords:
    """Passwords from getpass, or one per line from stdin (for scripts and tests)."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def ask(self, prompt: str, confirm: bool = False) -> str:
        if self.from_stdin:
            line = sys.stdin.readline()
            if not line:
                raise UsageError("--password-stdin: standard input ended before every password was read")
            return line.rstrip("\r\n")
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat: ") != first:
            raise UsageError("the two passwords differ")
        return first


@dataclass
class Desk:
    data_dir: Path
    audit: AuditTrail
    passwords: Passwords
    closers: list[Callable[[], None]] = field(default_factory=list)

    def accounts(self) -> AccountStore:
        store = AccountStore.open_desk(self.data_dir, self.audit)
        self.closers.append(store.close)
        return store

    def close(self) -> None:
        for close in reversed(self.closers):
            close()
        self.audit.close()


def open_desk(args: argparse.Namespace) -> Desk:
    d = desk_dir(args.data_dir, demo=bool(getattr(args, "demo", False)))
    return Desk(d, AuditTrail.open_desk(d), Passwords(bool(getattr(args, "password_stdin", False))))


def sign_in(args: argparse.Namespace, desk: Desk, accounts: AccountStore) -> User:
    if not args.as_user:
        raise UsageError("sign in with --as USER")
    return accounts.authenticate(args.as_user, desk.passwords.ask(f"Password for {args.as_user}: "))


def desk_command(fn: Callable[[argparse.Namespace, Desk], int]) -> Callable[[argparse.Namespace], int]:
    """Open the desk, run, close; usage problems exit 2 and file problems exit 3, in one line."""

    def run(args: argparse.Namespace) -> int:
        try:
            desk = open_desk(args)
        except OSError as exc:
            return fail(f"{exc.filename or ''}: {exc.strerror or exc}", EXIT_BAD_INPUT)
        try:
            return fn(args, desk)
        except UsageError as exc:
            return fail(str(exc), EXIT_USAGE)
        except OSError as exc:
            return fail(f"{exc.filename or ''}: {exc.strerror or exc}", EXIT_BAD_INPUT)
        finally:
            desk.close()

    return run


def fail(message: str, code: int) -> int:
    print(f"tekseru: {message}", file=sys.stderr)
    return code


def out(args: argparse.Namespace, data: dict[str, Any], text: str) -> None:
    if args.json:
        if getattr(args, "demo", False):
            data = {**data, "demo": True}
        print(json.dumps(data, ensure_ascii=False, default=str), flush=True)
    else:
        print(("DEMO " if getattr(args, "demo", False) else "") + text, flush=True)


# -- tekseru user ---------------------------------------------------------------------------------

_ROLES = [r.value for r in Role]


def register(sub: Any) -> None:
    p = sub.add_parser("user", help="officer accounts: add, list, lock, unlock, passwd, role")
    usub = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)

    a = usub.add_parser("add", help="add an account (the very first must be --role administrator)")
    a.add_argument("username")
    a.add_argument("--role", required=True, choices=_ROLES)
    a.add_argument("--name", default="", help="display name")
    desk_options(a)
    a.set_defaults(handler=desk_command(_add))

    ls = usub.add_parser("list", help="every account with its role and lock state (administrators)")
    desk_options(ls)
    ls.set_defaults(handler=desk_command(_list))

    for action, helptext in (("lock", "lock an account until unlocked"), ("unlock", "unlock and reset failures")):
        x = usub.add_parser(action, help=helptext)
        x.add_argument("username")
        desk_options(x)
        x.set_defaults(handler=desk_command(_lock if action == "lock" else _unlock))

    pw = usub.add_parser("passwd", help="change your password, or (administrators) reset another's")
    pw.add_argument("username")
    desk_options(pw)
    pw.set_defaults(handler=desk_command(_passwd))

    r = usub.add_parser("role", help="change an account's role (administrators)")
    r.add_argument("username")
    r.add_argument("role", choices=_ROLES)
    desk_options(r)
    r.set_defaults(handler=desk_command(_role))


def _user_text(u: User) -> str:
    state = "locked" if u.locked else (f"locked until {u.locked_until:%Y-%m-%d %H:%M} UTC" if u.locked_until else "")
    return f"{u.username:<20} {u.role.value:<14} {u.display_name}" + (f"  [{state}]" if state else "")


def _add(args: argparse.Namespace, desk: Desk) -> int:
    accounts = desk.accounts()
    by: User | None = None
    if accounts.has_users():
        by = sign_in(args, desk, accounts)
    elif args.as_user:
        raise UsageError("no accounts exist yet: add the first administrator without --as")
    password = desk.passwords.ask(f"New password for {args.username}: ", confirm=True)
    user = accounts.add_user(by, args.username, password, Role(args.role), args.name)
    out(args, user.to_json(), f"added {user.username} ({user.role.value})")
    return EXIT_OK


def _list(args: argparse.Namespace, desk: Desk) -> int:
    accounts = desk.accounts()
    users = accounts.list_users(sign_in(args, desk, accounts))
    if args.json:
        for u in users:
            out(args, u.to_json(), "")
    else:
        print("\n".join(_user_text(u) for u in users))
    return EXIT_OK


def _admin_action(args: argparse.Namespace, desk: Desk, action: Callable[[AccountStore, User], User], verb: str) -> int:
    accounts = desk.accounts()
    admin = sign_in(args, desk, accounts)
    if accounts.get(args.username) is None:
        return fail(f"no account {args.username!r}", EXIT_NOT_FOUND)
    user = action(accounts, admin)
    out(args, user.to_json(), f"{user.username} {verb}")
    return EXIT_OK


def _lock(args: argparse.Namespace, desk: Desk) -> int:
    return _admin_action(args, desk, lambda s, admin: s.lock(admin, args.username), "locked")


def _unlock(args: argparse.Namespace, desk: Desk) -> int:
    return _admin_action(args, desk, lambda s, admin: s.unlock(admin, args.username), "unlocked")


def _role(args: argparse.Namespace, desk: Desk) -> int:
    return _admin_action(args, desk, lambda s, admin: s.set_role(admin, args.username, Role(args.role)),
                         f"is now {args.role}")  # fmt: skip


def _passwd(args: argparse.Namespace, desk: Desk) -> int:
    accounts = desk.accounts()
    if not args.as_user:
        args.as_user = args.username  # changing one's own password: sign in with the current one
    by = sign_in(args, desk, accounts)
    if accounts.get(args.username) is None:
        return fail(f"no account {args.username!r}", EXIT_NOT_FOUND)
    new = desk.passwords.ask(f"New password for {args.username}: ", confirm=True)
    user = accounts.set_password(by, args.username, new)
    out(args, user.to_json(), f"password of {user.username} changed")
    return EXIT_OK
