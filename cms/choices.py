"""Choices of the content model, in one place so pages, blocks, filters and tests agree."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ParticipationDimension(models.TextChoices):
    """THL's three dimensions of participation (osallisuuden osa-alueet)."""

    OWN_LIFE = "own_life", _("Participation in one's own life")
    INFLUENCING = "influencing", _("Participation in influencing processes")
    COMMON_GOOD = "common_good", _("Participation in the common good")


class RootingStatus(models.TextChoices):
    """How far a practice model is embedded in everyday services (juurruttaminen)."""

    PILOTING = "piloting", _("Being piloted")
    ROOTING = "rooting", _("Being rooted")
    ROOTED = "rooted", _("Rooted in everyday services")
    OPEN = "open", _("Rooting still open")
    ENDED = "ended", _("Discontinued")


class PromisingPracticeCriterion(models.TextChoices):
    """The criteria a promising practice (lupaava käytäntö) is assessed against."""

    NEED = "need", _("Need")
    DEMAND = "demand", _("Demand")
    NOVELTY = "novelty", _("Novelty")
    TRANSFERABILITY = "transferability", _("Transferability")
    RESULTS = "results", _("Results and feedback")
    ROOTING = "rooting", _("Rooting")


class CriterionStatus(models.TextChoices):
    """The assessor's verdict on one promising-practice criterion."""

    MET = "met", _("Met")
    PARTLY_MET = "partly_met", _("Partly met")
    NOT_MET = "not_met", _("Not met")
    NOT_ASSESSED = "not_assessed", _("Not assessed")


class ConformanceStatus(models.TextChoices):
    """How far the service meets the accessibility requirements (digipalvelulaki 306/2019)."""

    FULL = "full", _("Fully compliant")
    PARTIAL = "partial", _("Partially compliant")
    NONE = "none", _("Not compliant")


class NonAccessibleReason(models.TextChoices):
    """Why a piece of content is not accessible, in the categories the law names."""

    NON_COMPLIANCE = "non_compliance", _("Does not meet the requirements")
    DISPROPORTIONATE_BURDEN = "disproportionate_burden", _("Disproportionate burden")
    OUT_OF_SCOPE = "out_of_scope", _("Outside the scope of the law")


class AssessmentMethod(models.TextChoices):
    """Who assessed the service's accessibility."""

    SELF = "self", _("Self-assessment by the service provider")
    THIRD_PARTY = "third_party", _("Assessment by an external expert")
