"""Demo organisations, contact people, target groups, the series and the guidance index."""

from cms.demo.translations import TRANSLATIONS, T

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
