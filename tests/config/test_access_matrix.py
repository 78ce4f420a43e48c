"""Access matrix: every URL pattern of the site, for every kind of visitor, allowed or denied.

The test walks the whole URLconf (Wagtail admin, the APIs, exports, preview, the feedback
form, the public site, sitemap, healthz), builds a concrete URL for each pattern from real
objects (survey S of working group A, its comment, invite batch, a page, ...), requests it
as each role and classifies the answer:

* allow: 2xx, a redirect that is not a denial, or 400/404/405 (an authorised visitor
  reached the view and the view judged the input);
* deny: 401, 403, a redirect to a login page, or Wagtail's "permission denied" redirect
  to the admin dashboard with its error message (wagtail.admin.auth.permission_denied).

RULES maps every pattern (by regex over its full route string, first match wins) to the
roles that must be allowed. A pattern that no rule covers fails the test, and so does a
rule that covers no pattern: the table stays a complete, current picture of who may
reach what. KNOWN_GAPS lists the few places where the product's promise is not kept yet.
"""

from __future__ import annotations

import datetime
import re
import uuid
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import ERROR
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import RegexPattern
from wagtail.models import Locale, Page, Site

from api.models import WebhookDelivery, WebhookEndpoint
from cms.editorial import COORDINATORS, EDITORS, MODERATORS
from cms.models import StandardPage
from surveys.models import RespondentRole, Session, Theme, WorkingGroup
from surveys.participants.services import participant_create
from surveys.services import invite_batch_create
from tests.surveys.builders import build_survey, valid_answers
from tests.surveys.results_builders import add_responses, same

pytestmark = pytest.mark.django_db

ANONYMOUS = "anonymous"
PARTICIPANT = "participant"
EDITOR = "editor"
MODERATOR = "moderator"
COORDINATOR_A = "coordinator_a"
COORDINATOR_B = "coordinator_b"
SUPERUSER = "superuser"
ROLES = [ANONYMOUS, PARTICIPANT, EDITOR, MODERATOR, COORDINATOR_A, COORDINATOR_B, SUPERUSER]

ALLOW = "allow"
DENY = "deny"
MISSING_INT = 987654


# --- The world: real objects to fill path parameters with --------------------------------


def _released_comment_id(comment) -> str:
    """A comment's public id, as a release gives it (comments are addressed by it)."""
    comment.public_id = uuid.uuid4()
    comment.save(update_fields=["public_id"])
    return str(comment.public_id)


@dataclass
class World:
    home: Page
    page: StandardPage
    survey: object
    other_survey: object
    group_a: WorkingGroup
    comment_id: str
    batch: object
    invite_code: str
    theme: Theme
    session: Session
    participant: object
    snippets: dict
    endpoint: WebhookEndpoint
    delivery: WebhookDelivery
    users: dict


