"""Keep API "not found" answers as JSON 404s instead of language redirects."""

API_PREFIX = "/api/"


class ApiNotFoundStaysNotFoundMiddleware:
    """Stop LocaleMiddleware from redirecting an API 404 to /fi/api/....

    LocaleMiddleware redirects any 404 to the language-prefixed path when that path
    resolves, and Wagtail's catch-all page route resolves every path. For an API client a
    missing page must be a 404 with a JSON message. Pointing the request at a URLconf
    without the prefixed routes, after the view has run, tells LocaleMiddleware that no
    prefixed alternative exists. It must sit after LocaleMiddleware in MIDDLEWARE so that
    its response hook runs first.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 404 and request.path_info.startswith(API_PREFIX):
            request.urlconf = "config.urls_unprefixed"
        return response
