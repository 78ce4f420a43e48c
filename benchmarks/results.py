"""Benchmark: survey results from typed answer rows against a GROUP BY floor and form JSON.

Run against PostgreSQL (the database is migrated first; seeded data is kept and reused):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tutuksi_bench \\
        .venv/bin/python -m benchmarks.results --responses 100000

It seeds one survey with 10 questions (3 single choice, 2 likert, nps, yes/no, multiple
choice, number, long text) and N responses with COPY, stores the same responses as
Wagtail form-builder submissions (one JSON text column per row, like
wagtailforms_formsubmission.form_data) in a table of its own, and times, as the median
of several runs after a warm-up:

- selector: survey_results(), everything the results endpoint computes;
- endpoint: GET /api/surveys/<key>/results/ through Django's test client;
- floor: one hand-written SQL GROUP BY over the same answers (counts only);
- form JSON: the submissions read and counted in Python, what a form page gives today.
"""

import argparse
import io
import json
import os
import random
import statistics
import sys
import time
import uuid
from collections import Counter, defaultdict

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ.setdefault("DEBUG", "false")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.core.serializers.json import DjangoJSONEncoder  # noqa: E402
from django.db import connection, models, transaction  # noqa: E402
from django.test import Client  # noqa: E402

from surveys.models import Option, Question, Response, Survey  # noqa: E402
from surveys.results.releases import release_pending  # noqa: E402
from surveys.results.selectors import survey_results  # noqa: E402

FORM_TABLE = "bench_wagtail_formsubmission"
CHOICES = ["a", "b", "c", "d"]
QUESTIONS = [
    ("q1", "single_choice"),
    ("q2", "single_choice"),
    ("q3", "single_choice"),
    ("q4", "likert"),
    ("q5", "likert"),
    ("q6", "nps"),
    ("q7", "yes_no"),
    ("q8", "multi_choice"),
    ("q9", "number"),
    ("q10", "long_text"),
]


def build_survey(key: str) -> Survey:
    survey = Survey.objects.create(key=key, title_fi="Suorituskykytesti", min_group_size=5)
    for order, (qkey, qtype) in enumerate(QUESTIONS):
        question = Question.objects.create(
            survey=survey,
            key=qkey,
            type=qtype,
            order=order,
            label_fi=f"Kysymys {qkey}",
            scale_min=1 if qtype == "likert" else None,
            scale_max=5 if qtype == "likert" else None,
        )
        if qtype in ("single_choice", "multi_choice"):
            for index, value in enumerate(CHOICES):
                Option.objects.create(
                    question=question, value=value, label_fi=value.upper(), sort_order=index
                )
    return survey


def random_answers(rng: random.Random) -> dict:
    return {
        "q1": rng.choice(CHOICES),
        "q2": rng.choice(CHOICES),
        "q3": rng.choice(CHOICES),
        "q4": rng.randint(1, 5),
        "q5": rng.randint(1, 5),
        "q6": rng.randint(0, 10),
        "q7": rng.choice(["yes", "no"]),
        "q8": rng.sample(CHOICES, rng.randint(1, 3)),
        "q9": rng.randint(0, 40),
        "q10": rng.choice(["Hyvä.", "Liian pitkä jono.", "Kiitos tuesta."]),
    }


