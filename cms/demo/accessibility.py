"""The demo accessibility statement and the supervisory authority's site setting."""

import datetime

from wagtail.models import Page, Site

from cms.demo.translations import TRANSLATIONS, T
from cms.models import AccessibilityStatementPage, AccessibilitySupervisor, HomePage
from cms.translation import translate_with_strings

SLUG = "saavutettavuusseloste"

# Demo values: an operator replaces them in Settings when the authority changes.
SUPERVISOR = {
    "name_fi": "Etelä-Suomen aluehallintovirasto, saavutettavuuden valvonnan yksikkö",
    "name_sv": "Regionförvaltningsverket i Södra Finland, enheten för tillgänglighetstillsyn",
    "name_en": "Regional State Administrative Agency for Southern Finland, "
    "Accessibility Monitoring Unit",
    "website": "https://www.saavutettavuusvaatimukset.fi/",
    "email": "saavutettavuus@avi.fi",
    "phone": "0295 016 000",
}

STATEMENT = {
    "title": T(
        "Saavutettavuusseloste", sv="Tillgänglighetsutlåtande", en="Accessibility statement"
    ),
    "slug_sv": "tillganglighetsutlatande",
    "slug_en": "accessibility",
    "intro": T(
        "Tämä seloste koskee Tutuksi-palvelun julkisia sivuja ja palautelomakkeita.",
        sv="Detta utlåtande gäller Tutuksis offentliga sidor och responsformulär.",
        en="This statement covers Tutuksi's public pages and feedback forms.",
    ),
    "search_description": T(
        "Tutuksi-palvelun saavutettavuusseloste.",
        sv="Tillgänglighetsutlåtande för Tutuksi.",
        en="Accessibility statement of Tutuksi.",
    ),
    "conformance_status": "partial",
    "non_accessible_content": [
        {
            "type": "item",
            "value": {
                "content": T(
                    "Ennen vuotta 2024 julkaistut PDF-arviointiraportit",
                    sv="PDF-utvärderingsrapporter publicerade före 2024",
                    en="PDF evaluation reports published before 2024",
                ),
                "reason": "non_compliance",
                "description": T(
                    "Raporttien otsikoita ja taulukoita ei ole merkitty rakenteisiksi, joten "
                    "ruudunlukija ei voi siirtyä niissä otsikoittain. Saat raportin "
                    "saavutettavassa muodossa pyytämällä sitä palautekanavan kautta.",
                    sv="Rapporternas rubriker och tabeller är inte strukturellt märkta, så en "
                    "skärmläsare kan inte navigera efter rubriker. Du får rapporten i tillgänglig "
                    "form genom att be om den via responskanalen.",
                    en="The reports' headings and tables are not tagged, so a screen reader "
                    "cannot move through them by heading. Ask for an accessible copy through "
                    "the feedback channel.",
                ),
                "criteria": "1.3.1, 2.4.6",
                "fixed_by": "2027-06-30",
            },
        }
    ],
    "prepared_on": datetime.date(2026, 11, 2),
    "reviewed_on": datetime.date(2026, 12, 1),
    "assessment_method": "self",
    "assessed_by": T(
        "Tutuksi-palvelun kehittäjät; automaattinen axe-tarkistus jokaisella muutoksella",
        sv="Tutuksis utvecklare; automatisk axe-kontroll vid varje ändring",
        en="Tutuksi's developers; an automatic axe check with every change",
    ),
    "feedback_email": "saavutettavuus@tutuksi.example",
}


def load_accessibility_statement(*, home: HomePage, locales: dict) -> AccessibilityStatementPage:
    """Create or refresh the statement in Finnish, translate it, and fill in the setting."""
    site = Site.objects.filter(root_page=home).first() or Site.objects.get(is_default_site=True)
    AccessibilitySupervisor.objects.update_or_create(site=site, defaults=SUPERVISOR)

    # The first demo kept the statement as a plain page; the structured type replaces it.
    for old in home.get_children().filter(slug=SLUG).not_type(AccessibilityStatementPage):
        for translation in Page.objects.filter(translation_key=old.translation_key).exclude(
            pk=old.pk
        ):
            translation.delete()
        old.delete()

    page = AccessibilityStatementPage.objects.child_of(home).filter(slug=SLUG).first()
    fields = {k: v for k, v in STATEMENT.items() if not k.startswith("slug_")}
    if page is None:
        page = home.add_child(instance=AccessibilityStatementPage(slug=SLUG, **fields))
    for name, value in fields.items():
        setattr(page, name, value)
    page.full_clean()
    page.save_revision().publish()
    for code in ("sv", "en"):
        strings = {**TRANSLATIONS[code], SLUG: STATEMENT[f"slug_{code}"]}
        translate_with_strings(page, locale=locales[code], strings=strings)
    return page
