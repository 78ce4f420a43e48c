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

__all__ = [
    "BaseContentBlock",
    "CriterionAssessmentBlock",
    "ExampleBoxBlock",
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
    "WorkshopSectionBlock",
    "WorkshopSummaryBlock",
]
