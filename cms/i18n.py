"""The site's languages, and the one rule for which of them is active."""

from django.conf import settings
from django.utils import translation


def language_codes() -> list[str]:
    """The two-letter codes of the site's languages, Finnish (the source) first."""
    return [code for code, _name in settings.LANGUAGES]


def active_language() -> str:
    """The active two-letter language if the site has it, else the default (Finnish).

    Django may report a regional variant ("sv-fi") or nothing at all (outside a request);
    content, surveys and results all know only fi, sv and en.
    """
    code = (translation.get_language() or "").split("-")[0].lower()
    return code if code in language_codes() else settings.LANGUAGE_CODE
