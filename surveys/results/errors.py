"""Error messages of results, as constants that tests reuse."""

from django.utils.translation import gettext_lazy as _

NOT_A_COORDINATOR = _("Only coordinators of this survey's working group can see its results.")
LOGIN_REQUIRED = _("Log in as a coordinator to see results.")
UNKNOWN_THEMES = _("These themes do not exist in this survey: %(keys)s")
THEME_EXISTS = _("This survey already has a theme with this key.")
UNTIL_BEFORE_SINCE = _("The end date must not be before the start date.")
UNKNOWN_ROLE = _("No respondent role has this value.")
UNKNOWN_GROUP = _("No working group has this id.")
UNKNOWN_SESSION = _("No session has this id.")
UNKNOWN_DECISION = _(
    'Decide "redacted" (remove the identifying details for good) or "harmless" (they '
    "identify nobody)."
)
ALREADY_REDACTED = _("This comment has been redacted; its removed details cannot come back.")
