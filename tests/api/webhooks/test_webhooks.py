"""Publish webhooks: signed POSTs to a real receiver, retries, the worker, the admin."""

import json
import socket
import time

import pytest
from django.core.management import call_command
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from api.models import WebhookDelivery, WebhookEndpoint
from api.webhooks.choices import DeliveryStatus, WebhookEvent
from api.webhooks.signing import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify
from tests.api.content.content_fixtures import add_standard_page
from tests.api.webhooks.receiver import Receiver

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
ALL_EVENTS = list(WebhookEvent.values)


@pytest.fixture
def receiver():
    with Receiver() as running:
        yield running


def run_ready_tasks():
    """Run the queued tasks with the worker's own run_task, inside the test transaction.

    (The worker loop closes database connections between tasks, which a test running
    inside one transaction cannot survive; the transactional test runs the real loop.)
    """
    worker = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    ran = 0
    for result in DBTaskResult.objects.ready():
        result.claim(worker.worker_id)
        worker.run_task(result)
        ran += 1
    return ran


def make_endpoint(url, *, events=None, active=True):
    return WebhookEndpoint.objects.create(
        name="Frontend", url=url, secret="s3cret-value", events=events or ALL_EVENTS, active=active
    )


def assert_signed(request, secret="s3cret-value"):
    headers = request["headers"]
    assert headers[SIGNATURE_HEADER].startswith("sha256=")
    assert verify(
        secret=secret,
        timestamp=headers[TIMESTAMP_HEADER],
        body=request["body"],
        signature=headers[SIGNATURE_HEADER],
    )
    assert abs(int(headers[TIMESTAMP_HEADER]) - time.time()) < 60
    return json.loads(request["body"])


@pytest.mark.django_db
def test_publishing_sends_a_signed_event_to_the_receiver(
    home_page, receiver, django_capture_on_commit_callbacks
):
    make_endpoint(receiver.url)
    with django_capture_on_commit_callbacks(execute=True):
        page = add_standard_page(home_page, title="Uutinen", slug="uutinen")
    assert len(receiver.requests) == 1
    payload = assert_signed(receiver.requests[0])
    assert payload["event"] == "page.published"
    assert payload["id"] == page.pk
    assert payload["type"] == "cms.StandardPage"
    assert payload["locale"] == "fi"
    assert payload["url"] == "/fi/uutinen/"
    assert payload["translation_key"] == str(page.translation_key)
    assert payload["revision"] == page.live_revision_id
    assert receiver.requests[0]["headers"]["X-Tutuksi-Event"] == "page.published"
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == DeliveryStatus.DELIVERED
    assert delivery.status_code == 200 and delivery.attempts == 1


@pytest.mark.django_db
def test_tampered_body_does_not_verify(home_page, receiver, django_capture_on_commit_callbacks):
    make_endpoint(receiver.url)
    with django_capture_on_commit_callbacks(execute=True):
        add_standard_page(home_page, title="Uutinen", slug="uutinen")
    request = receiver.requests[0]
    headers = request["headers"]
    assert not verify(
        secret="s3cret-value",
        timestamp=headers[TIMESTAMP_HEADER],
        body=request["body"].replace(b"Uutinen", b"Huijaus").replace(b"uutinen", b"huijaus"),
        signature=headers[SIGNATURE_HEADER],
    )
    assert not verify(
        secret="wrong",
        timestamp=headers[TIMESTAMP_HEADER],
        body=request["body"],
        signature=headers[SIGNATURE_HEADER],
    )


@pytest.mark.django_db
def test_unpublish_move_and_delete_send_their_events(
    home_page, receiver, django_capture_on_commit_callbacks
):
    page = add_standard_page(home_page, title="Sivu", slug="sivu")
    target = add_standard_page(home_page, title="Kansio", slug="kansio")
    make_endpoint(receiver.url)
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    with django_capture_on_commit_callbacks(execute=True):
        page.move(target, pos="last-child")
    with django_capture_on_commit_callbacks(execute=True):
        page.refresh_from_db()
        page.delete()
    payloads = [assert_signed(request) for request in receiver.requests]
    assert [p["event"] for p in payloads] == ["page.unpublished", "page.moved", "page.deleted"]
    assert all(p["id"] == page.pk for p in payloads)
    moved = payloads[1]
    assert moved["url_path_before"].endswith("/sivu/")
    assert moved["url_path_after"].endswith("/kansio/sivu/")


@pytest.mark.django_db
def test_inactive_or_unsubscribed_endpoints_receive_nothing(
    home_page, receiver, django_capture_on_commit_callbacks
):
    make_endpoint(receiver.url, active=False)
    make_endpoint(receiver.url, events=[WebhookEvent.PAGE_DELETED])
    with django_capture_on_commit_callbacks(execute=True):
        add_standard_page(home_page, title="Uutinen", slug="uutinen")
    assert receiver.requests == []
    assert not WebhookDelivery.objects.exists()


