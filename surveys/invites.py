"""Taking and giving back an invite code without tying it to the response it admitted.

Someone who can read the database (a backup, a replica, a leaked dump) must not be able
to tell which code a response came in with. Three things would tell it:

* a transaction id: a row version carries the id of the transaction that wrote it
  (`xmin` on PostgreSQL), so a code marked used in the response's transaction joins
  to it. The response submit service therefore takes the code in one transaction and
  stores the response in another.
* order: transaction ids rise, so "the code written just before this response" would
  still point at one code. Every write to a survey's codes therefore rewrites all of
  that survey's codes in the same statement: they all carry the newest transaction id,
  and their physical order stays the order they were created in, not the order used.
* time: a code stores only whether it is used, never when.

Exactly once: the code is reserved (committed as used) before the response is stored,
and given back if storing fails, so a code admits one response at most. A crash between
the two leaves the code used with no response; the respondent asks for a new code.
"""

from django.db import transaction
from django.db.models import Case, F, Value, When

from surveys.models import InviteCode


def _lock_survey_codes(code: InviteCode):
    codes = InviteCode.objects.filter(batch__survey_id=code.batch.survey_id)
    # Row locks in one order for every writer, so two respondents of the same survey
    # wait for each other instead of deadlocking.
    list(codes.select_for_update().order_by("pk").values_list("pk", flat=True))
    return codes


def _rewrite(codes, *, code: InviteCode, used: bool) -> None:
    codes.update(used=Case(When(pk=code.pk, then=Value(used)), default=F("used")))


def invite_reserve(*, code: InviteCode) -> bool:
    """Mark `code` used in a transaction of its own; False if somebody used it first."""
    with transaction.atomic():
        codes = _lock_survey_codes(code)
        # Read under the lock: a parallel request may have taken the code a moment ago.
        if not InviteCode.objects.filter(pk=code.pk, used=False).exists():
            return False
        _rewrite(codes, code=code, used=True)
    return True


def invite_release(*, code: InviteCode) -> None:
    """Give `code` back after the response it was reserved for could not be stored."""
    with transaction.atomic():
        _rewrite(_lock_survey_codes(code), code=code, used=False)
