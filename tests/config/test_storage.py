"""Uploads on S3-compatible object storage, against a real server (moto's, in CI).

The storage is built by the same function the settings use, from environment variables,
so these tests exercise what a deployment with AWS_STORAGE_BUCKET_NAME gets.
"""

import os
import urllib.error
import urllib.parse
import urllib.request
import uuid

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.test import override_settings
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction

from config.settings.storage import LOCAL_STORAGE, object_storage_from_environment
from tests.api.content.content_fixtures import make_image, root_collection

pytestmark = pytest.mark.django_db

REGION = "eu-north-1"
S3_ENV = {
    "AWS_S3_REGION_NAME": REGION,
    "AWS_ACCESS_KEY_ID": "tutuksi-test",
    "AWS_SECRET_ACCESS_KEY": "tutuksi-test-secret",
}


def _http_get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.fixture
def bucket(monkeypatch):
    """A fresh private bucket on the S3 server, and the settings' storage pointed at it."""
    import boto3

    endpoint = os.environ["TEST_S3_ENDPOINT_URL"]
    name = f"tutuksi-test-{uuid.uuid4().hex[:12]}"
    env = {**S3_ENV, "AWS_STORAGE_BUCKET_NAME": name, "AWS_S3_ENDPOINT_URL": endpoint}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name=REGION,
        aws_access_key_id=env["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=env["AWS_SECRET_ACCESS_KEY"],
    )
    client.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": REGION})
    storages = {
        **settings.STORAGES,
        "default": object_storage_from_environment(api_cache_timeout=300),
    }
    with override_settings(STORAGES=storages):
        yield client, name
    listed = client.list_objects_v2(Bucket=name).get("Contents", [])
    for item in listed:
        client.delete_object(Bucket=name, Key=item["Key"])
    client.delete_bucket(Bucket=name)


def _keys(client, name) -> list[str]:
    return [item["Key"] for item in client.list_objects_v2(Bucket=name).get("Contents", [])]


def test_without_a_bucket_uploads_stay_on_the_local_disk(monkeypatch):
    monkeypatch.delenv("AWS_STORAGE_BUCKET_NAME", raising=False)
    assert object_storage_from_environment(api_cache_timeout=300) == LOCAL_STORAGE


def test_signed_image_links_must_outlive_the_api_cache(monkeypatch):
    monkeypatch.setenv("AWS_STORAGE_BUCKET_NAME", "tutuksi")
    monkeypatch.setenv("AWS_QUERYSTRING_EXPIRE", "300")
    with pytest.raises(ImproperlyConfigured, match="AWS_QUERYSTRING_EXPIRE"):
        object_storage_from_environment(api_cache_timeout=300)


def test_documents_are_always_streamed_by_the_app_not_linked_to_storage():
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"


@pytest.mark.s3
def test_an_uploaded_image_and_its_rendition_live_in_the_bucket_behind_signed_links(bucket):
    client, name = bucket
    image = make_image("Kuva")
    rendition = image.get_rendition("fill-100x100")

    keys = _keys(client, name)
    assert any(key.startswith("media/original_images/") for key in keys), keys
    assert any(key.startswith("media/images/") for key in keys), keys
    signed = rendition.url
    assert "X-Amz-Signature=" in signed
    status, body = _http_get(signed)
    assert status == 200
    assert body[:8] == b"\x89PNG\r\n\x1a\n"
    # The same object without the signature is refused: the bucket is not public.
    unsigned = urllib.parse.urlsplit(signed)._replace(query="").geturl()
    assert _http_get(unsigned)[0] == 403


@pytest.mark.s3
def test_stored_objects_grant_nothing_to_the_public(bucket):
    client, name = bucket
    make_image("Kuva")
    for key in _keys(client, name):
        grants = client.get_object_acl(Bucket=name, Key=key)["Grants"]
        assert [grant["Permission"] for grant in grants] == ["FULL_CONTROL"], key
        assert all(grant["Grantee"].get("Type") == "CanonicalUser" for grant in grants)
    bucket_grants = client.get_bucket_acl(Bucket=name)["Grants"]
    assert not [g for g in bucket_grants if "AllUsers" in g["Grantee"].get("URI", "")]


@pytest.mark.s3
def test_a_document_in_the_bucket_is_served_by_the_app_with_its_own_type(bucket, client):
    s3, name = bucket
    document = get_document_model()(title="Ohje", collection=root_collection())
    document.file.save("ohje.txt", ContentFile(b"<script>alert(1)</script>"), save=True)

    assert any(key.startswith("media/documents/") for key in _keys(s3, name))
    assert document.url.startswith("/documents/")
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"<script>alert(1)</script>"
    assert response["Content-Type"].startswith("text/plain")
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.s3
def test_a_document_in_a_private_collection_is_not_handed_to_an_anonymous_visitor(bucket, client):
    private = root_collection().add_child(name="Vain kirjautuneille")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model()(title="Sisäinen", collection=private)
    document.file.save("sisainen.txt", ContentFile(b"internal notes"), save=True)

    response = client.get(document.url)
    assert response.status_code == 302
    assert "login" in response["Location"]
    assert "X-Amz" not in response["Location"]
    assert bucket[1] not in response["Location"]


@pytest.mark.s3
def test_two_uploads_with_the_same_name_keep_both_files(bucket):
    s3, name = bucket
    first = get_document_model()(title="Raportti 1", collection=root_collection())
    first.file.save("raportti.txt", ContentFile(b"first"), save=True)
    second = get_document_model()(title="Raportti 2", collection=root_collection())
    second.file.save("raportti.txt", ContentFile(b"second"), save=True)

    assert first.file.name != second.file.name
    documents = sorted(key for key in _keys(s3, name) if key.startswith("media/documents/"))
    assert len(documents) == 2
    assert first.file.open("rb").read() == b"first"
    assert second.file.open("rb").read() == b"second"
