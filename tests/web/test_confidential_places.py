"""A place or organisation named only in confidential documents (a relative's village) is
itself confidential: hidden from viewers below that level on every page and API route."""

from __future__ import annotations

from fastapi.testclient import TestClient

from izde.store.engine import Store
from izde.store.models import Organisation, Place

from .conftest import login

VILLAGE = "Qaratobe Hamlet"


def _secrets(store: Store) -> None:
    with store.session() as s:
        s.add(Place(id="txt_village", name=VILLAGE, kind="village", sensitivity="confidential"))
        s.add(Organisation(id="org_secret", name="Qaratobe Night Watch",
                           sensitivity="confidential"))


def test_a_viewer_gets_no_page_for_a_confidential_place(client: TestClient,
                                                       store: Store) -> None:
    _secrets(store)
    assert login(client, "viewer").get("/places/txt_village").status_code == 404
    assert client.get("/api/places/txt_village").status_code == 404


def test_the_place_list_leaves_a_confidential_place_out_for_a_viewer(
        client: TestClient, store: Store) -> None:
    _secrets(store)
    login(client, "viewer")
    assert VILLAGE not in client.get("/places").text
    assert VILLAGE not in client.get("/api/places").text


def test_a_viewer_gets_no_page_for_a_confidential_organisation(
        client: TestClient, store: Store) -> None:
    _secrets(store)
    login(client, "viewer")
    assert client.get("/organisations/org_secret").status_code == 404
    assert "Qaratobe Night Watch" not in client.get("/places").text


def test_an_editor_sees_the_confidential_place(client: TestClient, store: Store) -> None:
    _secrets(store)
    login(client, "editor")
    assert VILLAGE in client.get("/places/txt_village").text
    assert VILLAGE in client.get("/places").text
