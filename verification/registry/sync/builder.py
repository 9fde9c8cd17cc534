"""Partner side: records + photos -> one signed repository state in one uncompressed tar.
Every build is a new TUF repository version (state.json in the key directory), so packages from
one key directory are strictly ordered for the clients' rollback protection."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import logging
import os
import tarfile
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from verification.registry.errors import RegistryError
from verification.registry.sync.format import (
    DEFAULT_LIMITS,
    HINT_MEMBER,
    ISSUED_FIELD,
    KIND_DELTA,
    KIND_FULL,
    METADATA_DIR,
    TARGETS_DIR,
    Limits,
    PackageHint,
    iso,
    photo_path,
    records_path,
    target_custom,
)
from verification.registry.sync.keys import KeyDir, sign
from verification.registry.sync.records import (
    Delete,
    Operation,
    RecordError,
    Upsert,
    operation_to_line,
    read_operations,
)
from verification.registry.sync.tufapi import MetaFile, Snapshot, TargetFile, Targets, Timestamp

log = logging.getLogger(__name__)

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")
TIMESTAMP_DAYS = 30  # an offline border post must receive the USB stick within this
EXPIRES_DAYS = 180


class BuildError(RegistryError):
    """The partner's input cannot be turned into a package."""


@dataclass(frozen=True)
class BuiltPackage:
    path: Path
    partner_state: str
    sequence: int
    kind: str
    base_sequence: int | None
    tuf_version: int
    persons: int
    deletes: int
    photos: int
    size: int


def build_package(
    keys: KeyDir,
    records: Path,
    out: Path,
    partner: str,
    sequence: int,
    base: int | None = None,
    photos: Path | None = None,
    now: dt.datetime | None = None,
    timestamp_days: float = TIMESTAMP_DAYS,
    expires_days: float = EXPIRES_DAYS,
    limits: Limits = DEFAULT_LIMITS,
) -> BuiltPackage:
    """Sign and write one package; `base` makes it a delta on top of that sequence."""
    now = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    kind = KIND_FULL if base is None else KIND_DELTA
    _check_numbers(sequence, base)
    if sequence < keys.last_sequence():
        raise BuildError(
            f"#{keys.last_sequence()} was already built from {keys.path}; a lower sequence signed later "
            "would be refused by every desk that has the newer one"
        )
    root = keys.root().signed
    signers = {role: keys.signers(role, root) for role in ("targets", "snapshot", "timestamp")}
    version = keys.last_version() + 1
    with tempfile.TemporaryDirectory(prefix="tekseru-build-") as tmp:
        records_file = Path(tmp) / "records.jsonl"
        ops, photo_files = _normalise(records, photos, partner, kind, limits)
        with records_file.open("wb") as f:
            for op in ops:
                f.write(operation_to_line(op))
        persons = sum(isinstance(op, Upsert) for op in ops)

        rec_target = TargetFile.from_file(records_path(sequence), str(records_file), ["sha256"])
        rec_target.unrecognized_fields["custom"] = target_custom(partner, sequence, kind, base, now, len(ops))
        targets: dict[str, TargetFile] = {rec_target.path: rec_target}
        members: list[tuple[str, Path]] = [(TARGETS_DIR + rec_target.path, records_file)]
        for sha, src in sorted(photo_files.items()):
            t = TargetFile.from_file(photo_path(sequence, sha), str(src), ["sha256"])
            t.unrecognized_fields["custom"] = {"content": "photo", "sequence": sequence}
            targets[t.path] = t
            members.append((TARGETS_DIR + t.path, src))

        expires = now + dt.timedelta(days=expires_days)
        targets_bytes = sign(Targets(version=version, expires=expires, targets=targets), signers["targets"])
        snapshot_bytes = sign(
            Snapshot(version=version, expires=expires, meta={"targets.json": _meta(version, targets_bytes)}),
            signers["snapshot"],
        )
        timestamp = Timestamp(
            version=version,
            expires=now + dt.timedelta(days=timestamp_days),
            snapshot_meta=_meta(version, snapshot_bytes),
            unrecognized_fields={ISSUED_FIELD: iso(now)},
        )
        timestamp_bytes = sign(timestamp, signers["timestamp"])
        hint = PackageHint(partner, sequence, kind, base, iso(now))
        blobs = [
            (HINT_MEMBER, hint.to_json()),
            *((METADATA_DIR + name, data) for name, data in keys.root_files()),
            (METADATA_DIR + "timestamp.json", timestamp_bytes),
            (METADATA_DIR + "snapshot.json", snapshot_bytes),
            (METADATA_DIR + "targets.json", targets_bytes),
        ]
        _write_tar(out, blobs, members, now)
    keys.record_build(version, sequence)
    log.info("built %s package %s/%d (TUF version %d, %d persons)", kind, partner, sequence, version, persons)
    return BuiltPackage(
        path=out,
        partner_state=partner,
        sequence=sequence,
        kind=kind,
        base_sequence=base,
        tuf_version=version,
        persons=persons,
        deletes=len(ops) - persons,
        photos=len(photo_files),
        size=out.stat().st_size,
    )


