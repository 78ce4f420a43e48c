"""The project's URLs plus stock Wagtail API v2 at /bench-stock/v2/ as the baseline."""

from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from config.urls import urlpatterns as project_urlpatterns

stock_router = WagtailAPIRouter("stockapi")
stock_router.register_endpoint("pages", PagesAPIViewSet)

urlpatterns = [path("bench-stock/v2/", stock_router.urls), *project_urlpatterns]
