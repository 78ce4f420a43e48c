"""What fuzzing the content API found: each answer is now a documented JSON error."""

import pytest
from django.test import Client

from api.content.preview import preview_token_create
from api.content.viewsets import (
    FIND_ID_ERROR,
    MAX_DATABASE_INTEGER,
    OFFSET_TOO_LARGE_ERROR,
    SEARCH_OPERATOR_ERROR,
)
from tests.api.content.content_fixtures import add_standard_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def live_page(home_page):
    return add_standard_page(home_page, title="Palvelu", slug="palvelu", intro="Esittely")


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents", "redirects"])
@pytest.mark.parametrize("value", ["null", "-3", "0", "1.5"])
def test_find_with_a_malformed_id_is_a_400_not_a_server_error(client, home_page, endpoint, value):
    response = client.get(f"/api/v2/{endpoint}/find/", {"id": value})
    assert response.status_code == 400
    assert response.json() == {"message": FIND_ID_ERROR}


def test_find_with_an_id_beyond_any_database_integer_is_not_found(client, home_page):
    response = client.get("/api/v2/pages/find/", {"id": str(MAX_DATABASE_INTEGER + 1)})
    assert response.status_code == 404
    assert response.json() == {"message": "not found"}


def test_find_with_a_valid_id_still_redirects_to_the_detail(client, live_page):
    response = client.get("/api/v2/pages/find/", {"id": live_page.pk})
    assert response.status_code == 302
    assert f"/api/v2/pages/{live_page.pk}/" in response["Location"]


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents", "redirects"])
def test_an_offset_beyond_any_database_integer_is_a_400_not_a_server_error(
    client, home_page, endpoint
):
    response = client.get(f"/api/v2/{endpoint}/", {"offset": "18312547530843119484403712"})
    assert response.status_code == 400
    assert response.json() == {"message": OFFSET_TOO_LARGE_ERROR}


@pytest.mark.parametrize(
    "parameter", ["child_of", "ancestor_of", "descendant_of", "translation_of"]
)
def test_a_page_reference_to_no_live_page_is_not_found(client, home_page, parameter):
    response = client.get("/api/v2/pages/", {parameter: "987654"})
    assert response.status_code == 404
    assert "doesn't exist" in response.json()["message"]


@pytest.mark.parametrize(
    "parameter", ["child_of", "ancestor_of", "descendant_of", "translation_of"]
)
def test_a_malformed_page_reference_stays_a_400(client, home_page, parameter):
    response = client.get("/api/v2/pages/", {parameter: ""})
    assert response.status_code == 400
    assert "must be a positive integer" in response.json()["message"]


def test_child_of_an_existing_page_still_lists_its_children(client, live_page, home_page):
    response = client.get("/api/v2/pages/", {"child_of": home_page.pk})
    assert response.status_code == 200
    assert [item["id"] for item in response.json()["items"]] == [live_page.pk]


@pytest.mark.parametrize(
    "query", [{"search_operator": "AAA"}, {"search_operator": "x", "search": "a"}]
)
def test_an_unknown_search_operator_is_a_400_with_or_without_search(client, home_page, query):
    response = client.get("/api/v2/pages/", query)
    assert response.status_code == 400
    assert response.json() == {"message": SEARCH_OPERATOR_ERROR}


@pytest.mark.parametrize("path", ["/api/v2/preview/", "/api/v2/preview/{pk}/"])
@pytest.mark.parametrize("signed_in", [False, True])
def test_preview_answers_other_methods_with_a_json_405(live_page, superuser, path, signed_in):
    # enforce_csrf_checks: a signed-in editor's unsafe request must not meet a CSRF 403.
    client = Client(enforce_csrf_checks=True)
    if signed_in:
        client.force_login(superuser)
    token = preview_token_create(page=live_page)
    response = client.generic(
        "QUERY", path.format(pk=live_page.pk) + f"?token={token}", content_type="text/plain"
    )
    assert response.status_code == 405
    assert response["Content-Type"].startswith("application/json")
    assert "detail" in response.json()
    assert "GET" in response["Allow"]


def test_preview_for_a_signed_in_editor_still_returns_the_draft(live_page, superuser):
    client = Client(enforce_csrf_checks=True)
    client.force_login(superuser)
    response = client.get("/api/v2/preview/", {"token": preview_token_create(page=live_page)})
    assert response.status_code == 200
    assert response.json()["id"] == live_page.pk
    assert "no-store" in response["Cache-Control"]


def test_each_page_type_schema_is_pinned_to_its_meta_type(client, home_page):
    """A listing item must match exactly one of the page schemas (`oneOf`); without the
    pinned type every page matched all of them and no listing validated."""
    schema = client.get("/api/schema/?format=json").json()
    components = schema["components"]["schemas"]
    listed = [
        item["$ref"].rsplit("/", 1)[1]
        for item in components["PageListing"]["properties"]["items"]["items"]["oneOf"]
    ]
    pinned = {}
    for name in listed:
        meta = components[name]["properties"]["meta"]["allOf"]
        pinned[name] = meta[1]["properties"]["type"]["enum"]
        assert meta[1]["required"] == ["type"]
    assert pinned["Page_cms_StandardPage"] == ["cms.StandardPage"]
    assert all(len(types) == 1 for types in pinned.values())
    assert len({types[0] for types in pinned.values()}) == len(listed)


def test_listing_parameters_only_document_values_the_api_accepts(client, home_page):
    schema = client.get("/api/schema/?format=json").json()
    parameters = {
        parameter["name"]: parameter["schema"]
        for parameter in schema["paths"]["/api/v2/pages/"]["get"]["parameters"]
    }
    for language in parameters["locale"]["enum"]:
        assert client.get("/api/v2/pages/", {"locale": language}).status_code == 200
    for ordering in parameters["order"]["enum"]:
        assert client.get("/api/v2/pages/", {"order": ordering}).status_code == 200
    for fields in parameters["fields"]["enum"]:
        assert client.get("/api/v2/pages/", {"fields": fields}).status_code == 200
    for page_type in parameters["type"]["enum"]:
        assert client.get("/api/v2/pages/", {"type": page_type}).status_code == 200