def seed(survey: Survey, responses: int) -> None:
    """Insert `responses` responses and their answers with COPY."""
    rng = random.Random(42)
    questions = {q.key: q for q in survey.questions.prefetch_related("options")}
    options = {q.key: {o.value: o.pk for o in q.options.all()} for q in questions.values()}
    with connection.cursor() as cursor:
        cursor.execute("SELECT COALESCE(MAX(id), 0) FROM surveys_response")
        first_id = cursor.fetchone()[0] + 1
    response_rows, answer_rows = io.StringIO(), io.StringIO()
    for n in range(responses):
        response_id = first_id + n
        day = f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}"
        response_rows.write(
            f"{response_id}\t{survey.pk}\t1\t{uuid.uuid4()}\twritten\t\tfi\t{day}\tf\n"
        )
        for key, value in random_answers(rng).items():
            qid = questions[key].pk
            qtype = questions[key].type
            if qtype in ("single_choice", "multi_choice"):
                for chosen in value if isinstance(value, list) else [value]:
                    answer_rows.write(f"{response_id}\t{qid}\t{options[key][chosen]}\t\\N\t\\N\t\n")
            elif qtype == "yes_no":
                answer_rows.write(f"{response_id}\t{qid}\t\\N\t\\N\t{value == 'yes'}\t\n")
            elif qtype == "long_text":
                answer_rows.write(f"{response_id}\t{qid}\t\\N\t\\N\t\\N\t{value}\n")
            else:
                answer_rows.write(f"{response_id}\t{qid}\t\\N\t{value}\t\\N\t\n")
    with transaction.atomic(), connection.cursor() as cursor:
        raw = cursor.cursor
        with raw.copy(
            "COPY surveys_response (id, survey_id, survey_version, submission_id, channel, "
            "mode, language, submitted_on, read_back_confirmed) FROM STDIN"
        ) as copy:
            copy.write(response_rows.getvalue())
        cursor.execute(
            "SELECT setval(pg_get_serial_sequence('surveys_response', 'id'), "
            "(SELECT MAX(id) FROM surveys_response))"
        )
        with raw.copy(
            "COPY surveys_answer (response_id, question_id, option_id, numeric_value, "
            "boolean_value, text_value) FROM STDIN"
        ) as copy:
            copy.write(answer_rows.getvalue())
        cursor.execute("ANALYZE surveys_response")
        cursor.execute("ANALYZE surveys_answer")


def seed_forms(survey: Survey, responses: int) -> None:
    """The same responses (same random seed) as form-builder submissions, one JSON each."""
    rng = random.Random(42)
    rows = io.StringIO()
    for n in range(responses):
        day = f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}"
        form_data = json.dumps(random_answers(rng), ensure_ascii=False).replace("\\", "\\\\")
        rows.write(f"{survey.pk}\t{form_data}\t{day} 12:00:00+00\n")
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {FORM_TABLE} WHERE page_id = %s", [survey.pk])
        with cursor.cursor.copy(
            f"COPY {FORM_TABLE} (page_id, form_data, submit_time) FROM STDIN"
        ) as copy:
            copy.write(rows.getvalue())
        cursor.execute(f"ANALYZE {FORM_TABLE}")


def ensure_form_table() -> None:
    with connection.cursor() as cursor:
        # The shape of wagtailforms_formsubmission: the whole submission as JSON text.
        cursor.execute(
            f"CREATE TABLE IF NOT EXISTS {FORM_TABLE} (id bigserial PRIMARY KEY, "
            "form_data jsonb NOT NULL, page_id integer NOT NULL, submit_time timestamptz NOT NULL)"
        )
        cursor.execute(f"CREATE INDEX IF NOT EXISTS {FORM_TABLE}_page ON {FORM_TABLE} (page_id)")


def floor(survey: Survey) -> list:
    """The least work that yields the counts: one GROUP BY over the survey's answers."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT a.question_id, a.option_id, a.numeric_value, a.boolean_value, COUNT(*) "
            "FROM surveys_answer a JOIN surveys_response r ON r.id = a.response_id "
            "WHERE r.survey_id = %s GROUP BY 1, 2, 3, 4",
            [survey.pk],
        )
        return cursor.fetchall()


class FormSubmission(models.Model):
    """wagtail.contrib.forms' FormSubmission, on the benchmark's own table.

    The same columns and the same get_data(); not installed as an app, so the table is
    created with raw SQL and the model is unmanaged.
    """

    form_data = models.JSONField(encoder=DjangoJSONEncoder)
    page_id = models.IntegerField()
    submit_time = models.DateTimeField()

    class Meta:
        app_label = "surveys"
        managed = False
        db_table = FORM_TABLE

    def __str__(self) -> str:
        return f"{self.form_data}"

    def get_data(self):
        return {**self.form_data, "submit_time": self.submit_time}


def form_json(survey: Survey) -> dict:
    """What a Wagtail form page offers: every submission's data, counted in Python."""
    counts: dict[str, Counter] = defaultdict(Counter)
    numbers: dict[str, list] = defaultdict(list)
    submissions = FormSubmission.objects.filter(page_id=survey.pk).iterator(chunk_size=2000)
    for submission in submissions:
        for key, value in submission.get_data().items():
            if key == "submit_time":
                continue
            if isinstance(value, list):
                counts[key].update(value)
            elif isinstance(value, int):
                numbers[key].append(value)
                counts[key][value] += 1
            else:
                counts[key][value] += 1
    return {
        "counts": counts,
        "means": {k: statistics.fmean(v) for k, v in numbers.items()},
        "medians": {k: statistics.median(v) for k, v in numbers.items()},
    }


