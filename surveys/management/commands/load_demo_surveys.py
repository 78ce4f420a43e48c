"""Demo feedback: two surveys in fi/sv/en, a working group with sessions, generated answers.

Idempotent: surveys, group and sessions are created once, and responses use submission ids
drawn from a fixed seed, so running the command again stores nothing new.
"""

import datetime
import random
import uuid

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from wagtail.models import Page

from surveys.choices import OralMode, QuestionType, SessionKind
from surveys.demo.definitions import CLIENTS, DEMO_SURVEYS, GROUP_WORK
from surveys.interchange import survey_import
from surveys.models import (
    PracticeModelFeedback,
    RespondentRole,
    Session,
    Survey,
    WorkingGroup,
)
from surveys.services import response_submit

SEED = 2026
# The likert question whose agreement a linked practice model page shows, per survey.
DEMO_FEEDBACK_QUESTIONS = {GROUP_WORK["key"]: "heard", CLIENTS["key"]: "met"}
RESPONSES = {GROUP_WORK["key"]: 220, CLIENTS["key"]: 160}
ROLES_BY_SURVEY = {
    GROUP_WORK["key"]: ["professional", "professional", "experience_expert", "supervisor", "other"],
    CLIENTS["key"]: ["client"],
}
WORDS = ["Kunnioittava", "Kiireinen", "Lämmin", "Asiallinen", "Ystävällinen", "Sekava"]
TEXTS = [
    "Keskustelu oli avointa ja kaikki saivat puheenvuoron.",
    "Tapaamisia voisi olla useammin.",
    "Yhteinen tavoite selkeytyi vasta toisella kerralla.",
    "Kokemusasiantuntijan kysymykset muuttivat tapaamme puhua asiakkaista.",
]


class Command(BaseCommand):
    help = "Load demo surveys, a working group with sessions and generated responses."

    def handle(self, *args, **options):
        rng = random.Random(SEED)
        group, _created = WorkingGroup.objects.get_or_create(
            name="Asumisen monialainen työryhmä",
            defaults={"organisation": "Esimerkkikaupungin sosiaalipalvelut"},
        )
        coordinator, _created = get_user_model().objects.get_or_create(
            username="demo-koordinaattori", defaults={"first_name": "Demo"}
        )
        if coordinator.has_usable_password():
            coordinator.set_unusable_password()
            coordinator.save(update_fields=["password"])
        group.coordinators.add(coordinator)
        sessions = [
            Session.objects.get_or_create(
                working_group=group, date=datetime.date(2026, month, 10), kind=kind
            )[0]
            for month, kind in (
                (2, SessionKind.MEETING),
                (3, SessionKind.WORKSHOP),
                (4, SessionKind.MEETING),
                (5, SessionKind.INTERVIEW),
            )
        ]
        practice_model = self._practice_model()
        for document in DEMO_SURVEYS:
            survey = Survey.objects.filter(key=document["key"]).first()
            if survey is None:
                survey = survey_import(data=document)
            survey.working_group = group
            survey.practice_model = practice_model
            survey.save(update_fields=["working_group", "practice_model"])
            created = self._responses(rng, survey, sessions, coordinator)
            self.stdout.write(f"{survey.key}: {created} new responses")
            feedback_question = DEMO_FEEDBACK_QUESTIONS.get(survey.key)
            if practice_model is not None and feedback_question:
                # The practice model page shows the share who agreed with this question.
                PracticeModelFeedback.objects.update_or_create(
                    survey=survey, defaults={"question_key": feedback_question, "agree_from": 4}
                )

    def _practice_model(self) -> Page | None:
        """A practice-model page if the cms app has one; the link is optional."""
        content_type = ContentType.objects.filter(
            app_label="cms", model="practicemodelpage"
        ).first()
        if content_type is None:
            return None
        return Page.objects.filter(content_type=content_type).live().order_by("path").first()

    def _responses(self, rng, survey, sessions, coordinator) -> int:
        questions = list(survey.current_questions())
        roles = {role.value: role for role in RespondentRole.objects.all()}
        created_count = 0
        for _ in range(RESPONSES[survey.key]):
            submission_id = uuid.UUID(int=rng.getrandbits(128), version=4)
            language = rng.choices(["fi", "sv", "en"], weights=[80, 15, 5])[0]
            role = roles.get(rng.choice(ROLES_BY_SURVEY[survey.key]))
            oral = rng.random() < 0.25
            answers = self._answers(rng, questions)
            _response, created = response_submit(
                survey=survey,
                answers=answers,
                submission_id=submission_id,
                language=language,
                role=role,
                channel="oral" if oral else "written",
                mode=rng.choice(OralMode.values) if oral else None,
                session=rng.choice(sessions) if oral else None,
                read_back_confirmed=oral,
                entered_by=coordinator if oral else None,
            )
            created_count += created
        return created_count

    def _answers(self, rng, questions) -> dict:
        answers: dict = {}
        for question in questions:
            condition = question.show_if_question
            if condition is not None:
                given = answers.get(condition.key)
                given_values = set(given if isinstance(given, list) else [given])
                if not given_values & set(question.condition_values):
                    continue
            if not question.required and rng.random() < 0.2:
                continue
            answers[question.key] = self._value(rng, question)
        return answers

    def _value(self, rng, question):
        kind = question.type
        values = [option.value for option in question.options.all()]
        if kind == QuestionType.SINGLE_CHOICE:
            return rng.choice(values)
        if kind == QuestionType.MULTI_CHOICE:
            return rng.sample(values, rng.randint(1, len(values)))
        if kind in (QuestionType.LIKERT, QuestionType.NPS):
            low, high = question.scale_bounds()
            # Skewed towards the positive end, as real feedback on a working model tends to be.
            return min(high, max(low, round(rng.triangular(low, high, high - 1))))
        if kind == QuestionType.YES_NO:
            return rng.choice(["yes", "yes", "no"])
        if kind == QuestionType.NUMBER:
            return rng.randint(0, 10)
        if kind == QuestionType.SHORT_TEXT:
            return rng.choice(WORDS)
        return rng.choice(TEXTS)
