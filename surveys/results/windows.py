"""Which released responses a view shows: the releases in its window that did not hold it.

Each release decided on its own which views may show their part of it (plan.py); a view
shows its respondents in the releases of the date window except those that held it back.
Any set of releases is safe to combine, because releases are disjoint and each was
checked alone (docs/privacy.md, rules 2 and 3).
"""

import datetime
from dataclasses import dataclass

from .choices import Withheld
from .plan import FEW, LINKED, MAX_CONDITIONS, view_key
from .releases import ReleaseState

FILTER_DIMENSIONS = ("role", "channel", "group", "session", "language", "version")


@dataclass(frozen=True)
class Window:
    """The releases a view shows, or the reason it shows nothing."""

    releases: tuple[int, ...] = ()
    withheld: str | None = None
    # True when releases inside the window hold responses of this view back.
    held_back: bool = False

    @property
    def shown(self) -> bool:
        return self.withheld is None


def conditions_of(filters: dict) -> dict:
    """The categorical filters as a view's conditions (values as strings)."""
    return {d: str(filters[d]) for d in FILTER_DIMENSIONS if d in filters}


def window(
    *,
    state: ReleaseState,
    conditions: dict,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
) -> Window:
    """The releases dated within `since`..`until` that the view may show."""
    if not state.releases:
        return Window(withheld=Withheld.WAITING)
    if len(conditions) > MAX_CONDITIONS:
        return Window(withheld=Withheld.DETAILED)
    dated = [
        number
        for number, release in sorted(state.releases.items())
        if (since is None or release.released_on >= since)
        and (until is None or release.released_on <= until)
    ]
    entry = state.views.get(view_key(conditions), {"held": [], "h": None}) if conditions else {}
    held = set(entry.get("held", ()))
    shown = tuple(n for n in dated if n not in held)
    if not dated:
        return Window(withheld=Withheld.FEW)
    if not shown:
        reason = {FEW: Withheld.FEW, LINKED: Withheld.LINKED}.get(entry.get("h"), Withheld.FEW)
        return Window(withheld=reason)
    return Window(releases=shown, held_back=len(shown) < len(dated))


def window_payload(*, state: ReleaseState, shown: Window) -> dict | None:
    """What the payload says about the window: release numbers and dates, no counts."""
    if not shown.shown:
        return None
    return {
        "releases": list(shown.releases),
        "from_date": state.releases[shown.releases[0]].released_on.isoformat(),
        "through_date": state.releases[shown.releases[-1]].released_on.isoformat(),
        "later_held": shown.held_back,
    }


def withheld_payload(code: str | None) -> dict | None:
    """A reason as {code, message}, in the active language; never a count."""
    if code is None:
        return None
    return {"code": code, "message": str(Withheld(code).label)}
