"""Schemathesis fuzzes every operation of /api/schema/: no 5xx, and every answer matches the schema.

The schema is loaded from the WSGI application in-process; each generated request is sent
twice: as generated (random path keys, mostly 404s) and aimed at a real survey, so that
request bodies reach the validation that matters. Runs anonymously and as a superuser.
"""

import json
import uuid

import pytest
import schemathesis
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.surveys.builders import build_survey, valid_answers

full_schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())
# Operations fuzzed in CI: every one the schema describes, the content API included.
FUZZED_PATHS = r"^/api/"
schema = full_schema.include(path_regex=FUZZED_PATHS)

FUZZ_SETTINGS = settings(
    max_examples=100,
    derandomize=True,  # a fixed seed: CI sees the same cases every run
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)


@pytest.fixture(autouse=True)
def keep_the_test_connection_open():
    """Requests go through the real WSGI handler, which closes database connections when
    a request ends; that would close the test's transaction. Django's test client detaches
    the same handler for the same reason."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def fuzz_survey(db):
    """A real survey for the generated requests to aim at."""
    return build_survey(key="fuzz-survey")


@pytest.fixture(params=["anonymous", "superuser"])
def auth_headers(request, db, django_user_model):
    if request.param == "anonymous":
        return {}
    user = django_user_model.objects.create_superuser("fuzzer", "fuzzer@example.invalid", "x")
    client = Client()
    client.force_login(user)
    return {"Cookie": f"sessionid={client.cookies['sessionid'].value}"}


def test_fuzzed_operations_cover_the_survey_and_content_apis():
    operations = {
        f"{result.ok().method.upper()} {result.ok().path}" for result in schema.get_all_operations()
    }
    assert {
        "GET /api/surveys/{key}/",
        "POST /api/surveys/{key}/responses/",
        "GET /api/v2/pages/",
        "GET /api/v2/pages/{id}/",
        "GET /api/v2/pages/find/",
        "GET /api/v2/images/",
        "GET /api/v2/documents/",
        "GET /api/v2/redirects/",
        "GET /api/v2/preview/",
        "GET /api/v2/preview/{id}/",
    } <= operations


@schema.parametrize()
@FUZZ_SETTINGS
def test_every_operation_answers_without_server_error_and_as_documented(
    case, fuzz_survey, auth_headers
):
    for key_override in (None, fuzz_survey.key):
        if key_override and "key" in (case.path_parameters or {}):
            case.path_parameters["key"] = key_override
        response = case.call(headers=auth_headers)
        case.validate_response(response)


# Characters that schema-driven generation rarely produces but a hostile client sends on
# purpose: NUL (PostgreSQL refuses it), lone surrogates (UTF-8 cannot encode them) and
# other control characters, mixed into ordinary Finnish text.
ODD_TEXT = st.text(
    alphabet=st.sampled_from(["a", "ä", " ", "\x00", "\x1f", "\ud800", "\udfff", "\u200b"]),
    min_size=1,
    max_size=12,
)


@given(comment=ODD_TEXT, role=ODD_TEXT, depth=st.integers(min_value=1, max_value=3000))
@settings(
    max_examples=40,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_odd_characters_and_deep_nesting_in_a_submission_never_cause_a_server_error(
    fuzz_survey, comment, role, depth
):
    body = json.dumps(
        {
            "submission_id": str(uuid.uuid4()),
            "language": "fi",
            "role": role,
            "answers": {**valid_answers(), "comments": comment},
        }
    )
    # Nesting spliced in as text: Python could not even build a 3,000-deep list to dump.
    body = body[:-1] + ', "extra": ' + "[" * depth + "]" * depth + "}"
    cache.clear()
    response = Client().generic(
        "POST",
        f"/api/surveys/{fuzz_survey.key}/responses/",
        body.encode("utf-8", "surrogatepass"),
        content_type="application/json",
    )
    assert response.status_code < 500
    assert response["Content-Type"] == "application/json"
