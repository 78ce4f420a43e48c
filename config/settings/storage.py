"""Where uploaded files live: the local disk by default, an S3-compatible bucket when set.

Several app instances share nothing but the database, Redis and the bucket, so with more
than one instance uploads must go to the bucket: a file written to one instance's disk
does not exist on the others.
"""

import os

from django.core.exceptions import ImproperlyConfigured

LOCAL_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}


def object_storage_from_environment(*, api_cache_timeout: int) -> dict:
    """The "default" storage: S3 when AWS_STORAGE_BUCKET_NAME is set, else the local disk.

    Objects are stored without a public ACL, so they inherit the bucket's private
    default: nothing can be listed or fetched without a signature. Images and renditions
    are linked with pre-signed URLs that expire after AWS_QUERYSTRING_EXPIRE seconds;
    documents are never linked to the bucket at all but streamed by the app after
    Wagtail's privacy checks (WAGTAILDOCS_SERVE_METHOD = "serve_view").
    """
    bucket = os.environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
    if not bucket:
        return LOCAL_STORAGE
    # AWS_QUERYSTRING_EXPIRE: seconds a signed image URL stays valid. Cached API responses
    # carry these URLs, so they must outlive TUTUKSI_API_CACHE_TIMEOUT.
    expire = int(os.environ.get("AWS_QUERYSTRING_EXPIRE", "3600"))
    if expire <= api_cache_timeout:
        raise ImproperlyConfigured(
            f"AWS_QUERYSTRING_EXPIRE ({expire} s) must be longer than "
            f"TUTUKSI_API_CACHE_TIMEOUT ({api_cache_timeout} s): cached API responses "
            "would otherwise link to expired image URLs."
        )
    options = {
        "bucket_name": bucket,
        # AWS_S3_ENDPOINT_URL: the S3-compatible server (empty for Amazon S3 itself).
        "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
        # AWS_S3_REGION_NAME: the bucket's region, e.g. eu-north-1.
        "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
        # AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY: credentials; when unset, boto3 finds
        # them itself (instance role, ~/.aws).
        "access_key": os.environ.get("AWS_ACCESS_KEY_ID") or None,
        "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
        # AWS_LOCATION: key prefix inside the bucket, so one bucket can hold several sites.
        "location": os.environ.get("AWS_LOCATION", "media").strip("/"),
        # AWS_S3_ADDRESSING_STYLE: "path" suits most S3-compatible servers; "virtual" AWS.
        "addressing_style": os.environ.get("AWS_S3_ADDRESSING_STYLE", "path"),
        "signature_version": "s3v4",
        "default_acl": None,
        "querystring_auth": True,
        "querystring_expire": expire,
        # Two editors uploading "raportti.pdf" on different instances get two objects.
        "file_overwrite": False,
    }
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}
