"""Releases: responses join results only in steps of at least k, with the plan extended.

Called by every read of results (selector, comments, exports, public feedback) before it
reads, so whoever looks first after the k-th waiting response makes the release.
"""

import math
import uuid
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import CharField, Count, F, Max
from django.db.models.functions import Cast, Coalesce

from surveys.choices import TEXT_TYPES
from surveys.models import Answer, Release, ReleasePlan, Response, Survey

from .choices import EXPORT_DIMENSIONS
from .plan import Atom, extend_plan

# A release needs at least k waiting responses and this share of those released before:
# larger steps keep more views' parts of a release at k or more (docs/privacy.md, rule 1).
RELEASE_GROWTH = 0.25

# Each describing dimension as the expression of its value on a response.
DIMENSION_FIELDS = {
    "channel": F("channel"),
    "language": F("language"),
    "version": Cast("survey_version", CharField()),
    "mode": F("mode"),
    "role": F("role__value"),
    # A response belongs to its session's group; without a session, to the survey's.
    "group": Cast(
        Coalesce(F("session__working_group_id"), F("survey__working_group_id")), CharField()
    ),
    "session": Cast("session_id", CharField()),
}


@dataclass
class ReleaseState:
    """What results may show now: the releases, the plan and how many responses wait."""

    k: int
    threshold: int = 0
    releases: dict[int, Release] = field(default_factory=dict)
    views: dict = field(default_factory=dict)
    exports: dict = field(default_factory=dict)
    pending: int = 0

    @property
    def last(self) -> int:
        return max(self.releases, default=0)

    @property
    def needed(self) -> int:
        """Responses still missing before the next release."""
        return max(self.threshold - self.pending, 0)


def atoms_of(*, survey: Survey) -> list[Atom]:
    """Released responses grouped by release and every describing value (one query)."""
    rows = (
        Response.objects.filter(survey=survey, release__isnull=False)
        .annotate(**{f"d_{name}": expression for name, expression in DIMENSION_FIELDS.items()})
        .values("release", *[f"d_{name}" for name in EXPORT_DIMENSIONS])
        .annotate(n=Count("id"))
        .order_by("release", *[f"d_{name}" for name in EXPORT_DIMENSIONS])
    )
    return [
        Atom(
            release=row["release"],
            values=tuple(row[f"d_{name}"] or "" for name in EXPORT_DIMENSIONS),
            weight=row["n"],
        )
        for row in rows
    ]


def release_threshold(*, k: int, released: int) -> int:
    """How many waiting responses the next release needs."""
    return max(k, math.ceil(RELEASE_GROWTH * released))


@transaction.atomic
def release_pending(*, survey: Survey) -> ReleaseState:
    """Release the waiting responses if at least k wait, and return the current state."""
    survey = Survey.objects.select_for_update().get(pk=survey.pk)
    k = survey.min_group_size
    pending = Response.objects.filter(survey=survey, release__isnull=True)
    waiting = pending.count()
    released = Response.objects.filter(survey=survey, release__isnull=False).count()
    threshold = release_threshold(k=k, released=released)
    if waiting >= threshold:
        number = (survey.releases.aggregate(n=Max("number"))["n"] or 0) + 1
        newest = pending.aggregate(d=Max("submitted_on"))["d"]
        ids = list(pending.values_list("pk", flat=True))
        Response.objects.filter(pk__in=ids).update(release=number)
        Answer.objects.filter(response__survey=survey, response__release=number).update(
            release=number
        )
        Release.objects.create(
            survey=survey, number=number, released_on=newest, size=len(ids), min_group_size=k
        )
        _give_comments_random_ids(response_ids=ids)
        plan, _created = ReleasePlan.objects.get_or_create(survey=survey)
        class_k = dict(survey.releases.values_list("number", "min_group_size"))
        extended = extend_plan(
            atoms=atoms_of(survey=survey),
            releases=sorted(class_k),
            class_k=class_k,
            plan={"release": plan.release, "views": plan.views, "exports": plan.exports},
            k=k,
        )
        plan.release, plan.views = extended["release"], extended["views"]
        plan.exports = extended["exports"]
        plan.save(update_fields=["release", "views", "exports"])
        threshold = release_threshold(k=k, released=released + waiting)
        waiting = 0
    plan = ReleasePlan.objects.filter(survey=survey).first()
    return ReleaseState(
        k=k,
        threshold=threshold,
        releases={r.number: r for r in survey.releases.all()},
        views=plan.views if plan else {},
        exports=plan.exports if plan else {},
        pending=waiting,
    )


def _give_comments_random_ids(*, response_ids: list[int]) -> None:
    """Comments get random ids when released: database ids would be adjacent per person."""
    answers = list(
        Answer.objects.filter(
            response_id__in=response_ids, question__type__in=TEXT_TYPES, public_id__isnull=True
        ).only("pk")
    )
    for answer in answers:
        answer.public_id = uuid.uuid4()
    Answer.objects.bulk_update(answers, ["public_id"], batch_size=1000)
