"""Small guidance trees for tests: every page type, snippet and block, in Finnish.

Tests build what they need from here rather than loading the demo data. `translate_tree`
translates the snippets first (pages point at them) and then the pages, top down.
"""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale

from cms.choices import RootingStatus
from cms.demo.pdf import minimal_pdf
from cms.models import (
    ContactPerson,
    EvaluationReportPage,
    GuidanceArticlePage,
    GuidanceIndexPage,
    Organisation,
    PracticeModelPage,
    PracticeModelRelatedModel,
    PracticeModelTargetGroup,
    Series,
    TargetGroup,
)
from cms.translation import translate_with_strings

HOMELESSNESS_BODY = "Asunnottomuus vähenee, kun asiakkaat suunnittelevat palveluja mukana."


def _publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def build_guidance_tree(home) -> dict:
    """An index with two practice models in a series, a report and an article, all live."""
    organisation = Organisation.objects.create(name="Testikaupungin sosiaalipalvelut")
    contact = ContactPerson.objects.create(
        name="Testi Henkilö", role="Projektipäällikkö", organisation=organisation
    )
    homeless = TargetGroup.objects.create(name="Asunnottomuutta kokeneet")
    substitution = TargetGroup.objects.create(name="Korvaushoidon asiakkaat")
    series = Series.objects.create(title="Osallisuuden palat")
    Document = get_document_model()
    if Collection.get_first_root_node() is None:  # flushed by a transactional test
        Collection.add_root(name="Root")
    document = Document(title="Arviointiraportti")
    document.file.save(
        "arviointi.pdf",
        ContentFile(minimal_pdf(title="Arviointi", lines=["Testiraportti"])),
        save=True,
    )

    index = home.add_child(
        instance=GuidanceIndexPage(title="Ohjeet", slug="ohjeet", intro="Toimintamallit ja ohjeet.")
    )
    _publish(index)

    first = PracticeModelPage(
        title="Asiakkaat kehittäjinä",
        slug="asiakkaat-kehittajina",
        summary="Asunnottomuutta kokeneet suunnittelevat palveluja ammattilaisten kanssa.",
        purpose="<p>Palvelut osuvat paremmin, kun käyttäjät ovat mukana.</p>",
        problem="<p>Palvelut eivät tunne asiakkaidensa tilannetta.</p>",
        strengthens_own_life=True,
        own_life_text="<p>Asiakas toimii kehittäjänä omassa asiassaan.</p>",
        strengthens_influencing=True,
        influencing_text="<p>Käyttäjät vaikuttavat kaupungin ohjelmaan.</p>",
        implementation="<p>Työryhmät kokoontuvat kolme kertaa.</p>",
        resources="<p>Kokoustila ja koordinaattori.</p>",
        benefits_clients="<p>Asiakas tulee kuulluksi.</p>",
        benefits_professionals="<p>Ammattilaiset saavat vertaistukea.</p>",
        developer=organisation,
        project_name="Kotiin-hanke",
        funder="ESR",
        period_start=2016,
        period_end=2019,
        region="Itä-Suomi",
        contact_person=contact,
        rooting_status=RootingStatus.OPEN,
        evaluation_document=document,
        series=series,
        series_position=1,
        assessment=[
            {
                "type": "criterion",
                "value": {"criterion": "need", "status": "met", "text": "Tarve on todettu."},
            },
            {
                "type": "criterion",
                "value": {"criterion": "rooting", "status": "partly_met", "text": "Kesken."},
            },
        ],
        body=[
            {"type": "heading", "value": {"text": "Miten malli syntyi", "level": "h2"}},
            {"type": "paragraph", "value": f"<p>{HOMELESSNESS_BODY}</p>"},
        ],
    )
    first.target_groups = [PracticeModelTargetGroup(target_group=homeless)]
    index.add_child(instance=first)
    _publish(first)

    second = PracticeModelPage(
        title="Aikaa luottamukselle",
        slug="aikaa-luottamukselle",
        summary="Korvaushoidossa kiireetön kohtaaminen rakentaa luottamusta.",
        strengthens_common_good=True,
        common_good_text="<p>Yhteinen tila palvelee kaikkia.</p>",
        series=series,
        series_position=2,
        rooting_status=RootingStatus.ROOTING,
    )
    second.target_groups = [PracticeModelTargetGroup(target_group=substitution)]
    index.add_child(instance=second)
    _publish(second)

    first.related_models = [PracticeModelRelatedModel(related_page=second)]
    _publish(first)

    report = EvaluationReportPage(
        title="Arvio mallista",
        slug="arvio",
        intro="Arvio osallisuuden osa-alueiden näkökulmasta.",
        developer=organisation,
        project_name="Kotiin-hanke",
        contact_person=contact,
        participants="<p>Sosiaalityöntekijöitä ja kokemusasiantuntijoita.</p>",
        working_group_count=4,
        meetings_per_group=3,
        participant_count=50,
        case_examples=[
            {
                "type": "case",
                "value": {
                    "title": "Siirtymä jälkihuollosta",
                    "body": "<p>Nuoren muutto omaan asuntoon suunniteltiin yhdessä.</p>",
                    "organisation": "Jälkihuolto",
                    "period": "2018",
                },
            }
        ],
        assessment=[
            {
                "type": "criterion",
                "value": {"criterion": "demand", "status": "met", "text": "Noin 50 osallistujaa."},
            }
        ],
        conclusions="<p>Juurtuminen on vielä auki.</p>",
    )
    first.add_child(instance=report)
    _publish(report)

    article = GuidanceArticlePage(
        title="Ammattilaisen osallisuus",
        slug="ammattilaisen-osallisuus",
        intro="Tavoitteita ja keinoja ammattilaisen osallisuuteen.",
        body=[
            {"type": "heading", "value": {"text": "Tavoitteet", "level": "h2"}},
            {
                "type": "numbered_goal",
                "value": {
                    "number": 1,
                    "title": "Yhteistyö sujuu",
                    "text": "<p>Kumpikin tulee kuulluksi.</p>",
                    "practices": [
                        {"title": "Kysy, älä oleta", "explanation": "Kysymys vähentää epäluuloa."}
                    ],
                },
            },
            {
                "type": "example",
                "value": {
                    "title": "Kiertävä kokous",
                    "body": "<p>Kokous kiertää terveysasemalta toiselle.</p>",
                    "organisation": "Korvaushoitoyksikkö",
                    "period": "2019–2020",
                },
            },
            {
                "type": "quote",
                "value": {
                    "text": "Kun joku luottaa minuun, uskallan kertoa.",
                    "attribution": "Asiakas",
                    "role": "kokemusasiantuntija",
                },
            },
            {
                "type": "interview",
                "value": {
                    "title": "Haastattelu",
                    "interviewer_label": "Toimittaja",
                    "interviewee_label": "Ohjaaja",
                    "pairs": [{"question": "Mikä auttoi?", "answer": "Aika ja kiireettömyys."}],
                },
            },
            {
                "type": "link_list",
                "value": {
                    "title": "Lue myös",
                    "items": [
                        {"label": "Mallin sivu", "page": first.pk, "document": None, "url": ""},
                        {"label": "Arvio", "page": None, "document": document.pk, "url": ""},
                        {
                            "label": "THL",
                            "page": None,
                            "document": None,
                            "url": "https://thl.fi/",
                        },
                    ],
                },
            },
            {
                "type": "related_models",
                "value": {"title": "Toimintamallit", "pages": [first.pk, second.pk]},
            },
            {
                "type": "workshop_summary",
                "value": {
                    "title": "Työpajan satoa",
                    "description": "Kokemusasiantuntijaryhmän näkemyksiä.",
                    "sections": [
                        {
                            "quote_title": "Pyydän apua vain kerran.",
                            "points": ["Ensimmäinen yhteys ratkaisee.", "Torjunta lamauttaa."],
                        }
                    ],
                },
            },
        ],
    )
    index.add_child(instance=article)
    _publish(article)

    return {
        "organisation": organisation,
        "contact": contact,
        "target_groups": [homeless, substitution],
        "series": series,
        "document": document,
        "index": index,
        "models": [
            PracticeModelPage.objects.get(pk=first.pk),
            PracticeModelPage.objects.get(pk=second.pk),
        ],
        "report": EvaluationReportPage.objects.get(pk=report.pk),
        "article": GuidanceArticlePage.objects.get(pk=article.pk),
    }


