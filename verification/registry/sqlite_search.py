"""Name search over the registry file without reading every name.

Candidates come from an index, never a scan:
* birth date given: the persons born that day, or on the day/month-swapped date (01.02 ↔ 02.01, a
  common slip between DD.MM and MM.DD) at a penalty. The date is a strong filter: a person born on
  another day is not returned, however close the name; search without the date to widen.
* no birth date: `name_keys` entries that start with the query's skeleton key (surname first: the
  record may have more given names than the document prints; only for keys of 6+ letters, shorter
  ones must be equal) or equal it in swapped order; a key of a possibly truncated MRZ field loses
  its last letter first. Under one key, names of the same spelling (vowels kept) are read first:
  a common Chinese name's skeleton covers thousands of persons. Every read is capped.
Then a cheap rapidfuzz pass ranks the candidates on one string each and only the best few get the
full, reasoned score (`name_score`)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from verification.registry import name_score
from verification.registry.model import Candidate, MatchReason, PersonName, Script
from verification.registry.names import compact, hanzi_key, name_key, spelling_key, unsplit_keys, variant
from verification.registry.sqlite_rows import load_records, name_of

SWAPPED_DATE = 0.85  # score factor when birth day and month are swapped
NO_DATE = 0.9  # score factor when no birth date was given (less certain, same ranking)
MIN_SCORE = 0.5
SAME_SPELLING = 600  # index rows read at most for one key and spelling
OTHERS = 200  # … for a key's other spellings, a prefix, a split
MAX_TOTAL = 1500  # candidates gathered at most for one query
PREFIX_MIN = 6  # a shorter key is looked up exactly: as a prefix it would match half the registry
RESCORED = 40  # candidates that get the full scoring


def swapped(d: dt.date) -> dt.date | None:
    """The date with day and month exchanged, when that is another valid date."""
    if d.day > 12 or d.day == d.month:
        return None
    return d.replace(month=d.day, day=d.month)


def _by_birth(conn: sqlite3.Connection, birth: dt.date) -> dict[int, float]:
    dates = {birth.isoformat(): 1.0}
    other = swapped(birth)
    if other is not None:
        dates[other.isoformat()] = SWAPPED_DATE
    marks = ",".join("?" * len(dates))
    rows = conn.execute(f"SELECT pk, birth_date FROM persons WHERE birth_date IN ({marks})", list(dates))
    return {pk: dates[b] for pk, b in rows}


@dataclass
class Keys:
    """What to read from `name_keys` for a query, in order of preference."""

    exact: dict[str, set[str]] = field(default_factory=dict)  # key → spellings to read first
    swapped: dict[str, set[str]] = field(default_factory=dict)  # the same, surname and given swapped
    prefix: set[str] = field(default_factory=set)  # keys read as prefixes
    unsplit: set[str] = field(default_factory=set)  # every split of a name typed into one field


def query_keys(query: name_score.Query) -> Keys:
    """The index keys of a query in both name orders."""
    keys = Keys()
    sur, giv = query.surname, query.given
    if sur.script is Script.HAN and (giv.empty or giv.script is Script.HAN):
        if giv.empty:
            keys.prefix.add(hanzi_key(sur.native, ""))
        else:
            keys.exact.setdefault(hanzi_key(sur.native, giv.native), set())
            keys.swapped.setdefault(hanzi_key(giv.native, sur.native), set())
    if giv.empty:  # the whole name may be in one field: every split of it
        for _, s in sur.forms:
            keys.unsplit |= unsplit_keys(s)
    for i, (_, s) in enumerate(sur.forms):
        for j, (_, g) in enumerate(giv.forms or (("", ""),)):
            forward, backward = name_key(s, g), name_key(g, s)
            keys.exact.setdefault(forward, set()).add(spelling_key(s, g))
            # prefixes only for the primary rendering (other Pinyin readings of characters: exact)
            if i == j == 0 and (len(forward) >= PREFIX_MIN or query.truncated):
                # a cut field may end inside a letter group: drop the last key letter
                keys.prefix.add(forward[:-1] if query.truncated and len(forward) > 3 else forward)
            if g:
                keys.swapped.setdefault(backward, set()).add(spelling_key(g, s))
    return keys


def _by_keys(conn: sqlite3.Connection, query: name_score.Query) -> dict[int, float]:
    """Persons under the query's keys: same-spelled names under the forward key first, then the
    rest of that key, prefixes, swapped order and splits, each read under its own cap so a crowded
    key cannot hide the others, and all together at most MAX_TOTAL."""
    keys = query_keys(query)
    reads: list[tuple[str, tuple[str, ...], int]] = []
    for table, cap in ((keys.exact, SAME_SPELLING), (keys.swapped, SAME_SPELLING // 2)):
        for key, spellings in sorted(table.items()):
            reads += [("key = ? AND spelling = ?", (key, sp), cap) for sp in sorted(spellings)]
            reads.append(("key = ?", (key,), cap // 3))
    for key in sorted(keys.prefix, key=len, reverse=True):
        if len(key) >= 2:
            reads.append(("key >= ? AND key < ?", (key, key + "\U0010ffff"), OTHERS))
    reads += [("key = ?", (key,), OTHERS // 2) for key in sorted(keys.unsplit)]
    found: dict[int, float] = {}
    for where, params, cap in reads:
        if len(found) >= MAX_TOTAL:
            break
        for (pk,) in conn.execute(f"SELECT person FROM name_keys WHERE {where} LIMIT {cap}", params):
            found.setdefault(pk, NO_DATE)
    return found


@lru_cache(maxsize=1 << 16)
def _name(row: tuple[str, str, str, str, str]) -> PersonName:
    return name_of(row)


def _names(conn: sqlite3.Connection, pks: list[int]) -> dict[int, list[PersonName]]:
    out: dict[int, list[PersonName]] = defaultdict(list)
    for i in range(0, len(pks), 900):
        part = pks[i : i + 900]
        sql = (
            "SELECT person, script, surname, given_names, latin_surname, latin_given_names FROM names"
            f" WHERE person IN ({','.join('?' * len(part))}) ORDER BY person, ord"
        )
        for row in conn.execute(sql, part):
            out[row[0]].append(_name(row[1:]))
    return out


def _query_strings(query: name_score.Query) -> list[str]:
    out = {query.surname.native + query.given.native, query.given.native + query.surname.native}
    for _, s in query.surname.forms:
        for _, g in query.given.forms or (("", ""),):
            out.add(variant(compact(s + g)))
            out.add(variant(compact(g + s)))
    out.discard("")
    return sorted(out)


@lru_cache(maxsize=1 << 16)
def _choice_strings(name: PersonName) -> tuple[str, ...]:
    """The strings a stored name is pre-ranked on: its characters and its folded Latin forms."""
    out = [name.surname + name.given_names] if name.script is Script.HAN else []
    out += [variant(compact(s + g)) for _, s, g in name_score.stored_forms(name)]
    return tuple(out)


def _shortlist(query: name_score.Query, names: dict[int, list[PersonName]], keep: int) -> list[int]:
    """The `keep` persons whose names are closest on one joined string each (C-speed rapidfuzz)."""
    if len(names) <= keep:
        return list(names)
    choices: list[str] = []
    owners: list[int] = []
    for pk, forms in names.items():
        for name in forms:
            strings = _choice_strings(name)
            choices.extend(strings)
            owners.extend([pk] * len(strings))
    scorer = fuzz.partial_ratio if query.truncated or query.given.empty else fuzz.ratio
    column_best = process.cdist(_query_strings(query), choices, scorer=scorer, workers=1).max(axis=0).tolist()
    best: dict[int, float] = defaultdict(float)
    for pk, score in zip(owners, column_best, strict=True):
        if score > best[pk]:
            best[pk] = score
    return sorted(best, key=lambda pk: -best[pk])[:keep]


def search(
    conn: sqlite3.Connection,
    partner_state: str,
    surname: str,
    given_names: str,
    birth_date: dt.date | None,
    limit: int,
) -> list[Candidate]:
    """Ranked candidates (best first, ties by partner id) with the reasons behind each score."""
    query = name_score.prepare(surname, given_names)
    if query.surname.empty and query.given.empty:
        return []
    factors = _by_birth(conn, birth_date) if birth_date else _by_keys(conn, query)
    names = _names(conn, sorted(factors))
    scored: list[tuple[float, int, tuple[MatchReason, ...]]] = []
    for pk in _shortlist(query, names, max(RESCORED, 3 * limit)):
        name_part, reasons = name_score.score_name(query, tuple(names[pk]))
        score = name_part * factors[pk]
        if score < MIN_SCORE:
            continue
        if birth_date is None:
            reasons += (MatchReason("birth_date", "not given"),)
        elif factors[pk] == 1.0:
            reasons += (MatchReason("birth_date", "exact"),)
        else:
            reasons += (MatchReason("birth_date", "day and month swapped"),)
        scored.append((score, pk, reasons))
    scored.sort(key=lambda s: -s[0])
    if len(scored) > limit:  # keep ties with the last place: they are ordered by partner id below
        scored = [s for s in scored if s[0] >= scored[limit - 1][0]]
    records = load_records(conn, partner_state, [pk for _, pk, _ in scored])
    out = [Candidate(records[pk], round(score, 4), reasons) for score, pk, reasons in scored]
    out.sort(key=lambda c: (-c.score, c.person.partner_id))
    return out[:limit]
