"""Demo evaluation report, guidance article and workshop summary."""

from cms.demo.translations import TRANSLATIONS, T, p

REPORT = {
    "slug": "arvio",
    "title": "Arvio: Kokemusasiantuntijat asunnottomuustyön kehittäjinä",
    "intro": "Mallia arvioitiin osallisuuden osa-alueiden ja lupaavan käytännön kriteerien näkökulmasta.",
    "participants": p(
        "Työryhmissä oli aikuissosiaalityön, asumispalvelujen, jälkihuollon, päihdepalvelujen ja "
        "järjestöjen työntekijöitä sekä kuusi kokemusasiantuntijaa."
    ),
    "working_group_count": 4,
    "meetings_per_group": 3,
    "participant_count": 50,
    "cases": [
        {
            "title": "Muutto jälkihuollosta omaan asuntoon",
            "body": p(
                "Työryhmä kävi läpi nuoren siirtymän ja kirjasi, missä kohdin tieto katkesi."
            ),
            "organisation": "Järvikaupungin sosiaalipalvelut",
            "period": "2018",
        }
    ],
    "assessment": [
        ("need", "met", "Tarve tuli esiin jokaisessa työryhmässä."),
        ("demand", "met", "Noin viisikymmentä osallistujaa ja kiinnostusta muilta alueilta."),
        ("novelty", "met", "Paikallisesti uusi tapa tehdä ohjelmatyötä."),
        ("transferability", "partly_met", "Siirrettävissä, jos koordinaattori on nimetty."),
        (
            "results",
            "met",
            "Palaute kerättiin suullisesti ja kyselyllä; toiminta koettiin mielekkääksi.",
        ),
        ("rooting", "partly_met", "Juurtuminen jäi avoimeksi hankkeen päättyessä."),
    ],
    "conclusions": p(
        "Asiakkaan tunteminen vahvistaa sekä asiakkaan että ammattilaisen osallisuutta."
    ),
}

ARTICLE = {
    "slug": "ammattilaisen-osallisuus",
    "title": T(
        "Ammattilaisen osallisuus vahvistaa palveluja",
        sv="Yrkesverksammas delaktighet stärker tjänsterna",
        en="Professionals' participation strengthens services",
    ),
    "intro": T(
        "Kun työntekijä voi vaikuttaa omaan työhönsä, myös asiakkaan osallisuudelle syntyy tilaa.",
        sv="När den anställda kan påverka sitt eget arbete får också klientens delaktighet utrymme.",
        en="When workers can influence their own work, there is room for clients' participation too.",
    ),
}

WORKSHOP = {
    "slug": "tyopajan-satoa",
    "title": "Työpajan satoa: näin haluamme tulla kohdatuiksi",
    "intro": "Kokemusasiantuntijoiden ja työntekijöiden yhteisessä työpajassa kootut näkemykset.",
}


