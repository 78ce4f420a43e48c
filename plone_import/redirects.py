"""Step 9: every old address keeps working.

Each imported item's old path, and every redirect Plone itself kept (`redirects.json`,
`export_redirects.json`: {"old path": "new path"}), becomes a permanent Wagtail redirect
to the page or document the item became (a Link's old path redirects to the Link's
address). Wagtail only consults redirects for addresses that would otherwise be 404, so
a redirect never hides a page.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Collection, Page

from .choices import Outcome
from .items import ItemTree, PloneItem

PATH_TOO_LONG = "old path is longer than Wagtail's 255 characters"
SAME_ADDRESS = "the page keeps its old address"


def _unchecked(link: str) -> list[str]:
    # Document addresses are site-relative ("/documents/3/report.pdf"); Wagtail's
    # redirect middleware follows them, but the model's URL validator wants a scheme.
    return ["redirect_link"] if link.startswith("/") else []


def ensure_redirect(old_path: str, *, page: Page | None = None, link: str = "") -> tuple[str, str]:
    """Create or update the redirect from `old_path`; returns (outcome, detail)."""
    normalised = Redirect.normalise_path(old_path)
    if len(normalised) > 255:
        return Outcome.SKIPPED, PATH_TOO_LONG
    if page is not None:
        url = page.get_url(request=None) or ""
        if url and Redirect.normalise_path(url) == normalised:
            return Outcome.UNCHANGED, SAME_ADDRESS
    existing = Redirect.objects.filter(old_path=normalised, site__isnull=True).first()
    if existing is not None:
        if (
            existing.redirect_page_id == (page.pk if page else None)
            and (existing.redirect_link or "") == link
            and existing.is_permanent
        ):
            return Outcome.UNCHANGED, ""
        existing.redirect_page = page
        existing.redirect_link = link
        existing.is_permanent = True
        existing.full_clean(exclude=_unchecked(link))
        existing.save()
        return Outcome.UPDATED, ""
    redirect = Redirect(
        old_path=normalised, site=None, redirect_page=page, redirect_link=link, is_permanent=True
    )
    redirect.full_clean(exclude=_unchecked(link))
    redirect.save()
    return Outcome.CREATED, ""


def _site_relative(path: str, prefix: str) -> str:
    path = "/" + path.strip("/")
    if prefix and (path == prefix or path.startswith(prefix + "/")):
        path = path[len(prefix) :] or "/"
    return path


def _target(item: PloneItem, objects: dict, kind_of) -> tuple[Page | None, str | None]:
    owner = item.default_page_of or item
    obj = objects.get(owner.uid)
    if isinstance(obj, Page):
        return obj, ""
    if obj is not None and hasattr(obj, "url") and not isinstance(obj, Collection):
        return None, obj.url
    if kind_of(item) == "link" and item.remote_url.startswith(("http://", "https://")):
        return None, item.remote_url
    return None, None


def import_redirects(
    *, tree: ItemTree, plone_redirects: dict, objects: dict, resolver, kind_of, report
) -> None:
    """Redirect every imported item's old path and every Plone redirect to its new home.

    Items that were not imported have nothing to redirect to; they are already in the
    report with the reason.
    """
    wanted: dict[str, PloneItem] = {
        item.path: item
        for item in tree.by_uid.values()
        if item.path != "/" and kind_of(item) != "root"
    }
    for old, new in plone_redirects.items():
        target = resolver.item_for(new, None)
        if isinstance(target, PloneItem):
            wanted[_site_relative(old, tree.site_prefix)] = target
        else:
            report.add(Outcome.SKIPPED, "redirect", old, f"target {new} not in the export")
    for old_path, item in sorted(wanted.items()):
        page, link = _target(item, objects, kind_of)
        if page is None and not link:
            continue
        try:
            with transaction.atomic():
                outcome, detail = ensure_redirect(old_path, page=page, link=link or "")
        except ValidationError as error:
            outcome, detail = Outcome.FAILED, "; ".join(error.messages)
        if detail != SAME_ADDRESS:
            report.add(outcome, "redirect", old_path, detail)
