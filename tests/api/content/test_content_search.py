"""`?search=` uses the search backend of the requested language when one exists."""

import pytest

from api.content.search import search_backend_alias
from tests.api.content.content_fixtures import add_standard_page

pytestmark = pytest.mark.django_db

DATABASE_BACKEND = {"BACKEND": "wagtail.search.backends.database"}


def test_backend_named_after_the_language_is_chosen_when_configured(settings):
    settings.WAGTAILSEARCH_BACKENDS = {"default": DATABASE_BACKEND, "sv": DATABASE_BACKEND}
    assert search_backend_alias("sv") == "sv"
    assert search_backend_alias("fi") == "default"
    assert search_backend_alias(None) == "default"


def test_search_finds_pages_of_the_requested_language(
    client, translated_home, settings, monkeypatch
):
    settings.WAGTAILSEARCH_BACKENDS = {"default": DATABASE_BACKEND, "fi": DATABASE_BACKEND}
    import api.content.search

    used = []
    real = api.content.search.get_search_backend
    monkeypatch.setattr(
        api.content.search, "get_search_backend", lambda alias: used.append(alias) or real(alias)
    )
    add_standard_page(translated_home["fi"], title="Asumisneuvonta", slug="asumis")
    add_standard_page(translated_home["sv"], title="Boenderådgivning", slug="boende")
    response = client.get("/api/v2/pages/", {"search": "Asumisneuvonta", "locale": "fi"})
    assert response.status_code == 200
    titles = [item["title"] for item in response.json()["items"]]
    assert titles == ["Asumisneuvonta"]
    swedish = client.get("/api/v2/pages/", {"search": "Asumisneuvonta", "locale": "sv"})
    assert swedish.json()["items"] == []
    assert used == ["fi", "default"]
