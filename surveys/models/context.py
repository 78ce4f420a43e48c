"""Who answers and where: working groups, their sessions, respondent roles."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from surveys import errors
from surveys.choices import SessionKind

from .invites import generate_code
from .translated import translated

# A session link tags written answers for this many days after the session's date, so
# that people who finish at home the same week still count; later it tags nothing.
SESSION_LINK_DAYS = 7


class WorkingGroup(models.Model):
    """A multi-professional working group whose coordinators collect feedback."""

    name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="coordinated_working_groups",
        verbose_name=_("coordinators"),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")

    def __str__(self) -> str:
        return self.name


class Session(models.Model):
    """One meeting, interview or workshop of a working group where oral feedback is heard."""

    working_group = models.ForeignKey(
        WorkingGroup, on_delete=models.CASCADE, related_name="sessions", verbose_name=_("group")
    )
    date = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=20, choices=SessionKind.choices)
    # Carried by the session link and its QR code; written answers sent with it are
    # tagged with this session. Random, so a link cannot be guessed from another one.
    code = models.CharField(_("link code"), max_length=8, unique=True, editable=False)

    class Meta:
        ordering = ["-date"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def __str__(self) -> str:
        return f"{self.working_group} {self.date:%d.%m.%Y} ({self.get_kind_display()})"

    def save(self, *args, **kwargs):
        if not self.code:
            self.code = _unused_session_code()
        super().save(*args, **kwargs)

    def link_is_current(self, today: datetime.date) -> bool:
        """Whether the session link still tags answers on `today`."""
        return self.date <= today <= self.date + datetime.timedelta(days=SESSION_LINK_DAYS)


def _unused_session_code() -> str:
    while True:
        candidate = generate_code()
        if not Session.objects.filter(code=candidate).exists():
            return candidate


class RespondentRole(models.Model):
    """The role a respondent answers in (professional, experience expert, client...)."""

    value = models.SlugField(_("value"), max_length=50, unique=True)
    label_fi = models.CharField(_("label (fi)"), max_length=100)
    label_sv = models.CharField(_("label (sv)"), max_length=100, blank=True)
    label_en = models.CharField(_("label (en)"), max_length=100, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "value"]
        verbose_name = _("respondent role")
        verbose_name_plural = _("respondent roles")

    def __str__(self) -> str:
        return self.label()

    def label(self, language: str | None = None) -> str:
        return translated(self, "label", language)

    def clean(self):
        super().clean()
        if self.pk is None:
            return
        stored = type(self).objects.filter(pk=self.pk).values_list("value", flat=True).first()
        # Clients send the value ("role": "client"); changing it would break every form and
        # filter that uses it, and relabel earlier answers.
        if stored is not None and stored != self.value and self.responses.exists():
            raise ValidationError({"value": errors.ROLE_VALUE_IMMUTABLE})
