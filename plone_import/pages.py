"""Step 7: pages in their place, language and state.

A page is created as a draft child of the page its Plone parent became, in the locale of
its language, with the translation key of its translation group: pages that translate
each other share one `translation_key` across fi/sv/en, which is how Wagtail (and
wagtail-localize's language switcher, the content API's `translations`) know them as one
page. Imported translations are independent human translations, so no wagtail-localize
TranslationSource is made for them; editors edit each language directly.

`review_state` published (or `external`) makes the page live; every other state leaves it
a draft. `effective` in the future schedules the publication; `expires` becomes the
expiry; `effective` and `modified` become the first and last publication dates.
"""

import json
from datetime import datetime

from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.fields import StreamField
from wagtail.models import Locale, Page

from .files import fingerprint
from .items import PloneItem

LIVE_STATES = {"published", "external"}
TITLE_MAX = 255
EXPIRED = "expired on {date}: imported as a draft"
DESCRIPTION_AS_FIELD = ("intro", "summary")


def field_of(model, name):
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def stream_block_of(model):
    body = field_of(model, "body")
    return body.stream_block if isinstance(body, StreamField) else None


def wanted_slug(item: PloneItem) -> str:
    return slugify(item.plone_id, allow_unicode=True)[:255] or slugify(item.title)[:255] or "page"


def field_values(model, item: PloneItem, body: list | None) -> dict:
    """The page fields filled from `item` (title, description, body) for `model`."""
    title = (item.title or item.plone_id)[:TITLE_MAX]
    values = {"title": title, "draft_title": title, "search_description": item.description}
    for name in DESCRIPTION_AS_FIELD:
        model_field = field_of(model, name)
        if model_field is not None:
            # A required introduction falls back on the title rather than failing the page.
            values[name] = item.description or ("" if model_field.blank else title)
    if stream_block_of(model) is not None:
        values["body"] = body or []
    return values


def wanted_state(
    item: PloneItem, now: datetime
) -> tuple[bool, datetime | None, datetime | None, str]:
    """(publish?, go_live_at, expire_at, note) from the Plone workflow state and dates."""
    publish = item.review_state in LIVE_STATES
    go_live = item.effective if item.effective and item.effective > now else None
    expire = item.expires
    note = ""
    if publish and expire and expire <= now:
        publish, note = False, EXPIRED.format(date=expire.date().isoformat())
        expire = None
    return publish, go_live, expire, note


def page_fingerprint(model, parent: Page, slug: str, values: dict, state: tuple, key) -> str:
    payload = json.dumps(
        {
            "model": model._meta.label,
            "parent": parent.pk,
            "slug": slug,
            "values": values,
            "state": state[:3],
            "key": str(key),
        },
        sort_keys=True,
        default=str,
    )
    return fingerprint(payload)


def place_page(
    *, model, parent: Page, item: PloneItem, locale: Locale, translation_key, values: dict
) -> tuple[Page, str]:
    """Create `item`'s page as a draft under `parent`; returns (page, note about the slug)."""
    slug = wanted_slug(item)
    available = find_available_slug(parent, slug)
    page = model(slug=available, locale=locale, live=False, has_unpublished_changes=True, **values)
    if (
        translation_key is not None
        and not Page.objects.filter(translation_key=translation_key, locale=locale).exists()
    ):
        page.translation_key = translation_key
    parent.add_child(instance=page)
    note = f"address /{slug}/ was taken; the page is at /{available}/" if available != slug else ""
    return page, note


def update_page(page: Page, values: dict, translation_key, locale: Locale) -> None:
    for name, value in values.items():
        setattr(page, name, value)
    if (
        translation_key is not None
        and page.translation_key != translation_key
        and not Page.objects.filter(translation_key=translation_key, locale=locale)
        .exclude(pk=page.pk)
        .exists()
    ):
        page.translation_key = translation_key


def apply_state(page: Page, item: PloneItem, state: tuple, *, created: bool) -> None:
    """Save a revision of `page` and publish, schedule or unpublish it as Plone had it."""
    publish, go_live, expire, _note = state
    page.go_live_at = go_live
    page.expire_at = expire
    revision = page.save_revision(changed=True, log_action=not created, clean=True)
    if publish:
        revision.publish(log_action=True, skip_permission_checks=True)
    elif page.live:
        page.unpublish(log_action=True)
    dates = {}
    if item.effective or item.created:
        dates["first_published_at"] = (
            item.effective if item.effective and item.effective <= timezone.now() else item.created
        )
    if item.modified and publish:
        dates["last_published_at"] = item.modified
    page.refresh_from_db(fields=["live"])
    # Scheduled pages are not live yet: they get their dates when Wagtail publishes them.
    if dates and page.live:
        Page.objects.filter(pk=page.pk).update(**dates)
        for name, value in dates.items():
            setattr(page, name, value)
