"""Demo data: three people whose passport and renunciation certificate (from the specimen factory)
agree with a small signed demo registry package, chosen so that between them they give each
verdict for a reason a person can see:

  clear   the registry records the citizenship as terminated with this certificate, before today
  review  the registry shows the renunciation filed but not yet completed
  alert   the registry shows the citizenship still active although a certificate is handed over

The package is signed with the demo keys (verification/registry/sync/demo.py), trusted only by
`tekseru --demo`. `python -m verification.demo build DIR` writes documents, records, photos and the
package; `python -m verification.demo install DATA_DIR` imports it into a demo registry (rebuilding
the package when the committed one is older than the allowed age, so the demo never shows stale
data as fresh) and computes the face embeddings of the registry photos."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import random
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

from ocr.bundled import resource_path
from ocr.specimens import make_document, random_person
from ocr.specimens.certificates import make_certificate
from ocr.specimens.issuance import new_issue
from ocr.specimens.portrait import portrait
from verification.registry.model import CitizenshipState, CitizenshipStatus, PersonRecord
from verification.registry.specimens import generate_registry, record_for
from verification.registry.sync.demo import DEMO_PARTNER, demo_keys
from verification.registry.sync.records import person_to_json

CASES = ("clear", "review", "alert")
FILLERS = 40
PHOTO_SIZE = (300, 400)  # the registry's photos: another sitting than the one printed in the passport
MAX_REDRAWS = 60
MARGIN = 0.06  # a redrawn filler stays this far below the review edge against every case face
PACKAGE = "demo-registry.tar"
MAX_AGE = dt.timedelta(days=30)


def demo_dir() -> Path:
    return resource_path("demo", "registry")


def _jpeg(img: np.ndarray, quality: int = 88) -> bytes:
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    return bytes(buf)


def _case(name: str, seed: int, redraw: int = 0) -> tuple[bytes, bytes, PersonRecord, bytes, dt.date]:
    """Passport JPEG, certificate JPEG, the registry record, the registry photo and the passport's
    expiry date of one case."""
    person = random_person(random.Random(f"demo-{name}-{seed}" + (f"-{redraw}" if redraw else "")), "kazakh")
    issue = new_issue("prc_passport", person, random.Random(seed))
    passport = make_document("prc_passport", person, random.Random(seed))
    assert passport.truth["fields"]["document_number"] == issue.document_number
    cert = make_certificate("prc_renunciation", person, random.Random(seed + 1), edition="2019")
    c = cert.truth["certificate"]
    effect = dt.date.fromisoformat(c["effect_date"])
    number, authority = c["number"], c["authority"][0]
    if name == "clear":
        status = CitizenshipStatus(CitizenshipState.TERMINATED, effect, number, authority)
    elif name == "review":
        status = CitizenshipStatus(CitizenshipState.RENUNCIATION_PENDING, effect - dt.timedelta(days=90), number,
                                   authority)  # fmt: skip
    else:
        status = CitizenshipStatus(CitizenshipState.ACTIVE, person.birth_date)
    rec = record_for(person, random.Random(seed + 2), status=status, passport=issue)
    # the partner's photo of the person: the same face from another sitting (light, pose, clothes)
    photo = _photo(person.person_id, person.sex, _age(person.birth_date, issue.issue_date))
    # keep the story simple: no later crossings on this passport unless the rules should see them
    rec = dataclasses.replace(rec, crossings=tuple(x for x in rec.crossings if x.time.date() < effect))
    return _jpeg(passport.image), _jpeg(cert.image), rec, photo, issue.expiry_date


def _age(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _photo(face_key: str, sex: str, age: int) -> bytes:
    rgb = portrait(face_key, sex if sex in ("M", "F") else "M", age, *PHOTO_SIZE, variant=1)
    return _jpeg(np.ascontiguousarray(rgb[:, :, ::-1]), 88)


def _embedder() -> tuple[Callable[[bytes], np.ndarray | None], float]:
    """(JPEG -> SFace embedding of its face or None, the review edge) with the shipped bands."""
    from ocr.portraits import extract_portrait
    from verification.faces import bands
    from verification.faces.registry import get_engine

    tab = bands.load()
    engine = get_engine(tab.default_engine)

    def embedding(jpeg: bytes) -> np.ndarray | None:
        img = np.asarray(cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR), np.uint8)
        p = extract_portrait(img, tab.quality)
        return engine.embed(p) if p.usable else None

    return embedding, tab.for_engine(tab.default_engine).review


def _distinct(e: np.ndarray | None, others: list[np.ndarray], edge: float) -> bool:
    return e is not None and all(float(e @ o) < edge - MARGIN for o in others)


def _filler_photos(fillers: list[PersonRecord], cases: list[bytes], on: dt.date) -> dict[str, bytes]:
    """A registry photo for every filler person (`cases`: the case persons' passports and photos).
    The factory's drawn faces are not yet distinct enough under SFace (see
    tests/bench/face_identity_bench.py: about 4 in 10 pairs of different drawn people score at or
    above the review edge), so a filler whose face would pass for a case person's is redrawn, as
    if the registry simply held other people. The search still runs over every photo, and the
    cases' own photos are never touched."""
    embedding, edge = _embedder()
    case_embs = [e for e in (embedding(c) for c in cases) if e is not None]
    out: dict[str, bytes] = {}
    for rec in fillers:
        age = _age(rec.birth_date, on)
        for k in range(MAX_REDRAWS):
            photo = _photo(f"{rec.partner_id}#{k}" if k else rec.partner_id, rec.sex, age)
            e = embedding(photo)
            if _distinct(e, case_embs, edge):
                out[rec.partner_id] = photo
                break
    return out


