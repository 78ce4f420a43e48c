"""The import's account of itself: every item's outcome and everything not mapped.

Nothing is dropped silently: an item that is not imported is listed with the reason, and
a part of an item that has no Tutuksi counterpart (a Volto teaser block, keywords, a
language without a locale) is listed under "not mapped".
"""

import sys
from collections import Counter
from dataclasses import dataclass, field

from .choices import Outcome


@dataclass
class Entry:
    outcome: str
    kind: str  # "page", "document", "image", "collection", "redirect", "file"
    label: str  # Plone path or file name
    detail: str = ""


@dataclass
class Report:
    """Outcomes in the order they happened, plus the unmapped parts."""

    dry_run: bool = False
    entries: list[Entry] = field(default_factory=list)
    unmapped: list[tuple[str, str]] = field(default_factory=list)  # (label, what and why)

    def add(self, outcome: str, kind: str, label: str, detail: str = "") -> None:
        self.entries.append(Entry(str(outcome), kind, label, detail))

    def not_mapped(self, label: str, detail: str) -> None:
        if (label, detail) not in self.unmapped:
            self.unmapped.append((label, detail))

    def counts(self, kind: str | None = None) -> Counter:
        return Counter(e.outcome for e in self.entries if kind is None or e.kind == kind)

    @property
    def failed(self) -> list[Entry]:
        return [e for e in self.entries if e.outcome == Outcome.FAILED]

    def as_dict(self) -> dict:
        return {
            "dry_run": self.dry_run,
            "counts": {
                kind: dict(self.counts(kind)) for kind in sorted({e.kind for e in self.entries})
            },
            "entries": [e.__dict__ for e in self.entries],
            "not_mapped": [{"label": label, "detail": detail} for label, detail in self.unmapped],
        }

    def render(self) -> str:
        """Plain text for the terminal: a summary, then each item that needs attention."""
        lines = ["Dry run: nothing was saved." if self.dry_run else "Plone import report"]
        for kind in sorted({e.kind for e in self.entries}):
            counts = self.counts(kind)
            parts = ", ".join(f"{counts[o]} {o}" for o in Outcome.values if counts[o])
            lines.append(f"  {kind}s: {parts}")
        notes = [
            e
            for e in self.entries
            if e.kind == "root" and e.outcome in {Outcome.CREATED, Outcome.UPDATED}
        ]
        if notes:
            lines.append("Root pages:")
            lines.extend(f"  [{e.outcome}] {e.label}: {e.detail}" for e in notes)
        attention = [e for e in self.entries if e.outcome in {Outcome.SKIPPED, Outcome.FAILED}]
        if attention:
            lines.append("Skipped or failed:")
            lines.extend(f"  [{e.outcome}] {e.kind} {e.label}: {e.detail}" for e in attention)
        if self.unmapped:
            lines.append("Not mapped:")
            lines.extend(f"  {label}: {detail}" for label, detail in self.unmapped)
        return "\n".join(lines)


class Progress:
    """A one-line progress bar on a terminal's stderr; silent when stderr is not a terminal.

    Log files and CI output stay readable: the final report says everything the bar did.
    """

    WIDTH = 30

    def __init__(self, total: int, stream=None, label: str = ""):
        self.total = max(total, 1)
        self.done = 0
        self.stream = stream or sys.stderr
        self.label = label
        isatty = getattr(self.stream, "isatty", None)
        self.enabled = bool(isatty and isatty())

    def step(self, text: str = "") -> None:
        self.done += 1
        if not self.enabled:
            return
        filled = int(self.WIDTH * self.done / self.total)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        line = f"\r{self.label} [{bar}] {self.done}/{self.total} {text[:40]:<40}"
        self.stream.write(line)
        self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()