def _member(django_user_model, username: str, group_name: str):
    user = django_user_model.objects.create_user(username=username, password="correct horse 42")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def world(home_page, django_user_model) -> World:
    from cms.models import ContactPerson, Organisation, Series, TargetGroup

    page = home_page.add_child(instance=StandardPage(title="Tietoa palvelusta", slug="tietoa"))
    page.save_revision().publish()
    group_a = WorkingGroup.objects.create(name="Asumisen työryhmä")
    group_b = WorkingGroup.objects.create(name="Työllisyyden työryhmä")
    survey = build_survey("ryhman-palaute", working_group=group_a, requires_invite=True)
    other_survey = build_survey("toisen-ryhman-palaute", working_group=group_b)
    add_responses(survey, same(6, answers={"attended": "every", "comments": "Hyvä ryhmä."}))
    comment = survey.questions.get(key="comments").answers.first()
    batch = invite_batch_create(survey=survey, count=2, working_group=group_a)
    coordinator_a = _member(django_user_model, COORDINATOR_A, COORDINATORS)
    coordinator_b = _member(django_user_model, COORDINATOR_B, COORDINATORS)
    group_a.coordinators.add(coordinator_a)
    group_b.coordinators.add(coordinator_b)
    endpoint = WebhookEndpoint.objects.create(
        name="Frontend", url="https://frontend.example.invalid/hook", secret="s" * 32
    )
    organisation = Organisation.objects.create(name="Testikaupunki")
    users = {
        ANONYMOUS: None,
        PARTICIPANT: None,
        EDITOR: _member(django_user_model, EDITOR, EDITORS),
        MODERATOR: _member(django_user_model, MODERATOR, MODERATORS),
        COORDINATOR_A: coordinator_a,
        COORDINATOR_B: coordinator_b,
        SUPERUSER: django_user_model.objects.create_superuser(
            username=SUPERUSER, password="correct horse 42"
        ),
    }
    return World(
        home=home_page,
        page=page,
        survey=survey,
        other_survey=other_survey,
        group_a=group_a,
        comment_id=_released_comment_id(comment),
        batch=batch,
        invite_code=batch.codes.first().code,
        theme=Theme.objects.create(survey=survey, key="asuminen", label_fi="Asuminen"),
        session=Session.objects.create(
            working_group=group_a, date=datetime.date(2026, 3, 2), kind="meeting"
        ),
        participant=participant_create(
            survey=build_survey("nimetty", working_group=group_a, anonymous=False), name="Aino"
        ),
        snippets={
            "organisation": organisation,
            "contactperson": ContactPerson.objects.create(
                name="Testi Henkilö", role="Koordinaattori", organisation=organisation
            ),
            "targetgroup": TargetGroup.objects.create(name="Nuoret"),
            "series": Series.objects.create(title="Osallisuuden palat"),
        },
        endpoint=endpoint,
        delivery=WebhookDelivery.objects.create(
            endpoint=endpoint, event="page_published", payload={"id": page.pk}
        ),
        users=users,
    )


# Path parameters by (regex over the full route, parameter name). First match wins; a
# parameter with no entry gets a sample value by converter (an absent id for ints).
def _parameters(world: World) -> list[tuple[str, str, object]]:
    survey = world.survey
    return [
        (r"^admin/surveys/surveys/", "pk", survey.pk),
        (r"^admin/surveys/questions/", "pk", survey.questions.first().pk),
        (r"^admin/surveys/working-groups/", "pk", world.group_a.pk),
        (r"^admin/surveys/sessions/", "pk", world.session.pk),
        (r"^admin/surveys/roles/", "pk", RespondentRole.objects.first().pk),
        (r"^admin/surveys/invites/", "pk", world.batch.pk),
        (r"^admin/surveys/participants/", "pk", world.participant.pk),
        (r"", "participant_id", world.participant.pk),
        (r"", "session_id", world.session.pk),
        (r"^admin/surveys/surveys/<int:survey_id>/paper/", "language", "sv"),
        (r"^admin/snippets/(choose/)?surveys/theme/", "pk", world.theme.pk),
        *[
            (rf"^admin/snippets/(choose/)?cms/{name}/", "pk", snippet.pk)
            for name, snippet in world.snippets.items()
        ],
        (r"^admin/webhook_endpoints/", "pk", world.endpoint.pk),
        (r"^admin/webhook_deliveries/", "pk", world.delivery.pk),
        (r"^admin/users/", "pk", world.users[EDITOR].pk),
        (r"^admin/groups/", "pk", Group.objects.get(name=EDITORS).pk),
        (r"^admin/locales/", "pk", Locale.objects.get(language_code="fi").pk),
        (r"^admin/sites/", "pk", Site.objects.get(is_default_site=True).pk),
        (r"pages/", "pk", world.page.pk),
        (r"chosen/<str:pk>", "pk", MISSING_INT),
        (r"", "page_id", world.page.pk),
        (r"", "parent_page_id", world.home.pk),
        (r"", "page_to_move_id", world.page.pk),
        (r"", "destination_id", world.home.pk),
        (r"", "survey_id", survey.pk),
        (r"", "language", "sv"),
        (r"", "key", survey.key),
        (r"", "comment_id", world.comment_id),
        (r"", "batch_id", world.batch.pk),
        (r"^admin/bulk/", "app_label", "wagtailcore"),
        (r"^admin/bulk/", "model_name", "page"),
        (r"^admin/bulk/", "action", "delete"),
        (r"", "content_type_app_name", "cms"),
        (r"", "content_type_model_name", "standardpage"),
        (r"", "app_label", "cms"),
        (r"", "model_name", "organisation"),
        (r"", "app_name", "cms"),
        (r"^admin/localize/", "pk", world.snippets["organisation"].pk),
        (r"^admin/editing-sessions/", "object_id", world.page.pk),
        (r"^admin/pages/workflow/", "action_name", "approve"),
        (r"^admin/api/", "action_name", "copy"),
        (r"", "filter_spec", "original"),
        (r"", "mode", "desktop"),
        (r"", "uidb64", "MQ"),
        (r"", "token", "set-password"),
        (r"", "revision_id_a", "earliest"),
        (r"", "revision_id_b", "latest"),
        (r"", "what", "responses"),
        (r"", "extension", "csv"),
    ]


