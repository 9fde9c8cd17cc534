"""What the report says, taken from the stored case alone and already localised: the layout only
draws it. The case holds what was read and decided at verification time, so the report shows that
(not a fresh registry look-up that could disagree with what the officer saw)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from verification.audit import SignedCheckpoint
from verification.cases import Case, CaseImage
from verification.messages import check_title, text
from verification.report.labels import label

# Evidence keys that only locate things in an image or repeat a digest: noise on paper.
_NOISE = frozenset({"box", "quad", "char_confidence", "raw", "label", "lang", "notes", "problems", "found"})
_STATUS_ORDER = {"fail": 0, "review": 1, "not_applicable": 2, "pass": 3}
_EVIDENCE_CHARS = 420
_NAME_FIELD = re.compile(r"(^|_)(surname|given_names|name|patronymic)(_|$)")


@dataclass(frozen=True)
class Picture:
    caption: str
    data: bytes | None  # None: not captured, or purged after the retention period


@dataclass(frozen=True)
class NameRow:
    source: str
    field: str
    value: str
    confidence: float | None


@dataclass(frozen=True)
class CheckRow:
    check_id: str
    status: str  # the raw status ("pass", "fail", …), for colour
    status_text: str
    title: str
    reason: str
    evidence: str


@dataclass(frozen=True)
class FaceSummary:
    passport: Picture
    registry: Picture
    lines: tuple[str, ...]  # score, band, engine and edges, or why not compared


@dataclass(frozen=True)
class ReportContent:
    lang: str
    case_id: int
    case_uid: str
    header: tuple[tuple[str, str], ...]
    verdict: str | None
    verdict_reasons: tuple[str, ...]
    subject: tuple[tuple[str, str], ...]
    names: tuple[NameRow, ...]
    mrz_lines: tuple[str, ...]
    face: FaceSummary
    checks: tuple[CheckRow, ...]
    registry: tuple[tuple[str, str], ...]
    decision: tuple[tuple[str, str], ...]
    pages: tuple[Picture, ...]
    certificate_given: bool


@dataclass(frozen=True)
class AuditStamp:
    """The `case.report` entry written for this report and the checkpoint signed right after it."""

    entry_seq: int
    entry_hash: str
    chain_id: str
    checkpoint: SignedCheckpoint


def _when(value: dt.datetime | None) -> str:
    return "-" if value is None else value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def _reads(case: Case, kind: str) -> list[dict[str, Any]]:
    return [r.payload for r in case.reads if r.kind == kind and isinstance(r.payload, dict)]


def _mrz(case: Case) -> dict[str, Any] | None:
    for payload in _reads(case, "passport"):
        mrz = payload.get("mrz")
        if isinstance(mrz, dict) and mrz.get("found", True) and mrz.get("lines"):
            return mrz
    return None


def _scalar(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".")
    if value is None:
        return "-"
    return str(value)


def summarise_evidence(evidence: Any, limit: int = _EVIDENCE_CHARS) -> str:
    """A compact `key: value` reading of a check's evidence, without image coordinates."""

    def walk(value: Any) -> str:
        if isinstance(value, Mapping):
            skip = _NOISE | ({"text"} if "value" in value else set())  # the read text repeats its value
            parts = [f"{k}: {walk(v)}" for k, v in value.items() if k not in skip and v not in (None, "", [], {})]
            return "(" + "; ".join(parts) + ")"
        if isinstance(value, list | tuple):
            if value and all(isinstance(x, list | tuple) and all(isinstance(y, int | float) for y in x) for x in value):
                return "…"
            shown = [walk(x) for x in value[:6]]
            return "[" + ", ".join(shown) + (f", +{len(value) - 6}" if len(value) > 6 else "") + "]"
        return _scalar(value)

    if not isinstance(evidence, Mapping) or not evidence:
        return ""
    out = "; ".join(f"{k}: {walk(v)}" for k, v in evidence.items() if k not in _NOISE and v not in (None, "", [], {}))
    return out if len(out) <= limit else out[: limit - 1] + "…"


