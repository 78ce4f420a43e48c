"""wagtail-localize's aliases (untranslated copies) never appear as content of a language."""

import pytest
from wagtail.models import Locale

from tests.api.content.content_fixtures import add_standard_page
from tests.cms.media_builders import alias_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def aliased(translated_home):
    """A Finnish page with a Swedish alias, and a real Swedish page linking to it."""
    fi_page = add_standard_page(translated_home["fi"], title="Yhteystiedot", slug="yhteystiedot")
    alias = alias_in(fi_page, "sv")
    linking = add_standard_page(
        translated_home["sv"],
        title="Om tjänsten",
        slug="om-tjansten",
        body=[
            {
                "type": "paragraph",
                "value": f'<p><a linktype="page" id="{fi_page.pk}">Kontakt</a> '
                f'<a linktype="page" id="{alias.pk}">Kontakt (alias)</a></p>',
            }
        ],
    )
    return {"fi": fi_page, "alias": alias, "linking": linking, "sv_home": translated_home["sv"]}


def _ids(response):
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["items"]}


def test_the_alias_is_live_in_the_swedish_tree(aliased):
    # The premise of every test here: wagtail-localize made a live Swedish alias.
    alias = aliased["alias"]
    assert alias.live and alias.alias_of_id == aliased["fi"].pk
    assert alias.locale == Locale.objects.get(language_code="sv")


def test_swedish_listing_leaves_the_alias_out(client, aliased):
    ids = _ids(client.get("/api/v2/pages/", {"locale": "sv"}))
    assert aliased["alias"].pk not in ids
    assert aliased["linking"].pk in ids


def test_child_of_the_swedish_home_leaves_the_alias_out(client, aliased):
    ids = _ids(client.get("/api/v2/pages/", {"child_of": aliased["sv_home"].pk}))
    assert aliased["alias"].pk not in ids
    assert aliased["linking"].pk in ids


def test_translation_of_does_not_offer_the_alias_as_swedish(client, aliased):
    ids = _ids(client.get("/api/v2/pages/", {"translation_of": aliased["fi"].pk, "locale": "sv"}))
    assert ids == set()


def test_find_by_the_aliases_swedish_path_is_not_found(client, aliased):
    response = client.get("/api/v2/pages/find/", {"html_path": f"/sv/{aliased['alias'].slug}/"})
    assert response.status_code == 404


def test_alias_detail_is_not_found(client, aliased):
    assert client.get(f"/api/v2/pages/{aliased['alias'].pk}/").status_code == 404


def test_swedish_rich_text_links_go_to_the_finnish_source_never_to_the_alias(client, aliased):
    html = client.get(f"/api/v2/pages/{aliased['linking'].pk}/").json()["body"][0]["value"]
    assert html.count('href="/fi/yhteystiedot/"') == 2
    assert "/sv/yhteystiedot/" not in html


def test_translations_meta_of_the_source_lists_no_alias(client, aliased):
    data = client.get(f"/api/v2/pages/{aliased['fi'].pk}/").json()
    assert data["meta"]["translations"] == []
