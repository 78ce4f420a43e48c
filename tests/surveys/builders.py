"""Small survey builders shared by the survey, API and browser tests."""

from surveys.models import Option, Question, RespondentRole, Section, Survey, WorkingGroup

ROLES = [
    ("professional", "Ammattilainen", "Yrkesperson", "Professional"),
    ("client", "Asiakas", "Klient", "Client"),
]


def ensure_roles() -> None:
    """Respondent roles; migrations create them, but transactional tests flush them."""
    for value, fi, sv, en in ROLES:
        RespondentRole.objects.get_or_create(
            value=value, defaults={"label_fi": fi, "label_sv": sv, "label_en": en}
        )


def add_question(survey, section, key, type, *, order, required=False, options=(), **extra):
    question = Question.objects.create(
        survey=survey,
        section=section,
        key=key,
        type=type,
        required=required,
        order=order,
        label_fi=extra.pop("label_fi", f"Kysymys {key}"),
        label_sv=extra.pop("label_sv", f"Fråga {key}"),
        label_en=extra.pop("label_en", f"Question {key}"),
        **extra,
    )
    for index, (value, fi, sv, en) in enumerate(options):
        Option.objects.create(
            question=question, value=value, label_fi=fi, label_sv=sv, label_en=en, sort_order=index
        )
    return question


def build_survey(key: str = "group-work", *, sections: int = 2, **fields) -> Survey:
    """A survey with one question of every type across `sections` sections (1 or 2).

    Section 1: role-free basics (single choice `attended`, likert `useful`, yes_no `spoke`,
    multi_choice `topics`). Section 2: `spoke_how` shown only if spoke == yes, nps
    `recommend`, number `meetings`, short_text `one_word`, long_text `comments`.
    """
    ensure_roles()
    defaults = {
        "title_fi": "Palautetta työryhmästä",
        "title_sv": "Respons om arbetsgruppen",
        "title_en": "Feedback on the working group",
        "description_fi": "Vastaa nimettömästi.",
        "description_sv": "Svara anonymt.",
        "description_en": "Answer anonymously.",
    }
    defaults.update(fields)
    survey = Survey.objects.create(key=key, **defaults)
    first = Section.objects.create(
        survey=survey, title_fi="Työskentely", title_sv="Arbetet", title_en="The work", sort_order=0
    )
    second = first
    if sections > 1:
        second = Section.objects.create(
            survey=survey,
            title_fi="Jatko",
            title_sv="Fortsättning",
            title_en="Next steps",
            sort_order=1,
        )
    add_question(
        survey,
        first,
        "attended",
        "single_choice",
        order=0,
        required=True,
        label_sv="Hur ofta deltog du?",
        options=[
            ("every", "Joka kerta", "Varje gång", "Every time"),
            ("some", "Joskus", "Ibland", "Sometimes"),
        ],
    )
    add_question(
        survey,
        first,
        "useful",
        "likert",
        order=1,
        required=True,
        scale_min=1,
        scale_max=5,
        min_label_fi="Ei lainkaan",
        min_label_sv="Inte alls",
        min_label_en="Not at all",
        max_label_fi="Erittäin",
        max_label_sv="Mycket",
        max_label_en="Very",
        help_sv="1 = inte alls, 5 = mycket",
        label_sv="Var arbetet till nytta?",
    )
    add_question(
        survey,
        first,
        "spoke",
        "yes_no",
        order=2,
        label_sv="Fick du säga din åsikt?",
    )
    add_question(
        survey,
        first,
        "topics",
        "multi_choice",
        order=3,
        label_sv="Vilka teman var viktiga?",
        options=[
            ("housing", "Asuminen", "Boende", "Housing"),
            ("work", "Työ", "Arbete", "Work"),
            ("health", "Terveys", "Hälsa", "Health"),
        ],
    )
    spoke = Question.objects.get(survey=survey, key="spoke")
    add_question(
        survey,
        second,
        "spoke_how",
        "short_text",
        order=4,
        show_if_question=spoke,
        show_if_values="yes",
        label_sv="Hur fick du säga din åsikt?",
    )
    add_question(survey, second, "recommend", "nps", order=5, label_sv="Skulle du rekommendera?")
    add_question(
        survey,
        second,
        "meetings",
        "number",
        order=6,
        min_value=0,
        max_value=50,
        label_sv="Hur många möten?",
    )
    add_question(survey, second, "one_word", "short_text", order=7, label_sv="Ett ord")
    add_question(survey, second, "comments", "long_text", order=8, label_sv="Kommentarer")
    return survey


def valid_answers() -> dict:
    return {
        "attended": "every",
        "useful": 4,
        "spoke": "yes",
        "topics": ["housing", "work"],
        "spoke_how": "Puheenvuorossa",
        "recommend": 9,
        "meetings": 3,
        "one_word": "Hyvä",
        "comments": "Kiitos.",
    }


def coordinator_of(survey, django_user_model, username="koordinaattori"):
    group = survey.working_group or WorkingGroup.objects.create(name="Asumisen työryhmä")
    if survey.working_group_id is None:
        survey.working_group = group
        survey.save(update_fields=["working_group"])
    user = django_user_model.objects.create_user(username=username, password="correct horse 42")
    group.coordinators.add(user)
    return user
