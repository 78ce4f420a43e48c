"""Builders for images, tables, aliases and the accessibility statement in tests."""

import datetime

from wagtail.models import Locale

from cms.models import AccessibilityStatementPage, AccessibilitySupervisor, StandardPage
from tests.api.content.content_fixtures import make_image

TABLE_VALUE = {
    "caption": "Osallistujat työryhmittäin",
    "header_row": True,
    "header_column": True,
    "rows": [
        ["Työryhmä", "Osallistujia", "Kokouksia"],
        ["Asumisen tuki", "14", "3"],
        ["Jälkihuolto", "12", "4"],
    ],
}


def figure_value(image, *, alt="Pylväskaavio osallistujista", decorative=False) -> dict:
    """A FigureBlock's stored value around `image`."""
    return {
        "image": {"image": image.pk, "alt_text": alt, "decorative": decorative},
        "caption": "Osallistujat hankkeen aikana.",
        "credit": "Kuva: Tutuksi",
    }


def page_with_figure_and_table(home, *, slug="kuvat", decorative=False) -> StandardPage:
    """A published StandardPage whose body holds one figure and one table."""
    image = make_image(title="Kaavio")
    page = home.add_child(
        instance=StandardPage(
            title="Kuvat ja taulukot",
            slug=slug,
            body=[
                {"type": "image", "value": figure_value(image, decorative=decorative)},
                {"type": "table", "value": TABLE_VALUE},
            ],
        )
    )
    page.save_revision().publish()
    page.refresh_from_db()
    return page


SUPERVISOR = {
    "name_fi": "Valvova virasto",
    "name_sv": "Tillsynsverket",
    "name_en": "Supervisory Agency",
    "website": "https://valvonta.example/",
    "email": "valvonta@valvonta.example",
    "phone": "0295 000 000",
}


def accessibility_statement(home, **overrides) -> AccessibilityStatementPage:
    """A published, partially compliant statement and the supervisor site setting."""
    AccessibilitySupervisor.objects.update_or_create(site=home.get_site(), defaults=SUPERVISOR)
    fields = {
        "title": "Saavutettavuusseloste",
        "slug": "saavutettavuusseloste",
        "intro": "Seloste koskee Tutuksi-palvelun sivuja.",
        "conformance_status": "partial",
        "non_accessible_content": [
            {
                "type": "item",
                "value": {
                    "content": "Vanhat PDF-raportit",
                    "reason": "non_compliance",
                    "description": "Otsikoita ei ole merkitty.",
                    "criteria": "1.3.1",
                    "fixed_by": "2027-06-30",
                },
            }
        ],
        "prepared_on": datetime.date(2026, 11, 2),
        "reviewed_on": datetime.date(2026, 12, 1),
        "assessment_method": "self",
        "feedback_email": "saavutettavuus@tutuksi.example",
        **overrides,
    }
    page = home.add_child(instance=AccessibilityStatementPage(**fields))
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def alias_in(page, language: str):
    """wagtail-localize's alias of `page` in `language` (an untranslated copy), live."""
    return page.copy_for_translation(Locale.objects.get(language_code=language), alias=True)
