"""Statistics: GET /statistics (charts + tables), CSV per statistic, and the API."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request
from starlette.responses import Response

from izde import statistics as use
from izde.web.charts import bar_chart
from izde.web.deps import CurrentViewer, Db
from izde.web.render import page
from izde.web.schemas import PageOf, StatPublic

pages = APIRouter()
api = APIRouter(tags=["statistics"])
StatName = Annotated[str, Path(max_length=40)]


@pages.get("/statistics")
def statistics_page(request: Request, db: Db, viewer: CurrentViewer) -> Response:
    tables = use.all_statistics(db, viewer)
    return page(request, "statistics.html", viewer, tables=tables,
                charts={t.name: bar_chart(t.rows, t.label) for t in tables})


@pages.get("/statistics/{name}.csv")
def statistic_csv(db: Db, viewer: CurrentViewer, name: StatName) -> Response:
    table = use.statistic(db, viewer, name)
    return Response(table.csv(), media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="izde-{table.name}.csv"'})


@api.get("/stats", response_model=PageOf[StatPublic])
def stats_api(db: Db, viewer: CurrentViewer) -> PageOf[StatPublic]:
    """Every statistic: persons by event type, charge, sentence, prefecture, county, year."""
    tables = use.all_statistics(db, viewer)
    return PageOf[StatPublic](data=[StatPublic.model_validate(t) for t in tables],
                              count=len(tables))


@api.get("/stats/{name}", response_model=StatPublic)
def stat_api(db: Db, viewer: CurrentViewer, name: StatName) -> StatPublic:
    return StatPublic.model_validate(use.statistic(db, viewer, name))
