"""Writes of the feedback domain: submitting, erasing and purging responses, invite codes."""

import datetime
import uuid
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from surveys import errors
from surveys.access import user_may_reach_survey
from surveys.choices import Channel, Language, OralMode
from surveys.exceptions import SurveyNotOpen
from surveys.invites import invite_release, invite_reserve
from surveys.models import (
    Answer,
    InviteBatch,
    InviteCode,
    Participant,
    Question,
    RespondentRole,
    Response,
    Session,
    Survey,
    WorkingGroup,
)
from surveys.models.invites import generate_code
from surveys.selectors import invite_code_find, role_by_value, survey_questions
from surveys.validation import CleanAnswer, answers_validate


def response_submit(
    *,
    survey: Survey,
    answers: dict[str, Any],
    submission_id: uuid.UUID,
    language: str,
    role: RespondentRole | str | None,
    channel: str = Channel.WRITTEN,
    invite_code: str | None = None,
    mode: str | None = None,
    session: Session | None = None,
    read_back_confirmed: bool = False,
    entered_by=None,
    respondent=None,
    participant: Participant | None = None,
    consent: bool = False,
    message_language: str | None = None,
) -> tuple[Response, bool]:
    """Store one whole response, or nothing.

    Returns (response, created). The same `submission_id` again returns the first
    response with created=False, also when two copies race each other. Raises
    SurveyNotOpen, PermissionDenied (oral answers by a non-coordinator), or
    ValidationError keyed by field (`answers.<key>`), with messages in `message_language`
    (default: `language`, the respondent's; the oral tool passes the coordinator's).
    A survey that is not anonymous needs a `participant` of that survey who gave
    `consent` (or a signed-in `respondent`); the consent date is kept on the participant.
    """
    message_language = message_language or language
    message_language = message_language if message_language in Language.values else "fi"
    with translation.override(message_language):
        existing = Response.objects.filter(submission_id=submission_id).first()
        if existing is not None:
            if existing.survey_id != survey.pk:
                raise ValidationError({"submission_id": [str(errors.SUBMISSION_OTHER_SURVEY)]})
            return existing, False
        if not survey.is_open():
            _raise_not_open(survey)
        problems: dict[str, list[str]] = {}
        role_obj = _check_context(
            survey=survey,
            problems=problems,
            language=language,
            role=role,
            channel=channel,
            mode=mode,
            session=session,
            entered_by=entered_by,
        )
        if not survey.anonymous:
            _check_participant(
                survey=survey,
                participant=participant,
                consent=consent,
                respondent=respondent,
                channel=channel,
                problems=problems,
            )
        # Invite codes gate the open written form; an oral answer is vouched for by the
        # coordinator who records it.
        code = None
        if channel != Channel.ORAL:
            code = _check_invite(survey=survey, invite_code=invite_code, problems=problems)
        version = survey.version
        if not isinstance(answers, dict):
            problems["answers"] = [str(errors.ANSWERS_NOT_AN_OBJECT)]
            clean = {}
        else:
            clean, answer_problems = answers_validate(
                questions=survey_questions(survey=survey, version=version), answers=answers
            )
            problems.update(answer_problems)
        if problems:
            raise ValidationError(problems)
        store = {
            "survey": survey,
            "version": version,
            "clean": clean,
            "submission_id": submission_id,
            "language": language,
            "role": role_obj,
            "channel": channel,
            "mode": mode or "",
            "session": session,
            "read_back_confirmed": read_back_confirmed and channel == Channel.ORAL,
            "entered_by": entered_by if channel == Channel.ORAL else None,
            "respondent": None if survey.anonymous else respondent,
            "participant": None if survey.anonymous else participant,
        }
        if code is None:
            return _store_once(**store)
        # The code is taken and the response stored in two transactions, so no row version
        # of one carries the other's transaction id (see surveys/invites.py).
        if not invite_reserve(code=code):
            existing = Response.objects.filter(submission_id=submission_id).first()
            if existing is not None and existing.survey_id == survey.pk:
                return existing, False  # this very submission, stored by a twin request
            raise ValidationError({"invite_code": [str(errors.INVITE_USED)]})
        try:
            response, created = _store_once(**store)
        except BaseException:
            invite_release(code=code)
            raise
        if not created:
            invite_release(code=code)  # a twin request stored it with its own code use
        return response, created


