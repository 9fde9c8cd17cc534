"""Signed sync packages of the partner registry: The Update Framework (python-tuf) repository
states carried as one tar file, verified with tuf.ngclient and applied to a RegistryStore.
The format is described in docs/sync-format.md."""

from verification.registry.sync.builder import BuildError, BuiltPackage, build_package
from verification.registry.sync.format import Limits, PackageHint, Reason
from verification.registry.sync.freshness import Freshness, freshness
from verification.registry.sync.http_source import HttpSource, RemotePackage, plan, pull, write_package_list
from verification.registry.sync.importer import ImportResult, PackageImporter
from verification.registry.sync.inbox import Inbox, InboxOutcome
from verification.registry.sync.keys import KeyDir, KeyDirError, keygen, rotate_keys
from verification.registry.sync.trust import TrustStore

__all__ = [
    "BuildError",
    "BuiltPackage",
    "Freshness",
    "HttpSource",
    "ImportResult",
    "Inbox",
    "InboxOutcome",
    "KeyDir",
    "KeyDirError",
    "Limits",
    "PackageHint",
    "PackageImporter",
    "Reason",
    "RemotePackage",
    "TrustStore",
    "build_package",
    "freshness",
    "keygen",
    "plan",
    "pull",
    "rotate_keys",
    "write_package_list",
]
