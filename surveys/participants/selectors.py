"""Reads about one named participant: find them by code, list what they answered."""

from django.db.models import Count, QuerySet
from django.utils.translation import gettext as _

from surveys.models import Answer, Participant, Survey
from surveys.models.invites import normalise_code


def participant_find(*, survey: Survey, code: str) -> Participant | None:
    """The participant of `survey` with this personal code, typed in any case or with a dash."""
    if not code:
        return None
    return Participant.objects.filter(survey=survey, code=normalise_code(code)[:16]).first()


def participants_of_survey(*, survey: Survey) -> QuerySet[Participant]:
    return Participant.objects.filter(survey=survey).annotate(response_count=Count("responses"))


def _answer_text(answer: Answer, language: str) -> str:
    if answer.option_id:
        return answer.option.label(language)
    if answer.boolean_value is not None:
        return _("Yes") if answer.boolean_value else _("No")
    if answer.numeric_value is not None:
        value = answer.numeric_value
        return str(int(value)) if value == int(value) else str(value)
    return answer.text_value


def participant_answers(*, participant: Participant, language: str) -> list[dict]:
    """Every response of `participant`, oldest first, each with its answers as readable text.

    Multiple-choice rows of one question are joined into one line, in option order.
    """
    responses = (
        participant.responses.select_related("session", "role")
        .prefetch_related("answers__question", "answers__option")
        .order_by("submitted_on", "pk")
    )
    result = []
    for response in responses:
        lines: dict[int, dict] = {}
        answers = sorted(
            response.answers.all(),
            key=lambda a: (a.question.order, a.question.pk, a.option.sort_order if a.option else 0),
        )
        for answer in answers:
            question = answer.question
            line = lines.setdefault(
                question.pk,
                {"key": question.key, "question": question.label(language), "values": []},
            )
            line["values"].append(_answer_text(answer, language))
        result.append(
            {
                "id": response.pk,
                "submitted_on": response.submitted_on,
                "channel": response.get_channel_display(),
                "mode": response.get_mode_display() if response.mode else "",
                "language": response.get_language_display(),
                "session": str(response.session) if response.session else "",
                "role": response.role.label(language) if response.role else "",
                "answers": [
                    {**line, "answer": ", ".join(line["values"])} for line in lines.values()
                ],
            }
        )
    return result
