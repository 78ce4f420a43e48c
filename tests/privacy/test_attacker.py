"""A coordinator who tries: every view, day windows, watching submissions, exports, comments.

Generated surveys with skewed groups (a role of 4, a language of 3, one lone response on
one day, a session of 6) are released step by step; after every step the attacker asks
everything the API offers, then solves all shown sets together, exactly. Shown numbers
must equal an independent recount of the released responses they claim to cover.
"""

import csv
import datetime
import io
import random

import pytest
from rest_framework.test import APIClient

from surveys.models import ReleasePlan, Response, Session, WorkingGroup
from surveys.results.selectors import survey_results
from tests.privacy.observer import DIMENSIONS, Observer, describe, requests
from tests.privacy.solver import solvable_small_sets
from tests.surveys.builders import build_survey
from tests.surveys.results_builders import DAY, add_responses

pytestmark = pytest.mark.django_db

K = 5
DAYS = [DAY + datetime.timedelta(days=n) for n in range(6)]


def skewed_rows(rng: random.Random, sessions: list[Session], count: int, day_of) -> list[dict]:
    rows = []
    for i in range(count):
        rows.append(
            {
                "role": rng.choice(["client", "client", "professional"]),
                "language": "fi",
                "channel": rng.choice(["written", "oral"]),
                "session": sessions[1] if i % 3 else None,
                "submitted_on": day_of(i),
                "answers": {
                    "attended": rng.choice(["every", "some"]),
                    "useful": rng.randint(1, 5),
                    "spoke": rng.choice(["yes", "no"]),
                    "recommend": rng.randint(0, 10),
                    "comments": f"Kommentti {rng.random():.6f}",
                },
            }
        )
    return rows


def generated_batches(seed: int, sessions: list[Session]) -> list[list[dict]]:
    """Four submission batches; the skewed groups are spread over them."""
    rng = random.Random(seed)
    first = skewed_rows(rng, sessions, 14, lambda i: DAYS[i % 3])
    for row in first[:2]:
        row["role"] = "supervisor"  # a role of 4 in the end
    for row in first[2:8]:
        row["session"] = sessions[0]  # a session of 6
    first[8]["language"] = "sv"
    second = skewed_rows(rng, sessions, 7, lambda i: DAYS[3])
    second[0]["role"] = "supervisor"
    second[1]["language"] = "sv"
    lone = skewed_rows(rng, sessions, 1, lambda i: DAYS[4])  # alone on its day
    lone[0]["language"] = "sv"  # a language of 3
    lone[0]["role"] = "supervisor"
    last = skewed_rows(rng, sessions, 6, lambda i: DAYS[5])
    return [first, second, lone, last]


class Attacker:
    def __init__(self, survey, via: str, client=None):
        self.survey, self.via, self.client = survey, via, client
        self.observer = Observer(survey, k=K)

    def results(self, filters: dict, by: str | None) -> dict:
        if self.via == "selector":
            return survey_results(survey=self.survey, filters=filters, by=by)
        params = {n: v.isoformat() if hasattr(v, "isoformat") else v for n, v in filters.items()}
        if by:
            params["by"] = by
        response = self.client.get(f"/api/surveys/{self.survey.key}/results/", params)
        assert response.status_code == 200, response.content
        return response.json()

    def look(self) -> None:
        people = {
            r.pk: describe(r)
            for r in Response.objects.filter(survey=self.survey).select_related(
                "role", "session", "survey"
            )
        }
        for asked in requests(self.survey, people, DAYS):
            filters = dict(asked["filters"])
            if "version" in filters:
                filters["version"] = int(filters["version"])
            for name in ("group", "session"):
                if name in filters:
                    filters[name] = int(filters[name])
            payload = self.results(filters, asked["by"])
            conditions = {d: asked["filters"][d] for d in DIMENSIONS if d in asked["filters"]}
            self.observer.record(payload, conditions)
        self.read_exports()

    def read_exports(self) -> None:
        """The export's classes are sets the attacker can count: every row's class is known."""
        plan = ReleasePlan.objects.get(survey=self.survey)
        responses = Response.objects.filter(survey=self.survey, release__isnull=False)
        people = list(responses.select_related("role", "session", "survey"))
        for release, classes in plan.exports.items():
            for _shown, members in classes:
                wanted = {tuple(values) for values in members}
                chosen = frozenset(
                    r.pk for r in people if str(r.release) == release and _values(r) in wanted
                )
                assert len(chosen) >= K
                self.observer.sets.append(chosen)
        if self.via == "http":
            response = self.client.get(f"/api/surveys/{self.survey.key}/export/responses.csv")
            rows = list(
                csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig")))
            )
            header, body = rows[0], rows[1:]
            assert "response" not in header and "submission_id" not in header
            describing = [header.index(c) for c in ("released_on", *EXPORT_COLUMNS)]
            classes = {}
            for row in body:
                key = tuple(row[i] for i in describing)
                classes[key] = classes.get(key, 0) + 1
            assert all(n >= K for n in classes.values()), classes
            released = Response.objects.filter(survey=self.survey, release__isnull=False)
            assert len(body) == released.count()


EXPORT_COLUMNS = ("channel", "language", "version", "mode", "role", "group", "session")


def _values(response) -> tuple:
    person = {**describe(response), "mode": response.mode}
    return tuple(person[d] for d in EXPORT_COLUMNS)


def run_attack(attacker: Attacker, batches: list[list[dict]]) -> None:
    for batch in batches:
        add_responses(attacker.survey, batch)
        attacker.look()
    leaks = solvable_small_sets(attacker.observer.sets, k=K)
    assert leaks == [], f"solvable sets of fewer than {K}: {[sorted(s) for s in leaks]}"


def make_survey(key: str):
    group = WorkingGroup.objects.create(name=f"Ryhmä {key}")
    sessions = [
        Session.objects.create(working_group=group, date=DAYS[0], kind="meeting"),
        Session.objects.create(working_group=group, date=DAYS[1], kind="workshop"),
    ]
    return build_survey(key, working_group=group, min_group_size=K), sessions


@pytest.mark.parametrize("seed", [1, 2])
def test_no_set_under_k_is_solvable_from_everything_the_selector_shows(seed):
    survey, sessions = make_survey(f"attack-{seed}")
    attacker = Attacker(survey, "selector")
    run_attack(attacker, generated_batches(seed, sessions))
    # The attacker saw a lot: the plan withholds only what it must.
    assert attacker.observer.checked > 200


def test_no_set_under_k_is_solvable_from_everything_the_api_shows(django_user_model):
    survey, sessions = make_survey("attack-http")
    user = django_user_model.objects.create_user(username="utelias", password="x" * 12)
    survey.working_group.coordinators.add(user)
    client = APIClient()
    client.force_authenticate(user)
    attacker = Attacker(survey, "http", client)
    run_attack(attacker, generated_batches(3, sessions))
    assert attacker.observer.checked > 200


def test_the_attacker_finds_the_lone_respondent_of_the_plain_k_rule():
    """The solver is not blind: the issue's differencing attack is found."""
    everyone = frozenset(range(160))
    since_next_day = frozenset(range(1, 160))
    role = frozenset(range(6))
    role_in_finnish = frozenset(range(1, 6))
    assert solvable_small_sets([everyone, since_next_day], k=5) == [frozenset({0})]
    assert solvable_small_sets([role, role_in_finnish], k=5) == [frozenset({0})]
    # Two marginals with an empty cell: role A minus Finnish is one person.
    a, fi = frozenset(range(11)), frozenset([*range(10), *range(11, 21)])
    assert frozenset({10}) in solvable_small_sets([a | fi, a, fi], k=5)
