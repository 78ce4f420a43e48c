"""Benchmark: what disclosure control costs coordinators, and what it costs the endpoint.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tutuksi_bench \\
        .venv/bin/python -m benchmarks.disclosure

1. Utility. Generated surveys of 30, 200 and 5,000 responses with skewed groups (roles of
   very different sizes, a rare language, sessions of 4 to 30, two channels) arrive in
   batches of 1 to 8 with a coordinator reading results after every batch, so releases
   and the plan are made as in use. For the whole survey and every single-filter view
   (each value of role, channel, group, session, language, version) it counts the
   numbers the plain k-rule shows on all responses (respondents and option counts of
   views and questions with at least k, small cells hidden with their complement) and
   how many of them the release plan still shows: shown at all, and shown with the
   plain rule's exact value (the rest wait for the next release or are frozen).
2. Speed. The results endpoint against the GROUP BY floor at 100,000 responses, in the
   same run, as benchmarks/results.py measures it.
"""

import argparse
import datetime
import os
import random
import sys
import time
import uuid
from collections import Counter, defaultdict

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ.setdefault("DEBUG", "false")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from benchmarks import results as speed  # noqa: E402
from surveys.models import (  # noqa: E402
    Answer,
    RespondentRole,
    Response,
    Session,
    Survey,
    WorkingGroup,
)
from surveys.results.releases import release_pending  # noqa: E402
from surveys.results.selectors import survey_results  # noqa: E402
from surveys.results.suppression import hide_small_counts  # noqa: E402

K = 5
ROLES = [("client", 60), ("professional", 25), ("supervisor", 10), ("peer", 5)]
LANGUAGES = [("fi", 85), ("sv", 10), ("en", 5)]
DIMENSIONS = ("role", "channel", "group", "session", "language", "version")


def say(text: str = "") -> None:
    sys.stdout.write(f"{text}\n")
    sys.stdout.flush()


def weighted(rng: random.Random, pairs):
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights=weights)[0]


def build(size: int, rng: random.Random) -> Survey:
    key = f"disclosure-{size}"
    Survey.objects.filter(key=key).delete()
    for value, _share in ROLES:
        RespondentRole.objects.get_or_create(
            value=value, defaults={"label_fi": value, "label_sv": value, "label_en": value}
        )
    group = WorkingGroup.objects.create(name=f"Benchmark {size}")
    survey = speed.build_survey(key)
    survey.working_group = group
    survey.min_group_size = K
    survey.save()
    sessions, left = [], size // 3
    while left > 0:
        n = min(left, rng.randint(4, 30))
        day = datetime.date(2026, 1, 1) + datetime.timedelta(days=len(sessions) * 3)
        sessions.append((Session.objects.create(working_group=group, date=day, kind="meeting"), n))
        left -= n
    return survey, sessions


def arrive(survey: Survey, sessions, size: int, rng: random.Random) -> None:
    """Responses in batches of 1..8, a coordinator reading results after each batch."""
    roles = {r.value: r for r in RespondentRole.objects.all()}
    questions = {q.key: q for q in survey.questions.prefetch_related("options")}
    seats = [s for s, n in sessions for _ in range(n)]
    people = [seats.pop(0) if seats and i % 3 == 0 else None for i in range(size)]
    day = datetime.date(2026, 1, 1)
    done = 0
    while done < size:
        batch = people[done : done + rng.randint(1, 8)]
        day += datetime.timedelta(days=rng.randint(0, 2))
        responses = Response.objects.bulk_create(
            Response(
                survey=survey,
                survey_version=1 if rng.random() < 0.8 else 2,
                submission_id=uuid.uuid4(),
                channel="oral" if session else rng.choice(["written", "written", "oral"]),
                mode="interview" if session else "",
                session=session,
                role=roles[weighted(rng, ROLES)],
                language=weighted(rng, LANGUAGES),
                submitted_on=day,
            )
            for session in batch
        )
        answers = []
        for response in responses:
            for key, value in speed.random_answers(rng).items():
                question = questions[key]
                if question.type in ("single_choice", "multi_choice"):
                    options = {o.value: o for o in question.options.all()}
                    for chosen in value if isinstance(value, list) else [value]:
                        answers.append(
                            Answer(response=response, question=question, option=options[chosen])
                        )
                elif question.type == "yes_no":
                    answers.append(
                        Answer(response=response, question=question, boolean_value=value == "yes")
                    )
                elif question.type == "long_text":
                    answers.append(Answer(response=response, question=question, text_value=value))
                else:
                    answers.append(
                        Answer(response=response, question=question, numeric_value=value)
                    )
        Answer.objects.bulk_create(answers)
        done += len(batch)
        release_pending(survey=survey)


def _value(answer: Answer, question_type: str) -> str:
    if answer.option_id:
        return answer.option.value
    if answer.boolean_value is not None:
        return "yes" if answer.boolean_value else "no"
    if answer.numeric_value is not None and question_type in ("likert", "nps"):
        return str(int(answer.numeric_value))
    return ""


