"""StreamField blocks, re-exported so pages import from `cms.blocks`."""

from .content import BaseContentBlock, HeadingBlock
from .evaluation import CriterionAssessmentBlock, PromisingPracticeAssessmentBlock
from .guidance import (
    ExampleBoxBlock,
    GuidanceStreamBlock,
    InterviewBlock,
    LinkItemBlock,
    LinkListBlock,
    NumberedGoalBlock,
    PracticeItemBlock,
    QuestionAnswerBlock,
    QuoteBlock,
    RelatedPracticeModelsBlock,
    WorkshopSectionBlock,
    WorkshopSummaryBlock,
)
from .media import FigureBlock, TableBlock

__all__ = [
    "BaseContentBlock",
    "CriterionAssessmentBlock",
    "ExampleBoxBlock",
    "FigureBlock",
    "GuidanceStreamBlock",
    "HeadingBlock",
    "InterviewBlock",
    "LinkItemBlock",
    "LinkListBlock",
    "NumberedGoalBlock",
    "PracticeItemBlock",
    "PromisingPracticeAssessmentBlock",
    "QuestionAnswerBlock",
    "QuoteBlock",
    "RelatedPracticeModelsBlock",
    "TableBlock",
    "WorkshopSectionBlock",
    "WorkshopSummaryBlock",
]
