"""The release plan on its own: which views each release may show, without a database."""

from surveys.results.plan import FEW, LINKED, Atom, export_classes, extend_plan
from surveys.results.span import SpanAudit
from tests.privacy.solver import solvable_small_sets

K = 5
COLUMNS = ("channel", "language", "version", "mode", "role", "group", "session")


def atom(release, weight, **values):
    defaults = {"channel": "written", "language": "fi", "version": "1"}
    merged = {**defaults, **values}
    return Atom(release=release, values=tuple(merged.get(c, "") for c in COLUMNS), weight=weight)


def plan_for(atoms, releases=(1,)):
    releases = list(releases)
    return extend_plan(
        atoms=atoms, releases=releases, class_k=dict.fromkeys(releases, K), plan={}, k=K
    )


def shown_sets(atoms, plan):
    """Every set the plan lets any request show, as respondent ids, for the exact solver."""
    people, start = [], 0
    for a in atoms:
        people.append(range(start, start + a.weight))
        start += a.weight
    pairs = list(zip(atoms, people, strict=True))
    sets = []
    for release in sorted({a.release for a in atoms}):
        sets.append(frozenset(p for a, ps in pairs if a.release == release for p in ps))
        for key, entry in plan["views"].items():
            if release in entry["held"]:
                continue
            conditions = dict(part.split("=", 1) for part in key.split(";"))
            sets.append(
                frozenset(
                    p
                    for a, ps in pairs
                    if a.release == release and all(a.value(d) == v for d, v in conditions.items())
                    for p in ps
                )
            )
    return sets


def test_a_role_of_three_is_withheld_and_one_more_role_too_so_the_rest_do_not_add_up_to_it():
    atoms = [atom(1, n, role=r) for r, n in (("a", 3), ("b", 12), ("c", 6), ("d", 9))]
    plan = plan_for(atoms)
    assert plan["views"]["role=a"] == {"held": [1], "h": FEW}
    # Larger views first: the smallest of the others is the one held back with it.
    assert plan["views"]["role=c"] == {"held": [1], "h": LINKED}
    assert plan["views"]["role=b"]["held"] == plan["views"]["role=d"]["held"] == []
    assert solvable_small_sets(shown_sets(atoms, plan), k=K) == []


def test_two_marginals_with_an_empty_cell_do_not_both_show():
    # Role a: 10 Finnish, 1 Swedish; role b: 9 Swedish. Role a minus Finnish is one person.
    atoms = [
        atom(1, 10, role="a", language="fi"),
        atom(1, 1, role="a", language="sv"),
        atom(1, 9, role="b", language="sv"),
    ]
    plan = plan_for(atoms)
    assert plan["views"]["role=a"]["held"] == []
    assert plan["views"]["language=fi"]["h"] == LINKED
    assert solvable_small_sets(shown_sets(atoms, plan), k=K) == []


def test_a_view_shows_only_the_releases_where_its_part_is_safe():
    # A session of 6: five in the first release, the sixth in the second.
    atoms = [atom(1, 5, session="7"), atom(1, 5, session="8"), atom(2, 1, session="7")]
    atoms += [atom(2, 4, session="8")]
    plan = plan_for(atoms, releases=(1, 2))
    assert plan["views"]["session=7"] == {"held": [2], "h": FEW}
    assert solvable_small_sets(shown_sets(atoms, plan), k=K) == []


def test_earlier_releases_are_not_decided_again():
    atoms = [atom(1, 6, role="a"), atom(1, 6, role="b")]
    first = plan_for(atoms)
    atoms += [atom(2, 6, role="a"), atom(2, 1, role="b")]
    second = extend_plan(atoms=atoms, releases=[1, 2], class_k={1: K, 2: K}, plan=first, k=K)
    assert second["views"]["role=b"]["held"] == [2]
    assert second["views"]["role=a"]["held"] == [2]  # a = the release minus one person
    assert second["release"] == 2 and set(second["exports"]) == {"1", "2"}


def test_export_classes_hold_k_rows_and_blank_rare_values():
    members = [(0, atom(1, 6, role="a")), (1, atom(1, 2, role="b")), (2, atom(1, 4, role="c"))]
    classes = export_classes(members, k=K)
    sizes = {tuple(sorted(v.items())): sum(members[i][1].weight for i in m) for v, m in classes}
    assert all(n >= K for n in sizes.values())
    assert {dict(v)["role"] for v in sizes} == {"a", ""}


def test_the_span_audit_refuses_a_set_that_makes_one_person_solvable():
    audit = SpanAudit([10, 1, 9], k=K)
    assert audit.add([0, 1, 2]) and audit.add([0, 1])
    assert audit.add([0]) is False  # [0, 1] minus [0] would be the one person
    assert audit.add([2]) is True  # the whole minus [0, 1]: nothing new
    assert audit.add([1, 2]) is False  # with the whole, [0] would follow, and then [1]