def _check_numbers(sequence: int, base: int | None) -> None:
    if sequence < 1:
        raise BuildError(f"the sequence must be 1 or more, got {sequence}")
    if base is not None and not 0 <= base < sequence:
        raise BuildError(f"a delta's base must be below its sequence ({sequence}), got {base}")


def _normalise(
    records: Path, photos: Path | None, partner: str, kind: str, limits: Limits
) -> tuple[list[Operation], dict[str, Path]]:
    """Validate the input and attach photo hashes; every upsert with a photo ships that photo."""
    ops: list[Operation] = []
    photo_files: dict[str, Path] = {}
    seen: set[str] = set()
    try:
        for number, op in read_operations(records, limits.max_record_line_bytes, bare_person_ok=True):
            pid = op.person.partner_id if isinstance(op, Upsert) else op.partner_id
            if pid in seen:
                raise BuildError(f"{records}: line {number}: the same partner id appears twice")
            seen.add(pid)
            if isinstance(op, Delete):
                if kind == KIND_FULL:
                    raise BuildError(f"{records}: line {number}: a full package cannot delete (it replaces all)")
                ops.append(op)
                continue
            person = op.person
            if person.partner_state != partner:
                raise BuildError(f"{records}: line {number}: partner_state is not {partner}")
            photo = _find_photo(photos, pid)
            if photo is not None:
                data = photo.read_bytes()
                if len(data) > limits.max_photo_bytes:
                    raise BuildError(f"{photo}: larger than {limits.max_photo_bytes} bytes")
                sha = hashlib.sha256(data).hexdigest()
                photo_files[sha] = photo
                person = dataclasses.replace(person, photo_sha256=sha)
            elif person.photo_sha256 is not None:
                raise BuildError(f"{records}: line {number}: names a photo that is not in the photos folder")
            ops.append(Upsert(person))
    except RecordError as exc:
        raise BuildError(f"{records}: {exc}") from None
    except OSError as exc:
        raise BuildError(f"cannot read the input: {exc}") from None
    return ops, photo_files


def _find_photo(photos: Path | None, partner_id: str) -> Path | None:
    if photos is None or "/" in partner_id or "\\" in partner_id or partner_id.startswith("."):
        return None
    for suffix in PHOTO_SUFFIXES:
        p = photos / f"{partner_id}{suffix}"
        if p.is_file():
            return p
    return None


def _meta(version: int, data: bytes) -> MetaFile:
    return MetaFile(version=version, length=len(data), hashes={"sha256": hashlib.sha256(data).hexdigest()})


def _write_tar(
    out: Path, blobs: Iterable[tuple[str, bytes]], files: Iterable[tuple[str, Path]], now: dt.datetime
) -> None:
    """Plain ustar/pax, regular files only, fixed owner and time: easy to inspect with `tar tvf`."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.part")
    mtime = int(now.timestamp())
    try:
        with tarfile.open(tmp, "w", format=tarfile.PAX_FORMAT) as tar:
            for name, data in blobs:
                tar.addfile(_info(name, len(data), mtime), io.BytesIO(data))
            for name, path in files:
                with path.open("rb") as f:
                    tar.addfile(_info(name, os.fstat(f.fileno()).st_size, mtime), f)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _info(name: str, size: int, mtime: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = mtime
    info.mode = 0o644
    return info
