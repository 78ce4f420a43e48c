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
