"""Schemathesis fuzzes every operation of /api/schema/: no 5xx, and every answer matches the schema.

The schema is loaded from the WSGI application in-process; each generated request is sent
twice: as generated (random path keys, mostly 404s) and aimed at a real survey, so that
request bodies reach the validation that matters. Runs anonymously and as a superuser.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, settings

from tests.surveys.builders import build_survey

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
