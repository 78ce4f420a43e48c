"""Small fi/sv page sets for the search tests: each page says one thing in its own words.

Shared by the site search tests and the content API's `?search=` tests, so both prove the
same findings through their own door.
"""

from cms.models import StandardPage

FINNISH_PAGES = {
    "korvaushoito": (
        "Kiireetön kohtaaminen korvaushoidossa",
        "Lifti-tilassa asiakkaat ja työntekijät tapaavat ilman ajanvarausta.",
    ),
    "kokemusasiantuntijat": (
        "Kokemusasiantuntijat kehittäjinä",
        "Asunnottomuutta kokeneet suunnittelevat palveluja työryhmissä.",
    ),
    "nuoret": (
        "Nuoren polku omaan kotiin",
        "Lastensuojelun jälkihuollossa nuorille etsitään pysyvä asunto.",
    ),
    "puutarha": (
        "Kaupunkipuutarhan kesä",
        "Perunat ja porkkanat kasvavat yhteisellä palstalla.",
    ),
}

SWEDISH_PAGES = {
    "substitution": (
        "Möten utan brådska",
        "Klienterna i substitutionsbehandlingen träffar personalen utan tidsbokning.",
    ),
    "boende": (
        "Ett eget hem",
        "Boendet ordnas tillsammans med ungdomarna i eftervården.",
    ),
    "experter": (
        "Erfarenhetsexperter som utvecklare",
        "Arbetsgrupperna planerar tjänsterna mot bostadslöshet.",
    ),
    "trädgård": (
        "Stadsodlingens sommar",
        "Potatis och morötter växer på den gemensamma lotten.",
    ),
}


def add_pages(parent, pages: dict) -> dict:
    """Publish one StandardPage per entry under `parent`; returns them by key."""
    created = {}
    for slug, (title, intro) in pages.items():
        page = parent.add_child(
            instance=StandardPage(title=title, slug=slug, intro=intro, locale=parent.locale)
        )
        page.save_revision().publish()
        created[slug] = page
    return created
