"""Demo figures and tables: pictures drawn by cms.demo.images, text through T()."""

from cms.demo.images import bar_chart, demo_image, pattern, three_circles
from cms.demo.translations import T

# Participants per working group in the demo evaluation (the chart draws these bars).
GROUP_PARTICIPANTS = [14, 12, 13, 11]


def demo_images() -> dict:
    """The demo's images, created on the first run and reused afterwards."""
    return {
        "chart": demo_image(
            title="Osallistujat työryhmittäin",
            description="Pylväskaavio osallistujista työryhmittäin.",
            content=bar_chart(GROUP_PARTICIPANTS),
        ),
        "dimensions": demo_image(
            title="Osallisuuden kolme osa-aluetta",
            description="Kolme toisiaan leikkaavaa ympyrää.",
            content=three_circles(),
        ),
        "listing": [
            demo_image(
                title=f"Listauskuva {index + 1}",
                description="Koristeellinen kuvio.",
                content=pattern(index),
            )
            for index in range(4)
        ],
    }


def figure(image, *, alt: str, caption: str, credit: str) -> dict:
    return {
        "type": "image",
        "value": {
            "image": {"image": image.pk, "alt_text": alt, "decorative": False},
            "caption": caption,
            "credit": credit,
        },
    }


def report_body(images: dict) -> list[dict]:
    """The evaluation report's figures and table."""
    groups = [
        T("Asumisen tuki", sv="Boendestöd", en="Housing support"),
        T("Jälkihuolto", sv="Eftervård", en="Aftercare"),
        T("Päihdepalvelut", sv="Missbrukartjänster", en="Substance abuse services"),
        T("Järjestöt", sv="Organisationer", en="Non-governmental organisations"),
    ]
    alt = T(
        "Pylväskaavio: asumisen tuen ryhmässä 14, jälkihuollon ryhmässä 12, päihdepalvelujen "
        "ryhmässä 13 ja järjestöjen ryhmässä 11 osallistujaa.",
        sv="Stapeldiagram: 14 deltagare i gruppen för boendestöd, 12 i eftervårdsgruppen, 13 i "
        "gruppen för missbrukartjänster och 11 i organisationernas grupp.",
        en="Bar chart: 14 participants in the housing support group, 12 in the aftercare "
        "group, 13 in the substance abuse services group and 11 in the NGO group.",
    )
    header = [
        T("Työryhmä", sv="Arbetsgrupp", en="Working group"),
        T("Osallistujia", sv="Deltagare", en="Participants"),
        T("Kokouksia", sv="Möten", en="Meetings"),
        T("Kokemusasiantuntijoita", sv="Erfarenhetsexperter", en="Experience experts"),
    ]
    rows = [
        [group, str(count), str(meetings), str(experts)]
        for group, count, meetings, experts in zip(
            groups, GROUP_PARTICIPANTS, [3, 4, 3, 3], [2, 1, 2, 1], strict=True
        )
    ]
    return [
        {
            "type": "heading",
            "value": {
                "text": T(
                    "Osallistujat ja kokoukset",
                    sv="Deltagare och möten",
                    en="Participants and meetings",
                ),
                "level": "h2",
            },
        },
        figure(
            images["chart"],
            alt=alt,
            caption=T(
                "Osallistujat työryhmittäin hankkeen aikana.",
                sv="Deltagare per arbetsgrupp under projektet.",
                en="Participants by working group during the project.",
            ),
            credit=T("Kaavio: Tutuksi", sv="Diagram: Tutuksi", en="Chart: Tutuksi"),
        ),
        {
            "type": "table",
            "value": {
                "caption": T(
                    "Työryhmien kokoonpano ja kokoukset",
                    sv="Arbetsgruppernas sammansättning och möten",
                    en="Working groups: members and meetings",
                ),
                "header_row": True,
                "header_column": True,
                "rows": [header, *rows],
            },
        },
    ]


def article_figure(images: dict) -> dict:
    """The guidance article's picture of the three participation dimensions."""
    return figure(
        images["dimensions"],
        alt=T(
            "Kolme osittain päällekkäistä ympyrää: osallisuus omassa elämässä, "
            "vaikuttamisen prosesseissa ja yhteisessä hyvässä.",
            sv="Tre delvis överlappande cirklar: delaktighet i det egna livet, i "
            "påverkansprocesser och i det gemensamma goda.",
            en="Three partly overlapping circles: participation in one's own life, in "
            "influencing processes and in the common good.",
        ),
        caption=T(
            "Osallisuuden osa-alueet limittyvät toisiinsa.",
            sv="Delaktighetens delområden går in i varandra.",
            en="The dimensions of participation overlap.",
        ),
        credit=T("Kuva: Tutuksi", sv="Bild: Tutuksi", en="Image: Tutuksi"),
    )
