"""The PDF case report of real filed cases (demo documents read by the pipeline against the demo
registry): its text in four languages and three scripts, the images, DEMO marking, the audit entry
and the signed checkpoint beside it, permissions, and `tekseru case report`."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from ocr.bundled import resource_path
from ocr.imaging import load_pages
from tests.cli_desk_helpers import PW, make_desk, passwords, tekseru
from verification.accounts import AccountStore, PermissionDenied, Role, User
from verification.audit import AuditTrail, SignedCheckpoint, verify_checkpoint
from verification.audit.checkpoint import verify_signature
from verification.cases import Case, CaseNotFound, CaseStore, Decision, Subject
from verification.messages import check_title
from verification.report import ReportError, checkpoint_path_for, export_case_report
from verification.report.content import summarise_evidence
from verification.report.labels import label

KAZAKH = "әғқңөұүһі"
HAN = re.compile(r"[\u4e00-\u9fff]{2,}")


@dataclass
class Desk:
    path: Path
    anna: User
    boris: User
    chief: User
    prc_case: int  # anna's: the demo "clear" passport + certificate, undecided
    kaz_case: int  # anna's: a Kazakh passport (Cyrillic names), no certificate, decided with a comment
    boris_case: int


def _verify(reg_dir: Path, trail: AuditTrail, cases: CaseStore, user: User, passport: Path,
            certificate: Path | None) -> Case:  # fmt: skip
    from verification.faces import bands
    from verification.faces.embedding_store import EmbeddingStore, path_for_registry
    from verification.faces.registry import get_engine
    from verification.faces.search import FaceIndex
    from verification.pipeline import record_case, verify
    from verification.registry.sqlite_store import SqliteRegistryStore

    p_pages = [p.image for p in load_pages(passport)]
    c_pages = [p.image for p in load_pages(certificate)] if certificate else []
    reg_path = reg_dir / "registry.sqlite"
    table = bands.load()
    eng = get_engine(table.default_engine)
    with EmbeddingStore(path_for_registry(reg_path)) as emb:
        index = FaceIndex.from_store(emb, eng.name, eng.version, table.for_engine(eng.name))
    store = SqliteRegistryStore(reg_path, trail)
    try:
        result = verify(p_pages, c_pages, store, index, trail, user.username, demo=True)
    finally:
        store.close()
    return record_case(cases, user, result, p_pages, c_pages)


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    from verification.demo import install

    root = tmp_path_factory.mktemp("report")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TEKSERU_DATA_DIR", str(root / "install"))  # demo install's own audit trail
        install(root / "registry-demo")
    path = make_desk(root)
    with AuditTrail.open_desk(path) as trail:
        accounts = AccountStore.open_desk(path, trail)
        admin = accounts.add_user(None, "admin", PW, Role.ADMINISTRATOR)
        anna = accounts.add_user(admin, "anna", PW, Role.OFFICER, "Anna Officer")
        boris = accounts.add_user(admin, "boris", PW, Role.OFFICER)
        chief = accounts.add_user(admin, "chief", PW, Role.SUPERVISOR)
        accounts.close()
        with CaseStore.open_desk(path, trail) as cases:
            demo = resource_path("demo")
            prc = _verify(root / "registry-demo", trail, cases, anna, demo / "cases" / "clear_passport.jpg",
                          demo / "cases" / "clear_certificate.jpg")  # fmt: skip
            kaz = _verify(root / "registry-demo", trail, cases, anna, demo / "kaz_passport_scan.png", None)
            cases.decide(anna, kaz.id, Decision.REFER, "Сәрсенбаева: Қазақстан паспорты, шаһар бөліміне жіберілді")
            other = cases.open_case(boris, Subject("Ospanov", "Marat", "N0001"))
    yield Desk(path, anna, boris, chief, prc.id, kaz.id, other.id)


@pytest.fixture
def trail(desk: Desk) -> Iterator[AuditTrail]:
    with AuditTrail.open_desk(desk.path) as t:
        yield t


@pytest.fixture
def cases(desk: Desk, trail: AuditTrail) -> Iterator[CaseStore]:
    with CaseStore.open_desk(desk.path, trail) as c:
        yield c


def pages_text(pdf: Path) -> list[str]:
    """Each page's text with line breaks folded into spaces (table cells wrap at spaces)."""
    doc = pdfium.PdfDocument(pdf)
    try:
        return [re.sub(r"\s+", " ", doc[i].get_textpage().get_text_range()) for i in range(len(doc))]
    finally:
        doc.close()


def image_count(pdf: Path) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return sum(len(list(doc[i].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))) for i in range(len(doc)))
    finally:
        doc.close()


