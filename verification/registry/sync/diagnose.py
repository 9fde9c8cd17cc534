"""Turning python-tuf's exceptions into `SyncRejected` reasons an officer and field IT can act on.
TUF says *that* a threshold was missed; here we look at the signatures to say *why*: altered
content, a key nobody installed, too few signers, or a root rotation that does not chain."""

from __future__ import annotations

from pathlib import Path

from tuf.api import exceptions as tuf_exc
from tuf.api.serialization import DeserializationError

from verification.registry.errors import SyncRejected
from verification.registry.sync.archive import PackageArchive
from verification.registry.sync.format import METADATA_DIR, ROLES, Reason
from verification.registry.sync.tufapi import Metadata, Root


def rejection(exc: Exception, fetched: list[str], archive: PackageArchive, cache: Path) -> SyncRejected:
    """The rejection for a failed `Updater.refresh()`; `fetched` is what the fetcher served, last
    one being the file under verification when the error came."""
    name = fetched[-1] if fetched else "metadata"
    short = name.removeprefix(METADATA_DIR)
    if isinstance(exc, tuf_exc.UnsignedMetadataError):
        return _signature_problem(name, archive, cache)
    if isinstance(exc, tuf_exc.ExpiredMetadataError):
        return SyncRejected(Reason.EXPIRED, _expired(str(exc), archive, cache))
    if isinstance(exc, tuf_exc.BadVersionNumberError):
        return SyncRejected(
            Reason.ROLLBACK,
            f"the package is older than what this desk already trusts ({exc}): a replayed or outdated package",
        )
    if isinstance(exc, tuf_exc.LengthOrHashMismatchError):
        return SyncRejected(
            Reason.MIXED,
            f"{short} is not the file the rest of the signed metadata vouches for: metadata of different packages",
        )
    if isinstance(exc, tuf_exc.DownloadLengthMismatchError):
        return SyncRejected(Reason.TOO_LARGE, f"{short} is larger than allowed")
    if isinstance(exc, tuf_exc.DownloadHTTPError):
        return SyncRejected(Reason.MALFORMED, f"the package lacks {short}")
    if isinstance(exc, DeserializationError):
        return SyncRejected(Reason.MALFORMED, f"{short} is not valid TUF metadata")
    return SyncRejected(Reason.MALFORMED, f"the package's metadata is inconsistent: {exc}")


def _signature_problem(name: str, archive: PackageArchive, cache: Path) -> SyncRejected:
    short = name.removeprefix(METADATA_DIR)
    try:
        md = Metadata.from_bytes(archive.read(name, 256 * 1024**2))
    except (DeserializationError, SyncRejected):
        return SyncRejected(Reason.BAD_SIGNATURE, f"{short} is not signed as required")
    role = md.signed.type
    if role not in ROLES:
        return SyncRejected(Reason.MALFORMED, f"{short} is not one of the four TUF roles")
    if isinstance(md.signed, Root) and short != "root.json":
        previous = cache / "root_history" / f"{md.signed.version - 1}.root.json"
        if previous.is_file():
            prev = Metadata[Root].from_file(str(previous)).signed
            result = prev.get_verification_result(Root.type, md.signed_bytes, md.signatures)
            if not result:
                return SyncRejected(
                    Reason.ROOT_CHAIN,
                    f"root version {md.signed.version} is signed by {len(result.signed)} of the "
                    f"{result.threshold} required keys of root version {prev.version}: a key change "
                    "that does not chain to the installed root is refused",
                )
        delegator: Root = md.signed
    else:
        delegator = Metadata[Root].from_file(str(cache / "root.json")).signed
    return _classify(delegator, role, md)


def _classify(delegator: Root, role: str, md: Metadata) -> SyncRejected:  # type: ignore[type-arg]
    sigs = md.signatures
    keyids = set(delegator.get_delegated_role(role).keyids)
    result = delegator.get_verification_result(role, md.signed_bytes, sigs)
    if not sigs:
        return SyncRejected(Reason.BAD_SIGNATURE, f"the {role} metadata carries no signature")
    invalid = [k for k in sigs if k in keyids and k not in result.signed]
    unknown = [k for k in sigs if k not in keyids]
    if invalid:
        return SyncRejected(
            Reason.BAD_SIGNATURE,
            f"a signature on the {role} metadata does not verify (key {invalid[0][:12]}…): the file was altered",
        )
    if unknown:
        return SyncRejected(
            Reason.UNKNOWN_KEY,
            f"the {role} metadata is signed by {len(unknown)} key(s) this desk does not trust for {role} "
            f"(e.g. {unknown[0][:12]}…); {len(result.signed)} of {result.threshold} required trusted signatures",
        )
    return SyncRejected(
        Reason.THRESHOLD,
        f"the {role} metadata carries {len(result.signed)} valid signature(s); {result.threshold} are required",
    )


def _expired(text: str, archive: PackageArchive, cache: Path) -> str:
    """Name the role and its expiry date; TUF only says which file."""
    for role in ROLES:
        if role in text:
            try:
                if role == "root":
                    data = (cache / "root.json").read_bytes()
                else:
                    data = archive.read(f"{METADATA_DIR}{role}.json", 256 * 1024**2)
                expires = Metadata.from_bytes(data).signed.expires.strftime("%Y-%m-%dT%H:%M:%SZ")
            except (OSError, DeserializationError, SyncRejected):
                break
            return f"the package's {role} metadata expired on {expires}; a newer package is needed"
    return f"the package's signed metadata has expired ({text}); a newer package is needed"
