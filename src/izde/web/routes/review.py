"""Review: GET /review (the queue), POST actions from forms, and the claims API."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Path, Query, Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from izde import review as use
from izde.web.deps import Csrf, Db, ReviewerViewer
from izde.web.render import page
from izde.web.schemas import (
    ClaimPublic,
    ClaimUpdate,
    MergeProposalPublic,
    MergeResultPublic,
    PageOf,
)

pages = APIRouter()
api = APIRouter(tags=["review"])
ClaimId = Annotated[str, Path(max_length=80)]
ProposalId = Annotated[int, Path(ge=0, le=2**62)]
Order = Annotated[str, Query(pattern="^(newest|uncertain)$")]
Status = Annotated[str, Query(pattern="^(proposed|accepted|rejected)$")]
Limit = Annotated[int, Query(ge=1, le=200)]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]


@pages.get("/review")
def review_page(request: Request, db: Db, viewer: ReviewerViewer, order: Order = "newest",
                done: str | None = None) -> Response:
    return page(request, "review.html", viewer, order=order, done=done,
                claims=use.claim_queue(db, viewer, order, limit=100),
                merges=use.merge_queue(db, viewer, limit=50))


def _back(order: str, message: str) -> RedirectResponse:
    from urllib.parse import quote

    return RedirectResponse(f"/review?order={order}&done={quote(message)}", status_code=303)


@pages.post("/review/claims/{claim_id}", dependencies=[Csrf])
def claim_action(db: Db, viewer: ReviewerViewer, claim_id: ClaimId,
                 action: Annotated[str, Form(pattern="^(accept|reject|edit)$")],
                 value: Annotated[str | None, Form(max_length=2000)] = None,
                 order: Annotated[str, Form(pattern="^(newest|uncertain)$")] = "newest"
                 ) -> Response:
    if action == "accept":
        item = use.accept_claim(db, claim_id, viewer)
    elif action == "reject":
        item = use.reject_claim(db, claim_id, viewer)
    else:
        item = use.edit_claim(db, claim_id, value or "", viewer)
    verb = {"accept": "accepted", "reject": "rejected", "edit": "corrected"}[action]
    return _back(order, f"{verb}: {item.property} = {item.value}")


@pages.post("/review/merges/{proposal_id}", dependencies=[Csrf])
def merge_action(db: Db, viewer: ReviewerViewer, proposal_id: ProposalId,
                 action: Annotated[str, Form(pattern="^(merge|different)$")]) -> Response:
    if action == "merge":
        use.merge_proposal(db, proposal_id, viewer)
        return _back("newest", "merged")
    use.different_proposal(db, proposal_id, viewer)
    return _back("newest", "marked as different persons")


@api.get("/claims", response_model=PageOf[ClaimPublic])
def claims_api(db: Db, viewer: ReviewerViewer, status: Status = "proposed",
               order: Order = "newest", limit: Limit = 50,
               offset: Offset = 0) -> PageOf[ClaimPublic]:
    """Claims with a status, newest or most uncertain first (the review queue)."""
    found = use.claim_queue(db, viewer, order, status, limit, offset)
    return PageOf[ClaimPublic](data=[ClaimPublic.model_validate(c) for c in found.data],
                               count=found.count)


@api.post("/claims/{claim_id}/accept", response_model=ClaimPublic, dependencies=[Csrf])
def accept_api(db: Db, viewer: ReviewerViewer, claim_id: ClaimId) -> ClaimPublic:
    return ClaimPublic.model_validate(use.accept_claim(db, claim_id, viewer))


@api.post("/claims/{claim_id}/reject", response_model=ClaimPublic, dependencies=[Csrf])
def reject_api(db: Db, viewer: ReviewerViewer, claim_id: ClaimId) -> ClaimPublic:
    return ClaimPublic.model_validate(use.reject_claim(db, claim_id, viewer))


@api.patch("/claims/{claim_id}", response_model=ClaimPublic, dependencies=[Csrf])
def edit_api(db: Db, viewer: ReviewerViewer, claim_id: ClaimId,
             body: ClaimUpdate) -> ClaimPublic:
    """Correct a claim's value; returns the new (accepted, human) claim."""
    return ClaimPublic.model_validate(use.edit_claim(db, claim_id, body.value, viewer))


@api.get("/merge-proposals", response_model=PageOf[MergeProposalPublic])
def proposals_api(db: Db, viewer: ReviewerViewer, limit: Limit = 50,
                  offset: Offset = 0) -> PageOf[MergeProposalPublic]:
    found = use.merge_queue(db, viewer, limit, offset)
    return PageOf[MergeProposalPublic](
        data=[MergeProposalPublic.model_validate(m) for m in found.data], count=found.count)


@api.post("/merge-proposals/{proposal_id}/merge", response_model=MergeResultPublic,
          dependencies=[Csrf])
def merge_api(db: Db, viewer: ReviewerViewer, proposal_id: ProposalId) -> MergeResultPublic:
    return MergeResultPublic(canonical_id=use.merge_proposal(db, proposal_id, viewer))


@api.post("/merge-proposals/{proposal_id}/different", response_model=MergeResultPublic,
          dependencies=[Csrf])
def different_api(db: Db, viewer: ReviewerViewer,
                  proposal_id: ProposalId) -> MergeResultPublic:
    use.different_proposal(db, proposal_id, viewer)
    return MergeResultPublic(canonical_id=None)
