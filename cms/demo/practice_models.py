"""Demo practice models: three models of one series, the first one translated."""

from cms.demo.translations import T, p

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
