"""Answer options of choice questions: stable values, labels per language, retirement."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.models import Orderable

from surveys import errors

from .definition import Question
from .translated import translated


class Option(Orderable):
    """An answer option of a choice question: a stable slug plus a label per language."""

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="options")
    value = models.SlugField(_("value"), max_length=80)
    label_fi = models.CharField(_("label (fi)"), max_length=255)
    label_sv = models.CharField(_("label (sv)"), max_length=255, blank=True)
    label_en = models.CharField(_("label (en)"), max_length=255, blank=True)
    retired = models.BooleanField(
        _("retired"),
        default=False,
        help_text=_(
            "A retired option no longer shows on the form; its earlier answers stay in the results."
        ),
    )

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["question", "value"], name="unique_option_value")
        ]
        verbose_name = _("option")
        verbose_name_plural = _("options")

    def __str__(self) -> str:
        return self.label()

    def label(self, language: str | None = None) -> str:
        return translated(self, "label", language)

    def is_answered(self) -> bool:
        return self.pk is not None and self.answers.exists()

    def delete_problem(self) -> str | None:
        """Why this option cannot be deleted (translated), or None if it can."""
        if self.is_answered():
            return str(errors.OPTION_ANSWERED_DELETE % {"value": self.value})
        return None

    def clean(self):
        super().clean()
        if self.pk is None:
            return
        stored = type(self).objects.filter(pk=self.pk).values_list("value", flat=True).first()
        # An answer row points at the option; a new value would silently change what every
        # earlier answer says.
        if stored is not None and stored != self.value and self.is_answered():
            raise ValidationError({"value": errors.OPTION_VALUE_IMMUTABLE})