def plain_rule(survey: Survey, views: list[dict]) -> dict:
    """{(view, question, value): number} the plain k-rule shows on all responses."""
    people = {}
    for r in Response.objects.filter(survey=survey).select_related("role", "session"):
        group = r.session.working_group_id if r.session else survey.working_group_id
        people[r.pk] = {
            "role": r.role.value if r.role else "",
            "channel": r.channel,
            "group": str(group or ""),
            "session": str(r.session_id or ""),
            "language": r.language,
            "version": str(r.survey_version),
        }
    answers = defaultdict(lambda: defaultdict(Counter))
    answered = defaultdict(lambda: defaultdict(set))
    rows = Answer.objects.filter(response__survey=survey).select_related("question", "option")
    for a in rows:
        answered[a.question.key][a.response_id].add(1)
        value = _value(a, a.question.type)
        if value:
            answers[a.question.key][a.response_id][value] += 1
    shown = {}
    for view in views:
        members = [pk for pk, p in people.items() if all(p[d] == str(v) for d, v in view.items())]
        if len(members) < K:
            continue
        name = tuple(sorted(view.items()))
        shown[(name, "", "respondents")] = len(members)
        for question in survey.questions.all():
            counts = Counter()
            for pk in members:
                counts.update(answers[question.key][pk])
            total = len([pk for pk in members if pk in answered[question.key]])
            if total < K or not counts:
                continue
            values = sorted(counts)
            for value, count in zip(
                values, hide_small_counts([counts[v] for v in values], k=K), strict=True
            ):
                if count is not None:
                    shown[(name, question.key, value)] = count
    return shown


def planned(survey: Survey, views: list[dict]) -> dict:
    shown = {}
    for view in views:
        filters = {
            d: int(v) if d in ("group", "session", "version") else v for d, v in view.items()
        }
        result = survey_results(survey=survey, filters=filters)
        name = tuple(sorted(view.items()))
        if result["respondents"] is not None:
            shown[(name, "", "respondents")] = result["respondents"]
        for question in result["questions"]:
            for option in question["options"]:
                if option["count"] is not None and option["count"] > 0:
                    shown[(name, question["key"], option["value"])] = option["count"]
    return shown


def utility(size: int) -> dict:
    rng = random.Random(size)
    survey, sessions = build(size, rng)
    start = time.perf_counter()
    arrive(survey, sessions, size, rng)
    arrival = time.perf_counter() - start
    people = Response.objects.filter(survey=survey).select_related("role", "session")
    values = defaultdict(set)
    for r in people:
        group = r.session.working_group_id if r.session else survey.working_group_id
        values["role"].add(r.role.value)
        values["channel"].add(r.channel)
        values["group"].add(str(group))
        values["language"].add(r.language)
        values["version"].add(str(r.survey_version))
        if r.session_id:
            values["session"].add(str(r.session_id))
    singles = [{d: v} for d in DIMENSIONS for v in sorted(values[d])]
    report = {"size": size, "releases": survey.releases.count(), "seconds": arrival}
    for label, views in (("whole", [{}]), ("single filter", singles)):
        plain = plain_rule(survey, views)
        ours = planned(survey, views)
        kept = [key for key in plain if key in ours]
        exact = [key for key in kept if ours[key] == plain[key]]
        report[label] = (len(plain), len(kept), len(exact))
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="30,200,5000")
    parser.add_argument("--responses", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    say("| responses | releases | view | plain k-rule numbers | still shown | same value |")
    say("|---|---|---|---|---|---|")
    for size in (int(s) for s in args.sizes.split(",") if s):
        report = utility(size)
        for label in ("whole", "single filter"):
            plain, kept, exact = report[label]
            say(
                f"| {size} | {report['releases']} | {label} | {plain} | "
                f"{kept} ({100 * kept / plain:.0f} %) | {exact} ({100 * exact / plain:.0f} %) |"
            )
        say(f"(arrival with a read after every batch: {report['seconds']:.1f} s)")
    if connection.vendor != "postgresql":
        say("\nspeed: skipped, it needs PostgreSQL (COPY): set DATABASE_URL=postgres://...")
        return
    key = f"bench-{args.responses}"
    survey = Survey.objects.filter(key=key).first()
    if survey is None or Response.objects.filter(survey=survey).count() != args.responses:
        if survey is not None:
            survey.delete()
        survey = speed.build_survey(key)
        speed.seed(survey, args.responses)
    start = time.perf_counter()
    release_pending(survey=survey)
    seconds = time.perf_counter() - start
    say(f"\nrelease and plan of {args.responses} waiting responses: {seconds:.2f} s")
    # The release rewrote every response row; the planner needs fresh statistics, as
    # autovacuum's analyze would give it after such an update in production.
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
    assert client.get(url).json()["respondents"] == args.responses
    endpoint = speed.timed(lambda: client.get(url), args.runs)
    floor = speed.timed(lambda: speed.floor(survey), args.runs)
    say(
        f"endpoint {endpoint:.3f} s, floor {floor:.3f} s: endpoint / floor = "
        f"{endpoint / floor:.2f} (target <= 1.5), median of {args.runs} runs"
    )


if __name__ == "__main__":
    main()
