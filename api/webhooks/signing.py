"""How a webhook delivery is signed, and how a receiver verifies it.

Receivers verify `X-Tutuksi-Signature: sha256=<hex>`, the HMAC-SHA256 of
`<X-Tutuksi-Timestamp>.<raw body>` with the endpoint's secret, and should reject
timestamps older than a few minutes.
"""

import hashlib
import hmac
import json

SIGNATURE_HEADER = "X-Tutuksi-Signature"
TIMESTAMP_HEADER = "X-Tutuksi-Timestamp"
EVENT_HEADER = "X-Tutuksi-Event"
DELIVERY_HEADER = "X-Tutuksi-Delivery"


def encode_body(payload: dict) -> bytes:
    """The exact bytes that are signed and sent."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str).encode()


def sign(*, secret: str, timestamp: str, body: bytes) -> str:
    """`sha256=<hex>` over `<timestamp>.<body>`."""
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return f"sha256={digest.hexdigest()}"


def verify(*, secret: str, timestamp: str, body: bytes, signature: str) -> bool:
    """What a receiver does: constant-time comparison of the expected signature."""
    return hmac.compare_digest(sign(secret=secret, timestamp=timestamp, body=body), signature)