def article_body(*, model_pks: list[int], document_pk: int) -> list[dict]:
    """The guidance article's StreamField, pointing at the demo models and PDF."""
    return [
        {
            "type": "heading",
            "value": {"text": T("Tavoitteet", sv="Mål", en="Goals"), "level": "h2"},
        },
        {
            "type": "numbered_goal",
            "value": {
                "number": 1,
                "title": T(
                    "Yhteistyö sujuu", sv="Samarbetet fungerar", en="Collaboration runs smoothly"
                ),
                "text": p(
                    T(
                        "Sekä asiakas että työntekijä tulevat kuulluiksi.",
                        sv="Både klienten och den anställda blir hörda.",
                        en="Both the client and the worker are heard.",
                    )
                ),
                "practices": [
                    {
                        "title": T(
                            "Kysy, älä arvaa", sv="Fråga, gissa inte", en="Ask, don't guess"
                        ),
                        "explanation": T(
                            "Kysymys kertoo, että asiakkaan näkemys on tärkeä.",
                            sv="En fråga visar att klientens syn är viktig.",
                            en="A question shows that the client's view matters.",
                        ),
                    },
                    {
                        "title": T(
                            "Sopikaa tavoitteet yhdessä",
                            sv="Kom överens om målen tillsammans",
                            en="Agree on goals together",
                        ),
                        "explanation": T(
                            "Yhdessä asetettuun tavoitteeseen on helpompi sitoutua.",
                            sv="Det är lättare att förbinda sig till ett gemensamt mål.",
                            en="A goal set together is easier to commit to.",
                        ),
                    },
                ],
            },
        },
        {
            "type": "numbered_goal",
            "value": {
                "number": 2,
                "title": T(
                    "Kohtaamiselle on aikaa",
                    sv="Det finns tid för mötet",
                    en="There is time to meet",
                ),
                "text": p(
                    T(
                        "Luottamus syntyy usein vasta muutaman tapaamisen jälkeen.",
                        sv="Förtroende uppstår ofta först efter några möten.",
                        en="Trust often only forms after a few meetings.",
                    )
                ),
                "practices": [],
            },
        },
        {
            "type": "example",
            "value": {
                "title": T(
                    "Kiertävä kokous", sv="Det ambulerande mötet", en="The travelling meeting"
                ),
                "body": p(
                    T(
                        "Asiakkaiden ehdotuksesta kokous kiertää terveysasemalta toiselle ja yhtenäistää käytäntöjä.",
                        sv="På klienternas förslag flyttar mötet från hälsostation till hälsostation och "
                        "förenhetligar praxis.",
                        en="At the clients' suggestion, the meeting moves from one health centre to the "
                        "next and aligns practices.",
                    )
                ),
                "organisation": T(
                    "Korvaushoidon tukiyhdistys",
                    sv="Stödföreningen för substitutionsbehandling",
                    en="Substitution treatment support association",
                ),
                "period": "2019–2020",
            },
        },
        {
            "type": "interview",
            "value": {
                "title": T("Ohjaaja kertoo", sv="Handledaren berättar", en="A counsellor tells"),
                "interviewer_label": T("Kysyjä", sv="Frågare", en="Interviewer"),
                "interviewee_label": T("Ohjaaja", sv="Handledare", en="Counsellor"),
                "pairs": [
                    {
                        "question": T("Mikä muuttui?", sv="Vad förändrades?", en="What changed?"),
                        "answer": T(
                            "Aloimme kysyä asiakkailta ennen kuin päätimme mitään.",
                            sv="Vi började fråga klienterna innan vi bestämde något.",
                            en="We began to ask clients before deciding anything.",
                        ),
                    }
                ],
            },
        },
        {
            "type": "link_list",
            "value": {
                "title": T("Lue myös", sv="Läs också", en="Read also"),
                "items": [
                    {
                        "label": T(
                            "Arviointiraportti (PDF)",
                            sv="Utvärderingsrapport (PDF)",
                            en="Evaluation report (PDF)",
                        ),
                        "page": None,
                        "document": document_pk,
                        "url": "",
                    },
                    {
                        "label": T(
                            "THL: Osallisuuden edistäminen",
                            sv="THL: Främjande av delaktighet",
                            en="THL: Promoting participation",
                        ),
                        "page": None,
                        "document": None,
                        "url": "https://thl.fi/",
                    },
                ],
            },
        },
        {
            "type": "related_models",
            "value": {
                "title": T(
                    "Toimintamalleja aiheesta",
                    sv="Verksamhetsmodeller om ämnet",
                    en="Practice models on the topic",
                ),
                "pages": model_pks,
            },
        },
    ]


WORKSHOP_BODY = [
    {
        "type": "workshop_summary",
        "value": {
            "title": "Työpajassa nousseet teemat",
            "description": "Muistiinpanot on koottu suullisesta palautteesta teemoittain.",
            "sections": [
                {
                    "quote_title": "Kun soitan, tarvitsen jonkun, joka ottaa asiani hoitaakseen.",
                    "points": [
                        "Yhteydenottoon on voinut kulua päivien rohkeus.",
                        "Torjuva vastaus voi katkaista avun hakemisen pitkäksi aikaa.",
                    ],
                },
                {
                    "quote_title": "Älkää päättäkö puolestani.",
                    "points": [
                        "Tavoitteet lähtevät asiakkaan omista toiveista.",
                        "Arviointi voi edetä vaiheittain eikä kaikkea tarvitse kysyä kerralla.",
                    ],
                },
            ],
        },
    },
]

# Slugs of the translated pages, so Swedish and English addresses read in their language.
TRANSLATIONS["sv"].update(
    {
        "kokemusasiantuntijat-kehittajina": "erfarenhetsexperter-som-utvecklare",
        "ammattilaisen-osallisuus": "yrkesverksammas-delaktighet",
    }
)
TRANSLATIONS["en"].update(
    {
        "kokemusasiantuntijat-kehittajina": "experience-experts-as-developers",
        "ammattilaisen-osallisuus": "professionals-participation",
    }
)
