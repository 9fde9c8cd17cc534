"""The renunciation certificate against the passport: the same person by name (Latin form, and the
Chinese characters read as Pinyin) and by date of birth."""

from __future__ import annotations

from typing import Any

from ocr.viz.translit import pinyin_fits
from verification.checks.common import SURE, field, field_evidence, letters, result
from verification.checks.model import CheckResult, Facts, Status

CERTIFICATE_VS_PASSPORT = "certificate_vs_passport"


def certificate_vs_passport(f: Facts) -> CheckResult:
    cid = CERTIFICATE_VS_PASSPORT
    if not f.certificate_given:
        return result(cid, Status.NOT_APPLICABLE, "cert.not_given")
    cert, m = f.certificate, f.passport_mrz
    if cert is None:
        return result(cid, Status.REVIEW, "cert.not_read")
    if m is None or m.fields is None:
        return result(cid, Status.REVIEW, "viz.no_mrz")
    passport_name = f"{m.fields.surname} {m.fields.given_names}"
    # transcribed minority names are printed given name first ("BIELIKE·HUDABAIERGEN"): either order
    orders = (passport_name, f"{m.fields.given_names} {m.fields.surname}")
    checks: list[tuple[str, bool, float, dict[str, Any]]] = []
    latin = field(cert, "name_latin")
    if latin is not None:
        same = any(letters(latin.value) == letters(o) for o in orders)
        checks.append(("name_latin", same, latin.confidence, field_evidence(cert, latin)))
    else:
        sur, giv = field(cert, "surname_latin"), field(cert, "given_names_latin")
        if sur is not None and giv is not None:
            mf = m.fields
            same = (letters(sur.value), letters(giv.value)) == (letters(mf.surname), letters(mf.given_names))
            conf = min(sur.confidence, giv.confidence)
            checks.append(("name_latin", same, conf, {**field_evidence(cert, sur), "given": giv.value}))
    han = field(cert, "name")
    if han is not None and not han.value.isascii():
        fits = any(pinyin_fits(han.value, o) for o in orders)
        checks.append(("name_pinyin", fits, han.confidence, field_evidence(cert, han)))
    birth = field(cert, "birth_date")
    if birth is not None and m.fields.birth_date:
        checks.append(("birth_date", birth.value == m.fields.birth_date, birth.confidence, field_evidence(cert, birth)))
    ev: dict[str, Any] = {"passport_name": passport_name, "passport_birth_date": m.fields.birth_date,
                          "compared": [{"what": w, "same": s, **e} for w, s, _, e in checks]}  # fmt: skip
    sure_differ = [w for w, same, conf, _ in checks if not same and conf >= SURE]
    unsure_differ = [w for w, same, conf, _ in checks if not same and conf < SURE]
    if sure_differ:
        return result(cid, Status.FAIL, "cert.differs", ev, fields=", ".join(sure_differ))
    if unsure_differ:
        return result(cid, Status.REVIEW, "cert.unsure", ev, fields=", ".join(unsure_differ))
    if not any(w.startswith("name") for w, *_ in checks) or not any(w == "birth_date" for w, *_ in checks):
        return result(cid, Status.REVIEW, "cert.incomplete", ev)
    return result(cid, Status.PASS, "cert.agrees", ev, fields=", ".join(w for w, *_ in checks))