SWEDISH = {
    "Testikaupungin sosiaalipalvelut": "Teststadens socialtjänster",
    "Projektipäällikkö": "Projektchef",
    "Asunnottomuutta kokeneet": "Personer med erfarenhet av bostadslöshet",
    "Korvaushoidon asiakkaat": "Klienter i substitutionsbehandling",
    "Osallisuuden palat": "Delaktighetens bitar",
    "Ohjeet": "Anvisningar",
    "ohjeet": "anvisningar",
    "Asiakkaat kehittäjinä": "Klienter som utvecklare",
    "asiakkaat-kehittajina": "klienter-som-utvecklare",
    "Asunnottomuutta kokeneet suunnittelevat palveluja ammattilaisten kanssa.": (
        "Personer med erfarenhet av bostadslöshet planerar tjänster med yrkesverksamma."
    ),
    "Miten malli syntyi": "Hur modellen kom till",
    HOMELESSNESS_BODY: "Bostadslösheten minskar när klienterna planerar tjänsterna.",
    "Aikaa luottamukselle": "Tid för förtroende",
    "aikaa-luottamukselle": "tid-for-fortroende",
    "Arvio mallista": "Utvärdering av modellen",
    "arvio": "utvardering",
    "Ammattilaisen osallisuus": "Yrkesverksammas delaktighet",
    "ammattilaisen-osallisuus": "yrkesverksammas-delaktighet",
    "Tavoitteet": "Mål",
    "Kiertävä kokous": "Det ambulerande mötet",
}


def translate_tree(tree: dict, *, language: str, strings: dict, capture=None) -> dict:
    """Translate the tree's snippets, then its pages, into `language`; return the copies.

    `capture` is pytest-django's `django_capture_on_commit_callbacks` in non-transactional
    tests: wagtail-localize publishes in an on_commit hook, each call gets its own capture.
    """
    locale = Locale.objects.get(language_code=language)
    translated = {}

    def run(instance):
        if capture is None:
            translation = translate_with_strings(instance, locale=locale, strings=strings)
        else:
            with capture(execute=True):
                translation = translate_with_strings(instance, locale=locale, strings=strings)
        # The publish ran in an on_commit hook after the copy was fetched.
        return type(translation).objects.get(pk=translation.pk)

    for key in ("organisation", "contact", "series"):
        translated[key] = run(tree[key])
    translated["target_groups"] = [run(group) for group in tree["target_groups"]]
    translated["index"] = run(tree["index"])
    translated["models"] = [run(model) for model in tree["models"]]
    translated["report"] = run(tree["report"])
    translated["article"] = run(tree["article"])
    return translated
