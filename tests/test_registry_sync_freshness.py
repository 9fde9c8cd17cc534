"""How old the data is, and a clock that was set back: the officer must see a warning, never a
reassuring age computed from a wrong clock."""

from __future__ import annotations

import datetime as dt

from verification.registry.model import RegistryStatus
from verification.registry.sync import freshness

T0 = dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC)
WEEK = dt.timedelta(days=7)


def status(published: dt.datetime | None, trusted: dt.datetime | None) -> RegistryStatus:
    return RegistryStatus("CHN", 5 if published else 0, "full", published, published, trusted)


def test_fresh_data() -> None:
    f = freshness(status(T0, T0), WEEK, T0 + dt.timedelta(days=2))
    assert f.fresh and not f.stale and not f.clock_behind
    assert f.age == dt.timedelta(days=2)
    assert "2.0 days old" in f.message() and "OLDER" not in f.message()


def test_data_past_the_maximum_age() -> None:
    f = freshness(status(T0, T0), WEEK, T0 + dt.timedelta(days=9))
    assert f.stale and not f.fresh
    assert "OLDER than the allowed 7 days" in f.message()


def test_clock_set_back_measures_age_from_trusted_time() -> None:
    # The last package was signed at T0 + 9 days; the system clock now claims T0 + 1 day.
    f = freshness(status(T0, T0 + dt.timedelta(days=9)), WEEK, T0 + dt.timedelta(days=1))
    assert f.clock_behind and not f.fresh
    assert f.age == dt.timedelta(days=9) and f.stale
    assert f.reference_time == T0 + dt.timedelta(days=9)
    assert "system clock is behind" in f.message()


def test_clock_behind_but_data_young_is_still_not_fresh() -> None:
    f = freshness(status(T0, T0 + dt.timedelta(days=1)), WEEK, T0)
    assert not f.stale and f.clock_behind and not f.fresh


def test_nothing_installed() -> None:
    f = freshness(status(None, None), WEEK, T0)
    assert f.stale and f.age is None
    assert f.message() == "no registry data is installed"
