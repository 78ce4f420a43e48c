"""Rate limits for anonymous submissions that never store an IP address."""

import hashlib
import hmac

from django.conf import settings
from django.utils import timezone
from rest_framework.throttling import ScopedRateThrottle


def client_address(request) -> str | None:
    """The client's address as the trusted proxies saw it (settings.TRUSTED_PROXY_COUNT).

    X-Forwarded-For is whatever the client sent, plus one address appended by each proxy
    on the way. Only the entries our own proxies appended can be trusted, so with N
    proxies the client is the N-th address from the right; with none configured the
    header is ignored, as a client can write anything in it.
    """
    count = settings.TRUSTED_PROXY_COUNT
    remote = request.META.get("REMOTE_ADDR")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR")
    if count <= 0 or not forwarded:
        return remote
    addresses = [part.strip() for part in forwarded.split(",")]
    return addresses[-min(count, len(addresses))] or remote


class PrivateScopedRateThrottle(ScopedRateThrottle):
    """ScopedRateThrottle keyed by a keyed hash of the client's address, not the address.

    The key mixes SECRET_KEY with today's date, so the salt rotates daily without being
    stored anywhere and yesterday's cache keys cannot be linked to today's. Only the hash
    reaches the cache, and it expires with the rate's window.
    """

    def get_cache_key(self, request, view):
        if request.user and request.user.is_authenticated:
            ident = f"user-{request.user.pk}"
        else:
            salt = f"{settings.SECRET_KEY}:{timezone.localdate().isoformat()}".encode()
            # A request without a client address (some proxies, WSGI test harnesses)
            # shares one bucket rather than failing.
            address = (client_address(request) or "unknown").encode()
            ident = hmac.new(salt, address, hashlib.sha256).hexdigest()
        return self.cache_format % {"scope": self.scope, "ident": ident}


SUBMIT_SCOPE = "survey_submit"


class _FormView:
    """What ScopedRateThrottle needs to know about the written form's view."""

    throttle_scope = SUBMIT_SCOPE


def submission_allowed(request) -> bool:
    """Whether this client may send another response now (same limit as the API)."""
    return PrivateScopedRateThrottle().allow_request(request, _FormView())
