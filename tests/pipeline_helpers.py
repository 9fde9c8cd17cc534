"""A small real world for the pipeline tests: factory passports and renunciation certificates of a
few people, a real SQLite registry copy holding their records (and some generated others), their
photos and the face embeddings beside it, laid out the way `tekseru verify --registry-dir` reads it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import random
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from numpy.typing import NDArray

from ocr.specimens import make_document, random_person
from ocr.specimens.certificates import make_certificate
from ocr.specimens.issuance import new_issue
from verification.registry.model import CitizenshipState, CitizenshipStatus, PersonRecord
from verification.registry.sinks import ListAuditSink
from verification.registry.specimens import generate_registry, record_for
from verification.registry.sqlite_store import SqliteRegistryStore
from verification.registry.store import PackageVersion

FILLERS = 25


@dataclass(frozen=True)
class Person:
    """One handed-over passport + certificate (BGR images, and as JPEG files) and the record."""

    name: str
    passport: NDArray[np.uint8]
    certificate: NDArray[np.uint8]
    passport_file: Path
    certificate_file: Path
    record: PersonRecord
    photo: bytes


def jpeg(img: NDArray[np.uint8], quality: int = 90) -> bytes:
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return bytes(buf)


def make_person(name: str, seed: int, state: CitizenshipState, out: Path, photo: bool = True) -> Person:
    """A person whose certificate the registry records as `state` (TERMINATED: before today);
    with `photo`, the registry holds the portrait the passport printed. Give only one person of a
    registry a photo: the factory's drawn faces are alike enough that two would meet in the 1:N
    search."""
    person = random_person(random.Random(f"pipeline-{name}-{seed}"), "kazakh")
    issue = new_issue("prc_passport", person, random.Random(seed))
    passport = make_document("prc_passport", person, random.Random(seed))
    cert = make_certificate("prc_renunciation", person, random.Random(seed + 1), edition="2019")
    c = cert.truth["certificate"]
    effect = dt.date.fromisoformat(c["effect_date"])
    if state is CitizenshipState.TERMINATED:
        status = CitizenshipStatus(state, effect, c["number"], c["authority"][0])
    else:
        status = CitizenshipStatus(CitizenshipState.ACTIVE, person.birth_date)
    rec = record_for(person, random.Random(seed + 2), status=status, passport=issue)
    rec = dataclasses.replace(rec, crossings=tuple(x for x in rec.crossings if x.time.date() < effect))
    x0, y0, x1, y1 = passport.truth["portrait_box"]
    portrait = jpeg(passport.image[y0:y1, x0:x1], 92)
    rec = dataclasses.replace(rec, photo_sha256=hashlib.sha256(portrait).hexdigest() if photo else None)
    pf, cf = out / f"{name}_passport.jpg", out / f"{name}_certificate.jpg"
    pf.write_bytes(jpeg(passport.image))
    cf.write_bytes(jpeg(cert.image))
    return Person(name, _decode(pf), _decode(cf), pf, cf, rec, portrait)


def _decode(path: Path) -> NDArray[np.uint8]:
    """The page as the CLI sees it: decoded from the JPEG file."""
    return np.asarray(cv2.imread(str(path), cv2.IMREAD_COLOR), np.uint8)


def build_registry(reg_dir: Path, people: list[Person], published: dt.datetime | None = None) -> Path:
    """registry.sqlite (+ registry.faces.sqlite with the people's photo embeddings) in `reg_dir`.
    Generated persons carry no photos: the factory's drawn faces look alike to the face engine."""
    from verification.faces import bands
    from verification.faces.embed_job import embed_registry
    from verification.faces.embedding_store import EmbeddingStore, path_for_registry
    from verification.faces.registry import get_engine

    reg_dir.mkdir(parents=True, exist_ok=True)
    path = reg_dir / "registry.sqlite"
    when = published or dt.datetime.now(dt.UTC)
    version = PackageVersion("CHN", 1, "full", None, when, hashlib.sha256(b"pipeline-tests").hexdigest())
    records = [p.record for p in people] + list(generate_registry(FILLERS, 77))
    with_photo = [p for p in people if p.record.photo_sha256]
    photos = [(p.record.photo_sha256 or "", p.photo) for p in with_photo]
    with SqliteRegistryStore(path, ListAuditSink()) as store:
        store.apply(version, records, [], photos)
    engine = get_engine(bands.load().default_engine)
    with EmbeddingStore(path_for_registry(path)) as emb:
        embed_registry(((p.record.partner_id, p.photo) for p in with_photo), emb, engine)
    return path
