"""A filed case as the officer saw it at verification time, from what `record_case` stored (Qt-free,
so a worker builds it and tests read it): the verdict and every check turned back into the core's
result objects (so the results widgets render them in the app's language), the passport and
certificate reads (PageRead JSON), the face comparison, the timings, and the images with their
bytes — None once purged by retention. Anything stored in another shape (older cases, hand-filed
ones) is kept as raw lines rather than dropped."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from verification.cases import Case, CaseImage, CaseStore, Verdict
from verification.checks.model import CheckResult, Reason, Status
from verification.verdict import VerdictResult

PORTRAIT_PASSPORT, PORTRAIT_REGISTRY = "portrait passport", "portrait registry"


@dataclass(frozen=True)
class StoredImage:
    image: CaseImage
    data: bytes | None  # None: purged (retention) or the file is missing

    @property
    def label(self) -> str:
        return self.image.label

    @property
    def purged(self) -> bool:
        return self.image.purged_at is not None


@dataclass(frozen=True)
class StoredCase:
    case: Case
    verdict: VerdictResult | None
    checks: tuple[CheckResult, ...]
    raw_checks: tuple[str, ...]  # check results in a shape this view does not know, as text
    demo: bool
    partner_id: str | None
    passport: tuple[dict[str, Any], ...]  # PageRead JSON of each passport page
    certificate: tuple[dict[str, Any], ...]
    legacy_mrz: tuple[dict[str, Any], ...]  # reads of the older "mrz" kind
    face: dict[str, Any] | None
    timings: dict[str, float]
    images: tuple[StoredImage, ...] = field(default_factory=tuple)

    @property
    def mrz(self) -> dict[str, Any] | None:
        """The MRZ the verification used: the first one found on a passport page, else an old read."""
        for read in self.passport:
            mrz = read.get("mrz")
            if isinstance(mrz, dict) and mrz.get("found", True):
                return mrz
        return self.legacy_mrz[0] if self.legacy_mrz else None

    def documents(self, reads: tuple[dict[str, Any], ...]) -> list[dict[str, Any]]:
        return [d for r in reads for d in r.get("documents", []) if isinstance(d, dict)]

    def pages(self, prefix: str) -> list[StoredImage]:
        return [i for i in self.images if i.label.startswith(prefix + " page")]

    def image(self, label: str) -> StoredImage | None:
        return next((i for i in self.images if i.label == label), None)

    def other_images(self) -> list[StoredImage]:
        known = (PORTRAIT_PASSPORT, PORTRAIT_REGISTRY)
        pages = ("passport page", "certificate page")
        return [i for i in self.images if i.label not in known and not i.label.startswith(pages)]

    def days_kept(self, image: StoredImage) -> int:
        """How many days the image was kept before the retention purge deleted it."""
        purged = image.image.purged_at or self.case.images_purged_at
        return 0 if purged is None else max(0, (purged - self.case.created_at).days)


def _verdict(payload: Mapping[str, Any], verdict: Verdict | None) -> VerdictResult | None:
    if verdict is None:
        return None
    reasons = tuple((Verdict(r["leads_to"]), str(r["check"]), Reason(str(r["id"]), dict(r.get("params") or {})))
                    for r in payload.get("reasons", []))  # fmt: skip
    return VerdictResult(verdict, reasons)


def _check(c: Mapping[str, Any]) -> CheckResult:
    reason = c["reason"]
    return CheckResult(str(c["id"]), Status(c["status"]), Reason(str(reason["id"]), dict(reason.get("params") or {})),
                       dict(c.get("evidence") or {}))  # fmt: skip


def parse(case: Case, images: tuple[StoredImage, ...] = ()) -> StoredCase:
    payload = case.checks
    verdict: VerdictResult | None = None
    checks: tuple[CheckResult, ...] = ()
    raw: tuple[str, ...] = ()
    demo, partner = False, None
    if isinstance(payload, dict):
        try:
            verdict = _verdict(payload, case.verdict)
            checks = tuple(_check(c) for c in payload.get("checks", []))
        except (KeyError, TypeError, ValueError):  # not the pipeline's shape: shown as stored
            verdict, checks = None, ()
            raw = (json.dumps(payload, ensure_ascii=False, sort_keys=True),)
        demo = bool(payload.get("demo"))
        partner = payload.get("partner_id") if isinstance(payload.get("partner_id"), str) else None
    elif payload is not None:
        raw = (json.dumps(payload, ensure_ascii=False, sort_keys=True),)
    if verdict is None and case.verdict is not None:
        verdict = VerdictResult(case.verdict, ())
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for read in case.reads:
        by_kind.setdefault(read.kind, []).append(read.payload)
    face = by_kind.get("face", [None])[-1]
    timings = {str(k): float(v) for k, v in (by_kind.get("timings", [{}])[-1] or {}).items()
               if isinstance(v, int | float)}  # fmt: skip
    return StoredCase(case, verdict, checks, raw, demo, partner, tuple(by_kind.get("passport", [])),
                      tuple(by_kind.get("certificate", [])), tuple(by_kind.get("mrz", [])), face, timings,
                      images)  # fmt: skip


def load(cases: CaseStore, user: Any, case_id: int) -> StoredCase:
    """The case (viewing audited, refused unless the user may see it) and the bytes of every image
    not purged. Call from a worker, under the desk lock."""
    case = cases.get(user, case_id)
    # Read straight from the image folder: `get` has just checked (and audited) that this user may
    # see this case; `image_bytes` would audit one more view per image.
    images = tuple(StoredImage(i, None if i.purged_at is not None else cases.images.read(i.sha256))
                   for i in case.images)  # fmt: skip
    return parse(case, images)
