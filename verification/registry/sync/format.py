"""Names and limits of the sync package format (docs/sync-format.md), in one place so that the
partner-side builder and the verifying client cannot drift apart."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from verification.registry.errors import SyncRejected

PACKAGE_FORMAT = "tekseru-registry-package/1"
LIST_FORMAT = "tekseru-package-list/1"
RECORDS_FORMAT = 1
PACKAGE_SUFFIX = ".tar"

HINT_MEMBER = "package.json"  # unsigned: which partner, which sequence (cross-checked, never trusted)
METADATA_DIR = "metadata/"
TARGETS_DIR = "targets/"
ISSUED_FIELD = "x-tekseru-issued"  # signed into timestamp metadata: when the partner signed it

KIND_FULL = "full"
KIND_DELTA = "delta"
KINDS = (KIND_FULL, KIND_DELTA)
ROLES = ("root", "targets", "snapshot", "timestamp")


class Reason:
    """Stable reason codes of `SyncRejected` (tests and the audit trail key on these)."""

    MALFORMED = "malformed"
    TOO_LARGE = "too_large"
    BAD_SIGNATURE = "bad_signature"
    UNKNOWN_KEY = "unknown_key"
    THRESHOLD = "threshold"
    ROOT_CHAIN = "root_chain"
    EXPIRED = "expired"
    ROLLBACK = "rollback"
    WRONG_BASE = "wrong_base"
    OTHER_PARTNER = "other_partner"
    NO_TRUST_ROOT = "no_trust_root"
    TARGET_HASH = "target_hash"
    TARGET_LENGTH = "target_length"
    TARGET_MISSING = "target_missing"
    MIXED = "mixed_package"
    BAD_RECORD = "bad_record"
    STORE_REFUSED = "store_refused"
    DOWNLOAD = "download_failed"


def records_path(sequence: int) -> str:
    return f"packages/{sequence:08d}/records.jsonl"


def photo_path(sequence: int, sha256: str) -> str:
    return f"packages/{sequence:08d}/photos/{sha256}"


def package_file_name(partner: str, sequence: int, kind: str) -> str:
    return f"{partner}-{sequence:08d}-{kind}{PACKAGE_SUFFIX}"


@dataclass(frozen=True)
class Limits:
    """Upper bounds that keep a hostile package from filling the disk or memory."""

    max_package_bytes: int = 4 * 1024**3
    max_members: int = 500_000
    max_photo_bytes: int = 8 * 1024**2
    max_record_line_bytes: int = 1024**2
    max_metadata_bytes: int = 256 * 1024**2  # targets metadata grows with the number of photos
    max_list_bytes: int = 4 * 1024**2


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class PackageHint:
    """The unsigned `package.json`: only picks the trust root and sorts an inbox."""

    partner_state: str
    sequence: int
    kind: str
    base_sequence: int | None
    published_at: str

    def to_json(self) -> bytes:
        d = {"format": PACKAGE_FORMAT, **self.__dict__}
        return (json.dumps(d, indent=1, sort_keys=True) + "\n").encode()

    @staticmethod
    def from_json(data: bytes) -> PackageHint:
        try:
            d = json.loads(data)
            if not isinstance(d, dict) or d.get("format") != PACKAGE_FORMAT:
                raise ValueError(f"not a {PACKAGE_FORMAT} package")
            base = d["base_sequence"]
            return PackageHint(
                partner_state=_str(d["partner_state"]),
                sequence=_int(d["sequence"]),
                kind=_str(d["kind"]),
                base_sequence=None if base is None else _int(base),
                published_at=_str(d["published_at"]),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise SyncRejected(
                Reason.MALFORMED, f"the package description (package.json) is unreadable: {exc}"
            ) from None


def target_custom(
    partner: str, sequence: int, kind: str, base: int | None, published_at: dt.datetime, count: int
) -> dict[str, Any]:
    """Custom metadata of the records target: what the package is, signed by the targets role."""
    return {
        "format": RECORDS_FORMAT,
        "content": "records",
        "partner_state": partner,
        "sequence": sequence,
        "kind": kind,
        "base_sequence": base,
        "published_at": iso(published_at),
        "count": count,
    }


def iso(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: str) -> dt.datetime:
    when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if when.tzinfo is None:
        raise ValueError(f"time without zone: {text}")
    return when.astimezone(dt.UTC)


def _str(v: object) -> str:
    if not isinstance(v, str) or not v:
        raise TypeError("expected a non-empty string")
    return v


def _int(v: object) -> int:
    if not isinstance(v, int) or isinstance(v, bool) or v < 0:
        raise TypeError("expected a non-negative integer")
    return v
