"""The python-tuf and securesystemslib names we use, imported once. Their packages re-export these
without `__all__` entries mypy can read, so strict mypy (no implicit re-export) needs the ignores;
keeping them here keeps them out of every other module. The types stay fully checked."""

from securesystemslib.signer import (  # type: ignore[attr-defined]
    CryptoSigner as CryptoSigner,
)
from securesystemslib.signer import (  # type: ignore[attr-defined]
    Signer as Signer,
)
from securesystemslib.signer import (  # type: ignore[attr-defined]
    SSlibKey as SSlibKey,
)
from tuf.api.metadata import Metadata as Metadata
from tuf.api.metadata import MetaFile as MetaFile  # type: ignore[attr-defined]
from tuf.api.metadata import Role as Role  # type: ignore[attr-defined]
from tuf.api.metadata import Root as Root  # type: ignore[attr-defined]
from tuf.api.metadata import Signed as Signed  # type: ignore[attr-defined]
from tuf.api.metadata import Snapshot as Snapshot  # type: ignore[attr-defined]
from tuf.api.metadata import TargetFile as TargetFile  # type: ignore[attr-defined]
from tuf.api.metadata import Targets as Targets  # type: ignore[attr-defined]
from tuf.api.metadata import Timestamp as Timestamp  # type: ignore[attr-defined]
from tuf.ngclient.config import UpdaterConfig as UpdaterConfig
from tuf.ngclient.fetcher import FetcherInterface as FetcherInterface
from tuf.ngclient.updater import Updater as Updater
