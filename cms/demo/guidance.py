"""Demo guidance content, written for Tutuksi: three practice models in a series, an
evaluation report, a guidance article and a workshop summary.

The first model, the guidance article and every snippet they use are translated (see
cms.demo.translations). The content is split by kind; this module gathers it for the loader.
"""

from cms.demo.articles import ARTICLE, REPORT, WORKSHOP, WORKSHOP_BODY, article_body
from cms.demo.practice_models import MODELS
from cms.demo.snippets import (
    CONTACTS,
    EVALUATION_PDF,
    INDEX,
    ORGANISATIONS,
    SERIES,
    TARGET_GROUPS,
)
from cms.demo.translations import TRANSLATIONS

__all__ = [
    "ARTICLE",
    "CONTACTS",
    "EVALUATION_PDF",
    "INDEX",
    "MODELS",
    "ORGANISATIONS",
    "REPORT",
    "SERIES",
    "TARGET_GROUPS",
    "TRANSLATIONS",
    "WORKSHOP",
    "WORKSHOP_BODY",
    "article_body",
]
