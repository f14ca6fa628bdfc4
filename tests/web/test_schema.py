"""Property-based checks of the API against its own OpenAPI schema (schemathesis).

Every GET route gets generated parameters; each answer must match its documented schema and
never be a server error. The instance is public, so anonymous calls reach the routes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from izde.store.engine import Store  # noqa: E402
from izde.web import create_app  # noqa: E402
from izde.web.settings import WebSettings  # noqa: E402

from .factory import populate  # noqa: E402


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    mp = pytest.MonkeyPatch()
    mp.setenv("IZDE_PUBLIC", "1")
    store = Store(str(Path(tmp_path_factory.mktemp("schema")) / "s.db"))
    with store.session() as s:
        populate(s, sensitivity="public")
    app = create_app(settings=WebSettings(None, "s" * 40, dev=True), store=store)
    yield schemathesis.openapi.from_asgi("/api/openapi.json", app).include(method="GET")
    mp.undo()
    store.close()


def _operations(schema: Any) -> list[Any]:
    return [result.ok() for result in schema.get_all_operations()]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                 HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_api_matches_its_schema(api_schema: Any, data: st.DataObject) -> None:
    operations = _operations(api_schema)
    operation = data.draw(st.sampled_from(operations), label="operation")
    case = data.draw(operation.as_strategy(), label="case")
    case.call_and_validate()


def test_schema_covers_the_documented_routes(api_schema: Any) -> None:
    paths = {op.path for op in _operations(api_schema)}
    assert {"/api/persons", "/api/search", "/api/stats", "/api/claims",
            "/api/documents/{document_id}"} <= paths