def test_report_shows_verdict_checks_mrz_names_and_audit_hash(desk: Desk, trail: AuditTrail, cases: CaseStore,
                                                              tmp_path: Path) -> None:  # fmt: skip
    out = tmp_path / "case.pdf"
    r = export_case_report(cases, trail, desk.anna, desk.prc_case, out)
    case = cases.get(desk.anna, desk.prc_case)
    assert r.pdf_path == out and out.read_bytes().startswith(b"%PDF-")
    text = " ".join(pages_text(out))
    assert f"Verdict: {case.verdict}" in text
    for c in case.checks["checks"]:
        assert check_title(c["id"], "en") in text, c["id"]
    assert "Portrait against registry photo" in text and "Score: " in text
    mrz = next(r.payload["mrz"] for r in case.reads if r.kind == "passport")
    for line in mrz["lines"]:
        assert line in text
    han = [f["value"] for r in case.reads if r.kind == "passport" for d in r.payload["documents"]
           for n, f in d["fields"].items() if n == "surname" and HAN.fullmatch(f.get("value") or "")]  # fmt: skip
    assert han and han[0] in text  # the Chinese surname as printed, in a CJK font
    assert "Anna Officer (anna)" in text and "Opened by anna" in text
    assert r.audit_hash in text and r.checkpoint.hash in text and r.checkpoint.key_id in text
    assert "No decision yet" in text
    assert "DEMO" not in text
    assert image_count(out) >= 4  # both portraits, the passport page and the certificate page
    assert case.subject.document_number in text


def test_failing_checks_come_first(desk: Desk, cases: CaseStore) -> None:
    from verification.report.content import build_content

    case = cases.get(desk.anna, desk.prc_case)
    import datetime as dt

    content = build_content(case, lambda i: None, "en", by="x", desk_key="k", now=dt.datetime.now(dt.UTC))
    order = {"fail": 0, "review": 1, "not_applicable": 2, "pass": 3}
    ranks = [order[c.status] for c in content.checks]
    assert ranks == sorted(ranks) and len(content.checks) == len(case.checks["checks"])
    assert all(p.data is None for p in content.pages)  # purged/unavailable images are shown as missing


def test_kazakh_labels_cyrillic_names_and_the_decision(desk: Desk, trail: AuditTrail, cases: CaseStore,
                                                      tmp_path: Path) -> None:  # fmt: skip
    out = tmp_path / "kk.pdf"
    export_case_report(cases, trail, desk.anna, desk.kaz_case, out, lang="kk")
    text = " ".join(pages_text(out))
    case = cases.get(desk.anna, desk.kaz_case)
    cyrillic = [f["value"] for r in case.reads if r.kind == "passport" for d in r.payload["documents"]
                for n, f in d["fields"].items() if n == "surname" and re.search("[А-Яа-яӘәҚқҒғҢңӨөҰұҮүҺһІі]", f["value"])]  # fmt: skip # noqa: E501
    assert cyrillic, "the Kazakh passport's Cyrillic surname was not read"
    assert cyrillic[0] in text and "Ә" in cyrillic[0]
    assert all(ch in text for ch in KAZAKH), [ch for ch in KAZAKH if ch not in text]
    assert label("title", "kk") in text and label("decision.refer", "kk") in text
    assert "Сәрсенбаева: Қазақстан паспорты, шаһар бөліміне жіберілді" in text  # the decision's comment
    assert label("no_certificate", "kk") in text
    assert label("no_decision", "kk") not in text


def test_chinese_and_russian_labels(desk: Desk, trail: AuditTrail, cases: CaseStore, tmp_path: Path) -> None:
    for lang, word in (("zh", "案件报告"), ("ru", "Отчёт по делу")):
        out = tmp_path / f"{lang}.pdf"
        export_case_report(cases, trail, desk.anna, desk.prc_case, out, lang=lang)
        text = " ".join(pages_text(out))
        assert word in text and check_title("mrz_valid", lang) in text


def test_demo_marks_every_page(desk: Desk, trail: AuditTrail, cases: CaseStore, tmp_path: Path) -> None:
    out = tmp_path / "demo.pdf"
    export_case_report(cases, trail, desk.anna, desk.prc_case, out, demo=True)
    pages = pages_text(out)
    assert len(pages) >= 3
    assert all(p.count("DEMO") >= 2 for p in pages)  # banner, watermark and footer on each
    entry = next(e for e in reversed(trail.entries()) if e.action == "case.report")
    assert entry.details["demo"] is True


def test_checkpoint_beside_the_pdf_verifies_against_the_chain(desk: Desk, trail: AuditTrail, cases: CaseStore,
                                                             tmp_path: Path) -> None:  # fmt: skip
    out = tmp_path / "cp.pdf"
    r = export_case_report(cases, trail, desk.anna, desk.prc_case, out)
    assert r.checkpoint_path == checkpoint_path_for(out) == tmp_path / "cp.pdf.checkpoint.json"
    cp = SignedCheckpoint.from_json(json.loads(r.checkpoint_path.read_text("utf-8")))
    assert cp == r.checkpoint
    verify_signature(cp, trail.public_key)
    with trail.reader() as chain:
        verify_checkpoint(cp, None, chain, trail.public_key)
        head = chain.at(cp.seq)
        assert head is not None and head.hash == cp.hash and head.action == "audit.checkpoint"
        report_seq = chain.seq_with_hash(r.audit_hash)
        assert report_seq == cp.seq - 1  # the report's entry, then the checkpoint right after it
        entry = chain.at(report_seq)
    assert entry is not None and entry.action == "case.report" and entry.actor == "anna"
    details = entry.details
    assert details["case"] == desk.prc_case and len(details["case_sha256"]) == 64
    case = cases.get(desk.anna, desk.prc_case)
    assert case.subject.surname not in entry.details_json  # identifiers and digests only, never names
    assert trail.verify().intact and trail.last_checkpoint() == cp
    text = " ".join(pages_text(out))
    assert f"{cp.seq}" in text and cp.hash in text
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert os.stat(out).st_mode & 0o077 == 0


