"""What a registry look-up leaves in the trail: the query as a keyed digest, not the names and
numbers typed. An exported trail then reveals no applicant's name, yet a supervisor on the desk
can still answer "was this person looked up?" by digesting the same query (`query_digest`)."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping

from verification.audit.canonical import canonical_json

# Query fields that are not personal data and stay readable (which partner, which state's document).
PLAIN_QUERY_FIELDS = frozenset({"issuing_state", "partner_id"})


def query_digest(key: bytes, query: Mapping[str, object]) -> str:
    """HMAC-SHA-256 of the canonical query, keyed by the desk's digest key: a plain hash of a name
    and a birth date could be reversed by trying every name."""
    personal = {k: _norm(v) for k, v in query.items() if k not in PLAIN_QUERY_FIELDS and v is not None}
    return hmac.new(key, canonical_json(personal).encode("utf-8"), hashlib.sha256).hexdigest()


def _norm(value: object) -> object:
    """Case and spacing do not change who was looked up."""
    return " ".join(value.split()).upper() if isinstance(value, str) else value


def redact(key: bytes, details: Mapping[str, object]) -> dict[str, object]:
    """`details` with its "query" object (if any) replaced by field names, plain fields and a digest."""
    out = dict(details)
    query = out.get("query")
    if isinstance(query, Mapping):
        summary: dict[str, object] = {
            "fields": sorted(str(k) for k, v in query.items() if v is not None),
            "digest": query_digest(key, query),
        }
        summary.update({k: v for k, v in query.items() if k in PLAIN_QUERY_FIELDS})
        out["query"] = summary
    return out
