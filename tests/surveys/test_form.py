"""The written form works without JavaScript, one section per step, and stores once."""

import datetime
import re
import uuid

import pytest
from django.utils import timezone

from surveys.models import Answer, Response
from surveys.services import invite_batch_create
from tests.surveys.builders import build_survey

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_throttle_cache():
    """Submissions of earlier tests do not count against this one's rate limit."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def hidden(html: str, name: str) -> list[str]:
    return re.findall(rf'<input type="hidden" name="{re.escape(name)}" value="([^"]*)"', html)


def step_one(**extra):
    return {
        "q-attended": "every",
        "q-useful": "4",
        "q-spoke": "yes",
        "q-topics": ["housing", "health"],
        "role": "client",
        **extra,
    }


def test_form_opens_in_swedish_with_progress_and_links_to_other_languages(client):
    survey = build_survey()
    html = client.get(f"/sv/feedback/{survey.key}/").content.decode()
    assert '<html lang="sv">' in html
    assert "Respons om arbetsgruppen" in html
    assert "Steg 1/3" in html
    assert '<legend>Hur ofta deltog du? <span class="required">(obligatorisk)</span>' in html
    assert f'href="/fi/feedback/{survey.key}/"' in html
    assert f'href="/en/feedback/{survey.key}/"' in html
    assert len(hidden(html, "submission_id")) == 1
    uuid.UUID(hidden(html, "submission_id")[0])


def test_missing_required_answers_show_a_linked_error_summary(client):
    survey = build_survey()
    response = client.post(
        f"/fi/feedback/{survey.key}/",
        {"submission_id": str(uuid.uuid4()), "step": "0", "action": "next"},
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert 'class="error-summary"' in html and "autofocus" in html
    assert '<a href="#q-attended-0">Kysymys attended: Vastaa tähän kysymykseen.</a>' in html
    assert 'aria-describedby="q-attended-error"' in html
    assert html.count("<title>Virhe:") == 1


def test_two_steps_carry_answers_and_the_final_post_stores_one_response(client):
    survey = build_survey()
    submission_id = str(uuid.uuid4())
    url = f"/fi/feedback/{survey.key}/"
    second = client.post(
        url, {"submission_id": submission_id, "step": "0", "action": "next", **step_one()}
    )
    html = second.content.decode()
    assert "Vaihe 2/3" in html
    assert hidden(html, "q-topics") == ["housing", "health"]
    assert hidden(html, "role") == ["client"]
    # spoke == yes, so the follow-up question is asked.
    assert 'id="q-spoke_how"' in html
    last = {
        "submission_id": submission_id,
        "step": "1",
        "action": "next",
        **step_one(),
        "q-spoke_how": "Kerroin mielipiteeni",
        "q-recommend": "10",
        "q-meetings": "2,5",
    }
    review = client.post(url, last)
    assert review.status_code == 200 and "Tarkista vastauksesi" in review.content.decode()
    assert not Response.objects.exists()
    final = {**last, "step": "review", "action": "submit"}
    done = client.post(url, final)
    assert done.status_code == 302
    assert done["Location"] == f"/fi/feedback/{survey.key}/thanks/"
    # Sending the same form again (double click, reload) stores nothing new.
    assert client.post(url, final).status_code == 302
    response = Response.objects.get()
    assert (response.channel, response.language, response.role.value) == ("written", "fi", "client")
    assert Answer.objects.get(question__key="meetings").numeric_value == 2.5
    thanks = client.get(done["Location"]).content.decode()
    assert "Kiitos vastauksistasi" in thanks


def test_follow_up_question_is_skipped_when_its_condition_is_not_met(client):
    survey = build_survey()
    url = f"/fi/feedback/{survey.key}/"
    html = client.post(
        url, {"step": "0", "action": "next", **step_one(**{"q-spoke": "no"})}
    ).content.decode()
    assert 'id="q-spoke_how"' not in html
    done = client.post(
        url,
        {
            "step": "review",
            "action": "submit",
            **step_one(**{"q-spoke": "no"}),
            "q-spoke_how": "x",
        },
    )
    assert done.status_code == 302
    assert not Answer.objects.filter(question__key="spoke_how").exists()


def test_previous_returns_to_the_first_step_with_answers_kept(client):
    survey = build_survey()
    html = client.post(
        f"/fi/feedback/{survey.key}/", {"step": "1", "action": "back", **step_one()}
    ).content.decode()
    assert "Vaihe 1/3" in html
    assert 'value="every" checked' in html


def test_invite_code_is_asked_on_the_first_step(client):
    survey = build_survey(requires_invite=True)
    code = invite_batch_create(survey=survey, count=1).codes.get().code
    url = f"/fi/feedback/{survey.key}/"
    html = client.post(url, {"step": "0", "action": "next", **step_one()}).content.decode()
    assert '<a href="#invite-code">Kutsukoodi: Kirjoita saamasi kutsukoodi.</a>' in html
    html = client.post(
        url, {"step": "0", "action": "next", "invite_code": code.lower(), **step_one()}
    ).content.decode()
    assert "Vaihe 2/3" in html
    assert (
        client.post(
            url, {"step": "review", "action": "submit", "invite_code": code, **step_one()}
        ).status_code
        == 302
    )


def test_closed_survey_shows_a_message_instead_of_the_form(client):
    survey = build_survey(closes_at=timezone.now() - datetime.timedelta(days=1))
    response = client.get(f"/en/feedback/{survey.key}/")
    assert response.status_code == 403
    assert "This survey has closed." in response.content.decode()
    assert "<form" not in response.content.decode()


def test_oral_only_survey_has_no_public_form(client):
    survey = build_survey(allow_written=False)
    assert client.get(f"/fi/feedback/{survey.key}/").status_code == 404


def test_follow_up_in_the_same_step_says_when_to_answer_it(client):
    survey = build_survey("one-step", sections=1)
    html = client.get(f"/fi/feedback/{survey.key}/").content.decode()
    assert "Osio" not in html
    assert 'data-show-if="q-spoke" data-show-if-values="yes"' in html
    assert "Vastaa tähän vain, jos vastasit ”Kyllä” kysymykseen ”Kysymys spoke”." in html


def test_too_many_final_submissions_from_one_connection_are_held_back(client, monkeypatch):
    from django.core.cache import cache

    from surveys.throttling import PrivateScopedRateThrottle

    cache.clear()
    monkeypatch.setattr(PrivateScopedRateThrottle, "THROTTLE_RATES", {"survey_submit": "2/minute"})
    survey = build_survey("throttled", sections=1)
    url = f"/fi/feedback/{survey.key}/"
    responses = [
        client.post(url, {"step": "0", "action": "submit", **step_one()}) for _ in range(3)
    ]
    cache.clear()
    assert [response.status_code for response in responses] == [302, 302, 429]
    held = responses[2].content.decode()
    assert "Odota hetki ja lähetä uudelleen." in held
    assert 'value="every" checked' in held
    assert Response.objects.count() == 2
