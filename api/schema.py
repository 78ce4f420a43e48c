"""OpenAPI schema scope: the project's own DRF endpoints, not Wagtail's internals."""

# Wagtail's admin API is private to the admin. Wagtail's API v2 viewsets cannot be
# introspected by drf-spectacular (they need the router on the request); the content
# API documents its JSON shapes with its own schema extensions instead.
EXCLUDED_PREFIXES = ("/admin/", "/api/v2/")


def project_endpoints_only(endpoints, **kwargs):
    """drf-spectacular preprocessing hook: drop admin-internal API views from the schema."""
    return [
        (path, path_regex, method, callback)
        for path, path_regex, method, callback in endpoints
        if not path.startswith(EXCLUDED_PREFIXES)
    ]