def _store_once(*, submission_id, **fields) -> tuple[Response, bool]:
    try:
        with transaction.atomic():
            return _store(submission_id=submission_id, **fields), True
    except IntegrityError:
        # Another request stored this submission_id first: answer with its response.
        existing = Response.objects.filter(submission_id=submission_id).first()
        if existing is None:
            raise
        return existing, False


def _raise_not_open(survey: Survey) -> None:
    if survey.opens_at and timezone.now() < survey.opens_at:
        raise SurveyNotOpen(str(errors.SURVEY_NOT_OPEN_YET), closed=False)
    raise SurveyNotOpen(str(errors.SURVEY_CLOSED), closed=True)


def _check_context(
    *, survey, problems, language, role, channel, mode, session, entered_by
) -> RespondentRole | None:
    if language not in Language.values:
        problems["language"] = [str(errors.UNKNOWN_LANGUAGE)]
    if channel not in Channel.values or channel not in survey.channels:
        problems["channel"] = [str(errors.CHANNEL_NOT_ALLOWED)]
    if channel == Channel.ORAL:
        if not user_may_reach_survey(user=entered_by, survey=survey):
            raise PermissionDenied(str(errors.ORAL_NOT_PERMITTED))
        if mode not in OralMode.values:
            problems["mode"] = [str(errors.MODE_REQUIRED)]
    elif mode:
        problems["mode"] = [str(errors.MODE_ONLY_ORAL)]
    # A written answer carries a session when it was sent through the session's link.
    if session is not None and session.working_group_id != survey.working_group_id:
        problems["session"] = [str(errors.SESSION_WRONG_GROUP)]
    if role is None or role == "":
        return None
    if isinstance(role, RespondentRole):
        return role
    role_obj = role_by_value(value=role) if isinstance(role, str) else None
    if role_obj is None:
        problems["role"] = [str(errors.UNKNOWN_ROLE)]
    return role_obj


def _check_participant(*, survey, participant, consent, respondent, channel, problems) -> None:
    signed_in = respondent is not None and respondent.is_authenticated
    if participant is None:
        if channel == Channel.ORAL:
            problems["participant"] = [str(errors.PARTICIPANT_REQUIRED)]
        elif not signed_in:
            # The API may still identify a signed-in user; the form always uses a code.
            problems["participant_code"] = [str(errors.PARTICIPANT_CODE_REQUIRED)]
        return
    if participant.survey_id != survey.pk:
        field = "participant" if channel == Channel.ORAL else "participant_code"
        problems[field] = [str(errors.PARTICIPANT_OTHER_SURVEY)]
    if not consent:
        problems["consent"] = [str(errors.CONSENT_REQUIRED)]


def invite_code_problem(*, survey: Survey, invite_code: str | None) -> str | None:
    """Why `invite_code` cannot be used for `survey` (translated), or None if it can."""
    if not invite_code:
        return str(errors.INVITE_REQUIRED)
    code = invite_code_find(survey=survey, code=invite_code)
    if code is None:
        return str(errors.INVITE_INVALID)
    if code.used:
        return str(errors.INVITE_USED)
    return None


def _check_invite(*, survey: Survey, invite_code: str | None, problems) -> InviteCode | None:
    if not survey.requires_invite:
        return None
    problem = invite_code_problem(survey=survey, invite_code=invite_code)
    if problem:
        problems["invite_code"] = [problem]
        return None
    return invite_code_find(survey=survey, code=invite_code)


