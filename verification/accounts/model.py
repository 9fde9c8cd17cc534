"""Officer accounts: roles, the signed-in user as the rest of the program sees it, and the policy
(lockout and argon2id cost) — stored in the accounts file so every desk process applies the same."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import asdict, dataclass, field
from typing import Any


class Role(enum.StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"


@dataclass(frozen=True)
class User:
    """A desk account without its password hash (never handed beyond the store)."""

    username: str
    display_name: str
    role: Role
    locked: bool = False
    locked_until: dt.datetime | None = None
    failed_attempts: int = 0
    created_at: dt.datetime | None = None
    last_sign_in: dt.datetime | None = None

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for key, value in asdict(self).items():
            out[key] = value.isoformat() if isinstance(value, dt.datetime) else value
        out["role"] = self.role.value
        return out


@dataclass(frozen=True)
class Argon2Params:
    """argon2id cost; the defaults are argon2-cffi's (RFC 9106 low-memory profile)."""

    time_cost: int = 3
    memory_cost: int = 65536  # KiB
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


@dataclass(frozen=True)
class AccountPolicy:
    """`lock_minutes=None` keeps a locked account locked until an administrator unlocks it."""

    max_failures: int = 5
    lock_minutes: int | None = 15
    min_password_length: int = 10
    argon2: Argon2Params = field(default_factory=Argon2Params)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AccountPolicy:
        argon = Argon2Params(**data.get("argon2", {}))
        rest = {k: v for k, v in data.items() if k != "argon2"}
        policy = cls(**rest, argon2=argon)
        if policy.max_failures < 1 or policy.min_password_length < 1:
            raise ValueError("max_failures and min_password_length must be at least 1")
        return policy
