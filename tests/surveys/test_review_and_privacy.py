"""A multi-section form ends with a review step; every survey has a privacy notice."""

import re
import uuid

import pytest

from surveys.models import Response
from tests.surveys.builders import build_survey

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_throttle_cache():
    """Submissions of earlier tests do not count against this one's rate limit."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


STEP_ONE = {"q-attended": "every", "q-useful": "4", "q-spoke": "yes", "q-topics": ["housing"]}
STEP_TWO = {"q-spoke_how": "Kerroin mielipiteeni", "q-recommend": "9"}


def post(client, survey, language="en", **data):
    return client.post(f"/{language}/feedback/{survey.key}/", data)


def test_last_section_leads_to_a_review_of_every_answer_in_words(client):
    survey = build_survey()
    response = post(client, survey, step="1", action="next", **STEP_ONE, **STEP_TWO)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Check your answers" in html and "Step 3/3" in html
    assert "Every time" in html  # option label, not the stored value "every"
    assert "Kerroin mielipiteeni" in html
    assert "Not answered" in html  # optional questions left empty are shown too
    assert html.count('name="goto"') == 2
    assert not Response.objects.exists()


def test_change_from_the_review_returns_to_the_review_after_the_section(client):
    survey = build_survey()
    submission_id = str(uuid.uuid4())
    base = {"submission_id": submission_id, **STEP_ONE, **STEP_TWO}
    html = post(client, survey, step="review", goto="0", **base).content.decode()
    assert "Step 1/3" in html and 'name="from_review" value="1"' in html
    assert "Review answers" in html
    changed = {**base, "q-attended": "some", "from_review": "1"}
    review = post(client, survey, step="0", action="next", **changed).content.decode()
    assert "Check your answers" in review and "Sometimes" in review
    done = post(client, survey, step="review", action="submit", **changed)
    assert done.status_code == 302
    assert Response.objects.get().answers.filter(option__value="some").exists()


def test_an_invalid_answer_sent_from_the_review_opens_its_section_with_the_error(client):
    survey = build_survey()
    data = {**STEP_ONE, **STEP_TWO, "q-recommend": "11"}
    response = post(client, survey, step="review", action="submit", **data)
    assert response.status_code == 400
    assert "Step 2/3" in response.content.decode()
    assert not Response.objects.exists()


def test_single_section_form_sends_without_a_review(client):
    survey = build_survey("short", sections=1)
    response = post(client, survey, step="0", action="submit", **STEP_ONE, **STEP_TWO)
    assert response.status_code == 302


def test_every_step_links_the_privacy_notice_in_the_same_place(client):
    survey = build_survey()
    pages = [
        client.get(f"/en/feedback/{survey.key}/"),
        post(client, survey, step="0", action="next", **STEP_ONE),
        post(client, survey, step="1", action="next", **STEP_ONE, **STEP_TWO),
        client.get(f"/en/feedback/{survey.key}/thanks/"),
    ]
    for page in pages:
        html = page.content.decode()
        help_block = re.search(r'<aside class="survey-help".*?</aside>', html, re.S).group(0)
        assert f'href="/en/feedback/{survey.key}/privacy/"' in help_block
        # The help comes after the page's own content on every step.
        assert html.index("</form>" if "<form" in html else "</h1>") < html.index(help_block)
    first = pages[0].content.decode()
    assert "<details" in first and "The survey is anonymous." in first


def test_default_privacy_notice_follows_the_survey_rules_and_custom_text_replaces_it(client):
    survey = build_survey(retention_days=365, min_group_size=7)
    html = client.get(f"/en/feedback/{survey.key}/privacy/").content.decode()
    assert "<h1>Privacy notice</h1>" in html
    assert "about 12 months" in html and "at least 7 people" in html
    assert "IP address" in html
    survey.privacy_notice_en = "Our own notice.\n\nController: the county."
    survey.save()
    html = client.get(f"/en/feedback/{survey.key}/privacy/").content.decode()
    assert "<p>Our own notice.</p>" in html and "about 12 months" not in html


def test_named_survey_notice_tells_how_to_see_or_erase_ones_answers(client):
    survey = build_survey(anonymous=False)
    html = client.get(f"/en/feedback/{survey.key}/privacy/").content.decode()
    assert "The survey is not anonymous." in html and "erase" in html
