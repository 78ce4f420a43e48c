from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DataExchangeConfig(AppConfig):
    """JSON export and import of all content and survey data (`export_data`, `import_data`)."""

    name = "data_exchange"
    verbose_name = _("Data exchange")