def _checks(payload: Mapping[str, Any], lang: str) -> tuple[CheckRow, ...]:
    rows: list[CheckRow] = []
    for c in payload.get("checks") or []:
        reason = c.get("reason") or {}
        status = str(c.get("status", ""))
        check_id = str(c.get("id"))
        rows.append(CheckRow(check_id, status, label(f"status.{status}", lang), check_title(check_id, lang),
                             text(str(reason.get("id", "")), lang, dict(reason.get("params") or {})),
                             summarise_evidence(c.get("evidence"))))  # fmt: skip
    return tuple(sorted(rows, key=lambda r: _STATUS_ORDER.get(r.status, 9)))  # stable: rule order within a status


def _verdict_reasons(payload: Mapping[str, Any], lang: str) -> tuple[str, ...]:
    out = []
    for r in payload.get("reasons") or []:
        params = {**(r.get("params") or {}), "check": check_title(str(r.get("check", "")), lang)}
        out.append(f"{r.get('leads_to', '')}: {text(str(r.get('id', '')), lang, params)}")
    return tuple(out)


def _names(case: Case, lang: str) -> tuple[NameRow, ...]:
    rows: list[NameRow] = []
    mrz = _mrz(case)
    fields = (mrz or {}).get("fields") or {}
    for key in ("surname", "given_names"):
        if fields.get(key):
            rows.append(NameRow("MRZ", label(key, lang), str(fields[key]), None))
    for kind in ("passport", "certificate"):
        for payload in _reads(case, kind):
            for doc in payload.get("documents") or []:
                source = f"{doc.get('kind', kind)} ({label('passport_page' if kind == 'passport' else 'certificate_page', lang)} {int(payload.get('page', 0)) + 1})"  # noqa: E501
                for name, f in (doc.get("fields") or {}).items():
                    if _NAME_FIELD.search(name) and isinstance(f, Mapping) and f.get("value"):
                        conf = f.get("confidence")
                        rows.append(NameRow(source, name, str(f["value"]), float(conf) if conf is not None else None))
    return tuple(rows)


def _subject(case: Case, lang: str) -> tuple[tuple[str, str], ...]:
    fields = (_mrz(case) or {}).get("fields") or {}
    s = case.subject
    rows = [(label("surname", lang), s.surname or "-"), (label("given_names", lang), s.given_names or "-"),
            (label("document_number", lang), s.document_number or "-")]  # fmt: skip
    for key in ("birth_date", "sex", "nationality"):
        if fields.get(key):
            rows.append((label(key, lang), str(fields[key])))
    return tuple(rows)


def _evidence_of(payload: Mapping[str, Any], check_id: str) -> dict[str, Any]:
    found = next((c for c in payload.get("checks") or [] if c.get("id") == check_id), None)
    ev = (found or {}).get("evidence")
    return ev if isinstance(ev, dict) else {}


def _status(h: Mapping[str, Any]) -> str:
    number = h.get("certificate_number")
    return f"{h.get('state')} {h.get('since')}" + (f" ({number})" if number else "")


def _registry(payload: Mapping[str, Any], lang: str) -> tuple[tuple[str, str], ...]:
    partner = payload.get("partner_id")
    found = _evidence_of(payload, "registry_person_found")
    rows: list[tuple[str, str]] = []
    if partner:
        rows.append((label("partner_id", lang), f"{partner} ({found.get('partner_state', '?')})"))
        if found.get("how"):
            rows.append((label("found_by", lang), str(found["how"])))
        if found.get("others"):
            rows.append((label("other_candidates", lang), ", ".join(map(str, found["others"]))))
        history = _evidence_of(payload, "citizenship_terminated").get("history") or []
        if history:
            rows.append((label("citizenship", lang), "; ".join(_status(h) for h in history)))
    else:
        rows.append((label("partner_id", lang), label("registry_none", lang)))
    fresh = _evidence_of(payload, "registry_fresh").get("message")
    if fresh:
        rows.append((label("freshness", lang), str(fresh)))
    return tuple(rows)