SAMPLE_BY_CONVERTER = {"int": MISSING_INT, "slug": "sample", "str": "sample", "path": "sample"}

# Regex patterns whose text is not a plain literal: how to write a URL that matches them.
REGEX_SAMPLES = {
    r"^.*/$": "no-such-admin-view/",
    r"^(\d+)/(.*)$": f"{MISSING_INT}/sample.pdf",
    r"^[\s\S]*$": "no-such-endpoint/",
    r"^((?:[\w\-]+/)*)$": "tietoa/",
}


@dataclass
class Endpoint:
    route: str
    url: str
    name: str | None


def _value(name: str, converter: str, route: str, parameters) -> str:
    for pattern, parameter, value in parameters:
        if parameter == name and re.search(pattern, route):
            return str(value)
    return str(SAMPLE_BY_CONVERTER.get(converter, "sample"))


def _fill(pattern, route: str, parameters) -> str:
    text = str(pattern)
    if not isinstance(pattern, RegexPattern):  # a route (or the language prefix)
        return re.sub(
            r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>",
            lambda m: _value(m["name"], m["converter"] or "str", route, parameters),
            text,
        )
    regex = pattern.regex
    if text in REGEX_SAMPLES:
        return REGEX_SAMPLES[text]
    if regex.groupindex:  # named groups: fill each, drop the anchors
        filled = text
        for name in regex.groupindex:
            filled = re.sub(
                rf"\(\?P<{name}>(?:[^()]|\([^()]*\))*\)",
                lambda _m, name=name: _value(name, "str", route, parameters),
                filled,
            )
        literal = filled.lstrip("^").rstrip("$").replace("\\.", ".")
    else:
        literal = text.lstrip("^").rstrip("$")
    if not regex.fullmatch(literal) and not regex.match(literal):
        raise AssertionError(f"cannot build a URL for the regex pattern {text!r}")
    return literal


def walk(world: World) -> list[Endpoint]:
    """Every URL pattern of the URLconf with a concrete URL that resolves to it."""
    parameters = _parameters(world)
    found = []

    def visit(resolver, route: str, url: str) -> None:
        for pattern in resolver.url_patterns:
            piece_route = route + str(pattern.pattern)
            piece_url = url + _fill(pattern.pattern, piece_route, parameters)
            if isinstance(pattern, URLResolver):
                visit(pattern, piece_route, piece_url)
            elif isinstance(pattern, URLPattern):
                found.append(Endpoint(piece_route, "/" + piece_url, pattern.name))

    visit(get_resolver(), "", "")
    return found


# --- Requests and their classification ---------------------------------------------------

LOGIN_PATHS = ("/admin/login/", "/fi/_util/login/")


def _client(role: str, world: World) -> Client:
    client = Client(raise_request_exception=False)
    if world.users[role] is not None:
        client.force_login(world.users[role])
    return client


