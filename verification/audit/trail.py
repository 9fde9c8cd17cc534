"""The hash-chained audit trail in its own SQLite file (the registry's conventions: WAL,
synchronous=FULL, migrations). Implements `AuditSink`. Appends are serialised by BEGIN IMMEDIATE
across processes; within a process, callers arriving while a commit is being written are grouped
into the next transaction (one fsync for all of them), which is what makes ≥1000 appends/s possible
with every returned append already on disk."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import TracebackType

from verification.audit import desk_db
from verification.audit.canonical import AuditEntry, canonical_details, entry_hash, genesis_hash
from verification.audit.chain_check import ChainReport, Problem, check_against_checkpoint, check_chain
from verification.audit.checkpoint import (
    CheckpointLedger,
    DeskKey,
    SignedCheckpoint,
    verify_checkpoint,
    verify_signature,
)
from verification.audit.errors import AuditError, CheckpointError
from verification.audit.redact import query_digest, redact
from verification.audit.schema import SCHEMA

log = logging.getLogger(__name__)

AUDIT_FILE = "audit.sqlite3"
LEDGER_FILE = "audit-checkpoints.json"
KEY_DIR = "keys"
_COLUMNS = "seq, time, actor, action, details, prev_hash, hash"
_CHUNK = 5000


@dataclass
class _Ticket:
    """One caller's entries waiting for the group commit that writes them."""

    items: list[tuple[str, str, str]]
    entries: list[AuditEntry] = field(default_factory=list)
    error: BaseException | None = None
    done: bool = False


