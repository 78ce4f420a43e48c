"""Step 9: every old address keeps working.

Each imported item's old path, and every redirect Plone itself kept (`redirects.json`,
`export_redirects.json`: {"old path": "new path"}), becomes a permanent Wagtail redirect
to the page or document the item became (a Link's old path redirects to the Link's
address). Wagtail only consults redirects for addresses that would otherwise be 404, so
a redirect never hides a page.
"""

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from .choices import Outcome

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
