"""Translators take practice models and snippets from Finnish to Swedish and English."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from cms.models import Organisation, TargetGroup
from cms.translation import translate_with_strings

from .builders import HOMELESSNESS_BODY, SWEDISH, build_guidance_tree, translate_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(home_page):
    return build_guidance_tree(home_page)


def test_snippet_translates_to_swedish_and_english(django_capture_on_commit_callbacks):
    group = TargetGroup.objects.create(name="Nuoret", description="Jälkihuollon nuoret.")
    for language, name in [("sv", "Unga"), ("en", "Young people")]:
        with django_capture_on_commit_callbacks(execute=True):
            translated = translate_with_strings(
                group,
                locale=Locale.objects.get(language_code=language),
                strings={"Nuoret": name},
            )
        assert translated.name == name
        assert translated.translation_key == group.translation_key
    assert TargetGroup.objects.filter(translation_key=group.translation_key).count() == 3


def test_translated_practice_model_is_live_in_swedish_with_translated_references(
    tree, translated_home, django_capture_on_commit_callbacks
):
    swedish = translate_tree(
        tree, language="sv", strings=SWEDISH, capture=django_capture_on_commit_callbacks
    )
    model = swedish["models"][0]
    assert model.live
    assert model.url_path.endswith("/anvisningar/klienter-som-utvecklare/")
    assert model.developer == Organisation.objects.get(
        translation_key=tree["organisation"].translation_key, locale__language_code="sv"
    )
    assert model.series.title == "Delaktighetens bitar"
    assert model.series_position == 1
    assert model.evaluation_document == tree["document"]
    assert "Hur modellen kom till" in str(model.body)
    assert swedish["report"].get_parent().specific == model


def test_po_export_of_a_practice_model_contains_its_finnish_stream_text(
    tree, translated_home, django_capture_on_commit_callbacks
):
    model = tree["models"][0]
    source, _created = TranslationSource.get_or_create_from_instance(model)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="en")
    )
    po = str(translation.export_po())
    assert HOMELESSNESS_BODY in po
    assert "Miten malli syntyi" in po
    assert "Tarve on todettu." in po
