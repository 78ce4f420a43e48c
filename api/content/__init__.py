"""The headless content API: Wagtail API v2 endpoints with public JSON shapes.

router and viewsets (endpoints, filters, search) · loading (bulk loading of references)
and shapes (their public JSON) · richtext and streamfield (field values as frontend JSON)
· serializers · cache (response cache and ETags) · preview (signed draft previews) ·
schema (the hand-written OpenAPI description).
"""
