"""Is a small set of respondents solvable from released sets? The span check of the plan.

Every released set is a 0/1 row over "atoms" (groups of respondents that no released set
tells apart) weighted by their size. A set of 1..k-1 respondents is revealed when its
indicator lies in the span of the rows (docs/privacy.md, rule 2). Pure Python, no
database: the plan feeds rows in, one at a time, and keeps those that pass.

Arithmetic is modulo the Mersenne prime 2**61 - 1, so rows stay machine-sized integers;
it agrees with exact rational elimination unless a determinant of a 0/1 submatrix is a
multiple of that prime. Such a coincidence could only make the check stricter in the
search (a false 0/1 vector) and is about as likely as guessing a 61-bit key.
"""

from itertools import combinations
from math import comb

PRIME = (1 << 61) - 1
# Subsets of the small-atom subspace tried before a row is refused as too costly to prove
# safe: refusing is the conservative answer.
SEARCH_BUDGET = 20000


class SpanAudit:
    """The span of the released rows, in echelon form with the small atoms' columns last."""

    def __init__(self, weights: list[int], *, k: int):
        self.k = k
        self.weights = weights
        # Large atoms first: a reduced row whose pivot is among the small atoms is then
        # zero on every large atom, and such rows span exactly the small-supported part.
        large = [i for i, w in enumerate(weights) if w >= k]
        small = [i for i, w in enumerate(weights) if w < k]
        self.order = large + small
        self.first_small = len(large)
        self.position = {atom: p for p, atom in enumerate(self.order)}
        self.rows: dict[int, list[int]] = {}  # pivot position -> row with 1 at the pivot

    def _vector(self, atoms) -> list[int]:
        vector = [0] * len(self.order)
        for atom in atoms:
            vector[self.position[atom]] = 1
        return vector

    def _reduce(self, vector: list[int]) -> list[int]:
        for pivot in sorted(self.rows):
            factor = vector[pivot]
            if factor:
                row = self.rows[pivot]
                vector = [(v - factor * r) % PRIME for v, r in zip(vector, row, strict=True)]
        return vector

    def add_released(self, atoms) -> None:
        """Add a set that was released before, without a check: the attacker has it."""
        vector = self._reduce(self._vector(atoms))
        pivot = next((p for p, v in enumerate(vector) if v), None)
        if pivot is not None:
            inverse = pow(vector[pivot], PRIME - 2, PRIME)
            self.rows[pivot] = [(v * inverse) % PRIME for v in vector]

    def add(self, atoms) -> bool:
        """Add the set (atom indexes) if no small set becomes solvable; True when added."""
        atoms = list(atoms)
        if sum(self.weights[a] for a in atoms) < self.k:
            return False
        vector = self._reduce(self._vector(atoms))
        pivot = next((p for p, v in enumerate(vector) if v), None)
        if pivot is None:
            return True  # already a combination of released sets: shows nothing new
        inverse = pow(vector[pivot], PRIME - 2, PRIME)
        self.rows[pivot] = [(v * inverse) % PRIME for v in vector]
        if pivot < self.first_small or not self._small_set_solvable():
            return True
        del self.rows[pivot]
        return False

    def _small_set_solvable(self) -> bool:
        """Is a 0/1 vector of total weight 1..k-1 in the span's small-supported part?"""
        basis = {p: list(r) for p, r in self.rows.items() if p >= self.first_small}
        # Fully reduce among themselves: a 0/1 vector then has its values at the pivots as
        # coefficients, so it is the sum of the rows of the pivots where it is 1.
        pivots = sorted(basis)
        for p in pivots:
            for q in pivots:
                if q != p and basis[q][p]:
                    f = basis[q][p]
                    basis[q] = [
                        (a - f * b) % PRIME for a, b in zip(basis[q], basis[p], strict=True)
                    ]
        rows = [basis[p] for p in pivots]
        most = min(len(rows), self.k - 1)
        if sum(comb(len(rows), n) for n in range(1, most + 1)) > SEARCH_BUDGET:
            return True
        for n in range(1, most + 1):
            for chosen in combinations(rows, n):
                total = [sum(column) % PRIME for column in zip(*chosen, strict=True)]
                if any(v not in (0, 1) for v in total):
                    continue
                weight = sum(self.weights[self.order[p]] for p, v in enumerate(total) if v == 1)
                if 0 < weight < self.k:
                    return True
        return False
