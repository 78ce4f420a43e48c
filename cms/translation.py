"""Programmatic translation through wagtail-localize, for demo content and tests.

Editors translate in the admin; this module takes the same path (translation source,
string translations, `save_target`) so that what it creates is indistinguishable from
an editor's work and stays in sync when the source changes.
"""

from django.db import transaction
from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


@transaction.atomic
def translate_with_strings(instance, *, locale: Locale, strings: dict[str, str], publish=True):
    """Create or update `instance`'s translation into `locale`, and return it.

    `strings` maps source-language segment texts to their translations. A segment with
    no entry keeps its source text (wagtail-localize's fallback). Pages are published
    when `publish` is true; the parent must already exist in `locale` or is copied.
    """
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = strings.get(segment.string.data)
        if text is None:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": text,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    translation.save_target(publish=publish)
    return instance.get_translation(locale)
