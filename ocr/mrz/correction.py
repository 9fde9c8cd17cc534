"""Turn per-cell character probabilities into MRZ text, correcting only what can be proved.

Two kinds of proof are accepted:
* the field type: a date cannot hold 'O', a name cannot hold '0'; the most probable character the
  type allows replaces the read, provided the model gave it real weight;
* the check digits: when a check fails, the smallest set of changes to likely alternatives that makes
  it pass — without breaking any other check — is taken only if no rival set comes close.
ICAO's 7-3-1 check cannot see a swap between characters whose values differ by a multiple of ten
('<' and K, 6 and G, 1 and B …). Where the model hesitates between two such characters, or anywhere no
check guards (names, sex), the read is not called valid: it is flagged for the officer instead."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import numpy as np

from ocr.mrz.checkdigit import is_valid
from ocr.mrz.formats import ALLOWED, ALPHABET, CharClass, CheckSpec, LayoutSpec
from ocr.mrz.model import Correction

_IDX = {c: i for i, c in enumerate(ALPHABET)}
# A type correction must have been a real contender, not noise.
MIN_TYPE_ALT = 0.01
# Alternatives considered by the check-digit search.
MIN_CHECK_ALT = 0.002
# A check-digit correction wins only if it is this many times likelier than the next passing one.
DOMINANCE = 20.0
# A character is uncertain when an alternative has at least this share of the top probability.
UNCERTAIN_RATIO = 0.08


@dataclass(frozen=True)
class Decoded:
    lines: tuple[str, ...]
    raw_lines: tuple[str, ...]
    corrections: tuple[Correction, ...]
    char_confidence: tuple[tuple[float, ...], ...]
    uncertain: tuple[tuple[int, int, str, str], ...]  # (line, col, read, rival)


def _classes(layout: LayoutSpec) -> list[list[CharClass]]:
    return [[layout.char_class(li, ci) for ci in range(layout.length)] for li in range(layout.lines)]


def _check_ok(rows: list[list[str]], c: CheckSpec) -> bool:
    data = "".join("".join(rows[li][s:e]) for li, s, e in c.spans)
    digit = rows[c.line][c.pos]
    if is_valid(data, digit):
        return True
    # an empty TD3 personal number may carry '0' as its check digit
    return c.name == "optional_data" and set(data) <= {"<"} and digit == "0"


def _positions(c: CheckSpec) -> list[tuple[int, int]]:
    pos = [(li, i) for li, s, e in c.spans for i in range(s, e)]
    return [*pos, (c.line, c.pos)]


def _allowed_mask(cls: CharClass) -> np.ndarray:
    return np.array([ch in ALLOWED[cls] for ch in ALPHABET])


def decode(probs: np.ndarray, layout: LayoutSpec) -> Decoded:
    """probs (lines, length, 37) → corrected lines, with every change and every doubt recorded."""
    classes = _classes(layout)
    raw = [[ALPHABET[int(k)] for k in row.argmax(axis=1)] for row in probs]
    rows = [r[:] for r in raw]
    corrections: list[Correction] = []

    # 1. Field types.
    for li in range(layout.lines):
        for ci in range(layout.length):
            cls = classes[li][ci]
            if rows[li][ci] in ALLOWED[cls]:
                continue
            p = probs[li, ci] * _allowed_mask(cls)
            k = int(p.argmax())
            if p[k] >= MIN_TYPE_ALT:
                corrections.append(Correction(li, ci, rows[li][ci], ALPHABET[k], f"field type ({cls.value})"))
                rows[li][ci] = ALPHABET[k]

    # 2. Check digits: field checks first, then the composite (which may need optional data).
    checks = sorted(layout.checks, key=lambda c: c.name == "composite")
    for c in checks:
        if _check_ok(rows, c):
            continue
        fix = _search_fix(rows, probs, classes, c, layout.checks)
        if fix is None:
            continue
        for li, ci, ch in fix:
            corrections.append(Correction(li, ci, rows[li][ci], ch, f"check digit ({c.name})"))
            rows[li][ci] = ch

    # 3. Doubts the checks cannot settle.
    guarded: dict[tuple[int, int], list[CheckSpec]] = {}
    for c in layout.checks:
        for pos in _positions(c):
            guarded.setdefault(pos, []).append(c)
    uncertain: list[tuple[int, int, str, str]] = []
    conf_rows: list[tuple[float, ...]] = []
    for li in range(layout.lines):
        conf_row = []
        for ci in range(layout.length):
            cls = classes[li][ci]
            p = probs[li, ci] * _allowed_mask(cls)
            cur = rows[li][ci]
            pc = float(p[_IDX[cur]])
            conf_row.append(pc)
            for k in np.argsort(-p)[:3]:
                alt = ALPHABET[int(k)]
                if alt == cur or p[k] < UNCERTAIN_RATIO * max(pc, 1e-6):
                    continue
                rows[li][ci] = alt
                still_ok = all(_check_ok(rows, c) for c in guarded.get((li, ci), []))
                rows[li][ci] = cur
                if not guarded.get((li, ci)) or still_ok:
                    uncertain.append((li, ci, cur, alt))
                    break
        conf_rows.append(tuple(conf_row))
    return Decoded(
        tuple("".join(r) for r in rows),
        tuple("".join(r) for r in raw),
        tuple(corrections),
        tuple(conf_rows),
        tuple(uncertain),
    )


def _search_fix(
    rows: list[list[str]],
    probs: np.ndarray,
    classes: list[list[CharClass]],
    target: CheckSpec,
    all_checks: tuple[CheckSpec, ...],
) -> list[tuple[int, int, str]] | None:
    """The single most likely set of one or two changes that makes `target` pass and keeps every
    check that passes now passing — or None when no set dominates its rivals."""
    passing = [c for c in all_checks if c is not target and _check_ok(rows, c)]
    options: list[tuple[float, int, int, str]] = []  # (log-likelihood ratio, line, col, char)
    for li, ci in _positions(target):
        p = probs[li, ci] * _allowed_mask(classes[li][ci])
        cur = p[_IDX[rows[li][ci]]]
        for k in np.nonzero(p >= MIN_CHECK_ALT)[0]:
            ch = ALPHABET[int(k)]
            if ch != rows[li][ci]:
                options.append((math.log(p[k] + 1e-12) - math.log(cur + 1e-12), li, ci, ch))
    options.sort(reverse=True)
    options = options[:40]
    found: list[tuple[float, list[tuple[int, int, str]]]] = []
    for size in (1, 2):
        for combo in itertools.combinations(options, size):
            if len({(o[1], o[2]) for o in combo}) < size:
                continue
            saved = [(li, ci, rows[li][ci]) for _, li, ci, _ in combo]
            for _, li, ci, ch in combo:
                rows[li][ci] = ch
            ok = _check_ok(rows, target) and all(_check_ok(rows, c) for c in passing)
            for li, ci, ch in saved:
                rows[li][ci] = ch
            if ok:
                found.append((sum(o[0] for o in combo), [(o[1], o[2], o[3]) for o in combo]))
    if not found:
        return None
    found.sort(key=lambda f: -f[0])
    if len(found) > 1 and found[0][0] - found[1][0] < math.log(DOMINANCE):
        return None
    # The winner must itself be plausible: no worse than 1 : 50 against the read as it stands.
    if found[0][0] < math.log(1 / 50):
        return None
    return found[0][1]
