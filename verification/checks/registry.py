"""Rules against the local copy of the partner registry: is the person there, is their citizenship
terminated and since when, is the certificate known, do border crossings fit, is the copy fresh."""

from __future__ import annotations

from typing import Any

from verification.checks.common import date_of, field, result
from verification.checks.model import CheckResult, Facts, Status
from verification.registry.model import CitizenshipState, PersonRecord

PERSON_FOUND = "registry_person_found"
CITIZENSHIP_TERMINATED = "citizenship_terminated"
TERMINATION_BEFORE_APPLICATION = "termination_before_application"
CERTIFICATE_KNOWN = "certificate_known"
CROSSINGS = "crossings_consistent"
REGISTRY_FRESH = "registry_fresh"


def _record(p: PersonRecord) -> dict[str, Any]:
    return {"partner_id": p.partner_id, "partner_state": p.partner_state}


def person_found(f: Facts) -> CheckResult:
    if f.passport_mrz is None or f.passport_mrz.fields is None:
        return result(PERSON_FOUND, Status.REVIEW, "reg.no_query")
    doc = f.passport_mrz.fields.document_number
    if f.person is None:
        return result(PERSON_FOUND, Status.FAIL, "reg.not_found", {"document_number": doc}, number=doc)
    ev = {**_record(f.person), "how": f.person_how, "document_number": doc, "others": list(f.other_candidates)}
    if f.person_how in ("document", "personal_id") and not f.other_candidates:
        return result(PERSON_FOUND, Status.PASS, "reg.found", ev, partner_id=f.person.partner_id, how=f.person_how)
    return result(PERSON_FOUND, Status.REVIEW, "reg.found_weak", ev, partner_id=f.person.partner_id,
                  how=f.person_how or "?", others=len(f.other_candidates))  # fmt: skip


def citizenship_terminated(f: Facts) -> CheckResult:
    cid = CITIZENSHIP_TERMINATED
    if f.person is None:
        return result(cid, Status.NOT_APPLICABLE, "reg.no_person")
    st = f.person.current_status
    ev = {**_record(f.person), "history": [{"state": s.state.value, "since": s.since.isoformat(),
                                            "certificate_number": s.certificate_number} for s in f.person.citizenship]}
    if st is None:
        return result(cid, Status.REVIEW, "cit.no_history", ev)
    if st.state is CitizenshipState.TERMINATED:
        return result(cid, Status.PASS, "cit.terminated", ev, since=st.since.isoformat())
    if st.state is CitizenshipState.RENUNCIATION_PENDING:
        return result(cid, Status.REVIEW, "cit.pending", ev, since=st.since.isoformat())
    return result(cid, Status.FAIL, "cit.active", ev)


def termination_before_application(f: Facts) -> CheckResult:
    cid = TERMINATION_BEFORE_APPLICATION
    st = f.person.current_status if f.person is not None else None
    if st is None or st.state is not CitizenshipState.TERMINATED:
        return result(cid, Status.NOT_APPLICABLE, "term.not_terminated")
    ev = {**_record(f.person), "since": st.since.isoformat(), "application_date": f.application_date.isoformat()}  # type: ignore[arg-type]
    printed = field(f.certificate, "effect_date")
    effect = date_of(printed.value) if printed is not None else None
    if st.since > f.application_date:
        return result(cid, Status.FAIL, "term.after", ev, since=st.since.isoformat(),
                      application=f.application_date.isoformat())  # fmt: skip
    if effect is not None and effect != st.since:
        ev["certificate_effect_date"] = effect.isoformat()
        return result(cid, Status.REVIEW, "term.effect_differs", ev, printed=effect.isoformat(),
                      registry=st.since.isoformat())  # fmt: skip
    return result(cid, Status.PASS, "term.before", ev, since=st.since.isoformat(),
                  application=f.application_date.isoformat())  # fmt: skip