def say(text: str = "") -> None:
    sys.stdout.write(f"{text}\n")
    sys.stdout.flush()


def timed(function, runs: int) -> float:
    function()  # warm-up: caches, connection, plans
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        raise SystemExit("Run against PostgreSQL: set DATABASE_URL=postgres://...")
    call_command("migrate", verbosity=0)
    ensure_form_table()
    key = f"bench-{args.responses}"
    survey = Survey.objects.filter(key=key).first()
    if survey is None or Response.objects.filter(survey=survey).count() != args.responses:
        if survey is not None:
            survey.delete()
        survey = build_survey(key)
        start = time.perf_counter()
        seed(survey, args.responses)
        say(f"seeded {args.responses} responses in {time.perf_counter() - start:.1f} s")
    if FormSubmission.objects.filter(page_id=survey.pk).count() != args.responses:
        start = time.perf_counter()
        seed_forms(survey, args.responses)
        say(f"seeded {args.responses} form submissions in {time.perf_counter() - start:.1f} s")

    # Seeded rows wait like any submission; the first read releases them (and plans).
    start = time.perf_counter()
    release_pending(survey=survey)
    say(f"release and plan: {time.perf_counter() - start:.2f} s")
    # The release rewrote every response row: fresh planner statistics, as autovacuum's
    # analyze would give them in production.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE surveys_response")
        cursor.execute("ANALYZE surveys_answer")

    from django.contrib.auth import get_user_model

    user, _created = get_user_model().objects.get_or_create(
        username="bench-superuser", defaults={"is_superuser": True, "is_staff": True}
    )
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    url = f"/api/surveys/{survey.key}/results/"
    assert client.get(url).status_code == 200

    result = survey_results(survey=survey, filters={})
    assert result["respondents"] == args.responses
    timings = {
        "selector survey_results()": timed(lambda: survey_results(survey=survey), args.runs),
        "endpoint GET results/": timed(lambda: client.get(url), args.runs),
        "selector, by=month": timed(lambda: survey_results(survey=survey, by="month"), args.runs),
        "(a) floor: one SQL GROUP BY": timed(lambda: floor(survey), args.runs),
        "(b) form JSON counted in Python": timed(lambda: form_json(survey), args.runs),
    }
    floor_time = timings["(a) floor: one SQL GROUP BY"]
    json_time = timings["(b) form JSON counted in Python"]
    say(f"\n{args.responses} responses x {len(QUESTIONS)} questions, median of {args.runs} runs\n")
    say(f"| {'what':34} | {'seconds':>8} | {'x floor':>8} | {'form JSON / this':>16} |")
    say(f"|{'-' * 36}|{'-' * 10}|{'-' * 10}|{'-' * 18}|")
    for name, seconds in timings.items():
        say(
            f"| {name:34} | {seconds:8.3f} | {seconds / floor_time:8.2f} | "
            f"{json_time / seconds:16.1f} |"
        )
    endpoint = timings["endpoint GET results/"]
    say(
        f"\nendpoint / floor = {endpoint / floor_time:.2f} (target <= 1.5); "
        f"form JSON / endpoint = {json_time / endpoint:.1f} (target >= 10)"
    )


if __name__ == "__main__":
    main()
