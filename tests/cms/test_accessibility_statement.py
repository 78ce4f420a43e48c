"""The accessibility statement: the law's required parts, in the reader's language."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from cms.models.accessibility import (
    FEEDBACK_CHANNEL_MISSING,
    NON_ACCESSIBLE_CONTENT_MISSING,
    REVIEWED_BEFORE_PREPARED,
)
from cms.translation import translate_with_strings

from .media_builders import SUPERVISOR, accessibility_statement

pytestmark = pytest.mark.django_db


def test_partial_conformance_without_listed_content_is_refused(home_page):
    page = accessibility_statement(home_page)
    page.non_accessible_content = []
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert error.value.message_dict["non_accessible_content"] == [NON_ACCESSIBLE_CONTENT_MISSING]


def test_review_before_the_statement_was_made_is_refused(home_page):
    page = accessibility_statement(home_page)
    page.reviewed_on = page.prepared_on - datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert error.value.message_dict["reviewed_on"] == [REVIEWED_BEFORE_PREPARED]


def test_a_statement_without_any_feedback_channel_is_refused(home_page):
    page = accessibility_statement(home_page)
    page.feedback_email = ""
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert error.value.message_dict["feedback_email"] == [FEEDBACK_CHANNEL_MISSING]


def test_statement_page_shows_status_content_dates_feedback_and_authority(client, home_page):
    accessibility_statement(home_page)
    html = client.get("/fi/saavutettavuusseloste/").content.decode()
    assert "Vanhat PDF-raportit" in html
    assert 'datetime="2026-11-02"' in html
    assert 'datetime="2026-12-01"' in html
    assert "mailto:saavutettavuus@tutuksi.example" in html
    assert "14" in html
    assert SUPERVISOR["name_fi"] in html
    assert SUPERVISOR["website"] in html


def test_changing_the_site_setting_changes_every_statement(client, home_page):
    page = accessibility_statement(home_page)
    from cms.models import AccessibilitySupervisor

    AccessibilitySupervisor.objects.filter(site=page.get_site()).update(name_fi="Uusi virasto")
    html = client.get("/fi/saavutettavuusseloste/").content.decode()
    assert "Uusi virasto" in html
    assert SUPERVISOR["name_fi"] not in html


def test_swedish_statement_names_the_authority_in_swedish(
    client, home_page, translated_home, django_capture_on_commit_callbacks
):
    page = accessibility_statement(home_page)
    with django_capture_on_commit_callbacks(execute=True):
        sv = translate_with_strings(
            page,
            locale=Locale.objects.get(language_code="sv"),
            strings={"saavutettavuusseloste": "tillganglighetsutlatande"},
        )
    html = client.get(sv.url).content.decode()
    assert SUPERVISOR["name_sv"] in html
    assert "Tillsynsmyndighet" in html


def test_api_statement_has_labelled_status_and_the_authority(client, home_page):
    page = accessibility_statement(home_page)
    data = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert data["conformance_status"]["value"] == "partial"
    assert data["conformance_status"]["label"]
    assert data["supervisory_authority"]["name"] == SUPERVISOR["name_fi"]
    assert data["feedback_response_days"] == 14
    item = data["non_accessible_content"][0]["value"]
    assert item["reason"]["value"] == "non_compliance"
    assert item["fixed_by"] == "2027-06-30"


def test_statement_can_point_to_a_tutuksi_feedback_survey(client, home_page):
    from surveys.models import Survey

    survey = Survey.objects.create(key="saavutettavuuspalaute", title_fi="Saavutettavuuspalaute")
    page = accessibility_statement(home_page, feedback_email="", feedback_survey=survey)
    page.full_clean()
    html = client.get(page.url).content.decode()
    assert 'href="/fi/feedback/saavutettavuuspalaute/"' in html
    data = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert data["feedback_form"] == {
        "title": "Saavutettavuuspalaute",
        "url": "/fi/feedback/saavutettavuuspalaute/",
    }
