"""Every attack on a sync package, each on a real package signed with the partner-side tools and
then tampered with: the import must fail with the right reason and message, and leave the store
and the TUF cache exactly as they were."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.registry_fakes import NOW, edit_json, open_store, person, tamper, tar_members, write_records, write_tar
from verification.registry.errors import SyncRejected
from verification.registry.store import RegistryStore
from verification.registry.sync import (
    BuiltPackage,
    KeyDir,
    PackageImporter,
    Reason,
    TrustStore,
    build_package,
    keygen,
    rotate_keys,
)
from verification.registry.sync.keys import sign
from verification.registry.sync.tufapi import Metadata, Root


@dataclass
class Env:
    tmp: Path
    keys: KeyDir
    trust: TrustStore
    store: RegistryStore
    importer: PackageImporter

    def build(self, sequence: int, base: int | None = None, n: int = 5, **kw: object) -> BuiltPackage:
        keys = kw.pop("keys", self.keys)
        partner = kw.pop("partner", "CHN")
        assert isinstance(keys, KeyDir) and isinstance(partner, str)
        records = write_records(
            self.tmp / f"in-{sequence}.jsonl",
            [person(i + 100 * sequence, partner) for i in range(n)],
            deletes=[f"P{100 * (sequence - 1):06d}"] if base else (),
        )
        out = self.tmp / f"pkg-{partner}-{sequence}-{keys.path.name}-{keys.last_version() + 1}.tar"
        return build_package(keys, records, out, partner, sequence, base, **kw)  # type: ignore[arg-type]

    def state(self) -> tuple[object, ...]:
        """What must not change when a package is refused: store file, status, TUF cache."""
        db = self.tmp / "store.db"
        cache = self.trust.cache_dir("CHN")
        files = (
            sorted((str(p.relative_to(cache)), p.read_bytes()) for p in cache.rglob("*") if p.is_file())
            if cache.exists()
            else []
        )
        return hashlib.sha256(db.read_bytes()).hexdigest(), self.store.status(), files


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    keys = keygen(tmp_path / "keys", threshold=2, keys=2)
    trust = TrustStore(tmp_path / "data")
    trust.install_root("CHN", (keys.path / "root.json").read_bytes())
    store = open_store(tmp_path / "store.db")
    yield Env(tmp_path, keys, trust, store, PackageImporter(store, trust))
    store.close()


def rejected(env: Env, package: Path, reason: str, *words: str) -> SyncRejected:
    before = env.state()
    with pytest.raises(SyncRejected) as info:
        env.importer.import_file(package)
    assert info.value.reason == reason, str(info.value)
    for w in words:
        assert w in str(info.value), str(info.value)
    assert env.state() == before
    assert not any((env.trust.data_dir / "work").iterdir())  # private copies are gone
    return info.value


def test_full_then_delta_then_same_again(env: Env) -> None:
    stages: list[str] = []
    r1 = env.importer.import_file(env.build(1).path, lambda d, t, s: stages.append(s))
    assert r1.applied and r1.version.sequence == 1 and r1.version.kind == "full"
    assert "copy" in stages
    r2 = env.importer.import_file(env.build(2, base=1).path)
    assert r2.applied and r2.result.persons_deleted == 1
    st = env.store.status()
    assert (st.partner_state, st.sequence, st.kind, st.persons) == ("CHN", 2, "delta", 9)
    assert st.latest_trusted_time is not None
    again = env.importer.import_file(env.tmp / next(p.name for p in env.tmp.glob("pkg-CHN-2-*")))
    assert not again.applied
    assert env.store.status().sequence == 2
    work = env.trust.data_dir / "work"
    assert work.stat().st_mode & 0o777 == 0o700 and not any(work.iterdir())


def test_photos_travel_as_verified_targets(env: Env) -> None:
    photos = env.tmp / "photos"
    photos.mkdir()
    (photos / "P000100.jpg").write_bytes(b"\xff\xd8 a jpeg")
    env.importer.import_file(env.build(1, photos=photos).path)
    assert env.store.photo("P000100", "test") == b"\xff\xd8 a jpeg"
    assert env.store.status().photos == 1


def test_changed_target_file(env: Env) -> None:
    pkg = env.build(1).path

    def flip(m: dict[str, bytes]) -> None:
        name = "targets/packages/00000001/records.jsonl"
        data = bytearray(m[name])
        data[40] ^= 0x01
        m[name] = bytes(data)

    rejected(env, tamper(pkg, env.tmp / "t.tar", flip), Reason.TARGET_HASH, "records.jsonl", "changed after signing")


def test_target_longer_than_declared(env: Env) -> None:
    pkg = env.build(1).path

    def grow(m: dict[str, bytes]) -> None:
        m["targets/packages/00000001/records.jsonl"] += b"x" * 200_000

    rejected(env, tamper(pkg, env.tmp / "t.tar", grow), Reason.TARGET_LENGTH, "longer than the", "bytes")


def test_bad_signature(env: Env) -> None:
    pkg = env.build(1).path

    def forge(m: dict[str, bytes]) -> None:
        def f(d: dict[str, object]) -> None:
            sigs = d["signatures"]
            assert isinstance(sigs, list)
            sig = sigs[0]["sig"]
            sigs[0]["sig"] = ("0" if sig[0] != "0" else "1") + sig[1:]

        edit_json(m, "metadata/timestamp.json", f)

    rejected(env, tamper(pkg, env.tmp / "t.tar", forge), Reason.BAD_SIGNATURE, "timestamp", "does not verify")


def test_altered_signed_content(env: Env) -> None:
    pkg = env.build(1).path

    def later(m: dict[str, bytes]) -> None:
        edit_json(m, "metadata/timestamp.json", lambda d: d["signed"].update(expires="2099-01-01T00:00:00Z"))  # type: ignore[attr-defined]

    rejected(env, tamper(pkg, env.tmp / "t.tar", later), Reason.BAD_SIGNATURE, "altered")


def test_missing_signature(env: Env) -> None:
    pkg = env.build(1).path
    strip = tamper(
        pkg, env.tmp / "t.tar", lambda m: edit_json(m, "metadata/timestamp.json", lambda d: d.update(signatures=[]))
    )
    rejected(env, strip, Reason.BAD_SIGNATURE, "no signature")


def test_too_few_signers(env: Env) -> None:
    pkg = env.build(1).path

    def drop(m: dict[str, bytes]) -> None:
        edit_json(m, "metadata/timestamp.json", lambda d: d["signatures"].pop())  # type: ignore[attr-defined]

    rejected(env, tamper(pkg, env.tmp / "t.tar", drop), Reason.THRESHOLD, "1 valid signature", "2 are required")


def test_unknown_key(env: Env) -> None:
    stranger = keygen(env.tmp / "stranger", threshold=1, keys=1)
    rejected(env, env.build(1, keys=stranger).path, Reason.UNKNOWN_KEY, "does not trust")


def test_replayed_older_package(env: Env) -> None:
    first = env.build(1).path
    env.importer.import_file(first)
    env.importer.import_file(env.build(2, base=1).path)
    rejected(env, first, Reason.ROLLBACK, "older than what this desk already trusts")


def test_older_sequence_signed_later(env: Env) -> None:
    newer = env.build(2)
    # The builder refuses a lower sequence; a partner restoring an old state file gets past it.
    (env.keys.path / "state.json").write_text('{"version": 1}')
    older = env.build(1)  # a higher TUF version: only our own sequence check catches it
    env.importer.import_file(newer.path)
    rejected(env, older.path, Reason.ROLLBACK, "#1", "#2 is already installed")


def test_rollback_caught_even_without_tuf_cache(env: Env) -> None:
    first = env.build(1).path
    env.importer.import_file(first)
    env.importer.import_file(env.build(2, base=1).path)
    shutil.rmtree(env.trust.cache_dir("CHN"))
    rejected(env, first, Reason.ROLLBACK, "#2 is already installed")


def test_delta_on_wrong_base(env: Env) -> None:
    env.importer.import_file(env.build(1).path)
    rejected(env, env.build(3, base=2).path, Reason.WRONG_BASE, "delta on #2", "#1 is installed")


def test_delta_on_empty_store(env: Env) -> None:
    rejected(env, env.build(2, base=1).path, Reason.WRONG_BASE, "full package is needed")


def test_other_partners_package(env: Env) -> None:
    mng_keys = keygen(env.tmp / "mng", threshold=1, keys=1)
    env.trust.install_root("MNG", (mng_keys.path / "root.json").read_bytes())
    env.importer.import_file(env.build(1).path)
    rejected(env, env.build(2, keys=mng_keys, partner="MNG").path, Reason.OTHER_PARTNER, "MNG", "CHN")


def test_partner_without_trust_root(env: Env) -> None:
    rejected(env, env.build(1, partner="MNG").path, Reason.NO_TRUST_ROOT, "MNG", "trusted: CHN")


def test_package_json_lying_about_partner(env: Env) -> None:
    pkg = env.build(1, partner="MNG").path  # signed with CHN's keys as MNG data
    lie = tamper(
        pkg, env.tmp / "t.tar", lambda m: edit_json(m, "package.json", lambda d: d.update(partner_state="CHN"))
    )
    rejected(env, lie, Reason.MIXED, "MNG", "package.json")


def test_expired_timestamp(env: Env) -> None:
    old = env.build(1, now=NOW - dt.timedelta(days=40), timestamp_days=30).path
    rejected(env, old, Reason.EXPIRED, "timestamp metadata expired on", "newer package")


def test_mixed_package(env: Env) -> None:
    one = tar_members(env.build(1).path)
    two = tar_members(env.build(2, base=1).path)
    mixed = {k: v for k, v in two.items() if not k.startswith("targets/")}
    mixed.update({k: v for k, v in one.items() if k.startswith("targets/")})
    rejected(env, write_tar(env.tmp / "mixed.tar", mixed), Reason.MIXED, "does not list", "another package")


def test_metadata_of_two_packages(env: Env) -> None:
    one = tar_members(env.build(1).path)
    two = tar_members(env.build(2).path)
    one["metadata/timestamp.json"] = two["metadata/timestamp.json"]
    rejected(env, write_tar(env.tmp / "mixed.tar", one), Reason.MIXED, "snapshot.json", "different packages")


def test_valid_key_rotation(env: Env) -> None:
    before_rotation = KeyDir(env.tmp / "keys-before")
    shutil.copytree(env.keys.path, before_rotation.path)
    env.importer.import_file(env.build(1).path)
    rotate_keys(env.keys)
    assert env.keys.root_versions() == [1, 2]
    assert (env.keys.keys_dir / "retired").is_dir()
    env.importer.import_file(env.build(2, base=1).path)
    assert (env.trust.cache_dir("CHN") / "root_history" / "2.root.json").is_file()
    # the replaced keys are no longer trusted, even for a newer TUF version and sequence
    before_rotation.record_build(10, 2)
    rejected(env, env.build(3, base=2, keys=before_rotation).path, Reason.UNKNOWN_KEY)


def test_unchained_root_rotation(env: Env) -> None:
    env.importer.import_file(env.build(1).path)
    rotate_keys(env.keys, roles=["root", "timestamp"])
    pkg = env.build(2, base=1).path
    new_root_signers = env.keys.signers("root")

    def unchain(m: dict[str, bytes]) -> None:
        md = Metadata[Root].from_bytes(m["metadata/2.root.json"])
        m["metadata/2.root.json"] = sign(md.signed, new_root_signers)

    rejected(env, tamper(pkg, env.tmp / "t.tar", unchain), Reason.ROOT_CHAIN, "root version 2", "root version 1")


def test_expiry_uses_latest_trusted_time_when_clock_is_behind(env: Env) -> None:
    # A package signed 10 days "in the future" makes this machine's clock 10 days behind.
    env.importer.import_file(env.build(1, now=NOW + dt.timedelta(days=10)).path)
    assert env.store.status().latest_trusted_time == NOW + dt.timedelta(days=10)
    # Valid by the system clock (TUF alone accepts it), expired by the latest trusted time.
    stale = env.build(2, base=1, now=NOW + dt.timedelta(days=1), timestamp_days=5).path
    rejected(env, stale, Reason.EXPIRED, "latest trusted time", "system clock is behind")


def test_trusted_time_never_moves_back(env: Env) -> None:
    env.importer.import_file(env.build(1, now=NOW + dt.timedelta(hours=2)).path)
    env.importer.import_file(env.build(2, base=1, now=NOW + dt.timedelta(hours=1)).path)
    assert env.store.status().latest_trusted_time == NOW + dt.timedelta(hours=2)


def test_not_a_package(env: Env) -> None:
    junk = env.tmp / "junk.tar"
    junk.write_bytes(b"\x1f\x8b" + b"\x00" * 600)
    rejected(env, junk, Reason.MALFORMED, "junk.tar is not a Tekseru package")


def test_path_traversal_member(env: Env) -> None:
    pkg = env.build(1).path
    evil = tamper(pkg, env.tmp / "t.tar", lambda m: m.update({"targets/../../etc/passwd": b"x"}))
    rejected(env, evil, Reason.MALFORMED, "disallowed entry")


def test_package_over_size_limit(env: Env) -> None:
    from verification.registry.sync import Limits

    small = PackageImporter(env.store, env.trust, limits=Limits(max_package_bytes=1000))
    env.importer = small
    rejected(env, env.build(1).path, Reason.TOO_LARGE, "larger than 1000 bytes")


def test_bad_record_signed_by_partner(env: Env) -> None:
    """A partner bug, not an attack: valid signatures over a records file we cannot read."""
    pkg = env.build(1).path
    keys = env.keys

    def corrupt(m: dict[str, bytes]) -> None:
        from tests.registry_fakes import resign

        name = "targets/packages/00000001/records.jsonl"
        lines = m[name].splitlines(keepends=True)
        d = json.loads(lines[2])
        d["person"]["sex"] = "Q"
        lines[2] = json.dumps(d).encode() + b"\n"
        m[name] = b"".join(lines)
        resign(m, keys)

    rejected(env, tamper(pkg, env.tmp / "t.tar", corrupt), Reason.BAD_RECORD, "line 3", "sex")


def test_same_sequence_with_other_data_is_refused_by_the_store(env: Env) -> None:
    env.importer.import_file(env.build(1).path)
    rejected(env, env.build(1, n=3).path, Reason.STORE_REFUSED, "store refused")


def test_original_file_is_not_read_after_the_copy(env: Env) -> None:
    """The USB stick may be pulled out (or rewritten) once the private copy is taken."""
    pkg = env.build(1).path

    def pull_the_stick(done: int, total: int, stage: str) -> None:
        if stage == "copy" and done == total and pkg.exists():
            pkg.write_bytes(b"rewritten")

    assert env.importer.import_file(pkg, pull_the_stick).applied


def test_link_member(env: Env) -> None:
    import tarfile

    pkg = env.build(1).path
    evil = env.tmp / "link.tar"
    shutil.copy(pkg, evil)
    with tarfile.open(evil, "a") as tar:
        info = tarfile.TarInfo("targets/packages/00000001/photos/x")
        info.type = tarfile.SYMTYPE
        info.linkname = "/etc/shadow"
        tar.addfile(info)
    rejected(env, evil, Reason.MALFORMED, "disallowed entry")
