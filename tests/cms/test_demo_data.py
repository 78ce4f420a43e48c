"""The demo command builds a translated site and can be run again without duplicating it."""

import pytest
from django.core.management import call_command
from wagtail.models import Page

from cms.models import HomePage, StandardPage


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
        assert len(children) == 2, f"{code} home lost its children"
        assert all(isinstance(child, StandardPage) for child in children)
        assert all(child.alias_of_id is None for child in children)

    swedish = StandardPage.objects.get(locale__language_code="sv", slug="om-tjansten")
    assert swedish.title == "Om tjänsten"
    assert "bostadslöshet" in str(swedish.body)