def _store(*, survey, version, clean: dict[str, CleanAnswer], **fields) -> Response:
    practice_model = survey.practice_model
    response = Response.objects.create(
        survey=survey,
        survey_version=version,
        submitted_on=timezone.localdate(),
        practice_model_revision_id=practice_model.live_revision_id if practice_model else None,
        **fields,
    )
    rows = []
    for answer in clean.values():
        if answer.options:
            rows.extend(
                Answer(response=response, question=answer.question, option=option)
                for option in answer.options
            )
        else:
            rows.append(
                Answer(
                    response=response,
                    question=answer.question,
                    numeric_value=answer.numeric,
                    boolean_value=answer.boolean,
                    text_value=answer.text,
                )
            )
    Answer.objects.bulk_create(rows)
    if response.participant_id is not None:
        # The first answer records when the participant consented (the date, not the time).
        Participant.objects.filter(
            pk=response.participant_id, consent_given_on__isnull=True
        ).update(consent_given_on=timezone.localdate())
    return response


@transaction.atomic
def invite_batch_create(
    *, survey: Survey, count: int, working_group: WorkingGroup | None = None, created_by=None
) -> InviteBatch:
    """Create `count` unused codes for `survey`, each unique across all surveys."""
    batch = InviteBatch.objects.create(
        survey=survey, working_group=working_group, count=count, created_by=created_by
    )
    codes: set[str] = set()
    while len(codes) < count:
        candidate = generate_code()
        if candidate not in codes and not InviteCode.objects.filter(code=candidate).exists():
            codes.add(candidate)
    InviteCode.objects.bulk_create(InviteCode(batch=batch, code=code) for code in sorted(codes))
    return batch


@transaction.atomic
def responses_purge_expired(*, today: datetime.date | None = None) -> int:
    """Delete every response older than its survey's retention period; return how many."""
    today = today or timezone.localdate()
    deleted = 0
    for survey in Survey.objects.only("pk", "retention_days"):
        cutoff = today - datetime.timedelta(days=survey.retention_days)
        expired = Response.objects.filter(survey=survey, submitted_on__lt=cutoff)
        deleted += expired.count()
        expired.delete()
    return deleted


@transaction.atomic
def respondent_data_erase(*, respondent, survey: Survey | None = None) -> int:
    """Delete a respondent's responses (and their answers) in non-anonymous surveys.

    Anonymous responses hold no link to a person, so there is nothing to erase there.
    Returns the number of responses deleted.
    """
    responses = Response.objects.filter(respondent=respondent, survey__anonymous=False)
    if survey is not None:
        responses = responses.filter(survey=survey)
    count = responses.count()
    responses.delete()
    return count


@transaction.atomic
def survey_version_for_change(*, survey: Survey) -> int:
    """The version a structural change belongs to.

    Once the current version has responses, a change (a question added or removed) starts
    a new version, so earlier responses keep the structure they were given with.
    """
    locked = Survey.objects.select_for_update().get(pk=survey.pk)
    if locked.responses.filter(survey_version=locked.version).exists():
        locked.version += 1
        locked.save(update_fields=["version"])
    survey.version = locked.version
    return locked.version


@transaction.atomic
def question_add(*, question: Question) -> Question:
    """Save a new question into the version it belongs to."""
    question.introduced_in = survey_version_for_change(survey=question.survey)
    question.full_clean()
    question.save()
    return question


@transaction.atomic
def question_remove(*, question: Question) -> bool:
    """Delete an unanswered question; retire one from a survey that has responses.

    Returns True if the row was deleted, False if it was kept as retired (its answers
    stay readable in the results of earlier versions).
    """
    if not question.survey.responses.exists():
        question.delete()
        return True
    question.retired_in = survey_version_for_change(survey=question.survey)
    question.save(update_fields=["retired_in"])
    return False


@transaction.atomic
def working_group_delete(*, group: WorkingGroup) -> None:
    """Delete a working group that has no surveys; refuse (ValidationError) if it has any.

    A survey left without a group is for superusers only, so deleting the group would
    silently take the survey away from its coordinators; they move it first.
    """
    if group.surveys.exists():
        raise ValidationError(errors.GROUP_HAS_SURVEYS)
    group.delete()


@transaction.atomic
def role_delete(*, role: RespondentRole) -> None:
    """Delete a respondent role no answer uses; refuse (ValidationError) otherwise."""
    if role.responses.exists():
        raise ValidationError(errors.ROLE_IN_USE)
    role.delete()
