"""Content API at /api/v2/: pages, images, documents and redirects.

The v2 conventions stay (`?type=`, `?fields=`, `?locale=`, `?translation_of=`,
`?search=`, the `meta`/`items` envelope), so existing v2 clients keep working; what
changes is that everything a frontend renders is ready to use (see api.serializers),
and that every response is cached and carries validators (see api.cache).
"""

from __future__ import annotations

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404
from django.utils import translation
from rest_framework.response import Response
from wagtail.api.v2.filters import FilterFieldError, OrderByFieldError, SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.contrib.redirects.api.v2 import RedirectsAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale, Page, Site

from api.content.cache import CachedAPIViewMixin
from api.content.filters import REPLACEMENTS as FILTER_REPLACEMENTS
from api.content.loading import image_renditions, is_reference_model
from api.content.richtext import collect_rich_text_references
from api.content.search import search_pages
from api.content.serializers import TutuksiBaseSerializer, TutuksiPageSerializer
from api.content.shapes import ContentResolver
from api.content.streamfield import collect_block_references, raw_stream_data

# Ids and offsets beyond what the database's integer columns hold cannot match anything;
# they are answered here instead of reaching the database, which would fail on them.
MAX_DATABASE_INTEGER = 2**31 - 1

FIND_ID_ERROR = "id must be a positive integer"
SEARCH_OPERATORS = ("and", "or")
SEARCH_OPERATOR_ERROR = "search_operator must be 'and' or 'or'"
OFFSET_TOO_LARGE_ERROR = f"offset cannot be higher than {MAX_DATABASE_INTEGER}"
RICH_TEXT_FORMAT_ERROR = (
    "This API returns rich text as HTML with public links only; "
    "leave out rich_text_format or set it to 'html'."
)


class BoundedPagination(WagtailPagination):
    """Wagtail's limit/offset pagination, refusing an offset no database accepts."""

    def paginate_queryset(self, queryset, request, view=None):
        try:
            offset = int(request.GET.get("offset", 0))
        except ValueError:
            offset = 0  # Wagtail's own check answers the malformed value
        if offset > MAX_DATABASE_INTEGER:
            raise BadRequestError(OFFSET_TOO_LARGE_ERROR)
        return super().paginate_queryset(queryset, request, view=view)


class ContentEndpointMixin:
    """What every content endpoint adds to Wagtail's: a malformed `find/?id=` is a 400
    (Wagtail lets it reach the database: a server error), and offsets are bounded."""

    pagination_class = BoundedPagination

    def find_view(self, request):
        if "id" in request.GET:
            try:
                pk = int(request.GET["id"])
            except ValueError as exc:
                raise BadRequestError(FIND_ID_ERROR) from exc
            if pk < 1:
                raise BadRequestError(FIND_ID_ERROR)
            if pk > MAX_DATABASE_INTEGER:
                raise Http404("not found")
        return super().find_view(request)


class LanguageAwareSearchFilter(SearchFilter):
    """`?search=` through api.search.search_pages, in the backend of `?locale=`."""

    def filter_queryset(self, request, queryset, view):
        # Checked with or without `search`: a misspelt operator should not pass unnoticed.
        if request.GET.get("search_operator", "and") not in SEARCH_OPERATORS:
            raise BadRequestError(SEARCH_OPERATOR_ERROR)
        if "search" not in request.GET:
            return queryset
        try:
            return search_pages(
                queryset,
                request.GET["search"],
                request.GET.get("locale"),
                operator=request.GET.get("search_operator"),
                order_by_relevance="order" not in request.GET,
            )
        except FilterFieldError as exc:
            raise BadRequestError(
                f"cannot filter by '{exc.field_name}' while searching (field is not indexed)"
            ) from exc
        except OrderByFieldError as exc:
            raise BadRequestError(
                f"cannot order by '{exc.field_name}' while searching (field is not indexed)"
            ) from exc


def _rebase_inline_serializers(serializer_class):
    """Give nested inline (ParentalKey) serializers the same reference-object mapping."""
    children = getattr(serializer_class, "child_serializer_classes", {}) or {}
    rebased = {}
    for name, child in children.items():
        child = _rebase_inline_serializers(child)
        if not issubclass(child, TutuksiBaseSerializer) and not issubclass(
            child, TutuksiPageSerializer
        ):
            child = type(child.__name__, (TutuksiBaseSerializer, child), {})
        rebased[name] = child
    serializer_class.child_serializer_classes = rebased
    return serializer_class


