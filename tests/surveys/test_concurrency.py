"""Retries racing each other on PostgreSQL never store a response twice."""

import random
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from surveys.models import Answer, Response
from surveys.services import response_submit
from tests.surveys.builders import build_survey, valid_answers

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

CLIENTS = 20
RESPONSES = 500


def test_twenty_clients_sending_500_responses_with_retried_duplicates_store_exactly_500():
    survey = build_survey("concurrency")
    ids = [uuid.uuid4() for _ in range(RESPONSES)]
    rng = random.Random(5)
    # 10% of the submissions are sent twice, as a phone retrying after a lost reply would.
    submissions = ids + rng.sample(ids, RESPONSES // 10)
    rng.shuffle(submissions)
    start = threading.Barrier(CLIENTS)
    created_flags: list[bool] = []
    lock = threading.Lock()

    def client(batch: list[uuid.UUID]) -> None:
        start.wait()
        try:
            for submission_id in batch:
                response, created = response_submit(
                    survey=survey,
                    answers=valid_answers(),
                    submission_id=submission_id,
                    language="fi",
                    role="professional",
                )
                assert response.pk
                with lock:
                    created_flags.append(created)
        finally:
            connection.close()

    batches = [submissions[index::CLIENTS] for index in range(CLIENTS)]
    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        for future in [pool.submit(client, batch) for batch in batches]:
            future.result()

    assert Response.objects.count() == RESPONSES
    assert sorted(created_flags).count(True) == RESPONSES
    assert len(created_flags) == RESPONSES + RESPONSES // 10
    assert Answer.objects.count() == RESPONSES * 10


def test_the_same_submission_sent_by_twenty_threads_at_once_is_stored_once():
    survey = build_survey("same-id")
    submission_id = uuid.uuid4()
    start = threading.Barrier(CLIENTS)

    def client(_index: int) -> tuple[int, bool]:
        start.wait()
        try:
            response, created = response_submit(
                survey=survey,
                answers=valid_answers(),
                submission_id=submission_id,
                language="fi",
                role="client",
            )
            return response.pk, created
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        results = list(pool.map(client, range(CLIENTS)))

    assert len({pk for pk, _created in results}) == 1
    assert [created for _pk, created in results].count(True) == 1
    assert Response.objects.count() == 1
