"""Fast builders for results tests: responses written straight to the tables.

`response_submit` is tested in test_services.py; results tests need hundreds of
responses with chosen roles, dates and sessions, so they bulk-insert the same rows.
"""

import datetime
import uuid

from surveys.models import Answer, Question, RespondentRole, Response

DAY = datetime.date(2026, 3, 2)
ROLE_LABELS = {
    "client": ("Asiakas", "Klient", "Client"),
    "professional": ("Ammattilainen", "Yrkesperson", "Professional"),
    "supervisor": ("Esihenkilö", "Chef", "Supervisor"),
}


def add_responses(survey, rows: list[dict]) -> list[Response]:
    """Insert one response per dict: answers by question key plus optional context.

    Context keys: role (slug or None), channel, language, session, submitted_on,
    version. Answer values: option value(s) for choice questions, "yes"/"no", numbers,
    or text.
    """
    questions = {
        q.key: q for q in Question.objects.filter(survey=survey).prefetch_related("options")
    }
    for value in {row.get("role", "client") for row in rows} - {None}:
        # Transactional tests flush the roles that migrations create; bring back those used.
        fi, sv, en = ROLE_LABELS.get(value, (value, value, value))
        RespondentRole.objects.get_or_create(
            value=value, defaults={"label_fi": fi, "label_sv": sv, "label_en": en}
        )
    roles = {r.value: r for r in RespondentRole.objects.all()}
    responses = Response.objects.bulk_create(
        [
            Response(
                survey=survey,
                survey_version=row.get("version", survey.version),
                submission_id=uuid.uuid4(),
                channel=row.get("channel", "written"),
                mode="interview" if row.get("channel") == "oral" else "",
                session=row.get("session"),
                role=roles.get(row.get("role", "client")) if row.get("role", "client") else None,
                language=row.get("language", "fi"),
                submitted_on=row.get("submitted_on", DAY),
            )
            for row in rows
        ]
    )
    answers = []
    for response, row in zip(responses, rows, strict=True):
        for key, value in row.get("answers", {}).items():
            question = questions[key]
            if question.type in ("single_choice", "multi_choice"):
                options = {o.value: o for o in question.options.all()}
                chosen = value if isinstance(value, list | tuple) else [value]
                answers.extend(
                    Answer(response=response, question=question, option=options[v]) for v in chosen
                )
            elif question.type == "yes_no":
                answers.append(
                    Answer(response=response, question=question, boolean_value=value == "yes")
                )
            elif question.type in ("likert", "nps", "number"):
                answers.append(Answer(response=response, question=question, numeric_value=value))
            else:
                answers.append(Answer(response=response, question=question, text_value=value))
    Answer.objects.bulk_create(answers)
    return responses


def same(count: int, **row) -> list[dict]:
    """`count` copies of one response row."""
    return [dict(row) for _ in range(count)]
