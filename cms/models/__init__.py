"""Content models, re-exported so migrations and imports see one module."""

from .accessibility import AccessibilityStatementPage
from .articles import EvaluationReportPage, GuidanceArticlePage
from .guidance_index import GuidanceIndexPage
from .pages import HomePage, StandardPage
from .practice_model import PracticeModelPage, PracticeModelRelatedModel, PracticeModelTargetGroup
from .search import PageSearchEntry, PageSearchTerm
from .site_settings import AccessibilitySupervisor
from .snippets import ContactPerson, Organisation, Series, TargetGroup

__all__ = [
    "AccessibilityStatementPage",
    "AccessibilitySupervisor",
    "ContactPerson",
    "EvaluationReportPage",
    "GuidanceArticlePage",
    "GuidanceIndexPage",
    "HomePage",
    "Organisation",
    "PageSearchEntry",
    "PageSearchTerm",
    "PracticeModelPage",
    "PracticeModelRelatedModel",
    "PracticeModelTargetGroup",
    "Series",
    "StandardPage",
    "TargetGroup",
]
