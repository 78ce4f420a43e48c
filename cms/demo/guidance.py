"""Demo guidance content, written for Tutuksi: three practice models in a series, an
evaluation report, a guidance article and a workshop summary.

Finnish is the source. `T(fi, sv=..., en=...)` returns the Finnish text and records its
Swedish and English translations in `TRANSLATIONS`, the way a translator's PO file pairs
them; strings without a translation stay Finnish in the translated page (wagtail-localize's
fallback). The first model, the guidance article and every snippet they use are translated.
"""

TRANSLATIONS: dict[str, dict[str, str]] = {"sv": {}, "en": {}}


def T(fi: str, *, sv: str, en: str) -> str:
    """Record `fi`'s translations and return `fi`."""
    TRANSLATIONS["sv"][fi] = sv
    TRANSLATIONS["en"][fi] = en
    return fi


def p(text: str) -> str:
    """One rich-text paragraph; each paragraph is one translation segment."""
    return f"<p>{text}</p>"


ORGANISATIONS = {
    "city": {
        "name": T(
            "Järvikaupungin sosiaalipalvelut",
            sv="Järvistadens socialtjänster",
            en="Lake City social services",
        ),
        "description": T(
            "Kaupungin aikuissosiaalityö ja asumisen tuki.",
            sv="Stadens socialt arbete för vuxna och boendestöd.",
            en="The city's adult social work and housing support.",
        ),
    },
    "association": {
        "name": "Korvaushoidon tukiyhdistys",
        "description": "Järjestö, joka tukee korvaushoidossa olevia ja heidän läheisiään.",
    },
    "county": {
        "name": "Pohjoisrannan hyvinvointialue",
        "description": "Lastensuojelun jälkihuolto ja nuorten palvelut.",
    },
}

CONTACTS = {
    "city": {
        "name": "Maija Esimerkki",
        "role": T(
            "Kehittämiskoordinaattori", sv="Utvecklingskoordinator", en="Development coordinator"
        ),
        "organisation": "city",
        "email": "maija.esimerkki@example.invalid",
    },
    "association": {
        "name": "Pekka Malli",
        "role": "Projektityöntekijä",
        "organisation": "association",
        "email": "pekka.malli@example.invalid",
    },
}

TARGET_GROUPS = {
    "homeless": {
        "name": T(
            "Asunnottomuutta kokeneet",
            sv="Personer med erfarenhet av bostadslöshet",
            en="People with experience of homelessness",
        ),
        "description": T(
            "Ihmiset, joilla on omakohtaista kokemusta asunnottomuudesta tai sen uhasta.",
            sv="Personer med egen erfarenhet av bostadslöshet eller hot om bostadslöshet.",
            en="People with first-hand experience of homelessness or the threat of it.",
        ),
    },
    "professionals": {
        "name": T(
            "Sosiaali- ja terveysalan ammattilaiset",
            sv="Yrkesverksamma inom social- och hälsovården",
            en="Social and health care professionals",
        ),
        "description": "",
    },
    "substitution": {
        "name": "Korvaushoidon asiakkaat",
        "description": "Opioidikorvaushoidossa olevat aikuiset.",
    },
    "care_leavers": {
        "name": "Sijaishuollosta itsenäistyvät nuoret",
        "description": "Nuoret, jotka muuttavat sijaishuollosta omaan kotiin.",
    },
}

SERIES = {
    "title": T(
        "Osallisuuden rakennuspalikat",
        sv="Delaktighetens byggstenar",
        en="Building blocks of participation",
    ),
    "description": T(
        "Toimintamalleja, jotka vahvistavat heikoimmassa asemassa olevien osallisuutta.",
        sv="Verksamhetsmodeller som stärker delaktigheten hos dem i den svagaste ställningen.",
        en="Practice models that strengthen the participation of people in the weakest position.",
    ),
}

INDEX = {
    "slug": "ohjeet",
    "title": T(
        "Toimintamallit ja ohjeet",
        sv="Verksamhetsmodeller och anvisningar",
        en="Practice models and guidance",
    ),
    "intro": T(
        "Kokeiltuja tapoja tehdä osallisuustyötä yhdessä palvelujen käyttäjien kanssa.",
        sv="Beprövade sätt att arbeta för delaktighet tillsammans med tjänsternas användare.",
        en="Tried ways of doing participation work together with service users.",
    ),
}
TRANSLATIONS["sv"]["ohjeet"] = "anvisningar"
TRANSLATIONS["en"]["ohjeet"] = "guidance"

EVALUATION_PDF = {
    "title": "Arviointi: Kokemusasiantuntijat asunnottomuustyön kehittäjinä",
    "filename": "arviointi-kokemusasiantuntijat.pdf",
    "lines": [
        "Tutuksi demo evaluation document.",
        "Working groups: 4, meetings per group: at least 3, participants: about 50.",
        "Criteria: need, demand, novelty, transferability, results, rooting.",
    ],
}