def _request(client: Client, endpoint: Endpoint, role: str, world: World):
    """GET, except where the endpoint only takes another method: then that method."""
    if endpoint.name == "api-survey-response-create":
        body = {
            "submission_id": str(uuid.uuid4()),
            "language": "fi",
            "role": "client",
            "answers": valid_answers(),
        }
        if role == PARTICIPANT:
            body["invite_code"] = world.invite_code
        return client.post(endpoint.url, body, content_type="application/json")
    if endpoint.name == "api-survey-comment-review":
        return client.post(endpoint.url, {}, content_type="application/json")
    if endpoint.name == "api-survey-comment-themes":
        return client.put(endpoint.url, {"themes": []}, content_type="application/json")
    if endpoint.name == "wagtailadmin_logout":
        # Logging out would end the session the rest of the walk needs: use a spare client.
        client = _client(role, world)
    if endpoint.name == "form" and role == PARTICIPANT:
        return client.get(endpoint.url, {"code": world.invite_code})
    return client.get(endpoint.url)


def classify(response, endpoint: Endpoint) -> str:
    status = response.status_code
    if endpoint.name == "api-survey-response-create":
        # A refused submission (no invite code) is a 400 on the invite field: a denial here.
        return ALLOW if status in (200, 201) else DENY
    if status in (401, 403):
        return DENY
    if status in (301, 302, 303, 307, 308):
        location = response.headers.get("Location", "")
        path = location.split("?")[0]
        if path.startswith(LOGIN_PATHS):
            return DENY
        if path.endswith(endpoint.url) and path != endpoint.url:
            return ALLOW  # LocaleMiddleware turns a 404 into a redirect to /fi/<same path>
        # Only messages added by this request: an unread one from an earlier request
        # would otherwise make any later redirect to the dashboard look like a denial.
        added = getattr(response.wsgi_request, "_messages", None)
        queued = getattr(added, "_queued_messages", [])
        if path == reverse("wagtailadmin_home") and any(m.level == ERROR for m in queued):
            return DENY  # wagtail.admin.auth.permission_denied
        return ALLOW
    if 200 <= status < 300 or status in (400, 404, 405):
        return ALLOW
    if status == 500 and endpoint.name == "wagtailadmin_error_test":
        return ALLOW  # Wagtail's deliberate error page ("failwhale") for checking 500s
    return f"error {status}"


# --- The expected matrix -----------------------------------------------------------------

EVERYONE = frozenset(ROLES)
NOBODY = frozenset()
PUBLIC_PARTICIPANT = frozenset({PARTICIPANT})
ADMIN_USERS = frozenset({EDITOR, MODERATOR, COORDINATOR_A, COORDINATOR_B, SUPERUSER})
PAGE_EDITORS = frozenset({EDITOR, MODERATOR, SUPERUSER})
PUBLISHERS = frozenset({MODERATOR, SUPERUSER})
COORDINATORS_AND_SUPERUSER = frozenset({COORDINATOR_A, COORDINATOR_B, SUPERUSER})
GROUP_A = frozenset({COORDINATOR_A, SUPERUSER})  # survey S and its objects belong to group A
SUPERUSER_ONLY = frozenset({SUPERUSER})

