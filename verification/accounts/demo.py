"""The demo desk's accounts, one definition for the CLI and the app (`tekseru --demo …`), so that
`make run`'s terminal verifications and the desk app sign in as the same people. Demo mode only:
the passwords are printed in the README and on the sign-in screen."""

from __future__ import annotations

from verification.accounts.errors import AccountError
from verification.accounts.model import Role, User
from verification.accounts.store import AccountStore

DEMO_PASSWORD = "verify-1234"
DEMO_OFFICER = "demo"
DEMO_SUPERVISOR = "demo-supervisor"
DEMO_ADMIN = "demo-admin"
DEMO_ACCOUNTS: tuple[tuple[str, Role, str], ...] = (
    (DEMO_ADMIN, Role.ADMINISTRATOR, "Demo Administrator"),
    (DEMO_OFFICER, Role.OFFICER, "Demo Officer"),
    (DEMO_SUPERVISOR, Role.SUPERVISOR, "Demo Supervisor"),
)
# Demo desks made by earlier versions had this administrator; it may add the missing accounts.
_LEGACY_ADMIN = ("administrator", "tekseru-demo-desk")


def ensure_demo_accounts(accounts: AccountStore) -> None:
    """Create whichever demo account is missing (the administrator first: it adds the others)."""
    missing = [a for a in DEMO_ACCOUNTS if accounts.get(a[0]) is None]
    if not missing:
        return
    admin: User | None = None
    if accounts.get(DEMO_ADMIN) is None and not accounts.has_users():
        admin = accounts.add_user(None, DEMO_ADMIN, DEMO_PASSWORD, Role.ADMINISTRATOR, DEMO_ACCOUNTS[0][2])
    else:
        for name, password in ((DEMO_ADMIN, DEMO_PASSWORD), _LEGACY_ADMIN):
            if accounts.get(name) is not None:
                try:
                    admin = accounts.authenticate(name, password)
                    break
                except AccountError:
                    continue
    if admin is None:
        raise AccountError("this demo desk has accounts but no demo administrator to add the demo accounts; "
                           "remove the demo data folder to start afresh")  # fmt: skip
    for name, role, display in DEMO_ACCOUNTS:
        if accounts.get(name) is None:
            accounts.add_user(admin, name, DEMO_PASSWORD, role, display)
