"""The partner's key directory: private keys only readable by their owner, thresholds honoured,
rotation chained, and a build refusing input it cannot sign honestly."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from tests.registry_fakes import person, tar_members, write_records
from verification.registry.sync import BuildError, KeyDirError, build_package, keygen, rotate_keys
from verification.registry.sync.tufapi import Metadata, Root


def test_keygen_layout_and_permissions(tmp_path: Path) -> None:
    kd = keygen(tmp_path / "k", threshold=2, keys=3)
    pems = list(kd.keys_dir.glob("*.pem"))
    assert len(pems) == 12
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in pems)
    assert stat.S_IMODE(kd.keys_dir.stat().st_mode) == 0o700
    root = Metadata[Root].from_file(str(kd.path / "root.json"))
    assert all(r.threshold == 2 and len(r.keyids) == 3 for r in root.signed.roles.values())
    assert len(root.signatures) == 3
    root.signed.verify_delegate("root", root.signed_bytes, root.signatures)


def test_keygen_refuses_bad_threshold_and_overwrite(tmp_path: Path) -> None:
    with pytest.raises(KeyDirError, match="threshold"):
        keygen(tmp_path / "a", threshold=3, keys=2)
    keygen(tmp_path / "b")
    with pytest.raises(KeyDirError, match="already holds"):
        keygen(tmp_path / "b")


def test_rotation_is_signed_by_old_and_new_root_keys(tmp_path: Path) -> None:
    kd = keygen(tmp_path / "k")
    v1 = kd.root().signed
    rotate_keys(kd, threshold=2, keys=2)
    v2 = kd.root()
    assert v2.signed.version == 2 and v2.signed.roles["root"].threshold == 2
    assert v1.get_verification_result("root", v2.signed_bytes, v2.signatures).verified
    assert v2.signed.get_verification_result("root", v2.signed_bytes, v2.signatures).verified
    assert not set(v1.keys) & set(v2.signed.keys)
    assert len(list((kd.keys_dir / "retired").glob("*.pem"))) == 4


def test_every_build_is_a_new_tuf_version_with_all_roots(tmp_path: Path) -> None:
    kd = keygen(tmp_path / "k")
    rec = write_records(tmp_path / "r.jsonl", [person(1)])
    a = build_package(kd, rec, tmp_path / "a.tar", "CHN", 1)
    rotate_keys(kd, roles=["timestamp"])
    b = build_package(kd, rec, tmp_path / "b.tar", "CHN", 2)
    assert (a.tuf_version, b.tuf_version) == (1, 2)
    names = set(tar_members(b.path))
    assert {"metadata/1.root.json", "metadata/2.root.json", "package.json"} <= names


def test_build_refuses_inconsistent_input(tmp_path: Path) -> None:
    kd = keygen(tmp_path / "k")
    rec = write_records(tmp_path / "r.jsonl", [person(1, "MNG")])
    with pytest.raises(BuildError, match="partner_state is not CHN"):
        build_package(kd, rec, tmp_path / "a.tar", "CHN", 1)
    rec = write_records(tmp_path / "r.jsonl", [person(1)], deletes=["P9"])
    with pytest.raises(BuildError, match="full package cannot delete"):
        build_package(kd, rec, tmp_path / "a.tar", "CHN", 1)
    with pytest.raises(BuildError, match="base must be below"):
        build_package(kd, rec, tmp_path / "a.tar", "CHN", 1, base=1)
    rec = write_records(tmp_path / "r.jsonl", [person(1, photo="b" * 64)])
    with pytest.raises(BuildError, match="photo that is not in the photos folder"):
        build_package(kd, rec, tmp_path / "a.tar", "CHN", 1)
    assert not (tmp_path / "a.tar").exists() and kd.last_version() == 0


def test_build_refuses_a_lower_sequence_than_already_built(tmp_path: Path) -> None:
    kd = keygen(tmp_path / "k")
    rec = write_records(tmp_path / "r.jsonl", [person(1)])
    build_package(kd, rec, tmp_path / "a.tar", "CHN", 5)
    build_package(kd, rec, tmp_path / "b.tar", "CHN", 5, base=4)  # a delta beside the full: fine
    with pytest.raises(BuildError, match="#5 was already built"):
        build_package(kd, rec, tmp_path / "c.tar", "CHN", 4)
