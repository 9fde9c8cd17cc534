"""The one canonical encoding that audit hashes and checkpoint signatures are computed over. It must
never change for existing entries: a verifier years later recomputes exactly these bytes."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

ENTRY_DOMAIN = "tekseru-audit-entry-v1"
GENESIS_DOMAIN = "tekseru-audit-genesis-v1"


def _plain(value: object) -> object:
    """The few non-JSON types callers pass (times, dates, enums, paths, tuples) as plain JSON."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, PurePath):
        return str(value)
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    raise TypeError(f"an audit detail of type {type(value).__name__} cannot be written as JSON")


def canonical_json(value: object) -> str:
    """Sorted keys, no spaces, UTF-8 text kept as is, no NaN: equal data gives equal text."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_plain)


def canonical_details(details: Mapping[str, object]) -> str:
    """Details as stored: canonical JSON of an object (round-trips through json.loads unchanged)."""
    text = canonical_json(dict(details))
    return canonical_json(json.loads(text))  # tuples -> lists etc., so re-encoding an export is identical


@dataclass(frozen=True)
class AuditEntry:
    """One link of the chain. `details_json` is the exact stored text the hash covers."""

    seq: int
    time: str  # ISO 8601 UTC, e.g. 2025-05-01T10:11:12.123456Z
    actor: str
    action: str
    details_json: str
    prev_hash: str
    hash: str

    @property
    def details(self) -> dict[str, Any]:
        value = json.loads(self.details_json)
        return value if isinstance(value, dict) else {"value": value}

    def computed_hash(self, seq: int | None = None) -> str:
        """The hash this entry's content gives (at `seq`, to find where a moved entry came from)."""
        return entry_hash(self.seq if seq is None else seq, self.time, self.actor, self.action,
                          self.details_json, self.prev_hash)  # fmt: skip

    def to_json(self) -> dict[str, object]:
        return {
            "seq": self.seq,
            "time": self.time,
            "actor": self.actor,
            "action": self.action,
            "details": json.loads(self.details_json),
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AuditEntry:
        details = data["details"]
        if not isinstance(details, dict):
            raise ValueError("details must be a JSON object")
        return cls(
            seq=int(data["seq"]),
            time=str(data["time"]),
            actor=str(data["actor"]),
            action=str(data["action"]),
            details_json=canonical_json(details),
            prev_hash=str(data["prev_hash"]),
            hash=str(data["hash"]),
        )


def entry_hash(seq: int, time: str, actor: str, action: str, details_json: str, prev_hash: str) -> str:
    """SHA-256 over a canonical JSON array of every field but the hash itself."""
    payload = canonical_json([ENTRY_DOMAIN, seq, time, actor, action, details_json, prev_hash])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def genesis_hash(chain_id: str) -> str:
    """The prev_hash of entry 1: ties the chain to its desk's random chain id, so a chain from
    another desk (or a restarted one) cannot be spliced in."""
    return hashlib.sha256(canonical_json([GENESIS_DOMAIN, chain_id]).encode("utf-8")).hexdigest()
