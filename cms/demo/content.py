"""Demo site text, written for Tutuksi (Finnish source, Swedish and English translations).

Each entry maps a Finnish source string to its translation, the way a translator's PO file
would; `translate_with_strings` feeds them to wagtail-localize.
"""


def _heading(text: str, level: str = "h2") -> dict:
    return {"type": "heading", "value": {"text": text, "level": level}}


def _paragraph(html: str) -> dict:
    return {"type": "paragraph", "value": html}


HOME = {
    "title": "Tutuksi",
    "intro": (
        "Tutuksi kokoaa toimintamalleja ja ohjeita osallisuustyöhön sosiaali-, terveys- ja "
        "työllisyyspalveluissa sekä kerää palautetta niiltä, joita työ koskee."
    ),
    "search_description": "Osallisuustyön toimintamallit, ohjeet ja palautekyselyt.",
    "body": [
        _heading("Kenelle palvelu on tarkoitettu"),
        _paragraph(
            "<p>Ammattilaiset löytävät täältä kokeiltuja tapoja ottaa palvelujen käyttäjät "
            "mukaan kehittämiseen. Työryhmien jäsenet ja asiakkaat voivat antaa palautetta "
            "kirjallisesti tai suullisesti.</p>"
        ),
    ],
}

INFO_PAGES = [
    {
        "slug": "tietoa-palvelusta",
        "title": "Tietoa palvelusta",
        "intro": "Mikä Tutuksi on ja miten sitä käytetään.",
        "search_description": "Tutuksi-palvelun tarkoitus ja käyttö.",
        "body": [
            _heading("Tarkoitus"),
            _paragraph(
                "<p>Palvelu tukee työtä, jossa asunnottomuutta kokeneet, korvaushoidon "
                "asiakkaat ja muut palvelujen käyttäjät kehittävät palveluja yhdessä "
                "ammattilaisten kanssa.</p>"
            ),
            _heading("Palaute ja yksityisyys"),
            _paragraph(
                "<p>Palautteet raportoidaan vain ryhmittäin. Pienistä ryhmistä ei näytetä "
                "lukuja, jotta kenenkään vastausta ei voi tunnistaa.</p>"
            ),
        ],
    },
]

TRANSLATIONS = {
    "sv": {
        "Tutuksi": "Tutuksi",
        HOME["intro"]: (
            "Tutuksi samlar verksamhetsmodeller och anvisningar för delaktighetsarbete inom "
            "social-, hälso- och sysselsättningstjänster och samlar in respons från dem som "
            "arbetet berör."
        ),
        HOME[
            "search_description"
        ]: "Verksamhetsmodeller, anvisningar och enkäter för delaktighetsarbete.",
        "Kenelle palvelu on tarkoitettu": "Vem tjänsten är till för",
        HOME["body"][1]["value"][3:-4]: (
            "Yrkesverksamma hittar här beprövade sätt att involvera tjänsternas användare i "
            "utvecklingsarbetet. Medlemmar i arbetsgrupper och klienter kan ge respons "
            "skriftligt eller muntligt."
        ),
        "Tietoa palvelusta": "Om tjänsten",
        "tietoa-palvelusta": "om-tjansten",
        "Mikä Tutuksi on ja miten sitä käytetään.": "Vad Tutuksi är och hur den används.",
        "Tutuksi-palvelun tarkoitus ja käyttö.": "Syftet med Tutuksi och hur tjänsten används.",
        "Tarkoitus": "Syfte",
        INFO_PAGES[0]["body"][1]["value"][3:-4]: (
            "Tjänsten stöder arbete där personer med erfarenhet av bostadslöshet, klienter i "
            "substitutionsbehandling och andra användare utvecklar tjänsterna tillsammans "
            "med yrkesverksamma."
        ),
        "Palaute ja yksityisyys": "Respons och integritet",
        INFO_PAGES[0]["body"][3]["value"][3:-4]: (
            "Respons rapporteras endast gruppvis. För små grupper visas inga siffror, så att "
            "ingens svar kan identifieras."
        ),
    },
    "en": {
        "Tutuksi": "Tutuksi",
        HOME["intro"]: (
            "Tutuksi brings together practice models and guidance for participation work in "
            "social, health and employment services, and gathers feedback from the people the "
            "work concerns."
        ),
        HOME[
            "search_description"
        ]: "Practice models, guidance and feedback surveys for participation work.",
        "Kenelle palvelu on tarkoitettu": "Who the service is for",
        HOME["body"][1]["value"][3:-4]: (
            "Professionals find tried ways of involving service users in development work. "
            "Working-group members and clients can give feedback in writing or orally."
        ),
        "Tietoa palvelusta": "About the service",
        "tietoa-palvelusta": "about",
        "Mikä Tutuksi on ja miten sitä käytetään.": "What Tutuksi is and how it is used.",
        "Tutuksi-palvelun tarkoitus ja käyttö.": "The purpose of Tutuksi and how to use it.",
        "Tarkoitus": "Purpose",
        INFO_PAGES[0]["body"][1]["value"][3:-4]: (
            "The service supports work in which people with experience of homelessness, clients "
            "in opioid substitution treatment and other service users develop services together "
            "with professionals."
        ),
        "Palaute ja yksityisyys": "Feedback and privacy",
        INFO_PAGES[0]["body"][3]["value"][3:-4]: (
            "Feedback is reported only by group. No figures are shown for small groups, so that "
            "no one's answer can be identified."
        ),
    },
}
