"""Faces: the passport portrait against the registry's photo (1:1), and against every registry
photo (1:N) for hits under another identity. A face score alone never says more than its band."""

from __future__ import annotations

from verification.checks.common import result
from verification.checks.model import CheckResult, Facts, Status

FACE_VS_REGISTRY = "face_vs_registry"
FACE_OTHER_IDENTITY = "face_other_identity"


def face_vs_registry(f: Facts) -> CheckResult:
    cid = FACE_VS_REGISTRY
    if f.person is None:
        return result(cid, Status.NOT_APPLICABLE, "face.no_person")
    face = f.face
    if face is None:
        return result(cid, Status.REVIEW, "face.not_compared", {"partner_id": f.person.partner_id})
    ev = {"partner_id": f.person.partner_id, "photo_sha256": f.person.photo_sha256, "engine": face.engine,
          "score": None if face.score is None else round(face.score, 3), "band": face.band,
          "match_edge": face.match_edge, "review_edge": face.review_edge, "warnings": list(face.warnings)}  # fmt: skip
    if face.score is None or face.band is None:
        return result(cid, Status.REVIEW, "face.no_score", ev, why=face.reason or "?")
    score = f"{face.score:.2f}"
    if face.band == "match":
        return result(cid, Status.PASS, "face.match", ev, score=score, edge=face.match_edge)
    if face.band == "review":
        return result(cid, Status.REVIEW, "face.review", ev, score=score, low=face.review_edge, high=face.match_edge)
    return result(cid, Status.FAIL, "face.no_match", ev, score=score, edge=face.review_edge)


def face_other_identity(f: Facts) -> CheckResult:
    cid = FACE_OTHER_IDENTITY
    if f.face_hits is None:
        passport_side_unusable = f.face is not None and (f.face.reason or "").startswith("a:")
        if passport_side_unusable:
            return result(cid, Status.NOT_APPLICABLE, "search.no_portrait", {"why": f.face.reason if f.face else None})
        return result(cid, Status.REVIEW, "search.not_run")
    own = f.person.partner_id if f.person is not None else None
    others = [h for h in f.face_hits if h.partner_id != own]
    ev = {"hits": [{"partner_id": h.partner_id, "score": round(h.score, 3), "band": h.band} for h in f.face_hits],
          "claimed": own}  # fmt: skip
    strong = [h for h in others if h.band == "match"]
    if strong:
        best = max(strong, key=lambda h: h.score)
        return result(cid, Status.FAIL, "search.other_match", ev, partner_id=best.partner_id,
                      score=f"{best.score:.2f}", count=len(strong))  # fmt: skip
    if others:
        best = max(others, key=lambda h: h.score)
        return result(cid, Status.REVIEW, "search.other_review", ev, partner_id=best.partner_id,
                      score=f"{best.score:.2f}")  # fmt: skip
    return result(cid, Status.PASS, "search.none", ev, searched=len(f.face_hits))
