"""The case store: what an officer captured, what was read, the verdict and the officer's
decision, searchable and with images purged after the retention period. The rules that fill
the verdict and the PDF report live elsewhere and use this store."""

from verification.cases.errors import CaseError, CaseNotFound
from verification.cases.model import (
    AGREEING,
    Case,
    CaseImage,
    CaseQuery,
    CaseRead,
    Decision,
    PurgeResult,
    Review,
    Subject,
    Verdict,
    agrees,
)
from verification.cases.store import CaseStore

__all__ = [
    "AGREEING",
    "Case",
    "CaseError",
    "CaseImage",
    "CaseNotFound",
    "CaseQuery",
    "CaseRead",
    "CaseStore",
    "Decision",
    "PurgeResult",
    "Review",
    "Subject",
    "Verdict",
    "agrees",
]
