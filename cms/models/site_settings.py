"""Site-wide settings that editors change in the admin instead of in code."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from cms.i18n import active_language


@register_setting(icon="site")
class AccessibilitySupervisor(BaseSiteSetting):
    """The authority that supervises accessibility, named in every accessibility statement.

    A setting, not fixed text: the supervising authority has changed before (the regional
    state administrative agencies were merged), and every statement must follow at once.
    """

    name_fi = models.CharField(_("name (fi)"), max_length=255, blank=True)
    name_sv = models.CharField(_("name (sv)"), max_length=255, blank=True)
    name_en = models.CharField(_("name (en)"), max_length=255, blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("telephone"), max_length=50, blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("name_fi"), FieldPanel("name_sv"), FieldPanel("name_en")],
            heading=_("Name"),
        ),
        FieldPanel("website"),
        FieldPanel("email"),
        FieldPanel("phone"),
    ]

    class Meta:
        verbose_name = _("accessibility supervisory authority")

    def name(self, language: str | None = None) -> str:
        """The name in `language` (default: the active one), else in Finnish."""
        language = language or active_language()
        return getattr(self, f"name_{language}", "") or self.name_fi

    def as_dict(self, language: str | None = None) -> dict | None:
        """{name, website, email, phone}, or None while nothing is filled in."""
        name = self.name(language)
        if not (name or self.website or self.email or self.phone):
            return None
        return {"name": name, "website": self.website, "email": self.email, "phone": self.phone}
