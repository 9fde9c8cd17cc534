"""Password hashing (argon2id via argon2-cffi) and the password policy."""

from __future__ import annotations

import argon2
from argon2.exceptions import InvalidHashError, VerificationError

from verification.accounts.errors import PasswordPolicyError
from verification.accounts.model import AccountPolicy, Argon2Params

MAX_PASSWORD_LENGTH = 256  # argon2 takes anything; a megabyte "password" is only a way to burn CPU


def hasher(params: Argon2Params) -> argon2.PasswordHasher:
    return argon2.PasswordHasher(
        time_cost=params.time_cost,
        memory_cost=params.memory_cost,
        parallelism=params.parallelism,
        hash_len=params.hash_len,
        salt_len=params.salt_len,
        type=argon2.Type.ID,
    )


def params_of(encoded: str) -> dict[str, int]:
    """The parameters recorded in an encoded hash (stored beside it for field IT to read)."""
    p = argon2.extract_parameters(encoded)
    return {"time_cost": p.time_cost, "memory_cost": p.memory_cost, "parallelism": p.parallelism,
            "hash_len": p.hash_len, "salt_len": p.salt_len, "version": p.version}  # fmt: skip


def verify(ph: argon2.PasswordHasher, encoded: str, password: str) -> bool:
    try:
        return ph.verify(encoded, password)
    except (VerificationError, InvalidHashError):
        return False


def check_policy(policy: AccountPolicy, username: str, password: str) -> None:
    """Raise PasswordPolicyError naming the rule broken."""
    if len(password) < policy.min_password_length:
        raise PasswordPolicyError(f"a password needs at least {policy.min_password_length} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise PasswordPolicyError(f"a password may have at most {MAX_PASSWORD_LENGTH} characters")
    if not password.strip() or len(set(password)) < 3:
        raise PasswordPolicyError("a password may not be blank or one character repeated")
    if len(username) >= 3 and username.casefold() in password.casefold():
        raise PasswordPolicyError("a password may not contain the user name")
