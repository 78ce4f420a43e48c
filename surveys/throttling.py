"""Rate limits for anonymous submissions that never store an IP address."""

import hashlib
import hmac

from django.conf import settings
from django.utils import timezone
from rest_framework.throttling import ScopedRateThrottle


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
            address = self.get_ident(request).encode()
            ident = hmac.new(salt, address, hashlib.sha256).hexdigest()
        return self.cache_format % {"scope": self.scope, "ident": ident}


SUBMIT_SCOPE = "survey_submit"


class _FormView:
    """What ScopedRateThrottle needs to know about the written form's view."""

    throttle_scope = SUBMIT_SCOPE


def submission_allowed(request) -> bool:
    """Whether this client may send another response now (same limit as the API)."""
    return PrivateScopedRateThrottle().allow_request(request, _FormView())
