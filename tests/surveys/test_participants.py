"""Non-anonymous surveys: personal codes, not logins; consent; show, export, erase one person."""

import datetime
import json
import uuid

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from surveys import errors
from surveys.models import Answer, Participant, Response
from surveys.participants.services import (
    participant_create,
    participant_erase,
    participants_purge_expired,
)
from surveys.results.selectors import survey_results
from surveys.services import response_submit
from tests.surveys.builders import build_survey, coordinator_of

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_throttle_cache():
    """Submissions of earlier tests do not count against this one's rate limit."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def named_survey():
    return build_survey("named", anonymous=False)


@pytest.fixture
def coordinator(named_survey, django_user_model):
    user = coordinator_of(named_survey, django_user_model)
    user.groups.add(Group.objects.get(name="Coordinators"))
    return user


STEP_ONE = {"q-attended": "every", "q-useful": "4", "q-spoke": "no", "q-topics": ["housing"]}


def answer_online(client, survey, participant_code, consent="yes", language="en"):
    url = f"/{language}/feedback/{survey.key}/"
    data = {
        "submission_id": str(uuid.uuid4()),
        "participant_code": participant_code,
        "consent": consent,
        **STEP_ONE,
        "q-recommend": "9",
        "q-comments": "Hyvä ryhmä",
    }
    return client.post(url, {**data, "step": "review", "action": "submit"})


def test_personal_codes_are_unique_and_only_for_surveys_that_are_not_anonymous(named_survey):
    first = participant_create(survey=named_survey, name="Aino, asumisryhmä")
    second = participant_create(survey=named_survey, name="Pekka")
    assert first.code != second.code and len(first.code) == 8
    assert first.display_code == f"{first.code[:4]}-{first.code[4:]}"
    with pytest.raises(ValidationError) as caught:
        participant_create(survey=build_survey("anon"), name="Someone")
    assert caught.value.message_dict["survey"] == [str(errors.PARTICIPANT_ANONYMOUS_SURVEY)]


def test_form_asks_for_the_personal_code_and_consent_and_refuses_without_them(client, named_survey):
    participant = participant_create(survey=named_survey, name="Aino")
    html = client.get(f"/en/feedback/{named_survey.key}/").content.decode()
    assert 'id="participant-code"' in html and 'name="consent"' in html
    assert "sign in" not in html.lower()
    missing = client.post(
        f"/en/feedback/{named_survey.key}/", {"step": "0", "action": "next", **STEP_ONE}
    ).content.decode()
    assert "Enter the personal code you were given." in missing
    assert str(errors.CONSENT_REQUIRED) in missing
    wrong = answer_online(client, named_survey, "AAAA-BBBB")
    assert wrong.status_code == 400
    assert "This personal code is not valid for this survey." in wrong.content.decode()
    no_consent = answer_online(client, named_survey, participant.code, consent="")
    assert no_consent.status_code == 400
    assert not Response.objects.exists()
    assert Participant.objects.get().consent_given_on is None


def test_answer_with_a_personal_code_is_kept_with_the_participant_and_records_consent(
    client, named_survey
):
    participant = participant_create(survey=named_survey, name="Aino")
    typed = participant.display_code.lower()  # as read off paper, in small letters
    assert answer_online(client, named_survey, typed).status_code == 302
    response = Response.objects.get()
    assert response.participant == participant and response.respondent is None
    participant.refresh_from_db()
    assert participant.consent_given_on == timezone.localdate()


def test_qr_link_fills_in_the_personal_code_and_the_language_switch_keeps_it(client, named_survey):
    participant = participant_create(survey=named_survey, name="Aino")
    html = client.get(f"/sv/feedback/{named_survey.key}/?participant={participant.code}")
    html = html.content.decode()
    assert f'value="{participant.code}"' in html
    assert f'href="/fi/feedback/{named_survey.key}/?participant={participant.code}"' in html


def test_oral_answers_of_a_named_survey_need_the_participant_and_their_consent(
    client, named_survey, coordinator
):
    participant = participant_create(survey=named_survey, name="Aino")
    client.force_login(coordinator)
    url = f"/admin/surveys/oral/{named_survey.pk}/"
    base = {"mode": "interview", "language": "fi", "q-attended": "some", "q-useful": "3"}
    html = client.post(url, {**base, "submission_id": str(uuid.uuid4())}).content.decode()
    assert "Valitse osallistuja" in html or str(errors.PARTICIPANT_REQUIRED) in html
    saved = client.post(
        url,
        {
            **base,
            "submission_id": str(uuid.uuid4()),
            "participant": str(participant.pk),
            "consent": "on",
        },
    )
    assert saved.status_code == 302
    assert Response.objects.get().participant == participant


def test_coordinator_shows_exports_and_erases_one_participant(client, named_survey, coordinator):
    aino = participant_create(survey=named_survey, name="Aino")
    pekka = participant_create(survey=named_survey, name="Pekka")
    answer_online(client, named_survey, aino.code)
    answer_online(client, named_survey, pekka.code)
    client.force_login(coordinator)

    listing = client.get("/admin/surveys/participants/").content.decode()
    assert "Aino" in listing and aino.display_code in listing

    detail = client.get(f"/admin/surveys/participants/{aino.pk}/data/").content.decode()
    assert "Hyvä ryhmä" in detail and aino.display_code in detail and "<svg" in detail

    exported = client.get(f"/admin/surveys/participants/{aino.pk}/export/")
    assert exported["Content-Disposition"].startswith("attachment;")
    data = json.loads(exported.content)
    assert data["participant"]["name"] == "Aino"
    answers = {row["key"]: row["answer"] for row in data["responses"][0]["answers"]}
    assert answers["comments"] == "Hyvä ryhmä" and answers["topics"]

    not_confirmed = client.post(f"/admin/surveys/participants/{aino.pk}/erase/", {})
    assert not_confirmed.status_code == 200 and Participant.objects.filter(pk=aino.pk).exists()
    erased = client.post(f"/admin/surveys/participants/{aino.pk}/erase/", {"confirm": "erase"})
    assert erased.status_code == 302
    assert not Participant.objects.filter(pk=aino.pk).exists()
    assert list(Response.objects.values_list("participant__name", flat=True)) == ["Pekka"]
    assert not Answer.objects.filter(text_value="Hyvä ryhmä", response__participant=None).exists()
    assert Answer.objects.filter(response__participant=pekka).exists()


def test_other_groups_coordinator_cannot_see_or_erase_a_participant(
    client, named_survey, coordinator, django_user_model
):
    other = build_survey("other-named", anonymous=False)
    stranger = coordinator_of(other, django_user_model, username="stranger")
    stranger.groups.add(Group.objects.get(name="Coordinators"))
    aino = participant_create(survey=named_survey, name="Aino")
    client.force_login(stranger)
    for suffix in ("data/", "export/", "erase/"):
        response = client.get(f"/admin/surveys/participants/{aino.pk}/{suffix}")
        assert response.status_code in (302, 403)
        assert "Aino" not in response.content.decode()
    assert client.post(f"/admin/surveys/participants/{aino.pk}/erase/", {"confirm": "erase"})
    assert Participant.objects.filter(pk=aino.pk).exists()
    assert "Aino" not in client.get("/admin/surveys/participants/").content.decode()


def test_retention_purge_removes_participants_once_their_answers_are_gone(named_survey, capsys):
    old = participant_create(survey=named_survey, name="Vanha")
    Participant.objects.filter(pk=old.pk).update(
        created_on=timezone.localdate() - datetime.timedelta(days=named_survey.retention_days + 1)
    )
    response_submit(
        survey=named_survey,
        answers={"attended": "every", "useful": 4},
        submission_id=uuid.uuid4(),
        language="fi",
        role=None,
        participant=old,
        consent=True,
    )
    Response.objects.update(
        submitted_on=timezone.localdate() - datetime.timedelta(days=named_survey.retention_days + 1)
    )
    recent = participant_create(survey=named_survey, name="Uusi")
    call_command("purge_expired_responses")
    out = capsys.readouterr().out
    assert "Deleted 1 expired responses." in out and "Deleted 1 expired participants." in out
    assert list(Participant.objects.all()) == [recent]
    assert participants_purge_expired() == 0


def test_erasing_a_participant_never_makes_the_results_reveal_a_smaller_group(named_survey):
    named_survey.min_group_size = 5
    named_survey.save()
    people = [participant_create(survey=named_survey, name=f"Henkilö {n}") for n in range(5)]
    for person in people:
        response_submit(
            survey=named_survey,
            answers={"attended": "every", "useful": 4},
            submission_id=uuid.uuid4(),
            language="fi",
            role=None,
            participant=person,
            consent=True,
        )
    before = survey_results(survey=named_survey)
    assert (before["respondents"], before["suppressed"]) == (5, False)
    assert participant_erase(participant=people[0]) == 1
    after = survey_results(survey=named_survey)
    # Four people left, under the smallest group of five: nothing is shown any more.
    assert after["respondents"] is None and after["suppressed"] is True
    assert all(q["suppressed"] for q in after["questions"])
