"""Walking the chain and, at the first break, saying WHERE and WHAT: an entry edited in place, an
entry edited and re-hashed, entries deleted (with or without renumbering), an entry inserted,
entries reordered, and the tail cut off after a checkpoint. Works on the database and on an
exported file alike, through `ChainView`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

from verification.audit.canonical import AuditEntry

# How far from its place a moved or renumbered entry is looked for (only at the first break).
_SEARCH = 64


class ChainView(Protocol):
    def __iter__(self) -> Iterator[AuditEntry]:
        """Every entry in seq order."""
        ...

    def at(self, seq: int) -> AuditEntry | None: ...

    def seq_with_hash(self, hash_hex: str) -> int | None:
        """The seq of the stored entry whose stored hash is this, if any."""
        ...


@dataclass(frozen=True)
class Problem:
    """The first thing wrong: `seq` is where the chain stops being trustworthy."""

    seq: int
    kind: str  # edited | rehashed | deleted | inserted | reordered | truncated | rewritten | genesis
    message: str


@dataclass(frozen=True)
class ChainReport:
    entries: int
    head_seq: int
    head_hash: str | None
    problem: Problem | None = None
    checked_against: dict[str, object] = field(default_factory=dict)

    @property
    def intact(self) -> bool:
        return self.problem is None

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "intact": self.intact,
            "entries": self.entries,
            "head_seq": self.head_seq,
            "head_hash": self.head_hash,
        }
        if self.checked_against:
            out["checkpoint"] = self.checked_against
        if self.problem is not None:
            out.update(first_bad_seq=self.problem.seq, kind=self.problem.kind, message=self.problem.message)
        return out


def check_chain(chain: ChainView, genesis: str) -> ChainReport:
    """Verify every link from the genesis hash; stop at the first break and diagnose it."""
    prev: AuditEntry | None = None
    count = 0
    for entry in chain:
        problem = _check_one(chain, prev, entry, genesis)
        if problem is not None:
            return ChainReport(count, prev.seq if prev else 0, prev.hash if prev else None, problem)
        prev = entry
        count += 1
    return ChainReport(count, prev.seq if prev else 0, prev.hash if prev else None)


def check_against_checkpoint(chain: ChainView, seq: int, hash_hex: str) -> Problem | None:
    """The chain must still hold the checkpointed head: otherwise it was cut or rewritten."""
    entry = chain.at(seq)
    if entry is None:
        last = None
        for last in chain:  # noqa: B007 - only the final entry is wanted
            pass
        end = last.seq if last else 0
        return Problem(end + 1, "truncated",
                       f"the chain ends at seq {end} but a checkpoint was issued at seq {seq}: "
                       f"entries {end + 1}..{seq} (at least) were cut off")  # fmt: skip
    if entry.hash != hash_hex:
        return Problem(
            seq,
            "rewritten",
            f"seq {seq} no longer has the hash the checkpoint signed: the chain was "
            "rewritten or truncated and re-grown after that checkpoint",
        )
    return None


def _check_one(chain: ChainView, prev: AuditEntry | None, entry: AuditEntry, genesis: str) -> Problem | None:
    expected_seq = prev.seq + 1 if prev else 1
    expected_prev = prev.hash if prev else genesis
    if entry.seq < expected_seq:
        return Problem(entry.seq, "inserted", f"seq {entry.seq} lies before the start of the chain (inserted)")
    if entry.seq != expected_seq:
        first, last = expected_seq, entry.seq - 1
        span = f"seq {first}" if first == last else f"seqs {first}..{last}"
        return Problem(first, "deleted", f"{span} missing: entries were deleted")
    if entry.computed_hash() != entry.hash:
        return _diagnose_mismatch(chain, prev, entry, expected_prev)
    if entry.prev_hash != expected_prev:
        if prev is None:
            return Problem(
                1,
                "genesis",
                "seq 1 does not start from this desk's genesis hash: the chain was replaced or spliced from elsewhere",
            )
        return Problem(
            prev.seq,
            "rehashed",
            f"seq {prev.seq} was changed and its hash recomputed: seq {entry.seq} no longer links to it",
        )
    return None


def _original_seq(entry: AuditEntry) -> int | None:
    """The seq at which this entry's content gives its stored hash (it was moved or renumbered)."""
    for delta in range(1, _SEARCH + 1):
        for seq in (entry.seq + delta, entry.seq - delta):
            if seq >= 1 and entry.computed_hash(seq) == entry.hash:
                return seq
    return None


def _diagnose_mismatch(chain: ChainView, prev: AuditEntry | None, entry: AuditEntry, expected_prev: str) -> Problem:
    seq = entry.seq
    origin = _original_seq(entry)
    if origin is not None and origin > seq:
        holder = chain.at(origin)
        if holder is not None and holder.computed_hash(seq) == holder.hash:
            return Problem(seq, "reordered", f"seq {seq} and seq {origin} were swapped (entries reordered)")
        if entry.prev_hash != expected_prev:
            gone = origin - seq
            return Problem(
                seq,
                "deleted",
                f"{gone} entr{'y' if gone == 1 else 'ies'} before seq {seq} deleted and "
                f"the later ones renumbered (seq {seq} was seq {origin})",
            )
        return Problem(seq, "reordered", f"seq {seq} holds the entry that was seq {origin} (entries moved)")
    if origin is not None and origin < seq:
        holder = chain.at(origin)
        if holder is not None and holder.computed_hash(seq) == holder.hash:
            return Problem(origin, "reordered", f"seq {origin} and seq {seq} were swapped (entries reordered)")
        inserted = seq - origin
        first = origin
        return Problem(
            first,
            "inserted",
            f"{inserted} entr{'y' if inserted == 1 else 'ies'} inserted at seq {first}: "
            f"seq {seq} was seq {origin} and links to the entry before them",
        )
    following = chain.at(seq + 1)
    if following is not None and following.prev_hash == expected_prev:
        return Problem(seq, "inserted", f"seq {seq} was inserted: seq {seq + 1} links past it to seq {seq - 1}")
    if entry.prev_hash == expected_prev:
        return Problem(seq, "edited", f"seq {seq} was edited: its content no longer matches its hash")
    linked = chain.seq_with_hash(entry.prev_hash)
    if linked is not None:
        return Problem(seq, "reordered", f"seq {seq} belongs after seq {linked} (entries moved)")
    return Problem(
        seq,
        "edited",
        f"seq {seq} was edited (content and link both changed), or the entries before "
        "it were deleted and the rest renumbered",
    )
