"""How old the local copy is. Without a network the partner cannot tell us a person's status
changed, so every look-up shows the data's age and warns past the configured maximum; the age is
measured from max(now, latest trusted time) so a clock set back cannot make old data look new."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from verification.registry.model import RegistryStatus
from verification.registry.sync.format import iso


@dataclass(frozen=True)
class Freshness:
    published_at: dt.datetime | None
    age: dt.timedelta | None  # None: nothing installed
    max_age: dt.timedelta
    stale: bool  # older than max_age (or nothing installed)
    clock_behind: bool  # the system clock is before the latest signed time we have seen
    reference_time: dt.datetime

    @property
    def fresh(self) -> bool:
        return not self.stale and not self.clock_behind

    def message(self) -> str:
        if self.published_at is None or self.age is None:
            return "no registry data is installed"
        days = self.age.total_seconds() / 86400
        text = f"registry data published {iso(self.published_at)}, {days:.1f} days old"
        if self.stale:
            text += f" — OLDER than the allowed {self.max_age.total_seconds() / 86400:g} days"
        if self.clock_behind:
            text += f" — the system clock is behind the latest trusted time {iso(self.reference_time)}; set the clock"
        return text


def freshness(status: RegistryStatus, max_age: dt.timedelta, now: dt.datetime) -> Freshness:
    trusted = status.latest_trusted_time
    reference = max(now, trusted) if trusted else now
    clock_behind = trusted is not None and now < trusted
    if status.published_at is None:
        return Freshness(None, None, max_age, True, clock_behind, reference)
    age = max(reference - status.published_at, dt.timedelta(0))
    return Freshness(status.published_at, age, max_age, age > max_age, clock_behind, reference)