class TutuksiPagesAPIViewSet(ContentEndpointMixin, CachedAPIViewMixin, PagesAPIViewSet):
    """Pages with typed StreamFields, public rich text, objects and translations."""

    base_serializer_class = TutuksiPageSerializer
    filter_backends = [
        *[
            FILTER_REPLACEMENTS.get(f, f)
            for f in PagesAPIViewSet.filter_backends
            if f is not SearchFilter
        ],
        LanguageAwareSearchFilter,
    ]
    meta_fields = [*PagesAPIViewSet.meta_fields, "translations", "feedback"]
    # Feedback costs a few aggregate queries per page: detail responses only, so listings
    # keep a query count that does not grow with the number of pages.
    detail_only_fields = [*PagesAPIViewSet.detail_only_fields, "feedback"]

    def resolve_rich_text_format(self):
        requested = self.request.GET.get("rich_text_format")
        if requested not in (None, "html"):
            raise BadRequestError(RICH_TEXT_FORMAT_ERROR)
        return "html"

    @classmethod
    def _get_serializer_class(cls, router, model, fields_config, show_details=False, nested=False):
        serializer_class = super()._get_serializer_class(
            router, model, fields_config, show_details=show_details, nested=nested
        )
        return _rebase_inline_serializers(serializer_class)

    def get_base_queryset(self):
        # Built once per request: it reads view restrictions and the site's translations.
        if getattr(self, "_base_queryset", None) is None:
            self._base_queryset = super().get_base_queryset().select_related("locale", "alias_of")
        return self._base_queryset.all()

    def get_queryset(self):
        return super().get_queryset().select_related("locale", "alias_of")

    # Serialization with bulk-loaded references ----------------------------------

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["resolver"] = getattr(self, "_resolver", None) or ContentResolver(
            request=self.request
        )
        return context

    def prepare_objects(self, objects, serializer_class) -> None:
        """Load, in a fixed number of queries, everything `objects` will serialize."""
        resolver = ContentResolver(request=self.request)
        self._resolver = resolver
        objects = list(objects)
        if not objects:
            return
        field_names = set(serializer_class.Meta.fields)
        model = serializer_class.Meta.model
        for field_name in field_names:
            self._prefetch_relation(objects, model, field_name, resolver)
        for obj in objects:
            resolver.want_locale(obj.locale_id)
            if "translations" in field_names:
                resolver.want_translations(obj)
            for field_name in field_names:
                value = getattr(obj, field_name, None)
                try:
                    model_field = model._meta.get_field(field_name)
                except FieldDoesNotExist:
                    continue
                if isinstance(model_field, StreamField):
                    collect_block_references(
                        model_field.stream_block, raw_stream_data(value), resolver
                    )
                elif isinstance(model_field, RichTextField):
                    collect_rich_text_references(value, resolver)
        resolver.load()

    def _prefetch_relation(self, objects, model, field_name, resolver) -> None:
        try:
            model_field = model._meta.get_field(field_name)
        except FieldDoesNotExist:
            return
        if not model_field.is_relation or field_name in {"locale", "alias_of"}:
            return
        if model_field.auto_created and not model_field.concrete:
            # Inline children (ParentalKey): one query for all of them.
            prefetch_related_objects(objects, field_name)
            return
        related = model_field.related_model
        if related is None or not is_reference_model(related):
            return
        if issubclass(related, get_image_model()):
            lookup = Prefetch(
                field_name,
                queryset=related.objects.prefetch_renditions(*image_renditions().values()),
            )
        else:
            lookup = field_name
        prefetch_related_objects(objects, lookup)
        if issubclass(related, Page):
            for obj in objects:
                value = getattr(obj, field_name)
                pages = value.all() if model_field.many_to_many else [value]
                for page in pages:
                    if page is not None:
                        resolver.pages.setdefault(page.pk, page)

    def listing_view(self, request):
        queryset = self.get_queryset()
        self.check_query_parameters(queryset)
        queryset = self.filter_queryset(queryset)
        page_objects = list(self.paginate_queryset(queryset))
        serializer_class = self.get_serializer_class()
        self.prepare_objects(page_objects, serializer_class)
        serializer = serializer_class(
            page_objects, many=True, context=self.get_serializer_context()
        )
        return self.get_paginated_response(serializer.data)

    def detail_view(self, request, pk):
        instance = self.get_object()
        serializer_class = self.get_serializer_class()
        self.prepare_objects([instance], serializer_class)
        serializer = serializer_class(instance, context=self.get_serializer_context())
        return Response(serializer.data)

    # find/?html_path= with the language prefix ------------------------------------

    def find_object(self, queryset, request):
        """Resolve `html_path` as the public site does: /sv/... is the Swedish tree."""
        site = Site.find_for_request(request)
        if "html_path" not in request.GET or site is None:
            return super().find_object(queryset, request)
        components = [part for part in request.GET["html_path"].split("/") if part]
        language_codes = dict(Locale.objects.values_list("language_code", "id"))
        root = site.root_page
        language = translation.get_language()
        if components and components[0] in language_codes:
            language = components[0]
            components = components[1:]
            root = root.get_translation_or_none(Locale.objects.get(language_code=language))
            if root is None:
                return None
        with translation.override(language):
            try:
                page, _args, _kwargs = root.specific.route(request, components)
            except Http404:
                return None
        if queryset.filter(id=page.id).exists():
            return page
        return None


class TutuksiImagesAPIViewSet(ContentEndpointMixin, CachedAPIViewMixin, ImagesAPIViewSet):
    """Wagtail's images endpoint, cached like pages."""


class TutuksiDocumentsAPIViewSet(ContentEndpointMixin, CachedAPIViewMixin, DocumentsAPIViewSet):
    """Wagtail's documents endpoint, cached like pages."""


class TutuksiRedirectsAPIViewSet(ContentEndpointMixin, CachedAPIViewMixin, RedirectsAPIViewSet):
    """Wagtail's redirects endpoint (find/?html_path= resolves a redirect), cached."""