# A "sample" rule is a pattern filled with an id that does not exist: the answer shows that
# the admin's login gate works and that the view judged the input (404 or 405 for a
# POST-only action); the action's own check on a real object is Wagtail's to test.
RULES: list[tuple[str, frozenset, str]] = [
    # Public: health, sitemap, the API's schema and docs, the content API, the site.
    (r"^(healthz|sitemap\.xml)$", EVERYONE, "health check and sitemap"),
    (r"^api/(schema|docs|redoc)/$", EVERYONE, "OpenAPI schema and its docs"),
    (r"^api/v2/\^(pages|images|documents|redirects)/", EVERYONE, "content API (live only)"),
    (r"^api/v2/preview/", NOBODY, "draft preview: only a signed token opens it, no role"),
    (r"^api/\^", EVERYONE, "JSON 404 for any other path under /api/"),
    (r"^api/surveys/<slug:key>/$", EVERYONE, "survey definition for the form"),
    (r"^api/surveys/<slug:key>/responses/$", PUBLIC_PARTICIPANT, "submit: invite code needed"),
    (
        r"^api/surveys/(<slug:key>|\^\(\?P<key>.*?\))/(results|comments|themes|export)",
        GROUP_A,
        "results, comments, themes, exports: coordinators of the survey's group",
    ),
    (r"^fi/", EVERYONE, "public site, search, feedback form and thanks page"),
    (r"^documents/", EVERYONE, "document files (public collection)"),
    # The admin's public doors.
    (r"^admin/(login|password_reset|sprite|jsi18n)/", EVERYONE, "login and its helpers"),
    (r"^admin/failwhale/$", ADMIN_USERS, "Wagtail's test error page"),
    (r"^admin/help/editors-guide/$", ADMIN_USERS, "the editors' guide in the Help menu"),
    (
        r"^admin/settings/<slug:app_name>/<slug:model_name>/",
        ADMIN_USERS,
        "site settings with sample names: the setting's own permission decides",
    ),
    (r"^admin/(test404/)?$", ADMIN_USERS, "dashboard"),
    # Pages: editors edit, moderators publish, coordinators have no page rights.
    (
        r"^admin/pages/<int:page_id>/(delete|unpublish|privacy|revisions/<int:revision_id>"
        r"/unschedule)/|^admin/pages/<int:page_to_move_id>/move/$|^admin/reports/locked/",
        PUBLISHERS,
        "delete, unpublish, move, privacy, unschedule, locked pages report",
    ),
    (
        r"^admin/pages/(<int:page_id>/(lock|unlock|convert_alias)/|<int:page_to_move_id>/"
        r"(set_position|move/<int:destination_id>/confirm)/|create/|workflow/(action|"
        r"collect_action_data|preview|confirm_cancellation)/|<int:page_id>/revisions/"
        r"(<int:revision_id>/revert/)?$)",
        ADMIN_USERS,
        "POST-only page actions, and sample ids: the page's own checks decide",
    ),
    (
        r"^admin/(pages/|reports/(workflow|workflow_tasks|aging-pages|page-types-usage)/|"
        r"api-preview/|localize/(submit|update|page)/)",
        PAGE_EDITORS,
        "page explorer, editor, history, reports, preview link, translation of pages",
    ),
    # Admin helpers every admin user uses (choosers, account, autocomplete, API of the admin).
    (
        r"^admin/(api/main/|choose-|tag-autocomplete/|account/|logout/|dismissibles/|"
        r"editing-sessions/|block-preview/|embeds/|reports/site-history/|localize/"
        r"(jsi18n|reports|api|translate)/|snippets/$|\^\.\*/\$$|bulk/|workflows/task_chooser/)",
        ADMIN_USERS,
        "choosers, account, autocomplete, admin API, translation editor (sample ids)",
    ),
    # Media: editors and moderators; coordinators may only choose.
    (
        r"^admin/(documents|images)/chooser/$|^admin/(documents|images)/"
        r"chooser/results/|^admin/(documents|images)/chooser/chosen",
        ADMIN_USERS,
        "media choosers (coordinators have the choose permission)",
    ),
    (
        r"^admin/(documents|images)/(multiple/(<int|create_from|delete_upload)|chooser/<int|"
        r"delete/|<int:image_id>/"
        r"(delete|generate_url|preview)|usage/|<int:image_id>/delete)",
        ADMIN_USERS,
        "POST-only media actions and sample ids",
    ),
    (r"^admin/(documents|images)/", PAGE_EDITORS, "media library"),
    # Content snippets: coordinators may view; editors edit; moderators delete.
    (r"^admin/snippets/cms/\w+/delete/", PUBLISHERS, "snippet deletion"),
    (
        r"^admin/snippets/(cms/\w+/(results/)?$|choose/(cms|surveys)/\w+/"
        r"(results/|chosen/<str:pk>/|chosen-multiple/)?$)",
        ADMIN_USERS,
        "snippet listings and choosers",
    ),
    (r"^admin/snippets/(choose/)?cms/", PAGE_EDITORS, "snippet editing"),
    (
        r"^admin/snippets/surveys/practicemodelfeedback/\w+(-results)?/<int:pk>/",
        ADMIN_USERS,
        "sample ids of feedback links: the object's own check decides",
    ),
    (r"^admin/snippets/(choose/)?surveys/", SUPERUSER_ONLY, "themes and feedback links"),
    # The survey builder.
    (
        r"^admin/surveys/(surveys|questions|working-groups|sessions|roles|invites)/delete/",
        SUPERUSER_ONLY,
        "deleting survey objects",
    ),
    (
        r"^admin/surveys/(roles/(new|edit|copy|history|history-results|usage)/|"
        r"working-groups/(new|copy)/)",
        SUPERUSER_ONLY,
        "the roles every group shares (and who changed them), new groups: superusers decide",
    ),
    (
        r"^admin/surveys/(surveys|questions|working-groups|sessions|invites|participants)/"
        r"(edit|history|history-results|usage|copy)/<int:pk>/",
        GROUP_A,
        "group A's survey, questions, group, sessions and invites",
    ),
    (r"^admin/surveys/surveys/<int:survey_id>/export/$", GROUP_A, "survey as JSON"),
    (
        r"^admin/surveys/surveys/<int:survey_id>/(preview/<str:language>|publish|"
        r"feedback-setting|comments|comments/<uuid:comment_id>/(themes|decision)|themes/new)/$",
        GROUP_A,
        "preview, publishing, feedback setting, comments and themes of S",
    ),
    (r"^admin/surveys/invites/<int:batch_id>/print/$", GROUP_A, "printable invite codes"),
    (r"^admin/surveys/sessions/<int:session_id>/link/$", GROUP_A, "session link and QR"),
    (r"^admin/surveys/surveys/<int:survey_id>/paper/", GROUP_A, "printable paper form"),
    (
        r"^admin/surveys/participants/(delete/<int:pk>|<int:participant_id>/"
        r"(data|export|erase))/$",
        GROUP_A,
        "one named participant of group A: show, export, erase",
    ),
    (r"^admin/surveys/oral/<int:survey_id>/$", GROUP_A, "recording oral answers for S"),
    (r"^admin/surveys/oral/$", COORDINATORS_AND_SUPERUSER, "oral answers: surveys list"),
    (r"^admin/surveys/", COORDINATORS_AND_SUPERUSER, "survey builder lists, forms, roles"),
    (r"^admin/results/<slug:key>/$", GROUP_A, "results dashboard of S"),
    (r"^admin/results/$", COORDINATORS_AND_SUPERUSER, "results: each sees own surveys"),
    # Site administration.
    (r"^admin/webhook_deliveries/(|results/|inspect/<int:pk>/)$", SUPERUSER_ONLY, "log"),
    (r"^admin/webhook_deliveries/", NOBODY, "the delivery log is read-only"),
    (
        r"^admin/(collections/(<int:pk>/delete|<int:collection_id>/privacy)/|workflows/"
        r"(enable|disable|usage|remove|tasks/(add|edit|disable|enable))/|redirects/"
        r"<int:redirect_id>/delete/)",
        ADMIN_USERS,
        "POST-only settings actions and sample ids",
    ),
    (
        r"^admin/(users|groups|sites|locales|collections|workflows|redirects|"
        r"webhook_endpoints)/",
        SUPERUSER_ONLY,
        "users, groups, sites, locales, collections, workflows, redirects, webhooks",
    ),
]

