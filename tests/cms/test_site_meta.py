"""Search engines and link previews see every language's pages correctly."""

import pytest

from .builders import SWEDISH, build_guidance_tree, translate_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def swedish(home_page, translated_home, django_capture_on_commit_callbacks):
    tree = build_guidance_tree(home_page)
    return translate_tree(
        tree, language="sv", strings=SWEDISH, capture=django_capture_on_commit_callbacks
    )


def test_sitemap_lists_finnish_and_swedish_pages_but_no_aliases(client, swedish):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/fi/ohjeet/asiakkaat-kehittajina/</loc>" in xml
    assert "/sv/anvisningar/klienter-som-utvecklare/</loc>" in xml
    assert "/sv/anvisningar/klienter-som-utvecklare/utvardering/</loc>" in xml
    # The English tree has only the translated home page; its aliases are left out.
    assert "/en/ohjeet/" not in xml
    assert "/en/</loc>" in xml


def test_page_head_has_seo_description_and_open_graph_tags(client, swedish):
    model = swedish["models"][0]
    model.seo_title = "Klienter utvecklar tjänster"
    model.search_description = "Hur klienter blir kända i servicesystemet."
    model.save_revision().publish()
    html = client.get("/sv/anvisningar/klienter-som-utvecklare/").content.decode()
    assert "<title>Klienter utvecklar tjänster | Tutuksi</title>" in html
    assert '<meta name="description" content="Hur klienter blir kända i servicesystemet.">' in html
    assert '<meta property="og:title" content="Klienter utvecklar tjänster">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:locale" content="sv_FI">' in html
    assert (
        'property="og:url" content="http://localhost/sv/anvisningar/klienter-som-utvecklare/"'
        in html
    )
