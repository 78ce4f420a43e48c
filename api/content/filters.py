"""Page filters of the content API: a reference to a page that does not exist is a 404.

Wagtail's v2 filters answer `?child_of=<id>` (and ancestor_of, descendant_of,
translation_of) with 400 when the id is well formed but no such live, public page
exists. The request is well formed; what it names is not there, which is what 404 says
and what `?locale=` with an unknown language already answers. A malformed id stays 400.
"""

from __future__ import annotations

from django.http import Http404
from wagtail.api.v2.filters import (
    AncestorOfFilter,
    ChildOfFilter,
    DescendantOfFilter,
    TranslationOfFilter,
)
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Page


class MissingPageIsNotFoundMixin:
    """Turn the filter's "page doesn't exist" (a Page.DoesNotExist) into a 404."""

    def filter_queryset(self, request, queryset, view):
        try:
            return super().filter_queryset(request, queryset, view)
        except BadRequestError as exc:
            if isinstance(exc.__cause__, Page.DoesNotExist):
                raise Http404(str(exc)) from exc
            raise


class PageChildOfFilter(MissingPageIsNotFoundMixin, ChildOfFilter):
    """`?child_of=`; an unknown page is 404."""


class PageAncestorOfFilter(MissingPageIsNotFoundMixin, AncestorOfFilter):
    """`?ancestor_of=`; an unknown page is 404."""


class PageDescendantOfFilter(MissingPageIsNotFoundMixin, DescendantOfFilter):
    """`?descendant_of=`; an unknown page is 404."""


class PageTranslationOfFilter(MissingPageIsNotFoundMixin, TranslationOfFilter):
    """`?translation_of=`; an unknown page is 404."""


REPLACEMENTS = {
    ChildOfFilter: PageChildOfFilter,
    AncestorOfFilter: PageAncestorOfFilter,
    DescendantOfFilter: PageDescendantOfFilter,
    TranslationOfFilter: PageTranslationOfFilter,
}
