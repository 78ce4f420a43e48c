"""Models of the feedback domain, re-exported so callers import from `surveys.models`."""

from .audit import SurveyLogEntry  # noqa: F401
from .comments import CommentReview, CommentTheme, PracticeModelFeedback, Theme  # noqa: F401
from .context import RespondentRole, Session, WorkingGroup
from .definition import Question, Section, Survey
from .invites import InviteBatch, InviteCode
from .options import Option
from .participants import Participant
from .releases import Release, ReleasePlan
from .responses import Answer, Response

__all__ = [
    "Answer",
    "InviteBatch",
    "InviteCode",
    "Option",
    "Participant",
    "Question",
    "Release",
    "ReleasePlan",
    "RespondentRole",
    "Response",
    "Section",
    "Session",
    "Survey",
    "WorkingGroup",
]
