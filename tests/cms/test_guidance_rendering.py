"""Each guidance page type renders its structured content for a reader, in fi and sv."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from cms.models import PracticeModelPage, PracticeModelRelatedModel
from cms.translation import translate_with_strings

from .builders import SWEDISH, build_guidance_tree, translate_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(home_page):
    return build_guidance_tree(home_page)


@pytest.fixture
def swedish_tree(tree, translated_home, django_capture_on_commit_callbacks):
    return translate_tree(
        tree, language="sv", strings=SWEDISH, capture=django_capture_on_commit_callbacks
    )


def test_practice_model_page_shows_dimensions_facts_assessment_and_pdf_size(client, tree):
    html = client.get("/fi/ohjeet/asiakkaat-kehittajina/").content.decode()
    assert "<h1>Asiakkaat kehittäjinä</h1>" in html
    assert "<h3>Osallisuus omassa elämässä</h3>" in html
    assert "Asiakas toimii kehittäjänä omassa asiassaan." in html
    assert "Testikaupungin sosiaalipalvelut" in html
    assert "2016–2019" in html
    assert "Asunnottomuutta kokeneet" in html
    assert "Tarve on todettu." in html
    assert "(PDF, " in html and "(PDF, 0" not in html
    assert tree["document"].url in html


def test_practice_model_page_links_previous_and_next_in_its_series(client, tree):
    first = client.get("/fi/ohjeet/asiakkaat-kehittajina/").content.decode()
    second = client.get("/fi/ohjeet/aikaa-luottamukselle/").content.decode()
    assert 'href="/fi/ohjeet/aikaa-luottamukselle/" rel="next"' in first
    assert 'rel="prev"' not in first
    assert 'href="/fi/ohjeet/asiakkaat-kehittajina/" rel="prev"' in second


def test_practice_model_page_lists_related_models_and_its_evaluation_report(client, tree):
    html = client.get("/fi/ohjeet/asiakkaat-kehittajina/").content.decode()
    assert 'href="/fi/ohjeet/aikaa-luottamukselle/"' in html
    assert 'href="/fi/ohjeet/asiakkaat-kehittajina/arvio/"' in html


def test_evaluation_report_shows_groups_cases_assessment_and_links_back(client, tree):
    html = client.get("/fi/ohjeet/asiakkaat-kehittajina/arvio/").content.decode()
    assert "<h1>Arvio mallista</h1>" in html
    assert "Siirtymä jälkihuollosta" in html
    assert "Noin 50 osallistujaa." in html
    assert ">50<" in html and ">4<" in html
    assert 'href="/fi/ohjeet/asiakkaat-kehittajina/"' in html


def test_guidance_article_renders_every_block(client, tree):
    html = client.get("/fi/ohjeet/ammattilaisen-osallisuus/").content.decode()
    for text in [
        "Yhteistyö sujuu",
        "Kysy, älä oleta",
        "Kiertävä kokous",
        "Kun joku luottaa minuun, uskallan kertoa.",
        "Toimittaja:",
        "Aika ja kiireettömyys.",
        "Lue myös",
        'href="https://thl.fi/"',
        "Pyydän apua vain kerran.",
        "Torjunta lamauttaa.",
    ]:
        assert text in html, text


def test_swedish_practice_model_uses_swedish_snippets_and_stream_text(client, swedish_tree):
    model = swedish_tree["models"][0]
    assert model.locale.language_code == "sv"
    assert model.developer.locale.language_code == "sv"
    html = client.get("/sv/anvisningar/klienter-som-utvecklare/").content.decode()
    assert '<html lang="sv">' in html
    assert "Teststadens socialtjänster" in html
    assert "Personer med erfarenhet av bostadslöshet" in html
    assert "Bostadslösheten minskar när klienterna planerar tjänsterna." in html
    assert "Delaktighetens bitar" in html
    assert 'href="/sv/anvisningar/tid-for-fortroende/" rel="next"' in html
    assert 'hreflang="fi"' in html


def test_swedish_translation_keeps_target_groups_in_swedish(swedish_tree):
    model = PracticeModelPage.objects.get(pk=swedish_tree["models"][0].pk)
    groups = [item.target_group for item in model.target_groups.all()]
    assert [group.name for group in groups] == ["Personer med erfarenhet av bostadslöshet"]
    assert all(group.locale.language_code == "sv" for group in groups)


def test_related_model_without_swedish_translation_links_the_finnish_page_not_an_alias(
    client, tree, translated_home, django_capture_on_commit_callbacks
):
    sv = Locale.objects.get(language_code="sv")
    for instance in [
        tree["organisation"],
        tree["contact"],
        tree["series"],
        *tree["target_groups"],
        tree["index"],
        tree["models"][0],
    ]:
        with django_capture_on_commit_callbacks(execute=True):
            translate_with_strings(instance, locale=sv, strings=SWEDISH)
    alias = tree["models"][1].copy_for_translation(sv, alias=True)
    assert alias.alias_of_id == tree["models"][1].pk

    html = client.get("/sv/anvisningar/klienter-som-utvecklare/").content.decode()
    assert 'href="/fi/ohjeet/aikaa-luottamukselle/"' in html
    assert 'href="/sv/anvisningar/aikaa-luottamukselle/"' not in html


def test_related_model_row_rejects_a_page_that_is_not_a_practice_model(tree):
    row = PracticeModelRelatedModel(page=tree["models"][0], related_page=tree["article"])
    with pytest.raises(ValidationError) as error:
        row.clean()
    assert "related_page" in error.value.message_dict
