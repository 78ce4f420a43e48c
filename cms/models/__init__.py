"""Content models, re-exported so migrations and imports see one module."""

from .guidance import (
    EvaluationReportPage,
    GuidanceArticlePage,
    GuidanceIndexPage,
    PracticeModelPage,
    PracticeModelRelatedModel,
    PracticeModelTargetGroup,
)
from .pages import HomePage, StandardPage
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
