"""Person pages: GET /persons/{id}, GET /api/persons/{id}, POST /api/persons/{id}/merge."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request
from starlette.responses import Response

from izde import review
from izde.web import profiles
from izde.web.deps import Csrf, CurrentViewer, Db, ReviewerViewer
from izde.web.render import page
from izde.web.schemas import MergeResultPublic, PersonMerge, PersonProfilePublic

pages = APIRouter()
api = APIRouter(tags=["persons"])
PersonId = Annotated[str, Path(max_length=80)]


@pages.get("/persons/{person_id}")
def person_page(request: Request, db: Db, viewer: CurrentViewer,
                person_id: PersonId) -> Response:
    profile = profiles.person_profile(db, viewer, person_id)
    return page(request, "person.html", viewer, p=profile)


@api.get("/persons/{person_id}", response_model=PersonProfilePublic)
def person_api(db: Db, viewer: CurrentViewer, person_id: PersonId) -> PersonProfilePublic:
    """One person: names, attributes and events with their sources, contradictions."""
    return PersonProfilePublic.model_validate(profiles.person_profile(db, viewer, person_id))


@api.post("/persons/{person_id}/merge", response_model=MergeResultPublic,
          dependencies=[Csrf])
def merge_api(db: Db, viewer: ReviewerViewer, person_id: PersonId,
              body: PersonMerge) -> MergeResultPublic:
    """Record that ``other`` is the same real person as this one (audited)."""
    return MergeResultPublic(canonical_id=review.merge_persons(db, person_id, body.other,
                                                               viewer))
