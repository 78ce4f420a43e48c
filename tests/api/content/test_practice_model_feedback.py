"""A practice model page and its API detail show the linked survey's feedback, alike."""

import pytest

from surveys.models import PracticeModelFeedback
from surveys.results.feedback import practice_model_feedback
from tests.cms.builders import build_guidance_tree
from tests.surveys.builders import build_survey
from tests.surveys.results_builders import add_responses, same

pytestmark = pytest.mark.django_db


@pytest.fixture
def model_with_survey(home_page):
    model = build_guidance_tree(home_page)["models"][0]
    survey = build_survey(practice_model=model)
    PracticeModelFeedback.objects.create(survey=survey, question_key="useful", agree_from=4)
    return model, survey


def test_page_and_api_show_the_same_share_once_enough_answered(client, model_with_survey):
    model, survey = model_with_survey
    add_responses(survey, same(6, answers={"useful": 5}) + same(5, answers={"useful": 2}))

    html = client.get(model.url).content.decode()
    api = client.get(f"/api/v2/pages/{model.pk}/").json()

    expected = practice_model_feedback(page=model, language="fi")
    assert expected["agreed_share"] == 54.5
    assert api["meta"]["feedback"] == expected
    assert "Palaute käyttäjiltä" in html
    assert "54.5" in html or "54,5" in html


def test_page_and_api_hide_the_numbers_below_the_threshold(client, model_with_survey):
    model, survey = model_with_survey
    add_responses(survey, same(3, answers={"useful": 5}))

    html = client.get(model.url).content.decode()
    feedback = client.get(f"/api/v2/pages/{model.pk}/").json()["meta"]["feedback"]

    assert feedback["suppressed"] is True
    assert feedback["respondents"] is None
    assert feedback["agreed_share"] is None
    assert "Palaute käyttäjiltä" in html
    assert " % " not in html.split("Palaute käyttäjiltä")[1].split("</section>")[0]


def test_pages_without_a_feedback_survey_have_null_feedback_and_listings_omit_it(
    client, model_with_survey
):
    model, _survey = model_with_survey
    other = model.get_parent().specific
    assert client.get(f"/api/v2/pages/{other.pk}/").json()["meta"]["feedback"] is None
    listing = client.get("/api/v2/pages/", {"type": "cms.PracticeModelPage", "fields": "*"})
    assert all("feedback" not in item["meta"] for item in listing.json()["items"])