# Where the product's promise is not kept yet: (route regex, role, why). The test prints
# these and accepts the observed answer only for exactly these cells.
KNOWN_GAPS: list[tuple[str, str, str]] = []


def expected_roles(route: str) -> tuple[int, frozenset] | None:
    for index, (pattern, roles, _why) in enumerate(RULES):
        if re.search(pattern, route):
            return index, roles
    return None


def known_gap(route: str, role: str) -> str | None:
    for pattern, gap_role, why in KNOWN_GAPS:
        if gap_role == role and re.search(pattern, route):
            return why
    return None


def test_every_url_pattern_has_an_expectation_and_every_rule_is_used(world):
    endpoints = walk(world)
    unlisted = [e.route for e in endpoints if expected_roles(e.route) is None]
    used = {expected_roles(e.route)[0] for e in endpoints if expected_roles(e.route)}
    unused = [RULES[i][0] for i in range(len(RULES)) if i not in used]
    unused_gaps = [g for g in KNOWN_GAPS if not any(re.search(g[0], e.route) for e in endpoints)]
    assert not unlisted, "URL patterns without an expectation:\n" + "\n".join(unlisted)
    assert not unused, "rules that match no URL pattern:\n" + "\n".join(unused)
    assert not unused_gaps, f"known gaps that match no URL pattern: {unused_gaps}"
    assert len(endpoints) > 300  # the whole admin is there, not a partial URLconf


