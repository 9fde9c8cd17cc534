"""Local officer accounts: argon2id passwords, roles, lockout, and the permission checks every
layer asks before showing or changing a case or an account."""

from verification.accounts.errors import (
    AccountError,
    AccountLocked,
    AuthenticationFailed,
    PasswordPolicyError,
    PermissionDenied,
)
from verification.accounts.model import AccountPolicy, Argon2Params, Role, User
from verification.accounts.permissions import (
    can_decide_case,
    can_export_audit,
    can_manage_users,
    can_open_case,
    can_purge_cases,
    can_review_referrals,
    can_see_all_cases,
    can_view_case,
    require,
)
from verification.accounts.store import AccountStore, normalise_username

__all__ = [
    "AccountError",
    "AccountLocked",
    "AccountPolicy",
    "AccountStore",
    "Argon2Params",
    "AuthenticationFailed",
    "PasswordPolicyError",
    "PermissionDenied",
    "Role",
    "User",
    "can_decide_case",
    "can_export_audit",
    "can_manage_users",
    "can_open_case",
    "can_purge_cases",
    "can_review_referrals",
    "can_see_all_cases",
    "can_view_case",
    "normalise_username",
    "require",
]
