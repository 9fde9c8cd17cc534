"""Who may do what, as plain functions the UI, the CLI and the stores all call, so the rules live
in one place. Officers work their own cases; supervisors see and decide all cases and read the
audit trail; administrators manage accounts and retention (and see cases, but do not decide
them: the person who manages accounts should not also make the decisions they audit)."""

from __future__ import annotations

from typing import Protocol

from verification.accounts.errors import PermissionDenied
from verification.accounts.model import Role, User


class OwnedCase(Protocol):
    @property
    def officer(self) -> str: ...


def can_view_case(user: User, case: OwnedCase) -> bool:
    return user.role in (Role.SUPERVISOR, Role.ADMINISTRATOR) or case.officer == user.username


def can_open_case(user: User) -> bool:
    return user.role in (Role.OFFICER, Role.SUPERVISOR)


def can_decide_case(user: User, case: OwnedCase) -> bool:
    return user.role == Role.SUPERVISOR or (user.role == Role.OFFICER and case.officer == user.username)


def can_review_referrals(user: User) -> bool:
    """Resolving an officer's referral is the supervisor's job (administrators do not decide)."""
    return user.role == Role.SUPERVISOR


def can_see_all_cases(user: User) -> bool:
    return user.role in (Role.SUPERVISOR, Role.ADMINISTRATOR)


def can_purge_cases(user: User) -> bool:
    return user.role == Role.ADMINISTRATOR


def can_manage_users(user: User) -> bool:
    return user.role == Role.ADMINISTRATOR


def can_export_audit(user: User) -> bool:
    return user.role in (Role.SUPERVISOR, Role.ADMINISTRATOR)


def require(allowed: bool, user: User, what: str) -> None:
    """Raise PermissionDenied("<user> (<role>) may not <what>") unless `allowed`."""
    if not allowed:
        raise PermissionDenied(f"{user.username} ({user.role.value}) may not {what}")
