"""Demo surveys in the interchange format (docs/survey-format.md), written for this project."""


def _t(fi: str, sv: str, en: str) -> dict[str, str]:
    return {"fi": fi, "sv": sv, "en": en}


GROUP_WORK = {
    "key": "tyoryhman-palaute",
    "title": _t(
        "Palautetta työryhmän työskentelystä",
        "Respons om arbetsgruppens arbete",
        "Feedback on the working group",
    ),
    "description": _t(
        "Kysymme työryhmän jäseniltä, miten yhteinen kehittäminen sujui. Vastaat nimettömästi.",
        "Vi frågar arbetsgruppens medlemmar hur det gemensamma utvecklingsarbetet gick. "
        "Du svarar anonymt.",
        "We ask the members of the working group how the joint development went. "
        "Your answers are anonymous.",
    ),
    "anonymous": True,
    "min_group_size": 5,
    "channels": ["written", "oral"],
    "requires_invite": False,
    "retention_days": 730,
    "sections": [
        {"title": _t("Tapaamiset", "Mötena", "The meetings")},
        {"title": _t("Osallisuus", "Delaktighet", "Participation")},
        {"title": _t("Jatko", "Fortsättning", "What next")},
    ],
    "questions": [
        {
            "key": "attendance",
            "type": "single_choice",
            "required": True,
            "section": 0,
            "label": _t(
                "Kuinka usein osallistuit ryhmän tapaamisiin?",
                "Hur ofta deltog du i gruppens möten?",
                "How often did you attend the group's meetings?",
            ),
            "help": _t("", "", ""),
            "options": [
                {"value": "all", "label": _t("Joka kerta", "Varje gång", "Every time")},
                {"value": "most", "label": _t("Useimmiten", "Oftast", "Most times")},
                {"value": "few", "label": _t("Harvoin", "Sällan", "Rarely")},
            ],
        },
        {
            "key": "heard",
            "type": "likert",
            "required": True,
            "section": 0,
            "label": _t(
                "Tulivatko näkemyksesi kuulluiksi ryhmässä?",
                "Blev dina synpunkter hörda i gruppen?",
                "Were your views heard in the group?",
            ),
            "help": _t(
                "1 = ei lainkaan, 5 = täysin",
                "1 = inte alls, 5 = helt och hållet",
                "1 = not at all, 5 = completely",
            ),
            "scale": {
                "min": 1,
                "max": 5,
                "min_label": _t("Ei lainkaan", "Inte alls", "Not at all"),
                "max_label": _t("Täysin", "Helt och hållet", "Completely"),
            },
        },
        {
            "key": "helped",
            "type": "multi_choice",
            "required": False,
            "section": 0,
            "label": _t(
                "Mikä auttoi yhteistyötä? Valitse kaikki sopivat.",
                "Vad hjälpte samarbetet? Välj alla som passar.",
                "What helped the collaboration? Choose all that apply.",
            ),
            "help": _t("", "", ""),
            "options": [
                {
                    "value": "face-to-face",
                    "label": _t(
                        "Kasvokkain tapaaminen",
                        "Att träffas ansikte mot ansikte",
                        "Meeting face to face",
                    ),
                },
                {
                    "value": "lived-experience",
                    "label": _t(
                        "Kokemusasiantuntijoiden näkökulma",
                        "Erfarenhetsexperternas perspektiv",
                        "The view of experience experts",
                    ),
                },
                {
                    "value": "shared-goals",
                    "label": _t("Yhteiset tavoitteet", "Gemensamma mål", "Shared goals"),
                },
                {
                    "value": "enough-time",
                    "label": _t("Riittävästi aikaa", "Tillräckligt med tid", "Enough time"),
                },
            ],
        },
        {
            "key": "expert-present",
            "type": "yes_no",
            "required": True,
            "section": 1,
            "label": _t(
                "Oliko kokemusasiantuntija mukana tapaamisissa, joihin osallistuit?",
                "Var en erfarenhetsexpert med på mötena du deltog i?",
                "Was an experience expert present at the meetings you attended?",
            ),
            "help": _t("", "", ""),
        },
        {
            "key": "expert-effect",
            "type": "long_text",
            "required": False,
            "section": 1,
            "label": _t(
                "Miten kokemusasiantuntijan mukanaolo näkyi työssä?",
                "Hur märktes erfarenhetsexpertens medverkan i arbetet?",
                "How did the experience expert's presence show in the work?",
            ),
            "help": _t(
                "Älä kirjoita nimiä tai muita tunnistetietoja.",
                "Skriv inte namn eller andra uppgifter som kan identifiera någon.",
                "Do not write names or other details that identify anyone.",
            ),
            "show_if": {"question": "expert-present", "equals": ["yes"]},
        },
        {
            "key": "use-in-work",
            "type": "likert",
            "required": False,
            "section": 1,
            "label": _t(
                "Olen käyttänyt ryhmän ideoita omassa työssäni.",
                "Jag har använt gruppens idéer i mitt eget arbete.",
                "I have used the group's ideas in my own work.",
            ),
            "help": _t("", "", ""),
            "scale": {
                "min": 1,
                "max": 7,
                "min_label": _t("Täysin eri mieltä", "Helt av annan åsikt", "Strongly disagree"),
                "max_label": _t("Täysin samaa mieltä", "Helt av samma åsikt", "Strongly agree"),
            },
        },
        {
            "key": "recommend",
            "type": "nps",
            "required": False,
            "section": 2,
            "label": _t(
                "Kuinka todennäköisesti suosittelisit tätä työtapaa kollegalle?",
                "Hur troligt är det att du skulle rekommendera arbetssättet till en kollega?",
                "How likely would you recommend this way of working to a colleague?",
            ),
            "help": _t(
                "0 = ei lainkaan, 10 = erittäin todennäköisesti",
                "0 = inte alls, 10 = mycket troligt",
                "0 = not at all, 10 = very likely",
            ),
        },
        {
            "key": "improve",
            "type": "long_text",
            "required": False,
            "section": 2,
            "label": _t(
                "Mitä tekisit seuraavalla kerralla toisin?",
                "Vad skulle du göra annorlunda nästa gång?",
                "What would you do differently next time?",
            ),
            "help": _t(
                "Älä kirjoita nimiä tai muita tunnistetietoja.",
                "Skriv inte namn eller andra uppgifter som kan identifiera någon.",
                "Do not write names or other details that identify anyone.",
            ),
        },
    ],
}

