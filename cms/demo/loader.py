"""Create or refresh the demo guidance tree; safe to run again and again.

Everything is looked up by its Finnish slug or name first, so a second run updates the same
pages and snippets instead of adding copies.
"""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale

from cms.demo import guidance as demo
from cms.demo.figures import article_figure, demo_images, report_body
from cms.demo.pdf import minimal_pdf
from cms.models import (
    ContactPerson,
    EvaluationReportPage,
    GuidanceArticlePage,
    GuidanceIndexPage,
    HomePage,
    Organisation,
    PracticeModelPage,
    PracticeModelRelatedModel,
    PracticeModelTargetGroup,
    Series,
    TargetGroup,
)
from cms.translation import translate_with_strings


def load_guidance(*, home: HomePage, locales: dict[str, Locale]) -> dict:
    """Build the Finnish guidance tree under `home` and translate part of it to sv and en."""
    fi = locales["fi"]
    organisations = {
        key: _snippet(Organisation, fi, lookup={"name": spec["name"]}, fields=spec)
        for key, spec in demo.ORGANISATIONS.items()
    }
    contacts = {
        key: _snippet(
            ContactPerson,
            fi,
            lookup={"name": spec["name"]},
            fields={**spec, "organisation": organisations[spec["organisation"]]},
        )
        for key, spec in demo.CONTACTS.items()
    }
    groups = {
        key: _snippet(TargetGroup, fi, lookup={"name": spec["name"]}, fields=spec)
        for key, spec in demo.TARGET_GROUPS.items()
    }
    series = _snippet(Series, fi, lookup={"title": demo.SERIES["title"]}, fields=demo.SERIES)
    document = _evaluation_document()
    images = demo_images()

    index = _child(home, GuidanceIndexPage, demo.INDEX["slug"])
    _publish(index, title=demo.INDEX["title"], intro=demo.INDEX["intro"])

    models = []
    for spec in demo.MODELS:
        page = _child(index, PracticeModelPage, spec["slug"])
        start, end = spec["period"]
        _set_target_groups(page, [groups[key] for key in spec["target_groups"]])
        _publish(
            page,
            title=spec["title"],
            summary=spec["summary"],
            purpose=spec["purpose"],
            problem=spec["problem"],
            strengthens_own_life=bool(spec["own_life_text"]),
            own_life_text=spec["own_life_text"],
            strengthens_influencing=bool(spec["influencing_text"]),
            influencing_text=spec["influencing_text"],
            strengthens_common_good=bool(spec["common_good_text"]),
            common_good_text=spec["common_good_text"],
            implementation=spec["implementation"],
            resources=spec["resources"],
            benefits_clients=spec["benefits_clients"],
            benefits_professionals=spec["benefits_professionals"],
            developer=organisations[spec["developer"]],
            project_name=spec["project_name"],
            funder=spec["funder"],
            period_start=start,
            period_end=end,
            region=spec["region"],
            contact_person=contacts[spec["contact"]] if spec["contact"] else None,
            rooting_status=spec["rooting_status"],
            evaluation_document=document if spec["position"] == 1 else None,
            assessment=_assessment(spec["assessment"]),
            series=series,
            series_position=spec["position"],
            listing_image=images["listing"][spec["position"] - 1],
            body=spec["body"],
        )
        models.append(page)

    for page, related in [
        (models[0], models[1:]),
        (models[1], [models[0]]),
        (models[2], [models[0]]),
    ]:
        if [item.related_page_id for item in page.related_models.all()] != [r.pk for r in related]:
            page.related_models = [PracticeModelRelatedModel(related_page=r) for r in related]
            page.save_revision().publish()

    report = _child(models[0], EvaluationReportPage, demo.REPORT["slug"])
    _publish(
        report,
        title=demo.REPORT["title"],
        intro=demo.REPORT["intro"],
        developer=organisations["city"],
        project_name=models[0].project_name,
        contact_person=contacts["city"],
        participants=demo.REPORT["participants"],
        working_group_count=demo.REPORT["working_group_count"],
        meetings_per_group=demo.REPORT["meetings_per_group"],
        participant_count=demo.REPORT["participant_count"],
        case_examples=[{"type": "case", "value": case} for case in demo.REPORT["cases"]],
        assessment=_assessment(demo.REPORT["assessment"]),
        conclusions=demo.REPORT["conclusions"],
        body=report_body(images),
    )

    article = _child(index, GuidanceArticlePage, demo.ARTICLE["slug"])
    _publish(
        article,
        title=demo.ARTICLE["title"],
        intro=demo.ARTICLE["intro"],
        listing_image=images["listing"][3],
        body=[
            *demo.article_body(model_pks=[m.pk for m in models], document_pk=document.pk),
            article_figure(images),
        ],
    )
    workshop = _child(index, GuidanceArticlePage, demo.WORKSHOP["slug"])
    _publish(
        workshop,
        title=demo.WORKSHOP["title"],
        intro=demo.WORKSHOP["intro"],
        body=demo.WORKSHOP_BODY,
    )

    # Snippets first: the translated pages point at their translations.
    translatable = [
        organisations["city"],
        contacts["city"],
        groups["homeless"],
        groups["professionals"],
        series,
        index,
        models[0],
        article,
    ]
    for code in ("sv", "en"):
        for instance in translatable:
            translate_with_strings(instance, locale=locales[code], strings=demo.TRANSLATIONS[code])
    return {"index": index, "models": models, "report": report, "article": article}


def _snippet(model, locale: Locale, *, lookup: dict, fields: dict):
    names = {field.name for field in model._meta.get_fields()}
    values = {key: value for key, value in fields.items() if key in names}
    instance, _created = model.objects.update_or_create(locale=locale, **lookup, defaults=values)
    return instance


def _child(parent, page_class, slug: str):
    page = page_class.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        # Placeholders for the required fields; `_publish` fills in the real content.
        required = {PracticeModelPage: {"summary": "-"}, GuidanceArticlePage: {"intro": "-"}}
        page = parent.add_child(
            instance=page_class(title=slug, slug=slug, **required.get(page_class, {}))
        )
    return page


def _publish(page, **fields) -> None:
    for name, value in fields.items():
        setattr(page, name, value)
    page.full_clean()
    page.save_revision().publish()
    page.refresh_from_db()


def _set_target_groups(page: PracticeModelPage, groups: list[TargetGroup]) -> None:
    # Only replace when different: new rows get new translation keys, and the
    # translations would then gain duplicate children on every run.
    if [item.target_group_id for item in page.target_groups.all()] != [g.pk for g in groups]:
        page.target_groups = [PracticeModelTargetGroup(target_group=g) for g in groups]


def _assessment(rows: list[tuple[str, str, str]]) -> list[dict]:
    return [
        {"type": "criterion", "value": {"criterion": c, "status": s, "text": t}} for c, s, t in rows
    ]


def _evaluation_document():
    Document = get_document_model()
    document = Document.objects.filter(title=demo.EVALUATION_PDF["title"]).first()
    if document is None:
        # A flushed database (transactional tests) has no root collection to file it in.
        if Collection.get_first_root_node() is None:
            Collection.add_root(name="Root")
        content = minimal_pdf(
            title=demo.EVALUATION_PDF["title"], lines=demo.EVALUATION_PDF["lines"]
        )
        document = Document(title=demo.EVALUATION_PDF["title"], file_size=len(content))
        document.file.save(demo.EVALUATION_PDF["filename"], ContentFile(content), save=True)
    return document
