"""The demo command gives a realistic, repeatable set of surveys and responses."""

import pytest
from django.core.management import call_command

from surveys.models import Answer, Response, Survey, WorkingGroup

pytestmark = pytest.mark.django_db


def test_demo_surveys_load_once_with_hundreds_of_responses_in_both_channels():
    call_command("load_demo_surveys")
    counts = (Survey.objects.count(), Response.objects.count(), Answer.objects.count())
    call_command("load_demo_surveys")
    assert (Survey.objects.count(), Response.objects.count(), Answer.objects.count()) == counts
    assert counts[0] == 2 and counts[1] == 380
    assert set(Response.objects.values_list("channel", flat=True)) == {"written", "oral"}
    assert set(Response.objects.values_list("language", flat=True)) == {"fi", "sv", "en"}
    assert Response.objects.filter(role__value="experience_expert").exists()
    group_work = Survey.objects.get(key="tyoryhman-palaute")
    assert group_work.title_sv == "Respons om arbetsgruppens arbete"
    assert group_work.working_group == WorkingGroup.objects.get()
    assert group_work.working_group.sessions.count() == 4
    assert group_work.practice_model is None
    # Follow-up answers exist only where the condition was met.
    assert not Answer.objects.filter(
        question__key="expert-effect",
        response__answers__question__key="expert-present",
        response__answers__boolean_value=False,
    ).exists()


def test_demo_surveys_link_to_a_practice_model_page_when_one_exists(home_page):
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    practice_type, _ = ContentType.objects.get_or_create(app_label="cms", model="practicemodelpage")
    Page.objects.filter(pk=home_page.pk).update(content_type=practice_type)
    home_page.save_revision().publish()
    Page.objects.filter(pk=home_page.pk).update(content_type=practice_type)
    call_command("load_demo_surveys")
    survey = Survey.objects.get(key="asiakaspalaute")
    assert survey.practice_model_id == home_page.pk
    revision_ids = set(Response.objects.values_list("practice_model_revision_id", flat=True))
    assert revision_ids == {Page.objects.get(pk=home_page.pk).live_revision_id}
