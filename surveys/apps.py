from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SurveysConfig(AppConfig):
    """The feedback domain: surveys, responses, results."""

    name = "surveys"
    verbose_name = _("Feedback surveys")