def _face(case: Case, payload: Mapping[str, Any], pictures: Mapping[str, bytes | None], lang: str) -> FaceSummary:
    face = next(iter(_reads(case, "face")), {})
    ev = _evidence_of(payload, "face_vs_registry")
    lines: list[str] = []
    if face.get("score") is not None:
        lines.append(f"{label('score', lang)}: {float(face['score']):.3f}")
        lines.append(f"{label('band', lang)}: {face.get('band') or '-'}")
        if ev.get("match_edge") is not None:
            lines.append(f"match ≥ {ev['match_edge']}, review ≥ {ev.get('review_edge', '-')}")
    else:
        lines.append(label("not_compared", lang) + (f": {face['reason']}" if face.get("reason") else ""))
    if face.get("engine"):
        lines.append(f"{label('engine', lang)}: {face['engine']}")
    return FaceSummary(Picture(label("portrait_passport", lang), pictures.get("portrait passport")),
                       Picture(label("portrait_registry", lang), pictures.get("portrait registry")),
                       tuple(lines))  # fmt: skip


def _decision(case: Case, lang: str) -> tuple[tuple[str, str], ...]:
    if case.decision is None:
        return ((label("decision", lang), label("no_decision", lang)),)
    rows = [(label("decision", lang), f"{label('decision.' + case.decision.value, lang)} ({case.decision.value})"),
            (label("decided_by", lang), case.decided_by or "-"),
            (label("decided_at", lang), _when(case.decided_at))]  # fmt: skip
    if case.comment:
        rows.append((label("comment", lang), case.comment))
    return tuple(rows)


def _pages(images: Iterable[CaseImage], pictures: Mapping[str, bytes | None], lang: str) -> tuple[Picture, ...]:
    out = []
    for img in images:
        for prefix, key in (("passport page ", "passport_page"), ("certificate page ", "certificate_page")):
            if img.label.startswith(prefix):
                out.append(Picture(f"{label(key, lang)} {img.label.removeprefix(prefix)}", pictures.get(img.label)))
    return tuple(out)


def build_content(case: Case, image: Callable[[CaseImage], bytes | None], lang: str, *, by: str,
                  desk_key: str, now: dt.datetime) -> ReportContent:  # fmt: skip
    """`image` returns an image's bytes (None once purged); `by` is who makes the report."""
    payload: Mapping[str, Any] = case.checks if isinstance(case.checks, Mapping) else {}
    pictures = {i.label: (None if i.purged_at else image(i)) for i in case.images}
    header = ((label("case", lang), str(case.id)), (label("case_uid", lang), case.uid),
              (label("opened", lang), _when(case.created_at)), (label("opened_by", lang), case.officer),
              (label("generated", lang), _when(now)), (label("generated_by", lang), by),
              (label("desk", lang), desk_key[:32]))  # fmt: skip
    mrz = _mrz(case)
    return ReportContent(
        lang=lang,
        case_id=case.id,
        case_uid=case.uid,
        header=header,
        verdict=None if case.verdict is None else case.verdict.value,
        verdict_reasons=_verdict_reasons(payload, lang),
        subject=_subject(case, lang),
        names=_names(case, lang),
        mrz_lines=tuple(str(x) for x in (mrz or {}).get("lines") or ()),
        face=_face(case, payload, pictures, lang),
        checks=_checks(payload, lang),
        registry=_registry(payload, lang),
        decision=_decision(case, lang),
        pages=_pages(case.images, pictures, lang),
        certificate_given=any(i.label.startswith("certificate page") for i in case.images),
    )


def case_digest_text(case: Case) -> str:
    """The case as reported, canonical JSON (its SHA-256 goes into the audit entry)."""
    return json.dumps(case.to_json(), sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
