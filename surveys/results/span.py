"""Is a small set of respondents solvable from released sets? The span check of the plan.

Every released set is a 0/1 row over "atoms" (groups of respondents that no released set
tells apart) weighted by their size. A set of 1..k-1 respondents is revealed when its
indicator lies in the span of the rows (docs/privacy.md, rule 2). Pure Python, no
database: the plan feeds rows in, one at a time, and keeps those that pass.

Rows are sparse and kept in echelon form with the small atoms' columns last. Arithmetic
is modulo the Mersenne prime 2**61 - 1, so numbers stay machine-sized; it agrees with
exact rational elimination unless a determinant of a 0/1 submatrix is a multiple of that
prime, about as likely as guessing a 61-bit key. tests/privacy checks the outcome with
exact fractions.
"""

import heapq
from itertools import combinations
from math import comb

PRIME = (1 << 61) - 1
# Subsets of the small-atom subspace tried before a row is refused as too costly to prove
# safe: refusing is the conservative answer.
SEARCH_BUDGET = 20000


class SpanAudit:
    """The span of the released rows; atoms are numbered 0.. and may be added later."""

    def __init__(self, weights: list[int], *, k: int):
        self.k = k
        self.weights: list[int] = []
        self.rows: dict[int, dict[int, int]] = {}  # pivot atom -> row, 1 at the pivot
        self.extend(weights)

    def extend(self, weights: list[int]) -> None:
        """New atoms (of a new release): columns no earlier row touches."""
        self.weights.extend(weights)

    def _key(self, atom: int) -> tuple[bool, int]:
        # Large atoms first: a row whose pivot is a small atom is then zero on every large
        # atom, and such rows span exactly the part of the span inside the small atoms.
        return (self.weights[atom] < self.k, atom)

    def _reduce(self, vector: dict[int, int]) -> tuple[dict[int, int], int | None]:
        """The vector reduced by the rows up to its first non-pivot entry, and that entry."""
        heap = [(self._key(a), a) for a in vector]
        heapq.heapify(heap)
        seen = set()
        while heap:
            _key, atom = heapq.heappop(heap)
            if atom in seen:
                continue
            seen.add(atom)
            factor = vector.get(atom, 0)
            if not factor:
                continue
            row = self.rows.get(atom)
            if row is None:
                return vector, atom
            for column, value in row.items():
                updated = (vector.get(column, 0) - factor * value) % PRIME
                if updated:
                    if column not in vector:
                        heapq.heappush(heap, (self._key(column), column))
                    vector[column] = updated
                else:
                    vector.pop(column, None)
        return vector, None

    def _insert(self, vector: dict[int, int], pivot: int) -> None:
        inverse = pow(vector[pivot], PRIME - 2, PRIME)
        self.rows[pivot] = {a: (v * inverse) % PRIME for a, v in vector.items()}

    def add_released(self, atoms) -> None:
        """Add a set that was released before, without a check: the attacker has it."""
        vector, pivot = self._reduce(dict.fromkeys(atoms, 1))
        if pivot is not None:
            self._insert(vector, pivot)

    def add(self, atoms) -> bool:
        """Add the set (atom numbers) if no small set becomes solvable; True when added."""
        atoms = list(atoms)
        if sum(self.weights[a] for a in atoms) < self.k:
            return False
        vector, pivot = self._reduce(dict.fromkeys(atoms, 1))
        if pivot is None:
            return True  # already a combination of released sets: shows nothing new
        self._insert(vector, pivot)
        if self.weights[pivot] >= self.k or not self._small_set_solvable(pivot):
            return True
        del self.rows[pivot]
        return False

    def _component(self, pivot: int) -> dict[int, dict[int, int]]:
        """The small-pivot rows connected to `pivot`'s row through shared columns.

        The small-supported part of the span is the direct sum of such components (they
        touch disjoint atoms), so a small 0/1 vector in it splits into small 0/1 vectors
        of the components, and earlier components were already checked.
        """
        small = {p: r for p, r in self.rows.items() if self.weights[p] < self.k}
        by_column: dict[int, list[int]] = {}
        for p, row in small.items():
            for column in row:
                by_column.setdefault(column, []).append(p)
        found, todo = {pivot}, [pivot]
        while todo:
            for column in small[todo.pop()]:
                for other in by_column[column]:
                    if other not in found:
                        found.add(other)
                        todo.append(other)
        return {p: dict(small[p]) for p in found}

    def _small_set_solvable(self, pivot: int) -> bool:
        """Is a 0/1 vector of total weight 1..k-1 in the span's small-supported part?"""
        basis = self._component(pivot)
        # Fully reduce among themselves: a 0/1 vector then has its values at the pivots as
        # coefficients, so it is the sum of the rows of the pivots where it is 1.
        for p in sorted(basis, key=self._key):
            for q in basis:
                factor = basis[q].get(p, 0) if q != p else 0
                if factor:
                    row = basis[q]
                    for column, value in basis[p].items():
                        updated = (row.get(column, 0) - factor * value) % PRIME
                        if updated:
                            row[column] = updated
                        else:
                            row.pop(column, None)
        rows = list(basis.values())
        most = min(len(rows), self.k - 1)
        if sum(comb(len(rows), n) for n in range(1, most + 1)) > SEARCH_BUDGET:
            return True
        for n in range(1, most + 1):
            for chosen in combinations(rows, n):
                total: dict[int, int] = {}
                for row in chosen:
                    for column, value in row.items():
                        total[column] = (total.get(column, 0) + value) % PRIME
                ones = [c for c, v in total.items() if v]
                if any(total[c] != 1 for c in ones):
                    continue
                weight = sum(self.weights[c] for c in ones)
                if 0 < weight < self.k:
                    return True
        return False
