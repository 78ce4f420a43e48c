"""The attacker's notebook: every shown set of respondents, recounted from the database.

Each shown block (the whole result or a breakdown group) names its conditions and the
releases it covers; the observer turns that into the set of respondents it claims to
count, checks the shown numbers against an independent recount of those respondents,
and keeps the set for the solver.
"""

import datetime
import itertools
from collections import Counter

from surveys.models import Answer, Response

DIMENSIONS = ("role", "channel", "group", "session", "language", "version")


def describe(response: Response) -> dict:
    """A respondent's attributes as the attacker knows them."""
    group = response.session.working_group_id if response.session else None
    group = group or response.survey.working_group_id
    return {
        "role": response.role.value if response.role else "",
        "channel": response.channel,
        "group": str(group or ""),
        "session": str(response.session_id or ""),
        "language": response.language,
        "version": str(response.survey_version),
    }


class Observer:
    def __init__(self, survey, *, k: int):
        self.survey, self.k = survey, k
        self.sets: list[frozenset] = []
        self.checked = 0

    def people(self) -> dict[int, dict]:
        responses = Response.objects.filter(survey=self.survey).select_related(
            "role", "session", "survey"
        )
        return {r.pk: {**describe(r), "release": r.release} for r in responses}

    def members(self, conditions: dict, released: dict) -> frozenset:
        releases = set(released["releases"])
        return frozenset(
            pk
            for pk, person in self.people().items()
            if person["release"] in releases
            and all(person[d] == str(v) for d, v in conditions.items())
        )

    def record(self, payload: dict, conditions: dict) -> None:
        """Every shown block of a results payload: recount it and keep its set."""
        self._block(payload, conditions)
        breakdown = payload["breakdown"]
        if not breakdown:
            return
        for group in breakdown["groups"]:
            extra = (
                {} if breakdown["by"] in ("week", "month") else {breakdown["by"]: group["value"]}
            )
            self._block(group, {**conditions, **extra})

    def _block(self, block: dict, conditions: dict) -> None:
        if block["respondents"] is None:
            assert all(q["answered"] is None for q in block["questions"])
            assert block["withheld"]["message"]
            return
        members = self.members(conditions, block["released"])
        assert block["respondents"] == len(members), (conditions, block["released"])
        assert len(members) >= self.k
        self._recount(block, members)
        self.sets.append(members)
        self.checked += 1

    def _recount(self, block: dict, members: frozenset) -> None:
        answers = Answer.objects.filter(response_id__in=members).select_related(
            "question", "option"
        )
        tally: dict[str, Counter] = {}
        for answer in answers:
            if answer.option_id:
                value = answer.option.value
            elif answer.boolean_value is not None:
                value = "yes" if answer.boolean_value else "no"
            elif answer.numeric_value is not None:
                value = str(int(answer.numeric_value))
            else:
                continue
            tally.setdefault(answer.question.key, Counter())[value] += 1
        for question in block["questions"]:
            for option in question["options"]:
                if option["count"] is not None:
                    expected = tally.get(question["key"], Counter())[option["value"]]
                    assert option["count"] == expected, (question["key"], option["value"])


def requests(survey, people: dict[int, dict], days: list[datetime.date]) -> list[dict]:
    """Every filter value, every pair, every breakdown of them, and day windows."""
    values = {d: sorted({p[d] for p in people.values()} - {""}) for d in DIMENSIONS}
    singles = [{d: v} for d in DIMENSIONS for v in values[d]]
    pairs = [
        {d1: v1, d2: v2}
        for d1, d2 in itertools.combinations(DIMENSIONS, 2)
        for v1 in values[d1]
        for v2 in values[d2]
    ]
    asked = [{"filters": {}, "by": None}]
    for filters in [{}, *singles]:
        for by in ("role", "channel", "group", "session", "language", "week", "month"):
            asked.append({"filters": filters, "by": by})
    asked += [{"filters": f, "by": None} for f in singles + pairs]
    for day in days:
        for filters in [{}, *singles]:
            asked.append({"filters": {**filters, "since": day}, "by": None})
            asked.append({"filters": {**filters, "until": day}, "by": None})
    for first, last in itertools.combinations(days, 2):
        asked.append({"filters": {"since": first, "until": last}, "by": None})
    return asked
