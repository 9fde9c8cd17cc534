"""What the partner registry tells us about a person, as plain frozen data. The exchange agreement
covers exactly these: names, date and place of birth, photograph, identity documents with their
issuing authority, citizenship status history, and entry/exit records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class CitizenshipState(StrEnum):
    ACTIVE = "active"
    RENUNCIATION_PENDING = "renunciation_pending"
    TERMINATED = "terminated"


class Direction(StrEnum):
    ENTRY = "entry"
    EXIT = "exit"


class Script(StrEnum):
    """ISO 15924 codes of the scripts names arrive in."""

    HAN = "Hans"
    CYRILLIC = "Cyrl"
    ARABIC = "Arab"
    LATIN = "Latn"


@dataclass(frozen=True)
class PersonName:
    """One written form of a name, with the Latin form the issuing tradition prints beside it."""

    script: Script
    surname: str
    given_names: str
    latin_surname: str = ""
    latin_given_names: str = ""


@dataclass(frozen=True)
class IdentityDocument:
    doc_type: str  # "passport", "id_card", "travel_document"
    number: str
    issuing_state: str  # ICAO 3-letter code
    issuing_authority: str
    issue_date: dt.date | None = None
    expiry_date: dt.date | None = None


@dataclass(frozen=True)
class CitizenshipStatus:
    """One entry of the status history; `certificate_number` and `authority` are set for a
    termination (and for a pending renunciation once filed)."""

    state: CitizenshipState
    since: dt.date
    certificate_number: str | None = None
    authority: str | None = None


@dataclass(frozen=True)
class BorderCrossing:
    time: dt.datetime  # timezone-aware, UTC
    crossing_point: str
    direction: Direction
    document_number: str
    document_state: str


@dataclass(frozen=True)
class PersonRecord:
    """A person as the partner (`partner_state`, e.g. "CHN") knows them, keyed by its registry id."""

    partner_id: str
    partner_state: str
    sex: str  # "M", "F" or "X"
    birth_date: dt.date
    birth_place: str
    birth_place_latin: str = ""
    personal_id: str | None = None  # the partner's national identity number
    names: tuple[PersonName, ...] = ()
    documents: tuple[IdentityDocument, ...] = ()
    citizenship: tuple[CitizenshipStatus, ...] = ()  # oldest first
    crossings: tuple[BorderCrossing, ...] = ()  # oldest first
    photo_sha256: str | None = None  # the photo travels as its own file in the package

    @property
    def current_status(self) -> CitizenshipStatus | None:
        return self.citizenship[-1] if self.citizenship else None


@dataclass(frozen=True)
class RegistryStatus:
    """How current the local copy is: what an officer must see before trusting any look-up."""

    partner_state: str | None
    sequence: int  # the partner's package sequence number; 0 = nothing applied yet
    kind: str | None  # "full" or "delta"
    published_at: dt.datetime | None  # when the partner published the applied package
    applied_at: dt.datetime | None
    latest_trusted_time: dt.datetime | None  # newest time vouched for by signed metadata
    persons: int = 0
    photos: int = 0
    documents: int = 0
    crossings: int = 0
    schema_version: int = 0


@dataclass(frozen=True)
class MatchReason:
    field: str  # "surname", "given_names", "birth_date", "document_number", …
    how: str  # "exact", "transliteration (pinyin)", "fuzzy 0.91", "truncated (MRZ)", …


@dataclass(frozen=True)
class Candidate:
    """A ranked look-up hit: never a yes/no, always a score and the reasons behind it."""

    person: PersonRecord
    score: float  # 0..1
    reasons: tuple[MatchReason, ...] = field(default_factory=tuple)
