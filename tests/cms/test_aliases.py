"""An untranslated page on the public site: source language declared, a note, no leaks."""

import pytest

from tests.api.content.content_fixtures import add_standard_page

from .media_builders import alias_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def aliased(translated_home):
    fi_page = add_standard_page(
        translated_home["fi"],
        title="Yhteystiedot",
        slug="yhteystiedot",
        intro="Ota yhteyttä palvelun ylläpitoon.",
    )
    alias = alias_in(fi_page, "sv")
    linking = add_standard_page(
        translated_home["sv"],
        title="Om tjänsten",
        slug="om-tjansten",
        body=[
            {
                "type": "paragraph",
                "value": f'<p><a linktype="page" id="{fi_page.pk}">Kontakt</a></p>',
            }
        ],
    )
    return {"fi": fi_page, "alias": alias, "linking": linking}


def test_alias_page_declares_finnish_text_and_says_it_is_not_translated(client, aliased):
    response = client.get("/sv/yhteystiedot/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="sv">' in html
    assert 'lang="fi"' in html
    assert "Ota yhteyttä palvelun ylläpitoon." in html
    assert "inte översatts till svenska" in html
    assert "finska" in html
    assert '<meta name="robots" content="noindex">' in html


def test_translated_page_has_no_untranslated_note(client, aliased):
    html = client.get("/sv/om-tjansten/").content.decode()
    assert "inte översatts" not in html
    assert 'content="noindex"' not in html


def test_swedish_rich_text_link_points_to_the_finnish_source_not_the_alias(client, aliased):
    html = client.get("/sv/om-tjansten/").content.decode()
    assert 'href="/fi/yhteystiedot/"' in html
    assert 'href="/sv/yhteystiedot/"' not in html
