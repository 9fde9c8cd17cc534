"""Verification of one package with python-tuf's ngclient, used as-is: the Updater walks the root
chain, checks signatures, thresholds, versions, expiry, lengths and hashes, reading from the tar
through `ArchiveFetcher`. Around it, what TUF cannot know: which partner, which sequence, whether
the files in the tar are exactly the ones signed, and expiry against the latest trusted time."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tuf.api import exceptions as tuf_exc

from verification.registry.errors import SyncRejected
from verification.registry.store import PackageVersion, Progress
from verification.registry.sync.archive import METADATA_URL, TARGETS_URL, ArchiveFetcher, PackageArchive
from verification.registry.sync.diagnose import rejection
from verification.registry.sync.format import (
    DEFAULT_LIMITS,
    ISSUED_FIELD,
    KIND_DELTA,
    KINDS,
    RECORDS_FORMAT,
    TARGETS_DIR,
    Limits,
    Reason,
    iso,
    parse_iso,
    photo_path,
    records_path,
)
from verification.registry.sync.tufapi import (
    Metadata,
    Root,
    Signed,
    Snapshot,
    TargetFile,
    Targets,
    Timestamp,
    Updater,
    UpdaterConfig,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class VerifiedPackage:
    """Everything in it has passed TUF; the files are private copies in the work dir."""

    version: PackageVersion
    records: Path
    photos: dict[str, Path]  # sha256 -> verified photo file
    count: int  # lines in the records file
    issued_at: dt.datetime  # when the partner signed the timestamp: the new trusted time
    tuf_version: int


def verify(
    archive: PackageArchive,
    anchor: bytes,
    cache: Path,
    workdir: Path,
    now: dt.datetime,
    trusted_time: dt.datetime | None,
    limits: Limits = DEFAULT_LIMITS,
    progress: Progress | None = None,
) -> VerifiedPackage:
    """Verify `archive` against the trust `anchor`, updating the (candidate) TUF `cache`."""
    fetcher = ArchiveFetcher(archive)
    config = UpdaterConfig(snapshot_max_length=limits.max_metadata_bytes, targets_max_length=limits.max_metadata_bytes)
    try:
        updater = Updater(
            str(cache), METADATA_URL, str(workdir), TARGETS_URL, fetcher=fetcher, config=config, bootstrap=anchor
        )
        updater.refresh()
    except (tuf_exc.RepositoryError, tuf_exc.DownloadError) as exc:
        log.debug("TUF refused the package: %r", exc)
        raise rejection(exc, fetcher.fetched, archive, cache) from None

    timestamp = Metadata[Timestamp].from_file(str(cache / "timestamp.json")).signed
    targets = Metadata[Targets].from_file(str(cache / "targets.json")).signed
    _check_expiry(
        {
            "root": Metadata[Root].from_file(str(cache / "root.json")).signed,
            "timestamp": timestamp,
            "snapshot": Metadata[Snapshot].from_file(str(cache / "snapshot.json")).signed,
            "targets": targets,
        },
        now,
        trusted_time,
    )
    issued = _issued(timestamp)
    version, count = _describe(targets, archive)
    photos = _photo_targets(targets, version.sequence, limits)
    _check_files(archive, targets)

    records = _download(updater, records_path(version.sequence), workdir / "records.jsonl", archive)
    out: dict[str, Path] = {}
    (workdir / "photos").mkdir(exist_ok=True)
    for i, (sha, path) in enumerate(sorted(photos.items()), start=1):
        out[sha] = _download(updater, path, workdir / "photos" / sha, archive)
        if progress and i % 200 == 0:
            progress(i, len(photos), "verify photos")
    log.info(
        "verified %s package %s/%d (TUF version %d, %d photos)",
        version.kind,
        version.partner_state,
        version.sequence,
        targets.version,
        len(out),
    )
    return VerifiedPackage(version, records, out, count, issued, targets.version)


def _check_expiry(roles: dict[str, Signed], now: dt.datetime, trusted: dt.datetime | None) -> None:
    """TUF compares expiry with the system clock; a clock set back must not revive old metadata,
    so the reference is max(now, latest trusted time)."""
    reference = max(now, trusted) if trusted else now
    for name, signed in roles.items():
        if signed.is_expired(reference):
            why = ""
            if trusted and now < trusted:
                why = f" (checked against the latest trusted time {iso(trusted)}: the system clock is behind it)"
            raise SyncRejected(Reason.EXPIRED, f"the package's {name} metadata expired on {iso(signed.expires)}{why}")


def _issued(timestamp: Timestamp) -> dt.datetime:
    try:
        return parse_iso(str(timestamp.unrecognized_fields[ISSUED_FIELD]))
    except (KeyError, ValueError):
        raise SyncRejected(Reason.MALFORMED, "the timestamp metadata does not say when it was signed") from None


def _describe(targets: Targets, archive: PackageArchive) -> tuple[PackageVersion, int]:
    """The signed description of the package (custom metadata of its records target)."""
    found = [t for t in targets.targets.values() if isinstance(t.custom, dict) and t.custom.get("content") == "records"]
    if len(found) != 1:
        raise SyncRejected(Reason.MALFORMED, f"the package signs {len(found)} records files, expected exactly one")
    target = found[0]
    c: dict[str, Any] = target.custom
    try:
        if c.get("format") != RECORDS_FORMAT:
            raise ValueError(f"records format {c.get('format')!r} is not supported by this version of Tekseru")
        partner, sequence, kind, base = c["partner_state"], c["sequence"], c["kind"], c["base_sequence"]
        if not isinstance(partner, str) or not _is_int(sequence) or kind not in KINDS:
            raise ValueError("partner_state, sequence or kind is invalid")
        if (kind == KIND_DELTA) != _is_int(base) or (base is not None and not _is_int(base)):
            raise ValueError("base_sequence does not fit the kind")
        published = parse_iso(c["published_at"])
        count = c["count"]
        if not _is_int(count) or target.path != records_path(sequence):
            raise ValueError("count or path is invalid")
    except (KeyError, ValueError, TypeError) as exc:
        raise SyncRejected(Reason.MALFORMED, f"the signed package description is invalid: {exc}") from None
    hint = archive.hint
    signed = (partner, sequence, kind, base)
    told = (hint.partner_state, hint.sequence, hint.kind, hint.base_sequence)
    if signed != told:
        raise SyncRejected(
            Reason.MIXED,
            f"package.json describes {_describe_tuple(told)} but the signed metadata is for {_describe_tuple(signed)}",
        )
    version = PackageVersion(
        partner_state=partner,
        sequence=sequence,
        kind=kind,
        base_sequence=base,
        published_at=published,
        package_sha256=target.hashes["sha256"],
    )
    return version, count


def _photo_targets(targets: Targets, sequence: int, limits: Limits) -> dict[str, str]:
    out: dict[str, str] = {}
    for path, t in targets.targets.items():
        if path == records_path(sequence):
            continue
        sha = t.hashes.get("sha256", "")
        if path != photo_path(sequence, sha) or not isinstance(t.custom, dict) or t.custom.get("content") != "photo":
            raise SyncRejected(Reason.MALFORMED, f"the signed metadata lists an unexpected file: {path}")
        if t.length > limits.max_photo_bytes:
            raise SyncRejected(Reason.TOO_LARGE, f"{path} is declared larger than {limits.max_photo_bytes} bytes")
        out[sha] = path
    return out


def _check_files(archive: PackageArchive, targets: Targets) -> None:
    """The tar must hold exactly the signed targets: anything else means a mixed package."""
    present = {n.removeprefix(TARGETS_DIR) for n in archive.names(TARGETS_DIR)}
    signed = set(targets.targets)
    extra, missing = present - signed, signed - present
    if extra:
        raise SyncRejected(
            Reason.MIXED,
            f"the package holds {len(extra)} file(s) its signed metadata does not list (e.g. {min(extra)}), "
            f"and lacks {len(missing)}: targets of another package",
        )
    if missing:
        raise SyncRejected(
            Reason.TARGET_MISSING, f"the package lacks {len(missing)} signed file(s), e.g. {min(missing)}"
        )


def _download(updater: Updater, path: str, dest: Path, archive: PackageArchive) -> Path:
    info: TargetFile | None = updater.get_targetinfo(path)
    if info is None:  # pragma: no cover - _check_files guarantees it is listed
        raise SyncRejected(Reason.TARGET_MISSING, f"{path} is not signed")
    try:
        updater.download_target(info, str(dest))
    except tuf_exc.DownloadLengthMismatchError:
        raise SyncRejected(
            Reason.TARGET_LENGTH, f"{path} is longer than the {info.length} bytes its signed metadata declares"
        ) from None
    except tuf_exc.LengthOrHashMismatchError:
        raise SyncRejected(
            Reason.TARGET_HASH, f"{path} does not match its signed hash: the file was changed after signing"
        ) from None
    except tuf_exc.DownloadError as exc:
        raise SyncRejected(Reason.TARGET_MISSING, f"{path} cannot be read from the package: {exc}") from None
    return dest


def _is_int(v: object) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and v >= 0


def _describe_tuple(t: tuple[object, ...]) -> str:
    partner, sequence, kind, base = t
    return f"{partner} {kind} #{sequence}" + (f" on #{base}" if base is not None else "")
