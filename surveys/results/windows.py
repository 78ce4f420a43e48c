"""Which released responses a view shows: its plan's releases, snapped to a date window.

A view shows its respondents in releases (after, through]: both ends are releases after
which the plan let the view be shown, so the window is the difference of two released
sets and reveals nothing the plan has not checked (docs/privacy.md, rule 3).
"""

import datetime
from dataclasses import dataclass

from .choices import Withheld
from .plan import FEW, LINKED, MAX_CONDITIONS, view_key
from .releases import ReleaseState

FILTER_DIMENSIONS = ("role", "channel", "group", "session", "language", "version")


@dataclass(frozen=True)
class Window:
    """Releases (after, through] of a view, or the reason it shows nothing."""

    after: int = 0
    through: int = 0
    withheld: str | None = None
    # True when later releases hold responses of this view that it may not show yet.
    held_later: bool = False

    @property
    def shown(self) -> bool:
        return self.withheld is None


def conditions_of(filters: dict) -> dict:
    """The categorical filters as a view's conditions (values as strings)."""
    return {d: str(filters[d]) for d in FILTER_DIMENSIONS if d in filters}


def approved_releases(*, state: ReleaseState, conditions: dict) -> tuple[list[int], str | None]:
    """The releases after which the view may be shown, and why its newest ones are held."""
    if not conditions:
        return sorted(state.releases), None
    entry = state.views.get(view_key(conditions))
    if entry is None:
        return [], FEW
    return entry["r"], entry.get("h")


def window(
    *,
    state: ReleaseState,
    conditions: dict,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
) -> Window:
    """The snapped window of the view under `since`/`until` (dates of releases)."""
    if not state.releases:
        return Window(withheld=Withheld.WAITING)
    if len(conditions) > MAX_CONDITIONS:
        return Window(withheld=Withheld.DETAILED)
    approved, held = approved_releases(state=state, conditions=conditions)
    dated = [(state.releases[n].released_on, n) for n in approved if n in state.releases]
    through = max((n for day, n in dated if until is None or day <= until), default=0)
    after = max((n for day, n in dated if since is not None and day < since), default=0)
    if through <= after:
        reason = {FEW: Withheld.FEW, LINKED: Withheld.LINKED}.get(held, Withheld.FEW)
        return Window(withheld=reason)
    return Window(after=after, through=through, held_later=bool(held) and until is None)


def steps(*, state: ReleaseState, conditions: dict, shown: Window) -> list[tuple[int, int]]:
    """The view's released steps inside the window: (after, through) per approved release."""
    approved, _held = approved_releases(state=state, conditions=conditions)
    inside = [n for n in approved if shown.after < n <= shown.through]
    starts = [shown.after, *inside[:-1]]
    return list(zip(starts, inside, strict=True))


def window_payload(*, state: ReleaseState, shown: Window) -> dict | None:
    """What the payload says about the window: release numbers and dates, no counts."""
    if not shown.shown:
        return None
    first = state.releases.get(shown.after + 1)
    last = state.releases[shown.through]
    return {
        "from_release": shown.after + 1,
        "through_release": shown.through,
        "from_date": first.released_on.isoformat() if first else None,
        "through_date": last.released_on.isoformat(),
        "later_held": shown.held_later,
    }


def withheld_payload(code: str | None, *, state: ReleaseState) -> dict | None:
    """A reason as {code, message}, in the active language; no number but the wait."""
    if code is None:
        return None
    message = str(Withheld(code).label)
    return {"code": code, "message": message}