CLIENTS = {
    "key": "asiakaspalaute",
    "title": _t(
        "Kerro kokemuksestasi", "Berätta om din erfarenhet", "Tell us about your experience"
    ),
    "description": _t(
        "Muutama kysymys siitä, miten sinut kohdattiin. Vastaat nimettömästi, eikä vastaus "
        "vaikuta saamiisi palveluihin.",
        "Några frågor om hur du blev bemött. Du svarar anonymt och svaret påverkar inte "
        "de tjänster du får.",
        "A few questions about how you were met. Your answers are anonymous and do not "
        "affect the services you receive.",
    ),
    "anonymous": True,
    "min_group_size": 5,
    "channels": ["written", "oral"],
    "requires_invite": False,
    "retention_days": 365,
    "sections": [],
    "questions": [
        {
            "key": "met",
            "type": "likert",
            "required": True,
            "label": _t(
                "Koitko, että sinut otettiin vakavasti, kun pyysit apua?",
                "Kände du att du blev tagen på allvar när du bad om hjälp?",
                "Did you feel taken seriously when you asked for help?",
            ),
            "help": _t("", "", ""),
            "scale": {
                "min": 1,
                "max": 5,
                "min_label": _t("En lainkaan", "Inte alls", "Not at all"),
                "max_label": _t("Täysin", "Helt och hållet", "Completely"),
            },
        },
        {
            "key": "first-contact",
            "type": "single_choice",
            "required": False,
            "label": _t(
                "Miten otit ensimmäisen kerran yhteyttä?",
                "Hur tog du kontakt första gången?",
                "How did you first get in touch?",
            ),
            "help": _t("", "", ""),
            "options": [
                {"value": "phone", "label": _t("Puhelimella", "Per telefon", "By phone")},
                {
                    "value": "visit",
                    "label": _t(
                        "Kävin paikan päällä", "Jag besökte stället", "I visited in person"
                    ),
                },
                {
                    "value": "someone",
                    "label": _t(
                        "Joku toinen otti yhteyttä puolestani",
                        "Någon annan tog kontakt åt mig",
                        "Someone else got in touch for me",
                    ),
                },
            ],
        },
        {
            "key": "got-help",
            "type": "yes_no",
            "required": True,
            "label": _t(
                "Saitko apua asiaan, jonka vuoksi otit yhteyttä?",
                "Fick du hjälp med det som du tog kontakt om?",
                "Did you get help with what you got in touch about?",
            ),
            "help": _t("", "", ""),
        },
        {
            "key": "what-missing",
            "type": "long_text",
            "required": False,
            "label": _t(
                "Mitä olisit tarvinnut lisää?",
                "Vad skulle du ha behövt mer av?",
                "What more would you have needed?",
            ),
            "help": _t(
                "Älä kirjoita nimiä, puhelinnumeroita tai henkilötunnusta.",
                "Skriv inte namn, telefonnummer eller personbeteckning.",
                "Do not write names, phone numbers or personal identity codes.",
            ),
            "show_if": {"question": "got-help", "equals": ["no"]},
        },
        {
            "key": "one-word",
            "type": "short_text",
            "required": False,
            "label": _t(
                "Kuvaile kohtaamista yhdellä sanalla.",
                "Beskriv bemötandet med ett ord.",
                "Describe how you were met in one word.",
            ),
            "help": _t("", "", ""),
        },
    ],
}

DEMO_SURVEYS = [GROUP_WORK, CLIENTS]
