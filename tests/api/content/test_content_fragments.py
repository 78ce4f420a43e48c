"""Uncached responses reuse each page revision's JSON, and a publish replaces it."""

import pytest
from django.test import override_settings

from tests.api.content.content_fixtures import add_standard_page

pytestmark = pytest.mark.django_db


@override_settings(TUTUKSI_API_CACHE_TIMEOUT=0)
def test_second_detail_request_from_the_fragment_is_identical_and_a_publish_shows(
    client, home_page
):
    page = add_standard_page(home_page, title="Tietoa", slug="tietoa", intro="Ensimmäinen")
    first = client.get(f"/api/v2/pages/{page.pk}/")
    second = client.get(f"/api/v2/pages/{page.pk}/")
    assert first.status_code == second.status_code == 200
    assert second.json() == first.json()
    assert "feedback" in second.json()["meta"]
    page.intro = "Toinen"
    page.save_revision().publish()
    assert client.get(f"/api/v2/pages/{page.pk}/").json()["intro"] == "Toinen"
