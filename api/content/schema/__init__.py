"""OpenAPI description of Tutuksi's API, including the hand-written content API.

drf-spectacular introspects the project's DRF endpoints. Wagtail's API v2 viewsets
cannot be introspected (they build serializers per request from `?type=` and
`?fields=`), so `project_endpoints_only` leaves them out and `add_content_api` adds a
truthful description: paths, parameters, the `meta`/`items` envelope, the reference
objects, and one schema per page type whose StreamField shapes are derived from the
block definitions by the same rules that api.content.streamfield applies at run time.
"""
