"""The release plan: which views each release may show (docs/privacy.md, rule 2).

Pure functions over atoms, the groups of released responses that share a release and
every describing attribute. The plan is extended once per release and stored; requests
only read it, so a view is shown the same way everywhere and at every later moment.
"""

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from .choices import DIMENSIONS, EXPORT_DIMENSIONS
from .span import SpanAudit

# Views with more conditions are never released: a filter and a breakdown, or two filters.
MAX_CONDITIONS = 2
FEW, LINKED = "few", "linked"


@dataclass(frozen=True)
class Atom:
    release: int
    values: tuple  # one string per EXPORT_DIMENSIONS entry ("" when not given)
    weight: int

    def value(self, dimension: str) -> str:
        return self.values[EXPORT_DIMENSIONS.index(dimension)]


def view_key(conditions: dict) -> str:
    """The canonical key of a view: its conditions in DIMENSIONS order."""
    return ";".join(f"{d}={conditions[d]}" for d in DIMENSIONS if d in conditions)


def view_conditions(key: str) -> dict:
    if not key:
        return {}
    return dict(part.split("=", 1) for part in key.split(";"))


def _matches(atom: Atom, conditions: dict) -> bool:
    return all(atom.value(d) == v for d, v in conditions.items())


def export_classes(atoms: list[tuple[int, Atom]], *, k: int) -> list[tuple[dict, list[int]]]:
    """Top-down specialisation of one release into classes of at least k responses.

    Starts from one class with every describing column blank and splits a class on a
    column only into parts of at least k; rarer values are pooled under a blank, and a
    pool under k takes the smallest part with it. Returns (shown values, atom indexes).
    """
    classes = [({}, atoms)]
    for dimension in EXPORT_DIMENSIONS:
        refined = []
        for shown, members in classes:
            parts = defaultdict(list)
            for index, atom in members:
                parts[atom.value(dimension)].append((index, atom))
            sizes = {v: sum(a.weight for _i, a in part) for v, part in parts.items()}
            kept = {v for v, n in sizes.items() if n >= k}
            pooled = [m for v, part in parts.items() if v not in kept for m in part]
            if pooled and sum(a.weight for _i, a in pooled) < k and kept:
                smallest = min(kept, key=lambda v: (sizes[v], v))
                kept.discard(smallest)
                pooled += parts[smallest]
            for value in sorted(kept):
                refined.append(({**shown, dimension: value}, parts[value]))
            if pooled:
                refined.append(({**shown, dimension: ""}, pooled))
        classes = refined
    return [(shown, [i for i, _a in members]) for shown, members in classes]


def _candidates(atoms: list[Atom]) -> list[str]:
    """Keys of every view of 1..MAX_CONDITIONS conditions with released members, in order.

    Within a dimension (or pair) larger views come first: when two views cannot both be
    shown, the smaller one is held back, as the classic next-smallest rule would.
    """
    keys = []
    for size in range(1, MAX_CONDITIONS + 1):
        for dims in combinations(DIMENSIONS, size):
            weights: dict[tuple, int] = defaultdict(int)
            for a in atoms:
                weights[tuple(a.value(d) for d in dims)] += a.weight
            ordered = sorted(weights, key=lambda v: (-weights[v], v))
            keys += [view_key(dict(zip(dims, v, strict=True))) for v in ordered]
    return keys


def _checked_classes(audit: SpanAudit, atoms, mine, *, k: int) -> list[tuple[dict, list]]:
    """The release's export classes that pass the span check; the rest pooled into one.

    The pool is the release minus the passing classes, a combination of released sets,
    so it reveals nothing new; it shows only the values all its rows share.
    """
    kept, pooled = [], []
    for shown, members in export_classes(mine, k=k):
        if audit.add(members):
            kept.append((shown, members))
        else:
            pooled.extend(members)
    if pooled:
        audit.add_released(pooled)
        common = {
            d: atoms[pooled[0]].value(d)
            for d in EXPORT_DIMENSIONS
            if len({atoms[i].value(d) for i in pooled}) == 1
        }
        kept.append(({d: common.get(d, "") for d in EXPORT_DIMENSIONS}, pooled))
    return kept


def extend_plan(
    *, atoms: list[Atom], releases: list[int], class_k: dict[int, int], plan: dict, k: int
) -> dict:
    """The plan extended to every release in `releases` that it does not cover yet.

    plan = {"release": last planned release,
            "views": {key: {"held": [releases], "h": reason}},
            "exports": {release: [[shown values, [atom values, ...]], ...]}}.
    Each release is decided on its own: the release itself, then every candidate view's
    part of it (larger views first), then the export classes. A view shows its part of
    every release that did not hold it back. Releases are disjoint, so the span of all
    released sets is the direct sum of the releases' spans: a release checked alone
    cannot combine with another into a small set, and earlier decisions never change.
    """
    planned = plan.get("release", 0)
    views = {
        key: {"held": list(v.get("held", [])), "h": v.get("h")}
        for key, v in plan.get("views", {}).items()
    }
    exports = {str(r): list(c) for r, c in plan.get("exports", {}).items()}
    for release in releases:
        if release <= planned:
            continue
        mine = [(i, a) for i, a in enumerate(atoms) if a.release == release]
        local = [a for _i, a in mine]
        audit = SpanAudit([a.weight for a in local], k=k)
        audit.add_released(range(len(local)))
        for key in _candidates(local):
            conditions = view_conditions(key)
            entry = views.setdefault(key, {"held": [], "h": None})
            members = [j for j, a in enumerate(local) if _matches(a, conditions)]
            if not audit.add(members):
                entry["held"].append(release)
                weight = sum(local[j].weight for j in members)
                entry["h"] = FEW if weight < k else LINKED
        numbered = list(enumerate(local))
        classes = _checked_classes(audit, local, numbered, k=class_k.get(release, k))
        exports[str(release)] = [
            [shown, [list(local[j].values) for j in members]] for shown, members in classes
        ]
    return {"release": max([planned, *releases]), "views": views, "exports": exports}