def _norm(number: str) -> str:
    return "".join(ch for ch in number.upper() if ch.isalnum())


def certificate_known(f: Facts) -> CheckResult:
    cid = CERTIFICATE_KNOWN
    if not f.certificate_given:
        return result(cid, Status.NOT_APPLICABLE, "cert.not_given")
    if f.person is None:
        return result(cid, Status.NOT_APPLICABLE, "reg.no_person")
    number = field(f.certificate, "certificate_number")
    code = f.certificate.code if f.certificate is not None else None
    read = number.value if number is not None else (code.parts.get("number") if code is not None else None)
    known = [s.certificate_number for s in f.person.citizenship if s.certificate_number]
    ev: dict[str, Any] = {**_record(f.person), "read": read, "registry": known,
                          "confidence": round(number.confidence, 3) if number is not None else None}  # fmt: skip
    if not read:
        return result(cid, Status.REVIEW, "certno.not_read", ev)
    if any(_norm(read) == _norm(k) for k in known):
        return result(cid, Status.PASS, "certno.known", ev, number=read)
    if not known:
        return result(cid, Status.REVIEW, "certno.registry_has_none", ev, number=read)
    if number is not None and number.confidence < 0.8:
        return result(cid, Status.REVIEW, "certno.unsure", ev, number=read, registry=", ".join(known))
    return result(cid, Status.FAIL, "certno.differs", ev, number=read, registry=", ".join(known))


def crossings_consistent(f: Facts) -> CheckResult:
    cid = CROSSINGS
    if f.person is None:
        return result(cid, Status.NOT_APPLICABLE, "reg.no_person")
    st = f.person.current_status
    if st is None or st.state is not CitizenshipState.TERMINATED:
        return result(cid, Status.NOT_APPLICABLE, "term.not_terminated")
    prc_docs = {d.number for d in f.person.documents if d.issuing_state == f.person.partner_state}
    if f.passport_mrz is not None and f.passport_mrz.fields is not None:
        prc_docs.add(f.passport_mrz.fields.document_number)
    state = f.person.partner_state
    after = [c for c in f.person.crossings
             if c.time.date() > st.since and c.document_state == state and c.document_number in prc_docs]  # fmt: skip
    ev = {**_record(f.person), "since": st.since.isoformat(), "crossings": len(f.person.crossings),
          "contradicting": [{"time": c.time.isoformat(), "point": c.crossing_point, "direction": c.direction.value,
                             "document": c.document_number} for c in after]}  # fmt: skip
    if after:
        c = after[0]
        return result(cid, Status.FAIL, "cross.after_effect", ev, direction=c.direction.value,
                      date=c.time.date().isoformat(), document=c.document_number, since=st.since.isoformat(),
                      point=c.crossing_point, count=len(after))  # fmt: skip
    return result(cid, Status.PASS, "cross.fit", ev, count=len(f.person.crossings))


def registry_fresh(f: Facts) -> CheckResult:
    fr = f.freshness
    if fr is None:
        return result(REGISTRY_FRESH, Status.REVIEW, "fresh.unknown")
    ev = {"published_at": fr.published_at.isoformat() if fr.published_at else None,
          "age_days": round(fr.age.total_seconds() / 86400, 1) if fr.age is not None else None,
          "max_age_days": fr.max_age.total_seconds() / 86400, "message": fr.message()}  # fmt: skip
    if fr.published_at is None or fr.age is None:
        return result(REGISTRY_FRESH, Status.FAIL, "fresh.none", ev)
    if fr.clock_behind:
        return result(REGISTRY_FRESH, Status.REVIEW, "fresh.clock_behind", ev)
    if fr.stale:
        return result(REGISTRY_FRESH, Status.FAIL, "fresh.stale", ev, days=ev["age_days"], max=ev["max_age_days"])
    return result(REGISTRY_FRESH, Status.PASS, "fresh.ok", ev, days=ev["age_days"], max=ev["max_age_days"])
