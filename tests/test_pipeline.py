"""`verification.pipeline.verify` and `record_case` on factory documents against a small real SQLite
registry copy with real face embeddings: verdicts, stage timings, progress, audited look-ups, a
passport without certificate, a page that is no document, and what a case keeps. Each verify reads
pages for about two seconds, so every result is computed once per module."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray

from ocr.specimens.non_documents import make_other
from tests.pipeline_helpers import Person, build_registry, make_person
from verification.accounts import Role, User
from verification.audit import AuditTrail
from verification.cases import CaseStore, Verdict
from verification.checks import Status
from verification.faces import bands
from verification.faces.embedding_store import EmbeddingStore, path_for_registry
from verification.faces.registry import get_engine
from verification.faces.search import FaceIndex
from verification.pipeline import STAGES, Reads, VerificationResult, record_case, verify
from verification.registry.model import CitizenshipState
from verification.registry.sinks import ListAuditSink
from verification.registry.sqlite_store import SqliteRegistryStore

pytestmark = pytest.mark.slow
OFFICER = User("aigerim", "Aigerim", Role.OFFICER)


@dataclass
class World:
    clear: Person
    active: Person
    store: SqliteRegistryStore
    index: FaceIndex | None
    sink: ListAuditSink


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    out = tmp_path_factory.mktemp("pipeline")
    clear = make_person("clear", 4101, CitizenshipState.TERMINATED, out)
    active = make_person("active", 4202, CitizenshipState.ACTIVE, out, photo=False)
    path = build_registry(out / "registry", [clear, active])
    table = bands.load()
    eng = get_engine(table.default_engine)
    with EmbeddingStore(path_for_registry(path)) as emb:
        index = FaceIndex.from_store(emb, eng.name, eng.version, table.for_engine(eng.name))
    sink = ListAuditSink()
    store = SqliteRegistryStore(path, sink)
    yield World(clear, active, store, index, sink)
    store.close()


@dataclass
class Run:
    result: VerificationResult
    progress: list[tuple[str, int, int]]
    audit: list[tuple[str, str, dict[str, object]]]


def _run(world: World, passport: list[NDArray[np.uint8]], certificate: list[NDArray[np.uint8]], **kw: object) -> Run:
    progress: list[tuple[str, int, int]] = []
    before = len(world.sink.records)
    result = verify(passport, certificate, world.store, world.index, world.sink, "aigerim",
                    lambda s, d, t: progress.append((s, d, t)), **kw)  # type: ignore[arg-type]  # fmt: skip
    audit = [(r.action, r.actor, r.details) for r in world.sink.records[before:]]
    return Run(result, progress, audit)


@pytest.fixture(scope="module")
def clear_run(world: World) -> Run:
    return _run(world, [world.clear.passport], [world.clear.certificate])


@pytest.fixture(scope="module")
def active_run(world: World) -> Run:
    return _run(world, [world.active.passport], [world.active.certificate])


@pytest.fixture(scope="module")
def passport_only(world: World) -> Run:
    return _run(world, [world.clear.passport], [])


@pytest.fixture(scope="module")
def not_a_document(world: World) -> Run:
    page = make_other("letter", random.Random(5)).image
    return _run(world, [page], [])


def _status(result: VerificationResult) -> dict[str, Status]:
    return {c.id: c.status for c in result.checks}


def test_clear_person_is_clear(world: World, clear_run: Run) -> None:
    r = clear_run.result
    s = _status(r)
    assert r.verdict.verdict is Verdict.CLEAR, [(c.id, c.status, c.reason) for c in r.checks if c.status != "pass"]
    assert r.person is not None and r.person.partner_id == world.clear.record.partner_id
    for check in ("mrz_valid", "registry_person_found", "citizenship_terminated", "certificate_known",
                  "face_vs_registry", "face_other_identity"):  # fmt: skip
        assert s[check] is Status.PASS, check
    assert r.passport_reads[0].kind.kind == "prc_passport"
    assert r.certificate_reads[0].kind.kind == "prc_renunciation"
    assert r.face is not None and r.face.score is not None and r.face.score > 0.8


def test_active_citizenship_is_an_alert(world: World, active_run: Run) -> None:
    r = active_run.result
    assert r.person is not None and r.person.partner_id == world.active.record.partner_id
    assert _status(r)["citizenship_terminated"] is Status.FAIL
    assert _status(r)["face_vs_registry"] is not Status.PASS  # the registry holds no photo of this person
    assert r.face is None
    assert r.verdict.verdict is Verdict.ALERT


def test_every_stage_is_timed(clear_run: Run) -> None:
    t = clear_run.result.timings
    for name in (*STAGES, "reading", "total"):
        assert name in t and t[name] >= 0.0, name
    assert t["reading"] <= t["total"]
    assert t["read_passport"] > 0.0 and t["read_certificate"] > 0.0
    assert clear_run.result.to_json()["timings"].keys() == t.keys()


def test_progress_is_reported_in_stage_order(clear_run: Run) -> None:
    names = [s for s, _, _ in clear_run.progress]
    assert names == [*STAGES, "done"]
    assert [d for _, d, _ in clear_run.progress] == list(range(len(STAGES) + 1))
    assert {t for _, _, t in clear_run.progress} == {len(STAGES)}


def test_registry_look_ups_and_the_verification_are_audited(world: World, clear_run: Run) -> None:
    actions = [a for a, _, _ in clear_run.audit]
    assert "registry.by_document" in actions
    assert "registry.photo" in actions
    assert actions.count("face.search") == 1
    assert actions[-1] == "verify"
    assert {actor for _, actor, _ in clear_run.audit} == {"aigerim"}
    verify_details = clear_run.audit[-1][2]
    assert verify_details["verdict"] == "CLEAR"
    assert verify_details["partner_id"] == world.clear.record.partner_id


def test_passport_without_certificate(world: World, passport_only: Run) -> None:
    r = passport_only.result
    s = _status(r)
    assert r.certificate_reads == ()
    assert r.person is not None and r.person.partner_id == world.clear.record.partner_id
    assert s["mrz_valid"] is Status.PASS
    assert not r.facts.certificate_given and r.facts.certificate is None
    cert_checks = {c.id: c for c in r.checks if c.id.startswith("certificate")}
    assert cert_checks and all(c.status is not Status.PASS for c in cert_checks.values())
    # the registry's own record of the termination still decides; the missing certificate is no failure
    assert s["citizenship_terminated"] is Status.PASS
    assert r.timings["read_certificate"] == 0.0


def test_a_page_that_is_no_document_is_not_read_and_says_so(not_a_document: Run) -> None:
    r = not_a_document.result
    assert r.passport_reads[0].kind.kind == "unknown"
    assert r.facts.passport_mrz is None and r.person is None
    assert _status(r)["mrz_valid"] is not Status.PASS
    assert r.verdict.verdict is not Verdict.CLEAR
    assert "registry.by_document" not in [a for a, _, _ in not_a_document.audit]
    assert r.verdict.to_json()["reasons"]


def test_reading_side_by_side_reads_what_one_after_the_other_reads(world: World, clear_run: Run) -> None:
    seq = _run(world, [world.clear.passport], [world.clear.certificate], parallel=False).result
    par = clear_run.result
    assert [c.to_json() for c in seq.checks] == [c.to_json() for c in par.checks]
    assert _untimed(seq.passport_reads[0].to_json()) == _untimed(par.passport_reads[0].to_json())
    assert _untimed(seq.certificate_reads[0].to_json()) == _untimed(par.certificate_reads[0].to_json())


def _untimed(data: object) -> object:
    """`data` without its `seconds` entries (the one thing two reads of a page may differ in)."""
    if isinstance(data, dict):
        return {k: _untimed(v) for k, v in data.items() if k != "seconds"}
    if isinstance(data, list):
        return [_untimed(v) for v in data]
    return data


def test_record_case_keeps_images_reads_and_verdict(tmp_path: Path, world: World, clear_run: Run) -> None:
    with AuditTrail.open_desk(tmp_path) as trail, CaseStore.open_desk(tmp_path, trail) as cases:
        case = record_case(cases, OFFICER, clear_run.result, [world.clear.passport], [world.clear.certificate])
        got = cases.get(OFFICER, case.id)
        assert got.verdict is Verdict.CLEAR
        labels = {i.label for i in got.images}
        assert {"passport page 1", "certificate page 1", "portrait passport", "portrait registry"} <= labels
        assert all(cases.image_bytes(OFFICER, case.id, i.sha256) for i in got.images)
        kinds = [r.kind for r in got.reads]
        assert kinds.count("passport") == 1 and kinds.count("certificate") == 1
        assert {"face", "timings"} <= set(kinds)
        passport_read = next(r.payload for r in got.reads if r.kind == "passport")
        assert passport_read["kind"]["kind"] == "prc_passport"
        assert got.checks["verdict"] == "CLEAR"
        assert {c["id"] for c in got.checks["checks"]} == {c.id for c in clear_run.result.checks}
        assert got.subject.document_number in {d.number for d in world.clear.record.documents}


def test_record_case_of_an_unread_page(tmp_path: Path, not_a_document: Run) -> None:
    page = make_other("letter", random.Random(5)).image
    with AuditTrail.open_desk(tmp_path) as trail, CaseStore.open_desk(tmp_path, trail) as cases:
        case = record_case(cases, OFFICER, not_a_document.result, [page], [])
        got = cases.get(OFFICER, case.id)
        assert got.verdict is not_a_document.result.verdict.verdict
        assert [i.label for i in got.images] == ["passport page 1"]
        assert next(r.payload for r in got.reads if r.kind == "face") == {"compared": False}


def test_the_chosen_face_engine_compares_and_a_mismatched_index_is_refused(world: World, clear_run: Run) -> None:
    reads = Reads(clear_run.result.passport_reads, clear_run.result.certificate_reads, {"reading": 0.0})
    got = verify([world.clear.passport], [world.clear.certificate], world.store, None, world.sink, "aigerim",
                 reads=reads, face_engine="dlib")  # fmt: skip
    assert got.face is not None and got.face.engine == "dlib"
    dlib_edges = bands.load().for_engine("dlib")
    assert got.facts.face is not None and got.facts.face.match_edge == dlib_edges.match
    assert clear_run.result.face is not None and clear_run.result.face.engine == world.index.engine  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="embeddings"):
        verify([world.clear.passport], [world.clear.certificate], world.store, world.index, world.sink, "aigerim",
               reads=reads, face_engine="dlib")  # fmt: skip