@pytest.mark.django_db
def test_failing_receiver_is_retried_later_with_backoff(
    home_page, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = DB_TASKS
    with Receiver(status=500) as failing:
        make_endpoint(failing.url)
        with django_capture_on_commit_callbacks(execute=True):
            add_standard_page(home_page, title="Uutinen", slug="uutinen")
        # The publish only queued the delivery; the worker sends it.
        assert failing.requests == []
        run_ready_tasks()
        assert len(failing.requests) == 1
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == DeliveryStatus.RETRYING
    assert delivery.attempts == 1 and delivery.status_code == 500
    assert "500" in delivery.last_error
    retry = DBTaskResult.objects.get(task_path="api.webhooks.tasks.deliver_webhook", status="READY")
    wait = (retry.run_after - delivery.updated_at).total_seconds()
    assert 25 <= wait <= 35  # first backoff step: 30 s


@pytest.mark.django_db
def test_unreachable_receiver_does_not_slow_publishing(
    home_page, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = DB_TASKS
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead_url = f"http://127.0.0.1:{sock.getsockname()[1]}/hook"
    make_endpoint(dead_url)
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        add_standard_page(home_page, title="Uutinen", slug="uutinen")
    assert time.monotonic() - started < 2
    run_ready_tasks()
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == DeliveryStatus.RETRYING
    assert delivery.status_code is None and "refused" in delivery.last_error.lower()


@pytest.mark.django_db
def test_real_worker_command_delivers_a_committed_publish(
    home_page, settings, receiver, monkeypatch, django_capture_on_commit_callbacks
):
    settings.TASKS = DB_TASKS
    # The worker recycles database connections between tasks; inside the test's
    # transaction that would close the connection the test runs on. Everything else is
    # the real `db_worker` loop. (A transactional test would flush the migration data
    # that later tests in the suite rely on.)
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    make_endpoint(receiver.url)
    with django_capture_on_commit_callbacks(execute=True):
        page = add_standard_page(home_page, title="Uutinen", slug="uutinen")
    assert DBTaskResult.objects.filter(task_path="api.webhooks.tasks.deliver_webhook").exists()
    assert receiver.requests == []
    call_command("db_worker", batch=True, startup_delay=False, verbosity=0)
    assert receiver.received.wait(5)
    payload = assert_signed(receiver.requests[0])
    assert payload["id"] == page.pk
    assert WebhookDelivery.objects.get().status == DeliveryStatus.DELIVERED
    task = DBTaskResult.objects.get(task_path="api.webhooks.tasks.deliver_webhook")
    assert task.status == "SUCCESSFUL" and task.return_value == "delivered"


@pytest.mark.django_db
def test_admin_manages_endpoints_and_shows_deliveries_read_only(client, superuser, home_page):
    client.force_login(superuser)
    response = client.post(
        "/admin/webhook_endpoints/new/",
        {
            "name": "Frontend",
            "url": "https://frontend.example/hook",
            "secret": "abc123abc123",
            "events": ["page.published", "page.moved"],
            "active": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    endpoint = WebhookEndpoint.objects.get()
    assert endpoint.events == ["page.published", "page.moved"]
    delivery = WebhookDelivery.objects.create(
        endpoint=endpoint, event="page.published", payload={"id": 1}, last_error="HTTP 500"
    )
    listing = client.get("/admin/webhook_deliveries/")
    assert listing.status_code == 200
    assert (
        "HTTP 500"
        in client.get(f"/admin/webhook_deliveries/inspect/{delivery.pk}/").content.decode()
    )
    assert client.get("/admin/webhook_deliveries/new/").status_code in (302, 403)
    assert client.get(f"/admin/webhook_deliveries/edit/{delivery.pk}/").status_code in (302, 403)


@pytest.mark.django_db
def test_endpoint_without_events_is_invalid(client, superuser):
    client.force_login(superuser)
    response = client.post(
        "/admin/webhook_endpoints/new/",
        {"name": "x", "url": "https://frontend.example/hook", "secret": "abc", "active": "on"},
    )
    assert response.status_code == 200
    assert not WebhookEndpoint.objects.exists()


@pytest.mark.django_db
def test_a_non_http_webhook_address_is_refused_without_opening_it(tmp_path):
    from api.models import WebhookDelivery
    from api.webhooks.tasks import send

    secret_file = tmp_path / "secret.txt"
    secret_file.write_text("not for webhooks")
    endpoint = make_endpoint(f"file://{secret_file}")
    delivery = WebhookDelivery.objects.create(
        endpoint=endpoint, event="page.published", payload={"id": 1}
    )
    status, error = send(delivery)
    assert status is None
    assert "http://" in error
