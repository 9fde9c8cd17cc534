"""Each rule on hand-made facts: pass, fail, review and not applicable where the rule has them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from ocr.mrz.formats import MrzFormat
from ocr.mrz.model import MrzFields, MrzRead
from ocr.viz.model import DocumentRead, FieldRead
from verification import checks as C
from verification.checks import FaceHit, FaceResult, Facts, Status
from verification.messages import LANGUAGES, catalogue, render
from verification.registry.model import (
    BorderCrossing,
    CitizenshipState,
    CitizenshipStatus,
    Direction,
    IdentityDocument,
    PersonRecord,
    RegistryStatus,
)
from verification.registry.sync.freshness import freshness

TODAY = dt.date(2026, 3, 1)
FIELDS = MrzFields("PO", "CHN", "MAMIER", "DINALA", "EV4770539", "CHN", "1991-08-14", "F", "2032-10-24", "X")
MRZ = MrzRead(True, MrzFormat.TD3, ("L1", "L2"), fields=FIELDS, checks={"document_number": True}, valid=True)


def fr(name: str, value: str, conf: float = 0.95) -> FieldRead:
    return FieldRead(name, name, value, value, conf, ((0, 0), (1, 0), (1, 1), (0, 1)), value, "eng")


def doc(kind: str, **values: str | tuple[str, float]) -> DocumentRead:
    fields = {}
    for k, v in values.items():
        fields[k] = fr(k, v) if isinstance(v, str) else fr(k, v[0], v[1])
    return DocumentRead(kind, "x", "x", fields, (), 0.9, "mrz")


VIZ = doc("prc_passport", surname_latin="MAMIER", given_names_latin="DINALA", document_number="EV4770539",
          birth_date="1991-08-14", sex="F", expiry_date="2032-10-24", issue_date="2022-10-25")  # fmt: skip
CERT = doc("prc_renunciation", name="马米尔·迪娜拉", name_latin="MAMIER DINALA", birth_date="1991-08-14",
           certificate_number="XJ202312345", effect_date="2023-05-01")  # fmt: skip
TERMINATED = (CitizenshipStatus(CitizenshipState.ACTIVE, dt.date(1991, 8, 14)),
              CitizenshipStatus(CitizenshipState.TERMINATED, dt.date(2023, 5, 1), "XJ202312345", "NIA"))  # fmt: skip
PASSPORT = IdentityDocument("passport", "EV4770539", "CHN", "NIA")
PERSON = PersonRecord("CN1", "CHN", "F", dt.date(1991, 8, 14), "新疆", documents=(PASSPORT,), citizenship=TERMINATED)
STATUS = RegistryStatus("CHN", 1, "full", dt.datetime(2026, 2, 25, tzinfo=dt.UTC), None, None)
FRESH = freshness(STATUS, dt.timedelta(days=30), dt.datetime(2026, 3, 1, tzinfo=dt.UTC))
GOOD = Facts(TODAY, TODAY, MRZ, VIZ, CERT, True, PERSON, "document", (), FaceResult(0.7, "match", engine="sface"),
             (FaceHit("CN1", 0.7, "match"),), FRESH)  # fmt: skip


def status(rule: C.Rule, facts: Facts) -> Status:
    return rule(facts).status


def test_all_pass_on_consistent_facts() -> None:
    results = C.run_all(GOOD)
    assert [r.status for r in results] == [Status.PASS] * len(C.RULES), [(r.id, r.reason) for r in results]


def test_mrz_valid() -> None:
    assert status(C.mrz_valid, replace(GOOD, passport_mrz=None)) is Status.REVIEW
    bad = replace(MRZ, valid=False, checks={"document_number": False})
    r = C.mrz_valid(replace(GOOD, passport_mrz=bad))
    assert r.status is Status.FAIL and "document_number" in r.reason.params["failed"]


def test_document_dates() -> None:
    expired = replace(MRZ, fields=replace(FIELDS, expiry_date="2025-01-01"))
    assert status(C.document_dates, replace(GOOD, passport_mrz=expired)) is Status.FAIL
    unknown = replace(MRZ, fields=replace(FIELDS, expiry_date=None))
    assert status(C.document_dates, replace(GOOD, passport_mrz=unknown)) is Status.REVIEW
    future = doc("prc_passport", issue_date="2027-01-01")
    assert status(C.document_dates, replace(GOOD, passport_viz=future)) is Status.FAIL
    unsure_future = doc("prc_passport", issue_date=("2027-01-01", 0.4))
    assert status(C.document_dates, replace(GOOD, passport_viz=unsure_future)) is Status.REVIEW


def test_mrz_vs_printed() -> None:
    differs = doc("prc_passport", surname_latin="MAMIEV", given_names_latin="DINALA", birth_date="1991-08-14")
    r = C.mrz_vs_printed(replace(GOOD, passport_viz=differs))
    assert r.status is Status.FAIL and r.evidence["differ"][0]["field"] == "surname_latin"
    unsure = doc("prc_passport", surname_latin=("MAMIEV", 0.5), given_names_latin="DINALA", birth_date="1991-08-14")
    assert status(C.mrz_vs_printed, replace(GOOD, passport_viz=unsure)) is Status.REVIEW
    assert status(C.mrz_vs_printed, replace(GOOD, passport_viz=None)) is Status.REVIEW
    spaced = doc("prc_passport", surname_latin="MA MIER", given_names_latin="DINALA", birth_date="1991-08-14")
    assert status(C.mrz_vs_printed, replace(GOOD, passport_viz=spaced)) is Status.PASS


def test_certificate_vs_passport() -> None:
    assert status(C.certificate_vs_passport, replace(GOOD, certificate=None, certificate_given=False)) is (
        Status.NOT_APPLICABLE)
    assert status(C.certificate_vs_passport, replace(GOOD, certificate=None)) is Status.REVIEW
    other = doc("prc_renunciation", name_latin="MAMIER DINALA", birth_date="1990-01-01")
    assert status(C.certificate_vs_passport, replace(GOOD, certificate=other)) is Status.FAIL
    wrong_han = doc("prc_renunciation", name="张伟", name_latin="MAMIER DINALA", birth_date="1991-08-14")
    assert C.certificate_vs_passport(replace(GOOD, certificate=wrong_han)).reason.params["fields"] == "name_pinyin"
    unsure = doc("prc_renunciation", name_latin=("MAMIEP DINALA", 0.5), birth_date="1991-08-14")
    assert status(C.certificate_vs_passport, replace(GOOD, certificate=unsure)) is Status.REVIEW


def test_person_found() -> None:
    assert status(C.person_found, replace(GOOD, person=None)) is Status.FAIL
    assert status(C.person_found, replace(GOOD, person_how="name")) is Status.REVIEW
    assert status(C.person_found, replace(GOOD, passport_mrz=None)) is Status.REVIEW


def test_face_vs_registry() -> None:
    assert status(C.face_vs_registry, replace(GOOD, person=None)) is Status.NOT_APPLICABLE
    assert status(C.face_vs_registry, replace(GOOD, face=FaceResult(0.39, "review"))) is Status.REVIEW
    assert status(C.face_vs_registry, replace(GOOD, face=FaceResult(0.1, "no_match"))) is Status.FAIL
    assert status(C.face_vs_registry, replace(GOOD, face=FaceResult(None, None, "a: no_face"))) is Status.REVIEW
    r = C.face_vs_registry(GOOD)
    assert r.evidence["score"] == 0.7 and r.evidence["band"] == "match"


def test_face_other_identity() -> None:
    hit = (FaceHit("CN1", 0.7, "match"), FaceHit("CN9", 0.6, "match"))
    r = C.face_other_identity(replace(GOOD, face_hits=hit))
    assert r.status is Status.FAIL and r.reason.params["partner_id"] == "CN9"
    near = (FaceHit("CN9", 0.39, "review"),)
    assert status(C.face_other_identity, replace(GOOD, face_hits=near)) is Status.REVIEW
    assert status(C.face_other_identity, replace(GOOD, face_hits=None)) is Status.REVIEW
    no_face = FaceResult(None, None, "a: no_face")
    assert status(C.face_other_identity, replace(GOOD, face=no_face, face_hits=None)) is Status.NOT_APPLICABLE


def _with_status(*history: CitizenshipStatus) -> Facts:
    return replace(GOOD, person=replace(PERSON, citizenship=history))


def test_citizenship_terminated() -> None:
    active = CitizenshipStatus(CitizenshipState.ACTIVE, dt.date(1991, 8, 14))
    pending = CitizenshipStatus(CitizenshipState.RENUNCIATION_PENDING, dt.date(2023, 1, 1), "SQ1")
    assert status(C.citizenship_terminated, _with_status(active)) is Status.FAIL
    assert status(C.citizenship_terminated, _with_status(active, pending)) is Status.REVIEW
    assert status(C.citizenship_terminated, replace(GOOD, person=None)) is Status.NOT_APPLICABLE


def test_termination_before_application() -> None:
    late = replace(GOOD, application_date=dt.date(2023, 1, 1))
    assert status(C.termination_before_application, late) is Status.FAIL
    other_effect = doc("prc_renunciation", effect_date="2023-06-01")
    assert status(C.termination_before_application, replace(GOOD, certificate=other_effect)) is Status.REVIEW
    active = CitizenshipStatus(CitizenshipState.ACTIVE, dt.date(1991, 8, 14))
    assert status(C.termination_before_application, _with_status(active)) is Status.NOT_APPLICABLE


def test_certificate_known() -> None:
    other = doc("prc_renunciation", certificate_number="XJ209999999")
    r = C.certificate_known(replace(GOOD, certificate=other))
    assert r.status is Status.FAIL and r.evidence["registry"] == ["XJ202312345"]
    unsure = doc("prc_renunciation", certificate_number=("XJ209999999", 0.5))
    assert status(C.certificate_known, replace(GOOD, certificate=unsure)) is Status.REVIEW
    assert status(C.certificate_known, replace(GOOD, certificate_given=False)) is Status.NOT_APPLICABLE
    assert status(C.certificate_known, replace(GOOD, certificate=doc("prc_renunciation"))) is Status.REVIEW


def test_crossings_consistent() -> None:
    after = BorderCrossing(dt.datetime(2024, 1, 5, 3, tzinfo=dt.UTC), "Khorgos / 霍尔果斯", Direction.ENTRY,
                           "EV4770539", "CHN")  # fmt: skip
    kaz = replace(after, document_number="N12345678", document_state="KAZ")
    r = C.crossings_consistent(replace(GOOD, person=replace(PERSON, crossings=(after,))))
    assert r.status is Status.FAIL and r.reason.params["date"] == "2024-01-05"
    assert status(C.crossings_consistent, replace(GOOD, person=replace(PERSON, crossings=(kaz,)))) is Status.PASS
    assert status(C.crossings_consistent, replace(GOOD, person=None)) is Status.NOT_APPLICABLE


def test_registry_fresh() -> None:
    old = freshness(STATUS, dt.timedelta(days=30), dt.datetime(2026, 5, 1, tzinfo=dt.UTC))
    assert status(C.registry_fresh, replace(GOOD, freshness=old)) is Status.FAIL
    behind = freshness(replace(STATUS, latest_trusted_time=dt.datetime(2026, 4, 1, tzinfo=dt.UTC)),
                       dt.timedelta(days=30), dt.datetime(2026, 3, 1, tzinfo=dt.UTC))  # fmt: skip
    assert status(C.registry_fresh, replace(GOOD, freshness=behind)) is Status.REVIEW
    assert status(C.registry_fresh, replace(GOOD, freshness=None)) is Status.REVIEW


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_reason_renders_in_every_language(lang: str) -> None:
    for mid, entry in catalogue().items():
        assert entry.get(lang), f"{mid} lacks {lang}"
    for r in C.run_all(GOOD):
        t = render(r.reason, lang)
        assert t and "{" not in t, (r.id, t)