@pytest.mark.parametrize("role", ROLES)
def test_each_role_reaches_exactly_what_the_matrix_allows(world, role, capsys):
    client = _client(role, world)
    mismatches, gaps = [], {}
    for endpoint in walk(world):
        match = expected_roles(endpoint.route)
        if match is None:
            continue  # reported by the coverage test above
        expected = ALLOW if role in match[1] else DENY
        response = _request(client, endpoint, role, world)
        got = classify(response, endpoint)
        if got == expected:
            continue
        why = known_gap(endpoint.route, role)
        if why:
            gaps.setdefault(why, []).append(endpoint.url)
            continue
        mismatches.append(
            f"{endpoint.route}  {endpoint.url}  {role}: expected {expected}, "
            f"got {got} ({response.status_code})"
        )
    with capsys.disabled():
        for why, urls in gaps.items():
            print(f"\nKNOWN GAP ({role}, {len(urls)} URLs, e.g. {urls[0]}): {why}")  # noqa: T201
    assert not mismatches, f"{len(mismatches)} access mismatches:\n" + "\n".join(mismatches)
    # A gap that no longer shows up has been fixed: take it off the list.
    stale = [why for _p, gap_role, why in KNOWN_GAPS if gap_role == role and why not in gaps]
    assert not stale, f"known gaps that are fixed now, remove them: {stale}"


# A survey without a working group (an import, or a dissolved group's) belongs to nobody
# yet: only a superuser reaches it, on every URL that takes a survey.
ORPHAN_URLS = [
    "/admin/surveys/surveys/edit/{pk}/",
    "/admin/surveys/surveys/history/{pk}/",
    "/admin/surveys/surveys/copy/{pk}/",
    "/admin/surveys/surveys/{pk}/export/",
    "/admin/surveys/oral/{pk}/",
    "/admin/results/{key}/",
    "/api/surveys/{key}/results/",
    "/api/surveys/{key}/comments/",
    "/api/surveys/{key}/themes/",
    "/api/surveys/{key}/export/responses.csv",
]


@pytest.mark.parametrize("role", ROLES)
def test_a_survey_without_working_group_is_for_superusers_only_everywhere(world, role):
    orphan = build_survey("orpo-kysely")
    add_responses(orphan, same(6, answers={"attended": "every", "comments": "Salaisuus"}))
    client = _client(role, world)
    ids = {"pk": orphan.pk, "key": orphan.key, "question": orphan.questions.first().pk}
    wrong = []
    for template in ORPHAN_URLS:
        url = template.format(**ids)
        response = client.get(url)
        got = classify(response, Endpoint(url, url, None))
        expected = ALLOW if role == SUPERUSER else DENY
        if got != expected:
            wrong.append(f"{url} {role}: expected {expected}, got {got}")
    assert not wrong, "\n".join(wrong)
