"""The privacy notice every survey shows: the coordinator's own text, or a default one.

The default is written from the survey's own rules (anonymous or named, how long answers
are kept, the smallest group shown), so it stays true when those rules change. Its
sentences live in the template surveys/includes/privacy_notice.html, translated with the
rest of the site.
"""

from urllib.parse import urlencode

from django.urls import reverse

from surveys.models import Survey
from surveys.models.translated import translated


def custom_privacy_notice(survey: Survey, language: str | None = None) -> str:
    """The coordinator's notice in `language` (falling back to Finnish), or "" for the default."""
    return translated(survey, "privacy_notice", language).strip()


def privacy_context(survey: Survey, query: dict | None = None) -> dict:
    """What every public survey page needs to show or link the notice."""
    url = reverse("surveys:privacy", kwargs={"key": survey.key})
    if query:
        url += f"?{urlencode(query)}"
    return {
        "survey": survey,
        "privacy_url": url,
        "privacy_custom": custom_privacy_notice(survey),
        "retention_months": max(1, round(survey.retention_days / 30)),
    }
