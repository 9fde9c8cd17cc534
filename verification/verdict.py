"""CLEAR / REVIEW / ALERT from check results. The combination rule is data
(resources/rules/verdict.json): which failing checks raise ALERT, which record must firmly be the
person's before any ALERT, which checks are required (not applicable = evidence missing). Every
verdict comes with its reasons in plain words, most severe first."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ocr.bundled import resource_path
from verification.cases import Verdict
from verification.checks.model import CheckResult, Reason, Status
from verification.messages import check_title, text

_RANK = {Verdict.CLEAR: 0, Verdict.REVIEW: 1, Verdict.ALERT: 2}


@dataclass(frozen=True)
class VerdictRule:
    alert_on_fail: frozenset[str]
    alert_requires_pass: frozenset[str]
    required: frozenset[str]
    fail: Verdict
    review: Verdict
    missing: Verdict


@cache
def load_rule(path: str | None = None) -> VerdictRule:
    data: dict[str, Any] = json.loads(Path(path or resource_path("rules", "verdict.json")).read_text("utf-8"))
    return VerdictRule(
        frozenset(data["alert_on_fail"]),
        frozenset(data.get("alert_requires_pass", [])),
        frozenset(data["required"]),
        Verdict(data["fail"]),
        Verdict(data["review"]),
        Verdict(data["missing"]),
    )


@dataclass(frozen=True)
class VerdictResult:
    verdict: Verdict
    reasons: tuple[tuple[Verdict, str, Reason], ...]  # (the verdict it leads to, check id, reason)

    def texts(self, lang: str = "en") -> list[str]:
        return [text(r.id, lang, {**r.params, "check": check_title(cid, lang)}) for _, cid, r in self.reasons]

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        return {"verdict": self.verdict.value,
                "reasons": [{"leads_to": v.value, "check": cid, "id": r.id, "params": r.params,
                             "text": text(r.id, lang, {**r.params, "check": check_title(cid, lang)})}
                            for v, cid, r in self.reasons]}  # fmt: skip


def decide(checks: Sequence[CheckResult], rule: VerdictRule | None = None) -> VerdictResult:
    rule = rule or load_rule()
    by_id = {c.id: c for c in checks}
    firm = all(by_id.get(cid) is not None and by_id[cid].status is Status.PASS for cid in rule.alert_requires_pass)
    reasons: list[tuple[Verdict, str, Reason]] = []
    for c in checks:
        if c.status is Status.FAIL:
            if c.id in rule.alert_on_fail and firm:
                reasons.append((Verdict.ALERT, c.id, Reason("verdict.alert")))
            elif c.id in rule.alert_on_fail:
                reasons.append((rule.fail, c.id, Reason("verdict.downgraded")))
            else:
                reasons.append((rule.fail, c.id, Reason("verdict.review_fail")))
        elif c.status is Status.REVIEW:
            reasons.append((rule.review, c.id, Reason("verdict.review_unsure")))
        elif c.status is Status.NOT_APPLICABLE and c.id in rule.required:
            reasons.append((rule.missing, c.id, Reason("verdict.missing")))
    for cid in sorted(rule.required - by_id.keys()):
        reasons.append((rule.missing, cid, Reason("verdict.missing")))
    reasons.sort(key=lambda r: -_RANK[r[0]])
    verdict = max((r[0] for r in reasons), key=_RANK.__getitem__, default=Verdict.CLEAR)
    if verdict is Verdict.CLEAR:
        reasons = [(Verdict.CLEAR, "", Reason("verdict.clear"))]
    return VerdictResult(verdict, tuple(reasons))
