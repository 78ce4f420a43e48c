"""Exact search for small sets of respondents solvable from released sets.

Independent of the product's plan (surveys/results/span.py): rational arithmetic with
fractions, and a plain search over unions of atoms.
"""

from fractions import Fraction


def atoms_of(sets: list[frozenset]) -> list[frozenset]:
    """Respondents grouped by their membership in every set: the finest the sets can tell."""
    signature: dict = {}
    for person in set().union(*sets) if sets else set():
        key = tuple(person in s for s in sets)
        signature.setdefault(key, set()).add(person)
    return [frozenset(group) for group in signature.values()]


def null_space(rows: list[list[Fraction]], width: int) -> list[list[Fraction]]:
    """A basis of {x : row·x = 0 for every row}, by Gauss–Jordan elimination."""
    matrix = [list(r) for r in rows]
    pivots = []
    line = 0
    for column in range(width):
        found = next((i for i in range(line, len(matrix)) if matrix[i][column] != 0), None)
        if found is None:
            continue
        matrix[line], matrix[found] = matrix[found], matrix[line]
        head = matrix[line][column]
        matrix[line] = [v / head for v in matrix[line]]
        for i in range(len(matrix)):
            if i != line and matrix[i][column] != 0:
                factor = matrix[i][column]
                matrix[i] = [a - factor * b for a, b in zip(matrix[i], matrix[line], strict=True)]
        pivots.append(column)
        line += 1
        if line == len(matrix):
            break
    free = [c for c in range(width) if c not in pivots]
    basis = []
    for f in free:
        x = [Fraction(0)] * width
        x[f] = Fraction(1)
        for row_index, p in enumerate(pivots):
            x[p] = -matrix[row_index][f]
        basis.append(x)
    return basis


def solvable_small_sets(sets: list[frozenset], *, k: int, limit: int = 5) -> list[frozenset]:
    """Sets of 1..k-1 respondents whose indicator lies in the span of `sets` (up to `limit`).

    A vector of the span is constant on every atom, so only unions of atoms can be
    solvable; x is in the row space exactly when it is orthogonal to the null space.
    """
    sets = [s for s in {frozenset(s) for s in sets} if s]
    atoms = atoms_of(sets)
    rows = [[Fraction(1 if atom <= s else 0) for atom in atoms] for s in sets]
    kernel = null_space(rows, len(atoms))
    columns = [tuple(vector[i] for vector in kernel) for i in range(len(atoms))]
    small = [i for i, atom in enumerate(atoms) if len(atom) < k]
    found: list[frozenset] = []

    def search(start: int, chosen: list[int], weight: int, total: tuple) -> None:
        if len(found) >= limit:
            return
        if chosen and all(v == 0 for v in total):
            found.append(frozenset().union(*(atoms[i] for i in chosen)))
        for position in range(start, len(small)):
            atom = small[position]
            if weight + len(atoms[atom]) >= k:
                continue
            summed = tuple(a + b for a, b in zip(total, columns[atom], strict=True))
            search(position + 1, [*chosen, atom], weight + len(atoms[atom]), summed)

    search(0, [], 0, tuple(Fraction(0) for _ in kernel))
    return found
