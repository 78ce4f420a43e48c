"""How demo prose carries its translations.

Finnish is the source. `T(fi, sv=..., en=...)` returns the Finnish text and records its
Swedish and English translations in `TRANSLATIONS`, the way a translator's PO file pairs
them; strings without a translation stay Finnish in the translated page (wagtail-localize's
fallback).
"""

TRANSLATIONS: dict[str, dict[str, str]] = {"sv": {}, "en": {}}


def T(fi: str, *, sv: str, en: str) -> str:
    """Record `fi`'s translations and return `fi`."""
    TRANSLATIONS["sv"][fi] = sv
    TRANSLATIONS["en"][fi] = en
    return fi


def p(text: str) -> str:
    """One rich-text paragraph; each paragraph is one translation segment."""
    return f"<p>{text}</p>"