class AuditTrail:
    """`AuditSink` over one SQLite file. `key_dir` holds the desk's checkpoint signing key and
    `ledger` the last checkpoint this desk issued (so `verify` notices a cut-off tail)."""

    def __init__(
        self,
        path: str | Path,
        *,
        key_dir: Path | None = None,
        ledger: Path | None = None,
        synchronous: str = "FULL",
        clock: Callable[[], dt.datetime] = desk_db.utc_now,
    ) -> None:
        self.path = Path(path)
        self._key_dir = key_dir or self.path.parent / KEY_DIR
        self.ledger = CheckpointLedger(ledger or self.path.parent / LEDGER_FILE)
        self._durable = synchronous.upper() == "FULL"
        self._clock = clock
        self._conn = desk_db.open_db(self.path, SCHEMA, synchronous=synchronous)
        meta = dict(self._conn.execute("SELECT key, value FROM meta").fetchall())
        self.chain_id: str = meta["chain_id"]
        self._genesis = genesis_hash(self.chain_id)
        self._digest_key = bytes.fromhex(meta["digest_key"])
        self._key: DeskKey | None = None
        self._cond = threading.Condition()
        self._queue: list[_Ticket] = []
        self._writing = False
        self._exclusive_waiting = 0
        self.commits = 0  # transactions written by this process (how well appends are grouped)

    @classmethod
    def open_desk(cls, data_dir: Path, **kwargs: object) -> AuditTrail:
        """The desk's trail: DATA_DIR/audit.sqlite3, key in DATA_DIR/keys, ledger beside it."""
        return cls(data_dir / AUDIT_FILE, **kwargs)  # type: ignore[arg-type]

    def close(self) -> None:
        with self._exclusive() as conn:
            conn.close()

    @contextlib.contextmanager
    def _exclusive(self) -> Iterator[sqlite3.Connection]:
        """The write connection between group commits (never mid-transaction of another thread)."""
        with self._cond:
            self._exclusive_waiting += 1  # appenders let it go first, or a busy desk would starve it
            while self._writing:
                self._cond.wait()
            self._exclusive_waiting -= 1
            self._writing = True
        try:
            yield self._conn
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()

    def __enter__(self) -> AuditTrail:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    # -- appending -------------------------------------------------------------------------------

    def record(self, action: str, actor: str, details: dict[str, object]) -> None:
        """`AuditSink`: append one entry; a registry query is stored as a digest (see `redact`)."""
        self.append(action, actor, details)

    def append(self, action: str, actor: str, details: Mapping[str, object] | None = None) -> AuditEntry:
        return self.append_many([(action, actor, details or {})])[0]

    def append_many(self, items: Iterable[tuple[str, str, Mapping[str, object]]]) -> list[AuditEntry]:
        """Append entries in order, all in one transaction; returns them once they are committed."""
        prepared = [self._prepare(action, actor, details) for action, actor, details in items]
        if not prepared:
            return []
        ticket = _Ticket(prepared)
        with self._cond:
            self._queue.append(ticket)
            while (self._writing or self._exclusive_waiting) and not ticket.done:
                self._cond.wait()
            if not ticket.done:
                self._writing = True
                batch, self._queue = self._queue, []
        if not ticket.done:
            try:
                self._write(batch)
            finally:
                with self._cond:
                    self._writing = False
                    self._cond.notify_all()
        if ticket.error is not None:
            raise ticket.error
        return ticket.entries

    def _prepare(self, action: str, actor: str, details: Mapping[str, object]) -> tuple[str, str, str]:
        if not action or not action.strip():
            raise ValueError("an audit entry needs an action")
        if not actor or not actor.strip():
            raise ValueError("an audit entry needs the actor (who did it)")
        try:
            text = canonical_details(redact(self._digest_key, details))
        except (TypeError, ValueError) as exc:
            raise AuditError(f"audit details of {action} cannot be stored: {exc}") from exc
        log.debug("audit %s by %s: %s", action, actor, text)
        return action, actor, text

    def _write(self, batch: list[_Ticket]) -> None:
        """Write every queued ticket in ONE BEGIN IMMEDIATE transaction (a single fsync)."""
        rows: list[tuple[int, str, str, str, str, str, str]] = []
        try:
            with desk_db.transaction(self._conn) as conn:
                head = conn.execute("SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1").fetchone()
                seq, prev = (int(head[0]), str(head[1])) if head else (0, self._genesis)
                for ticket in batch:
                    ticket.entries = []
                    for action, actor, details in ticket.items:
                        seq += 1
                        time = desk_db.iso(self._clock())
                        digest = entry_hash(seq, time, actor, action, details, prev)
                        rows.append((seq, time, actor, action, details, prev, digest))
                        ticket.entries.append(AuditEntry(seq, time, actor, action, details, prev, digest))
                        prev = digest
                conn.executemany(f"INSERT INTO entries ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        except sqlite3.Error as exc:
            error: BaseException = AuditError(f"cannot append to the audit trail {self.path}: {exc}")
            for ticket in batch:
                ticket.error, ticket.entries = error, []
        except BaseException as exc:
            for ticket in batch:
                ticket.error, ticket.entries = exc, []
            raise
        else:
            self.commits += 1
            log.info("audit: %d entr%s appended up to seq %d", len(rows), "y" if len(rows) == 1 else "ies", seq)
        finally:
            for ticket in batch:
                ticket.done = True

    # -- reading ---------------------------------------------------------------------------------

    @contextlib.contextmanager
    def reader(self) -> Iterator[DbChain]:
        """A consistent snapshot of the chain on its own connection (appends go on meanwhile)."""
        conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=30.0)
        try:
            conn.execute("BEGIN")
            yield DbChain(conn)
        except sqlite3.DatabaseError as exc:
            raise AuditError(f"cannot read the audit trail {self.path}: {exc}") from exc
        finally:
            conn.close()

    def head(self) -> AuditEntry | None:
        with self._exclusive() as conn:
            row = conn.execute(f"SELECT {_COLUMNS} FROM entries ORDER BY seq DESC LIMIT 1").fetchone()
        return None if row is None else _entry(row)

    def entries(self, first: int = 1, last: int | None = None) -> list[AuditEntry]:
        with self.reader() as chain:
            return [e for e in chain.iter_from(first) if last is None or e.seq <= last]

    def query_digest(self, query: Mapping[str, object]) -> str:
        """The digest a look-up with this query left in the trail (to answer "was X looked up?")."""
        return query_digest(self._digest_key, query)

    @property
    def genesis(self) -> str:
        return self._genesis

    # -- verifying -------------------------------------------------------------------------------

    def verify(self, checkpoint: SignedCheckpoint | None = None) -> ChainReport:
        """Check every link, then that the chain still holds the last checkpoint this desk issued
        (or `checkpoint`): the first bad seq and what is wrong, or intact."""
        cp = checkpoint or self.ledger.last_seen(self.key().key_id)
        with self.reader() as chain:
            report = check_chain(chain, self._genesis)
            if cp is None or not report.intact:
                return report
            against: dict[str, object] = {"seq": cp.seq, "hash": cp.hash, "time": cp.time}
            problem: Problem | None
            try:
                verify_signature(cp, self.key().public_raw)
                problem = None
                if cp.chain_id != self.chain_id:
                    problem = Problem(1, "replaced", "the trail is not the chain the last checkpoint was issued for")
            except CheckpointError as exc:
                problem = Problem(cp.seq, "checkpoint", str(exc))
            problem = problem or check_against_checkpoint(chain, cp.seq, cp.hash)
        return replace(report, problem=problem, checked_against=against)

    # -- checkpoints -----------------------------------------------------------------------------

    def key(self) -> DeskKey:
        if self._key is None:
            self._key = DeskKey.load_or_create(self._key_dir)
        return self._key

    @property
    def public_key(self) -> bytes:
        return self.key().public_raw

    def checkpoint(self, actor: str = "desk", purpose: str = "") -> SignedCheckpoint:
        """Record that a checkpoint is issued, sign the head (which includes that entry), make sure
        it is on disk, and remember it as the last one issued. Send it with the report or sync."""
        self.append("audit.checkpoint", actor, {"purpose": purpose} if purpose else {})
        if not self._durable:
            with self._exclusive() as conn:
                conn.execute("PRAGMA wal_checkpoint(FULL)")  # on disk before it is vouched for
        head = self.head()
        if head is None:  # pragma: no cover - the append above makes one
            raise AuditError("the audit trail is empty")
        cp = self.key().sign(self.chain_id, head.seq, head.hash, desk_db.iso(self._clock()))
        self.ledger.remember(cp)
        return cp

    def last_checkpoint(self) -> SignedCheckpoint | None:
        return self.ledger.last_seen(self.key().key_id)

    def verify_checkpoint(self, new: SignedCheckpoint, last_seen: SignedCheckpoint | None) -> None:
        """`checkpoint.verify_checkpoint` against this trail and this desk's key."""
        with self.reader() as chain:
            verify_checkpoint(new, last_seen, chain, self.public_key)


