"""Scoring a queried name against a person's stored name forms, with the reason for every score.
A score is never a yes/no: the officer sees which form matched and how (exact, transliterated,
variant spelling, truncated MRZ, fuzzy)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from verification.registry.model import MatchReason, PersonName, Script
from verification.registry.names import (
    compact,
    fold_latin,
    latin_forms,
    script_of,
    skeleton,
    strip_surname_ending,
    to_latin,
    variant,
)

# What each way of matching is worth (a field's score); fuzzy scores are scaled by FUZZY.
EXACT = 1.0
TRANSLITERATED = 0.98
VARIANT = 0.95
TRUNCATED = 0.93
SKELETON = 0.85
FUZZY = 0.9
MIN_FUZZY = 0.6
SWAPPED_ORDER = 0.95
LEADING = 0.92  # the query names only the first of several stored given names
UNSPLIT = 0.97
# MRZ name-field widths (TD1, TD2, TD3/MRV-A): a field filled to one of these may have been cut.
MRZ_WIDTHS = (30, 31, 39)


@dataclass(frozen=True)
class Part:
    """One queried name part: as typed (native script) and its Latin renderings."""

    native: str
    script: Script
    forms: tuple[tuple[str, str], ...]  # (how it was made, folded Latin)
    marked: bool = False  # Latin written with marks or special letters (Ş, Ž, ā …) that folding removed

    @property
    def empty(self) -> bool:
        return not self.native


@dataclass(frozen=True)
class Query:
    surname: Part
    given: Part
    truncated: bool  # the MRZ name field may have been cut: prefixes count


@dataclass(frozen=True)
class FieldMatch:
    score: float
    how: str


def _native(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isalnum()).upper()


def part(text: str, surname: bool) -> Part:
    text = unicodedata.normalize("NFC", text.strip())
    if not text:
        return Part("", Script.LATIN, ())
    script = script_of(text)
    marked = script is Script.LATIN and _native(text) != compact(fold_latin(text))
    return Part(_native(text), script, tuple(to_latin(text, surname)), marked)


def prepare(surname: str, given_names: str) -> Query:
    """Turn what the officer (or an MRZ read) gave into comparable forms."""
    s, g = part(surname, True), part(given_names, False)
    return Query(s, g, looks_truncated(surname, given_names))


def looks_truncated(surname: str, given_names: str) -> bool:
    """True when surname<<given would exactly fill an MRZ name field: it may have been cut there."""
    s, g = compact(fold_latin(surname)), fold_latin(given_names).replace(" ", "<")
    if not s or any(script_of(x) is not Script.LATIN for x in (surname, given_names) if x):
        return False
    length = len(fold_latin(surname).replace(" ", "<")) + (2 + len(g) if g else 0)
    return length in MRZ_WIDTHS


@lru_cache(maxsize=1 << 16)
def stored_forms(name: PersonName) -> tuple[tuple[str, str, str], ...]:
    """(label, surname, given) Latin forms of a stored name, label naming the form for reasons."""
    return tuple((f"{name.script.value} {how}", s, g) for how, s, g in latin_forms(name))


@lru_cache(maxsize=1 << 18)
def _latin_match(q: str, s: str, surname: bool, truncated: bool) -> tuple[float, str]:
    """Best way two compact Latin spellings agree, with its name (cached: names repeat a lot)."""
    if q == s:
        return EXACT, "same letters"
    vq, vs = variant(q), variant(s)
    if vq == vs:
        return VARIANT, "variant spelling"
    if truncated and len(q) >= 3 and (s.startswith(q) or vs.startswith(vq)):
        return TRUNCATED, "truncated (MRZ)"
    kq, ks = (strip_surname_ending(q), strip_surname_ending(s)) if surname else (q, s)
    if (kq != q or ks != s) and variant(kq) == variant(ks):
        return VARIANT, "variant spelling (surname ending)"
    if skeleton(kq) and skeleton(kq) == skeleton(ks):
        return SKELETON, "variant spelling (same consonants)"
    ratio = fuzz.ratio(vq, vs) / 100.0
    if truncated and len(vs) > len(vq):
        ratio = max(ratio, fuzz.ratio(vq, vs[: len(vq)]) / 100.0)
    if ratio >= MIN_FUZZY:
        return FUZZY * ratio, f"fuzzy {ratio:.2f}"
    return 0.0, "no match"


def compare(q: Part, stored_native: str, stored_script: Script, stored: list[tuple[str, str]], surname: bool,
            truncated: bool) -> FieldMatch:  # fmt: skip
    """How well a queried part matches one stored part (native text plus labelled Latin forms).
    Given names also match the leading names of a longer stored list (a document that prints
    only the first of several given names), at a small penalty."""
    if q.script is not Script.LATIN and q.script is stored_script and q.native == _native(stored_native):
        return FieldMatch(EXACT, f"exact [{stored_script.value}]")
    best = FieldMatch(0.0, "no match")
    for qhow, qlat in q.forms:
        qc = compact(qlat)
        if not qc:
            continue
        for label, slat, factor in _with_leading_names(stored, 0 if surname else qlat.count(" ") + 1):
            score, how = _latin_match(qc, compact(slat), surname, truncated)
            if how == "same letters":
                score, how = _same_letters(q, qhow, label)
            elif qhow != "as written":
                how = f"{how}, query as {qhow}"
            score *= factor
            if score > best.score:
                best = FieldMatch(score, f"{how} [{label}]")
    return best


def _same_letters(q: Part, qhow: str, label: str) -> tuple[float, str]:
    """Equal letters: exact only when Latin as written meets a Latin the partner wrote."""
    if qhow != "as written":
        return TRANSLITERATED, f"transliteration ({qhow})"
    if q.marked:
        return TRANSLITERATED, "transliteration (letters with marks spelled out)"
    if label.endswith(("partner Latin", "as written")):
        return EXACT, "exact"
    return TRANSLITERATED, f"transliteration ({label.split(' ', 1)[1]} of the stored name)"


def _with_leading_names(stored: list[tuple[str, str]], names: int) -> list[tuple[str, str, float]]:
    out = [(label, latin, 1.0) for label, latin in stored]
    if names:
        for label, latin in stored:
            parts = latin.split()
            if len(parts) > names:
                out.append((f"{label}, first {names} of {len(parts)} given names", " ".join(parts[:names]), LEADING))
    return out


def score_name(query: Query, names: tuple[PersonName, ...]) -> tuple[float, tuple[MatchReason, ...]]:
    """Best score over a person's stored name forms and both name orders, with its reasons."""
    best: tuple[float, tuple[MatchReason, ...]] = (0.0, ())
    for name in names:
        forms = stored_forms(name)
        sur = [(label, s) for label, s, _ in forms]
        giv = [(label, g) for label, _, g in forms]
        for swapped in (False, True):
            qs, qg = (query.given, query.surname) if swapped else (query.surname, query.given)
            if qs.empty:
                continue
            s = compare(qs, name.surname, name.script, sur, True, query.truncated and qg.empty)
            reasons = [MatchReason("surname", s.how)]
            if qg.empty:
                score = s.score * 0.85
                reasons.append(MatchReason("given_names", "not given"))
            else:
                g = compare(qg, name.given_names, name.script, giv, False, query.truncated)
                score = (s.score + g.score) / 2
                reasons.append(MatchReason("given_names", g.how))
                if min(s.score, g.score) == 0.0:
                    score *= 0.5
            whole = _unsplit(query, name, forms, swapped)
            if whole is not None and whole.score * UNSPLIT > score:
                score = whole.score * UNSPLIT
                reasons = [MatchReason("full_name", f"{whole.how} (surname and given names written as one)")]
            if swapped:
                score *= SWAPPED_ORDER
                reasons.append(MatchReason("name_order", "surname and given names swapped"))
            if score > best[0]:
                best = (score, tuple(reasons))
    return best


def _unsplit(
    query: Query, name: PersonName, forms: tuple[tuple[str, str, str], ...], swapped: bool
) -> FieldMatch | None:
    """Compare the whole name as one run of letters: "ZHANGWEI" in one field, or a split that
    differs from the record's (compound surnames)."""
    if swapped:
        return None
    native = query.surname.native + query.given.native
    joined = Part(native, query.surname.script, tuple(
        (how, sl + gl) for how, sl in query.surname.forms for _, gl in (query.given.forms or (("", ""),))
    ))  # fmt: skip
    whole = [(label, s + g) for label, s, g in forms]
    match = compare(joined, name.surname + name.given_names, name.script, whole, False, query.truncated)
    return match if match.score > 0 else None
