"""Template tag for the feedback section of a practice model page."""

from django import template
from django.utils import translation

from surveys.results.feedback import practice_model_feedback as feedback_for_page

register = template.Library()


@register.inclusion_tag("surveys/practice_model_feedback.html")
def practice_model_feedback(page):
    """Render `{% practice_model_feedback page %}`: nothing when no survey feeds the page."""
    language = (translation.get_language() or "fi")[:2]
    return {"feedback": feedback_for_page(page=page, language=language)}
