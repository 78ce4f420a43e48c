"""Choices of the Plone import."""

from django.db import models


class Outcome(models.TextChoices):
    """What the import did with one item of the export."""

    CREATED = "created", "created"
    UPDATED = "updated", "updated"
    UNCHANGED = "unchanged", "unchanged"
    SKIPPED = "skipped", "skipped"
    FAILED = "failed", "failed"
