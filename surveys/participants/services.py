"""Writes about named participants: issue a personal code, erase one person's data."""

import datetime

from django.db import transaction
from django.utils import timezone

from surveys.models import Participant, Response, Survey


@transaction.atomic
def participant_create(*, survey: Survey, name: str, created_by=None) -> Participant:
    """Issue a personal code to a named participant of a non-anonymous survey."""
    participant = Participant(survey=survey, name=name.strip(), created_by=created_by)
    participant.full_clean(exclude=["code"])
    participant.save()
    return participant


@transaction.atomic
def participant_erase(*, participant: Participant) -> int:
    """Delete the participant, their personal code and every answer they gave.

    Returns the number of responses deleted. Results computed afterwards count the
    remaining responses only; the results' own small-group rules decide what is shown.
    """
    responses = Response.objects.filter(participant=participant)
    count = responses.count()
    responses.delete()
    participant.delete()
    return count


@transaction.atomic
def participants_purge_expired(*, today: datetime.date | None = None) -> int:
    """Delete participants older than their survey's retention period who have no answers left.

    Runs after the responses' purge, so a participant whose answers expired is deleted too
    and no name outlives the answers it was kept for. Returns how many were deleted.
    """
    today = today or timezone.localdate()
    deleted = 0
    for survey in Survey.objects.filter(participants__isnull=False).distinct():
        cutoff = today - datetime.timedelta(days=survey.retention_days)
        expired = Participant.objects.filter(
            survey=survey, created_on__lt=cutoff, responses__isnull=True
        )
        deleted += expired.count()
        expired.delete()
    return deleted
