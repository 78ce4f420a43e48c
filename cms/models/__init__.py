"""Content models, re-exported so migrations and imports see one module."""

from .articles import EvaluationReportPage, GuidanceArticlePage
from .guidance_index import GuidanceIndexPage
from .pages import HomePage, StandardPage
from .practice_model import PracticeModelPage, PracticeModelRelatedModel, PracticeModelTargetGroup
from .search import PageSearchEntry, PageSearchTerm
from .snippets import ContactPerson, Organisation, Series, TargetGroup

__all__ = [
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
