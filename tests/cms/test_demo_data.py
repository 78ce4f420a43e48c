"""The demo command builds a translated site and can be run again without duplicating it."""

import pytest
from django.core.management import call_command
from django.utils.html import escape
from wagtail.models import Page

from cms.models import (
    EvaluationReportPage,
    GuidanceArticlePage,
    GuidanceIndexPage,
    HomePage,
    PracticeModelPage,
    StandardPage,
)


@pytest.mark.django_db(transaction=True)
def test_demo_data_creates_translated_pages_and_is_idempotent(django_user_model):
    call_command("load_demo_data", verbosity=0)
    first_count = Page.objects.count()
    call_command("load_demo_data", verbosity=0)

    assert Page.objects.count() == first_count
    assert django_user_model.objects.filter(username="admin", is_superuser=True).count() == 1
    for code in ("fi", "sv", "en"):
        home = HomePage.objects.get(locale__language_code=code)
        children = home.get_children().live().specific()
        kinds = sorted(type(child).__name__ for child in children)
        assert kinds == ["AccessibilityStatementPage", "GuidanceIndexPage", "StandardPage"], code
        assert all(child.alias_of_id is None for child in children)

    swedish = StandardPage.objects.get(locale__language_code="sv", slug="om-tjansten")
    assert swedish.title == "Om tjänsten"
    assert "bostadslöshet" in str(swedish.body)


@pytest.mark.django_db(transaction=True)
def test_demo_guidance_has_every_page_type_and_each_renders(client):
    call_command("load_demo_data", "--no-admin", verbosity=0)
    call_command("load_demo_data", "--no-admin", verbosity=0)

    finnish = {"locale__language_code": "fi"}
    assert PracticeModelPage.objects.filter(**finnish).count() == 3
    assert GuidanceArticlePage.objects.filter(**finnish).count() == 2
    assert EvaluationReportPage.objects.filter(**finnish).count() == 1
    pages = [
        GuidanceIndexPage.objects.get(**finnish),
        *PracticeModelPage.objects.filter(locale__language_code__in=["fi", "sv", "en"]),
        *GuidanceArticlePage.objects.filter(locale__language_code__in=["fi", "sv", "en"]),
        EvaluationReportPage.objects.get(**finnish),
    ]
    for page in pages:
        if page.alias_of_id:
            continue
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert escape(page.title) in response.content.decode()

    swedish = PracticeModelPage.objects.get(
        locale__language_code="sv", slug="erfarenhetsexperter-som-utvecklare"
    )
    assert swedish.developer.name == "Järvistadens socialtjänster"
    html = client.get(swedish.url).content.decode()
    assert "Personer med erfarenhet av bostadslöshet" in html
    assert "(PDF, " in html
    assert (
        client.get(PracticeModelPage.objects.get(slug="nuoren-polku-omaan-kotiin").url).status_code
        == 200
    )
