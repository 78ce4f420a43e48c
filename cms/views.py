"""Public views outside the page tree: site search."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Locale

from cms.forms import SearchForm
from cms.i18n import active_language
from cms.search.selectors import page_search, search_result_excerpts

SEARCH_PAGE_SIZE = 10


def search(request):
    """Search the current language's published pages; a GET form that works without JS."""
    form = SearchForm(request.GET or None)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    locale = Locale.objects.filter(language_code=active_language()).first() or Locale.get_default()
    results = page_search(query=query, locale=locale) if query else []
    paginator = Paginator(results, SEARCH_PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    return render(
        request,
        "cms/search.html",
        {
            "form": form,
            "query": query,
            "query_string": urlencode({"q": query}),
            "page_obj": page_obj,
            "results": search_result_excerpts(
                pages=[page.specific for page in page_obj.object_list], query=query, locale=locale
            ),
        },
    )
