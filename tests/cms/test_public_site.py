"""The public site lives under /fi/, /sv/ and /en/ and links only real translations."""

import pytest
from wagtail.models import Locale

from cms.models import StandardPage


@pytest.mark.django_db
def test_root_redirects_to_the_finnish_site(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/fi/"


@pytest.mark.django_db
def test_root_redirects_a_swedish_browser_to_the_swedish_site(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="sv-FI,sv;q=0.9")
    assert response["Location"] == "/sv/"


@pytest.mark.django_db
def test_each_language_prefix_serves_its_own_translation(client, translated_home):
    finnish = client.get("/fi/").content.decode()
    swedish = client.get("/sv/").content.decode()
    assert '<html lang="fi">' in finnish
    assert "Tervetuloa Tutuksi-palveluun." in finnish
    assert '<html lang="sv">' in swedish
    assert "Välkommen till Tutuksi." in swedish
    assert "Hoppa till huvudinnehåll" in swedish  # the UI catalogue is Swedish too


@pytest.mark.django_db
def test_language_switcher_links_translations_but_never_alias_pages(
    client, translated_home, home_page
):
    page = home_page.add_child(instance=StandardPage(title="Vain suomeksi", slug="vain-suomeksi"))
    page.save_revision().publish()
    # wagtail-localize keeps untranslated pages as aliases in the other locales.
    alias = page.copy_for_translation(Locale.objects.get(language_code="sv"), alias=True)
    assert alias.alias_of_id == page.pk

    html = client.get("/fi/vain-suomeksi/").content.decode()
    assert 'hreflang="sv"' not in html
    assert 'hreflang="en"' not in html

    home_html = client.get("/fi/").content.decode()
    assert 'href="/sv/" lang="sv" hreflang="sv"' in home_html
    assert 'href="/en/" lang="en" hreflang="en"' in home_html


@pytest.mark.django_db
def test_unknown_page_gets_a_translated_not_found_page(client, translated_home):
    response = client.get("/sv/finns-inte/")
    assert response.status_code == 404
    assert '<html lang="sv">' in response.content.decode()
