"""Per-language text columns: one survey structure, labels in fi, sv and en."""

from cms.i18n import active_language

LANGUAGE_CODES = ("fi", "sv", "en")


def translated(instance, base: str, language: str | None = None) -> str:
    """The text of `base` in `language` (default: the active one), falling back to Finnish."""
    code = language if language in LANGUAGE_CODES else active_language()
    return getattr(instance, f"{base}_{code}", "") or getattr(instance, f"{base}_fi", "")


def translations(instance, base: str) -> dict[str, str]:
    """All three languages of `base` as a dict, for export."""
    return {code: getattr(instance, f"{base}_{code}", "") for code in LANGUAGE_CODES}
