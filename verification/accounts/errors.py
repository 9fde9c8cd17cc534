"""Account errors. Sign-in failures say as little as possible (no hint whether the name exists)."""

from __future__ import annotations

from ocr.errors import TekseruError


class AccountError(TekseruError):
    """An account action is not possible (unknown user, last administrator, file problems)."""


class AuthenticationFailed(AccountError):
    """Wrong user name or password."""


class AccountLocked(AuthenticationFailed):
    """Too many failures, or locked by an administrator."""


class PasswordPolicyError(AccountError):
    """A new password breaks the policy; the message says which rule."""


class PermissionDenied(AccountError):
    """The signed-in user's role does not allow this."""
