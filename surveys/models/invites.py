"""Invite codes: short, typable codes handed out on paper to a working group."""

import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

# No 0/O, 1/I/L, 5/S, 2/Z: codes are read off paper and typed on phones.
CODE_ALPHABET = "346789ABCDEFGHJKMNPQRTUVWXY"
CODE_LENGTH = 8


def generate_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(code: str) -> str:
    return "".join(code.split()).replace("-", "").upper()


class InviteBatch(models.Model):
    """A printed set of codes for one survey (and optionally one working group)."""

    survey = models.ForeignKey(
        "surveys.Survey", on_delete=models.CASCADE, related_name="invite_batches"
    )
    working_group = models.ForeignKey(
        "surveys.WorkingGroup", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    count = models.PositiveIntegerField(
        _("number of codes"), validators=[MinValueValidator(1), MaxValueValidator(500)]
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invite batch")
        verbose_name_plural = _("invite batches")

    def __str__(self) -> str:
        return f"{self.survey.key}: {self.count} ({self.created_at:%d.%m.%Y})"


class InviteCode(models.Model):
    """One code. Nothing links a code to the response it was used for.

    Only whether it is used is stored, not when: a date would pair it with the responses
    of that day. How consumption avoids other links (xmin, row order) is described in
    surveys.invites.
    """

    batch = models.ForeignKey(InviteBatch, on_delete=models.CASCADE, related_name="codes")
    code = models.CharField(_("code"), max_length=CODE_LENGTH, unique=True)
    used = models.BooleanField(_("used"), default=False)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("invite code")
        verbose_name_plural = _("invite codes")

    def __str__(self) -> str:
        return self.code