def build(out: Path, seed: int = 2026, now: dt.datetime | None = None) -> Path:
    """Documents in out/, records + photos + signed package in out/registry/."""
    from verification.registry.sync import build_package

    reg = out / "registry"
    photos = reg / "photos"
    photos.mkdir(parents=True, exist_ok=True)
    (out / "cases").mkdir(exist_ok=True)
    for old in photos.glob("*.jpg"):
        old.unlink()
    records: list[PersonRecord] = []
    case_photos: list[bytes] = []
    embedding, edge = _embedder()
    today = (now or dt.datetime.now(dt.UTC)).date()
    case_embs: list[np.ndarray] = []
    for i, name in enumerate(CASES):
        # the case persons must not pass for one another either (see _filler_photos): redraw the
        # person until both their passport portrait and registry photo are distinct from the others
        for k in range(MAX_REDRAWS):
            passport, cert, rec, photo, expiry = _case(name, seed + 10 * i, k)
            if expiry < today + dt.timedelta(days=60):  # the demo's story needs a valid passport
                continue
            embs = [embedding(passport), embedding(photo)]
            if all(_distinct(e, case_embs, edge) for e in embs):
                break
        case_embs += [e for e in embs if e is not None]
        (out / "cases" / f"{name}_passport.jpg").write_bytes(passport)
        (out / "cases" / f"{name}_certificate.jpg").write_bytes(cert)
        (photos / f"{rec.partner_id}.jpg").write_bytes(photo)
        records.append(dataclasses.replace(rec, photo_sha256=None))
        case_photos += [passport, photo]
    fillers = list(generate_registry(FILLERS, seed, photos=False))
    for pid, photo in _filler_photos(fillers, case_photos, today).items():
        (photos / f"{pid}.jpg").write_bytes(photo)
    records += fillers
    rec_path = reg / "records.jsonl"
    rec_path.write_text("".join(json.dumps(person_to_json(r), ensure_ascii=False) + "\n" for r in records), "utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        keys = demo_keys(Path(tmp) / "demo-keys")
        built = build_package(keys, rec_path, reg / PACKAGE, DEMO_PARTNER, 1, photos=photos, now=now,
                              timestamp_days=3650, expires_days=3650)  # fmt: skip
    when = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    (reg / "package.json").write_text(json.dumps({"published_at": when.isoformat(), "sequence": 1}) + "\n")
    return built.path


def install(data_dir: Path, now: dt.datetime | None = None) -> str:
    """Import the demo package into `data_dir` (a demo registry data folder) and embed its photos;
    returns what was done, in one line."""
    from verification.audit import AuditTrail, desk_dir
    from verification.faces import bands
    from verification.faces.embed_job import embed_registry
    from verification.faces.embedding_store import EmbeddingStore, path_for_registry
    from verification.faces.registry import get_engine
    from verification.registry.sqlite_store import SqliteRegistryStore
    from verification.registry.sync import PackageImporter, TrustStore

    now = now or dt.datetime.now(dt.UTC)
    src = demo_dir()
    package = src / PACKAGE
    note = "committed demo package"
    meta = src / "package.json"
    published = dt.datetime.fromisoformat(json.loads(meta.read_text())["published_at"]) if meta.exists() else None
    data_dir.mkdir(parents=True, exist_ok=True)
    trust = TrustStore(data_dir)
    if trust.anchor(DEMO_PARTNER) is None:
        trust.install_root(DEMO_PARTNER, (demo_keys(data_dir / "demo-keys").path / "root.json").read_bytes())
    if published is None or now - published > MAX_AGE:
        package = _rebuild(src, data_dir / PACKAGE, now)
        note = "demo package re-signed now from the committed records (the committed one is older than 30 days)"
    audit = AuditTrail.open_desk(desk_dir(None, demo=True))
    store = SqliteRegistryStore(data_dir / "registry.sqlite", audit)
    try:
        result = PackageImporter(store, trust).import_file(package)
        engine = get_engine(bands.load().default_engine)
        with EmbeddingStore(path_for_registry(data_dir / "registry.sqlite")) as emb:
            ids = [json.loads(line)["partner_id"] for line in (src / "records.jsonl").read_text("utf-8").splitlines()]
            job = embed_registry(((pid, store.photo(pid, "demo-install")) for pid in ids), emb, engine)
    finally:
        store.close()
        audit.close()
    return f"{note}: #{result.version.sequence} applied={result.applied}; {job.computed} photo embeddings"


def _rebuild(src: Path, out: Path, now: dt.datetime) -> Path:
    from verification.registry.sync import build_package

    with tempfile.TemporaryDirectory() as tmp:
        keys = demo_keys(Path(tmp) / "demo-keys")
        seq = int(now.timestamp()) // 60  # newer than any earlier demo import in this data dir
        return build_package(keys, src / "records.jsonl", out, DEMO_PARTNER, seq, photos=src / "photos", now=now,
                             timestamp_days=3650, expires_days=3650).path  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m verification.demo")
    sub = p.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("out", type=Path)
    i = sub.add_parser("install")
    i.add_argument("data_dir", type=Path)
    args = p.parse_args(argv)
    if args.cmd == "build":
        print(build(args.out))
    else:
        print("DEMO " + install(args.data_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
