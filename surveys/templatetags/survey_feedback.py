"""Template tag for the feedback section of a practice model page."""

from django import template

from cms.i18n import active_language
from surveys.results.feedback import practice_model_feedback as feedback_for_page

register = template.Library()


@register.inclusion_tag("surveys/practice_model_feedback.html")
def practice_model_feedback(page):
    """Render `{% practice_model_feedback page %}`: nothing when no survey feeds the page."""
    language = active_language()
    return {"feedback": feedback_for_page(page=page, language=language)}
