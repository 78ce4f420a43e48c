"""Per-language text columns: one survey structure, labels in fi, sv and en."""

from django.utils.translation import get_language

LANGUAGE_CODES = ("fi", "sv", "en")


def translated(instance, base: str, language: str | None = None) -> str:
    """The text of `base` in `language` (default: the active one), falling back to Finnish."""
    code = (language or get_language() or "fi")[:2]
    if code not in LANGUAGE_CODES:
        code = "fi"
    return getattr(instance, f"{base}_{code}", "") or getattr(instance, f"{base}_fi", "")


def translations(instance, base: str) -> dict[str, str]:
    """All three languages of `base` as a dict, for export."""
    return {code: getattr(instance, f"{base}_{code}", "") for code in LANGUAGE_CODES}