def _entry(row: tuple[object, ...]) -> AuditEntry:
    seq, time, actor, action, details, prev_hash, digest = row
    return AuditEntry(int(str(seq)), str(time), str(actor), str(action), str(details), str(prev_hash), str(digest))


class DbChain:
    """`ChainView` over a read transaction of the audit file."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __iter__(self) -> Iterator[AuditEntry]:
        return self.iter_from(None)

    def iter_from(self, first: int | None) -> Iterator[AuditEntry]:
        """From `first`, or from the lowest seq stored (a forged seq 0 must be seen too)."""
        after = -(2**63) if first is None else first - 1
        sql = f"SELECT {_COLUMNS} FROM entries WHERE seq > ? ORDER BY seq LIMIT {_CHUNK}"
        while rows := self._conn.execute(sql, (after,)).fetchall():
            for row in rows:
                yield _entry(row)
            after = int(rows[-1][0])

    def at(self, seq: int) -> AuditEntry | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM entries WHERE seq = ?", (seq,)).fetchone()
        return None if row is None else _entry(row)

    def seq_with_hash(self, hash_hex: str) -> int | None:
        row = self._conn.execute("SELECT seq FROM entries WHERE hash = ? LIMIT 1", (hash_hex,)).fetchone()
        return None if row is None else int(row[0])
