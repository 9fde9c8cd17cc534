"""A simple `AuditSink` that keeps records in a list: for tests and tools. Production code passes
the hash-chained audit trail instead; the store has no default sink on purpose."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class AuditRecord:
    action: str
    actor: str
    details: dict[str, object]


@dataclass
class ListAuditSink:
    records: list[AuditRecord] = field(default_factory=list)

    def record(self, action: str, actor: str, details: dict[str, object]) -> None:
        self.records.append(AuditRecord(action, actor, dict(details)))
