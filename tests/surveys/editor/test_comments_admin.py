"""Coordinators read, filter, theme and redact comments in the admin, under the API's rules."""

import pytest
from django.contrib.auth.models import Group
from django.db import transaction

from surveys.models import Answer, CommentTheme, PracticeModelFeedback, Theme, WorkingGroup
from surveys.results.identifiers import MASK
from surveys.results.releases import release_pending
from tests.surveys.builders import build_survey
from tests.surveys.results_builders import add_responses, same

pytestmark = pytest.mark.django_db

IDENTIFYING = "Soittakaa minulle 040 123 4567, kiitos."


@pytest.fixture
def survey():
    return build_survey(working_group=WorkingGroup.objects.create(name="Ryhmä A"))


@pytest.fixture
def coordinating(client, survey, django_user_model):
    user = django_user_model.objects.create_user(username="koordinaattori", password="x" * 12)
    user.groups.add(Group.objects.get(name="Coordinators"))
    survey.working_group.coordinators.add(user)
    client.force_login(user)
    return client


@pytest.fixture
def answered(survey):
    rows = same(4, answers={"attended": "every", "comments": "Hyvä."})
    rows += same(3, role="professional", answers={"attended": "some", "comments": IDENTIFYING})
    responses = add_responses(survey, rows)
    # Comments are listed, themed and redacted once released (docs/privacy.md).
    with transaction.atomic():
        release_pending(survey=survey)
    return responses


def comments_url(survey) -> str:
    return f"/admin/surveys/surveys/{survey.pk}/comments/"


def flagged_answer(survey) -> Answer:
    return Answer.objects.filter(question__survey=survey, text_value=IDENTIFYING).first()


def test_comments_are_listed_with_identifying_details_masked(coordinating, survey, answered):
    page = coordinating.get(comments_url(survey)).content.decode()
    assert "7 comments" in page or "7 kommenttia" in page
    assert "040 123" not in page
    assert f"Soittakaa minulle {MASK}, kiitos." in page
    assert 'value="redacted"' in page and 'value="harmless"' in page


def test_comments_of_fewer_than_k_matching_responses_are_held_back(coordinating, survey, answered):
    page = coordinating.get(comments_url(survey), {"role": "professional"}).content.decode()
    assert 'id="comments-held-back"' in page
    assert "Soittakaa" not in page and "Hyvä." not in page


def test_redacting_removes_the_details_from_the_stored_text_for_good(
    coordinating, survey, answered
):
    answer = flagged_answer(survey)
    url = f"/admin/surveys/surveys/{survey.pk}/comments/{answer.public_id}/decision/"
    response = coordinating.post(url, {"decision": "redacted", "next": comments_url(survey)})
    assert response.status_code == 302
    answer.refresh_from_db()
    assert answer.text_value == f"Soittakaa minulle {MASK}, kiitos."
    assert answer.review.decision == "redacted"
    coordinating.post(url, {"decision": "harmless"})
    answer.refresh_from_db()
    assert "040" not in answer.text_value and answer.review.decision == "redacted"


def test_coordinators_create_themes_and_tag_comments(coordinating, survey, answered):
    add = f"/admin/surveys/surveys/{survey.pk}/themes/new/"
    coordinating.post(add, {"theme-key": "asuminen", "theme-label_fi": "Asuminen"})
    theme = Theme.objects.get(survey=survey, key="asuminen")
    answer = flagged_answer(survey)
    tag = f"/admin/surveys/surveys/{survey.pk}/comments/{answer.public_id}/themes/"
    assert coordinating.post(tag, {"themes": ["asuminen"]}).status_code == 302
    assert CommentTheme.objects.filter(answer=answer, theme=theme).exists()
    filtered = coordinating.get(comments_url(survey), {"theme": "asuminen"}).content.decode()
    assert "1 comment" in filtered or "1 kommentti" in filtered


def test_another_groups_coordinator_cannot_read_or_redact(
    client, survey, answered, django_user_model
):
    outsider = django_user_model.objects.create_user(username="muu", password="x" * 12)
    outsider.groups.add(Group.objects.get(name="Coordinators"))
    WorkingGroup.objects.create(name="Ryhmä B").coordinators.add(outsider)
    client.force_login(outsider)
    assert client.get(comments_url(survey)).status_code == 302
    answer = flagged_answer(survey)
    client.post(
        f"/admin/surveys/surveys/{survey.pk}/comments/{answer.public_id}/decision/",
        {"decision": "harmless"},
    )
    assert not hasattr(Answer.objects.get(pk=answer.pk), "review")


def test_coordinators_choose_the_practice_model_feedback_question(coordinating, survey):
    url = f"/admin/surveys/surveys/{survey.pk}/feedback-setting/"
    page = coordinating.get(url).content.decode()
    assert 'value="useful"' in page and 'value="attended"' not in page
    response = coordinating.post(url, {"question": "useful", "agree_from": "4"})
    assert response.status_code == 302
    setting = PracticeModelFeedback.objects.get(survey=survey)
    assert (setting.question_key, setting.agree_from) == ("useful", 4)
    refused = coordinating.post(url, {"question": "useful", "agree_from": "7"})
    assert refused.status_code == 200
    assert PracticeModelFeedback.objects.get(survey=survey).agree_from == 4