def test_an_officer_cannot_report_another_officers_case(desk: Desk, trail: AuditTrail, cases: CaseStore,
                                                        tmp_path: Path) -> None:  # fmt: skip
    out = tmp_path / "theirs.pdf"
    before = trail.head()
    with pytest.raises(PermissionDenied):
        export_case_report(cases, trail, desk.anna, desk.boris_case, out)
    assert not out.exists() and not checkpoint_path_for(out).exists()
    assert before is not None
    assert all(e.action != "case.report" for e in trail.entries(before.seq + 1))
    r = export_case_report(cases, trail, desk.chief, desk.prc_case, out)  # supervisors see every case
    assert "chief" in " ".join(pages_text(r.pdf_path))


def test_missing_case_bad_language_or_folder_write_nothing(desk: Desk, trail: AuditTrail, cases: CaseStore,
                                                            tmp_path: Path) -> None:  # fmt: skip
    out = tmp_path / "none.pdf"
    before = trail.head()
    with pytest.raises(CaseNotFound, match="no case 9999"):
        export_case_report(cases, trail, desk.anna, 9999, out)
    with pytest.raises(ReportError, match="language 'de'"):
        export_case_report(cases, trail, desk.anna, desk.prc_case, out, lang="de")
    with pytest.raises(ReportError, match="does not exist"):
        export_case_report(cases, trail, desk.anna, desk.prc_case, tmp_path / "no" / "x.pdf")
    with pytest.raises(ReportError, match=r"\.pdf"):
        export_case_report(cases, trail, desk.anna, desk.prc_case, tmp_path / "x.txt")
    assert not any(tmp_path.iterdir())
    assert before is not None
    assert all(e.action != "case.report" for e in trail.entries(before.seq + 1))


def test_evidence_summary_drops_image_coordinates() -> None:
    ev = {"read": "passport.mrz", "box": [[1.0, 2.0]], "compared": [{"what": "name", "same": True,
          "quad": [[1, 2], [3, 4]], "text": "王", "value": "王"}], "score": 0.98612}  # fmt: skip
    s = summarise_evidence(ev)
    assert s == "read: passport.mrz; compared: [(what: name; same: True; value: 王)]; score: 0.986"
    assert summarise_evidence({}) == "" and len(summarise_evidence({"x": "y" * 1000})) == 420


def test_cli_case_report(desk: Desk, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                         tmp_path: Path) -> None:  # fmt: skip
    out = tmp_path / "cli.pdf"
    code, lines, _ = tekseru(capsys, monkeypatch, desk.path, "--demo", "case", "report", str(desk.prc_case), "--out",
                             str(out), "--lang", "zh", "--json", "--as", "anna", "--password-stdin",
                             stdin=passwords(PW))  # fmt: skip
    assert code == 0
    data = json.loads(lines[0])
    assert data["demo"] is True and data["pdf"] == str(out) and len(data["audit_hash"]) == 64
    assert all("DEMO" in p for p in pages_text(out)) and "案件报告" in pages_text(out)[0]
    assert Path(data["checkpoint"]).exists()
    anna = ("--as", "anna", "--password-stdin")
    code, lines, err = tekseru(capsys, monkeypatch, desk.path, "case", "report", "424242", "--out",
                               str(tmp_path / "x.pdf"), *anna, stdin=passwords(PW))  # fmt: skip
    assert code == 1 and "no case 424242" in err and not (tmp_path / "x.pdf").exists()
    code, lines, _ = tekseru(capsys, monkeypatch, desk.path, "case", "report", str(desk.kaz_case), "--out",
                             str(tmp_path / "t.pdf"), *anna, stdin=passwords(PW))  # fmt: skip
    assert code == 0 and lines[0].startswith(f"case {desk.kaz_case}: report ") and "DEMO" not in lines[0]


def test_a_missing_font_names_its_debian_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from verification.report import FontMissing, fonts

    monkeypatch.setattr(fonts, "SYSTEM_DIRS", (str(tmp_path),))
    monkeypatch.delenv(fonts.FONT_DIRS_ENV, raising=False)
    fonts.report_fonts.cache_clear()
    try:
        with pytest.raises(FontMissing, match="fonts-dejavu-core"):
            fonts.report_fonts()
    finally:
        fonts.report_fonts.cache_clear()