MODELS = [
    {
        "slug": "kokemusasiantuntijat-kehittajina",
        "title": T(
            "Kokemusasiantuntijat asunnottomuustyön kehittäjinä",
            sv="Erfarenhetsexperter som utvecklare av arbetet mot bostadslöshet",
            en="Experience experts as developers of homelessness work",
        ),
        "summary": T(
            "Asunnottomuutta kokeneet suunnittelevat kaupungin asunnottomuuden "
            "ennaltaehkäisyä samassa pöydässä ammattilaisten kanssa.",
            sv="Personer med erfarenhet av bostadslöshet planerar stadens förebyggande arbete "
            "vid samma bord som yrkesverksamma.",
            en="People who have been homeless plan the city's homelessness prevention at the "
            "same table as professionals.",
        ),
        "purpose": p(
            T(
                "Asunnottomuutta voi ehkäistä vain, jos palvelut ymmärtävät, millaisista "
                "tilanteista se syntyy. Malli tuo tämän ymmärryksen kehittämiseen.",
                sv="Bostadslöshet kan förebyggas bara om tjänsterna förstår vilka situationer den "
                "uppstår ur. Modellen för in den förståelsen i utvecklingsarbetet.",
                en="Homelessness can only be prevented if services understand the situations it "
                "grows out of. The model brings that understanding into development work.",
            )
        ),
        "problem": p(
            T(
                "Asiakkaan kokonaistilanne jää usein näkemättä, kun jokainen palvelu katsoo "
                "vain omaa osaansa.",
                sv="Klientens helhetssituation blir ofta osynlig när varje tjänst bara ser sin egen del.",
                en="The client's whole situation often goes unseen when each service looks only at "
                "its own part.",
            )
        ),
        "target_groups": ["homeless", "professionals"],
        "own_life_text": p(
            T(
                "Kehittäjänä toimiminen vahvistaa luottamusta omiin kykyihin.",
                sv="Att vara utvecklare stärker tilliten till den egna förmågan.",
                en="Acting as a developer strengthens confidence in one's own abilities.",
            )
        ),
        "influencing_text": p(
            T(
                "Palvelujen käyttäjät vaikuttavat suoraan siihen, miten ohjelma viedään käytäntöön.",
                sv="Tjänsternas användare påverkar direkt hur programmet förs ut i praktiken.",
                en="Service users directly influence how the programme is put into practice.",
            )
        ),
        "common_good_text": "",
        "implementation": p(
            T(
                "Neljä monialaista työryhmää kokoontuu vähintään kolme kertaa. Työntekijät tuovat "
                "ryhmään nimettömiä tapausesimerkkejä, joita kokemusasiantuntijat kommentoivat.",
                sv="Fyra sektorsövergripande arbetsgrupper träffas minst tre gånger. De anställda tar "
                "med anonyma fallexempel som erfarenhetsexperterna kommenterar.",
                en="Four multi-professional working groups meet at least three times. Staff bring "
                "anonymous case examples on which the experience experts comment.",
            )
        ),
        "resources": p(
            T(
                "Koordinaattori, kokoustilat ja palkkio kokemusasiantuntijoille.",
                sv="En koordinator, möteslokaler och arvode till erfarenhetsexperterna.",
                en="A coordinator, meeting rooms and a fee for the experience experts.",
            )
        ),
        "benefits_clients": p(
            T(
                "Asiakas tulee kuulluksi ja näkee, että hänen kokemuksellaan on merkitystä.",
                sv="Klienten blir hörd och ser att hans eller hennes erfarenhet betyder något.",
                en="Clients are heard and see that their experience matters.",
            )
        ),
        "benefits_professionals": p(
            T(
                "Ammattilaiset saavat vertaistukea ja oppivat kohtaamaan asiakkaan ilman valmiita lokeroita.",
                sv="Yrkesverksamma får kamratstöd och lär sig möta klienten utan färdiga fack.",
                en="Professionals get peer support and learn to meet clients without ready-made boxes.",
            )
        ),
        "developer": "city",
        "project_name": T(
            "Koti kaikille -hanke", sv="Projektet Hem åt alla", en="Home for all project"
        ),
        "funder": T(
            "Euroopan sosiaalirahasto", sv="Europeiska socialfonden", en="European Social Fund"
        ),
        "period": (2017, 2019),
        "region": T("Itä-Suomi", sv="Östra Finland", en="Eastern Finland"),
        "contact": "city",
        "rooting_status": "open",
        "position": 1,
        "assessment": [
            (
                "need",
                "met",
                T(
                    "Tarve vahvistui hankkeen aikana.",
                    sv="Behovet bekräftades under projektet.",
                    en="The need was confirmed during the project.",
                ),
            ),
            (
                "demand",
                "met",
                T(
                    "Noin viisikymmentä ihmistä osallistui työhön.",
                    sv="Ett femtiotal personer deltog i arbetet.",
                    en="About fifty people took part in the work.",
                ),
            ),
            (
                "rooting",
                "partly_met",
                T(
                    "Jatko riippuu siitä, löytyykö koordinaattorille rahoitus.",
                    sv="Fortsättningen beror på om koordinatorn får finansiering.",
                    en="Continuation depends on funding for the coordinator.",
                ),
            ),
        ],
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": T(
                        "Näin työ etenee", sv="Så går arbetet till", en="How the work proceeds"
                    ),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": p(
                    T(
                        "Ensin esimiehet kertovat työntekijöille kehittämisestä ja sopivat ajankäytöstä. "
                        "Sen jälkeen työryhmät aloittavat.",
                        sv="Först berättar cheferna för de anställda om utvecklingsarbetet och kommer "
                        "överens om tidsanvändningen. Därefter börjar arbetsgrupperna.",
                        en="First, managers tell staff about the development work and agree on the time "
                        "it takes. Then the working groups start.",
                    )
                ),
            },
            {
                "type": "quote",
                "value": {
                    "text": T(
                        "Ensimmäistä kertaa joku kysyi, mitä minä ajattelen palvelusta.",
                        sv="För första gången frågade någon vad jag tycker om tjänsten.",
                        en="For the first time someone asked what I think of the service.",
                    ),
                    "attribution": T(
                        "Työryhmän jäsen", sv="Medlem i arbetsgruppen", en="Working-group member"
                    ),
                    "role": T(
                        "kokemusasiantuntija", sv="erfarenhetsexpert", en="experience expert"
                    ),
                },
            },
        ],
    },
    {
        "slug": "kiireeton-kohtaaminen-korvaushoidossa",
        "title": "Kiireetön kohtaaminen korvaushoidossa",
        "summary": (
            "Korvaushoidon asiakkaat ja työntekijät rakentavat luottamusta matalan kynnyksen "
            "tilassa ja kiertävissä kokouksissa."
        ),
        "purpose": p(
            "Luottamus syntyy, kun kohtaamiselle on aikaa eikä asiointi lopu lääkkeen hakemiseen."
        ),
        "problem": p("Kiire estää näkemästä, mitä korvaushoidon kehittäminen oikeasti vaatisi."),
        "target_groups": ["substitution", "professionals"],
        "own_life_text": p(
            "Arkiset asiat hoituvat samalla käynnillä, mikä lisää hallinnan tunnetta."
        ),
        "influencing_text": p("Asiakkaiden ideat ovat muuttaneet hoitopaikkojen käytäntöjä."),
        "common_good_text": p("Yhteinen tila tekee odotusajasta yhteisöllistä aikaa."),
        "implementation": p(
            "Asiakkaiden ideoima tila on auki lääkkeenjaon jälkeen, ja kokous kiertää terveysasemalta toiselle."
        ),
        "resources": p("Tila, ohjaaja ja terveysasemien sitoutuminen kokouksiin."),
        "benefits_clients": p("Asiakas saa tukea arkeen ja tulee tunnetuksi ihmisenä."),
        "benefits_professionals": p(
            "Työntekijä ehtii tehdä työnsä kunnolla ja näkee asiakkaan edistymisen."
        ),
        "developer": "association",
        "project_name": "Aikaa kohdata -hanke",
        "funder": "Sosiaali- ja terveysministeriö",
        "period": (2018, 2020),
        "region": "Uusimaa",
        "contact": "association",
        "rooting_status": "rooting",
        "position": 2,
        "assessment": [("novelty", "met", "Kiertävä kokous on alueella uusi tapa toimia.")],
        "body": [],
    },
    {
        "slug": "nuoren-polku-omaan-kotiin",
        "title": "Nuoren polku omaan kotiin",
        "summary": (
            "Sijaishuollosta itsenäistyvä nuori suunnittelee muuttonsa yhdessä jälkihuollon ja "
            "aikuissosiaalityön kanssa, jotta tuki ei katkea siirtymässä."
        ),
        "purpose": p("Estää asunnottomuutta, joka uhkaa nuorta heti sijaishuollon päätyttyä."),
        "problem": p(
            "Tieto ja vastuu katkeavat, kun nuori siirtyy lastensuojelusta aikuisten palveluihin."
        ),
        "target_groups": ["care_leavers", "professionals"],
        "own_life_text": p("Nuori päättää itse, mitä tukea hän muuton jälkeen haluaa."),
        "influencing_text": "",
        "common_good_text": "",
        "implementation": p(
            "Nuori, jälkihuollon ohjaaja ja aikuissosiaalityöntekijä tapaavat ennen muuttoa ja sen jälkeen."
        ),
        "resources": p("Yhteiset tapaamisajat ja sovittu tiedonkulku."),
        "benefits_clients": p("Nuori tietää, kenen puoleen kääntyä."),
        "benefits_professionals": p(
            "Työntekijät tuntevat toistensa työn ja välttävät päällekkäisyyttä."
        ),
        "developer": "county",
        "project_name": "",
        "funder": "",
        "period": (2021, None),
        "region": "Pohjoisranta",
        "contact": None,
        "rooting_status": "piloting",
        "position": 3,
        "assessment": [],
        "body": [],
    },
]

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
