"""/healthz tells a load balancer whether the database and the cache answer."""

import pytest
from django.db.utils import ConnectionHandler
from django_redis.cache import RedisCache

from api import health


@pytest.mark.django_db
def test_healthz_answers_200_when_database_and_cache_answer(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok"}}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_answers_503_naming_the_database_when_it_is_unreachable(client, monkeypatch):
    # A real connection to a port where no PostgreSQL listens.
    unreachable = ConnectionHandler(
        {
            "default": {
                "ENGINE": "django.db.backends.postgresql",
                "NAME": "tutuksi",
                "HOST": "127.0.0.1",
                "PORT": "1",
                "USER": "postgres",
                "OPTIONS": {"connect_timeout": 2},
            }
        }
    )["default"]
    monkeypatch.setattr(health, "connection", unreachable)
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["failed"] == ["database"]
    assert body["checks"] == {"database": "failed", "cache": "ok"}


@pytest.mark.django_db
def test_healthz_answers_503_naming_the_cache_when_redis_is_unreachable(client, monkeypatch):
    # A real django-redis client aimed at a port where no Redis listens; it swallows
    # errors for pages (IGNORE_EXCEPTIONS) but the health check must still see them.
    dead_redis = RedisCache(
        "redis://127.0.0.1:1/0",
        {"OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1}},
    )
    monkeypatch.setattr(health, "cache", dead_redis)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["failed"] == ["cache"]
