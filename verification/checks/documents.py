"""Rules about the passport itself: its MRZ, its validity dates, and MRZ against printed data."""

from __future__ import annotations

from typing import Any

from verification.checks.common import SURE, date_of, field, field_evidence, letters, result
from verification.checks.model import CheckResult, Facts, Status

MRZ_VALID = "mrz_valid"
DOCUMENT_DATES = "document_dates"
MRZ_VS_PRINTED = "mrz_vs_printed"


def mrz_valid(f: Facts) -> CheckResult:
    m = f.passport_mrz
    if m is None or not m.found:
        return result(MRZ_VALID, Status.REVIEW, "mrz.not_read", {"read": "passport.mrz"})
    ev: dict[str, Any] = {"read": "passport.mrz", "lines": list(m.lines), "checks": dict(m.checks),
                          "corrections": len(m.corrections), "box": [list(p) for p in m.box]}  # fmt: skip
    if m.valid:
        return result(MRZ_VALID, Status.PASS, "mrz.valid", ev, format=m.format.value if m.format else "?")
    failed = [k for k, ok in m.checks.items() if not ok]
    ev["problems"] = list(m.problems)
    return result(MRZ_VALID, Status.FAIL, "mrz.invalid", ev, failed=", ".join(failed + list(m.problems)) or "?")


def document_dates(f: Facts) -> CheckResult:
    m = f.passport_mrz
    expiry = date_of(m.fields.expiry_date) if m is not None and m.fields is not None else None
    issue_field = field(f.passport_viz, "issue_date")
    issued = date_of(issue_field.value) if issue_field is not None else None
    ev: dict[str, Any] = {"read": "passport.mrz", "field": "expiry_date", "today": f.today.isoformat(),
                          "expiry_date": str(expiry) if expiry else None,
                          "issue_date": str(issued) if issued else None}  # fmt: skip
    if expiry is None:
        return result(DOCUMENT_DATES, Status.REVIEW, "dates.expiry_unknown", ev)
    if expiry < f.today:
        return result(DOCUMENT_DATES, Status.FAIL, "dates.expired", ev, expiry=expiry.isoformat())
    if issued is not None and issued > f.today:
        sure = issue_field is not None and issue_field.confidence >= SURE
        return result(DOCUMENT_DATES, Status.FAIL if sure else Status.REVIEW, "dates.not_yet_valid", ev,
                      issued=issued.isoformat())  # fmt: skip
    return result(DOCUMENT_DATES, Status.PASS, "dates.valid", ev, expiry=expiry.isoformat())


# (MRZ field, printed field, how to compare)
_PAIRS = (
    ("surname", "surname_latin", "name"),
    ("given_names", "given_names_latin", "name"),
    ("document_number", "document_number", "text"),
    ("birth_date", "birth_date", "text"),
    ("sex", "sex", "text"),
    ("expiry_date", "expiry_date", "text"),
)


def _same(a: str, b: str, how: str) -> bool:
    if how == "name":
        return letters(a) == letters(b)
    return a.replace("<", "").strip().upper() == b.strip().upper()


def mrz_vs_printed(f: Facts) -> CheckResult:
    m, doc = f.passport_mrz, f.passport_viz
    if m is None or m.fields is None:
        return result(MRZ_VS_PRINTED, Status.REVIEW, "viz.no_mrz")
    if doc is None:
        return result(MRZ_VS_PRINTED, Status.REVIEW, "viz.not_read")
    agreed: list[str] = []
    unsure: list[dict[str, Any]] = []
    differ: list[dict[str, Any]] = []
    for mrz_name, viz_name, how in _PAIRS:
        mrz_value = getattr(m.fields, mrz_name) or ""
        printed = field(doc, viz_name)
        if not mrz_value or printed is None:
            continue
        if _same(mrz_value, printed.value, how):
            agreed.append(mrz_name)
            continue
        item = {**field_evidence(doc, printed), "mrz": mrz_value}
        (differ if printed.confidence >= SURE else unsure).append(item)
    ev = {"agreed": agreed, "differ": differ, "unsure": unsure}
    if differ:
        names = ", ".join(d["field"] for d in differ)
        return result(MRZ_VS_PRINTED, Status.FAIL, "viz.differs", ev, fields=names)
    if unsure:
        return result(MRZ_VS_PRINTED, Status.REVIEW, "viz.unsure", ev, fields=", ".join(u["field"] for u in unsure))
    if len(agreed) < 3:
        return result(MRZ_VS_PRINTED, Status.REVIEW, "viz.too_few", ev, count=len(agreed))
    return result(MRZ_VS_PRINTED, Status.PASS, "viz.agrees", ev, count=len(agreed))
