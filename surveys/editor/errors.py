"""Messages of the survey editor, as constants that tests reuse."""

from django.utils.translation import gettext_lazy as _

LOCKED_ANSWERED_QUESTION = _(
    "Answered: the key and the type are locked so that earlier answers keep their meaning. "
    "Retire the question to take it off the form."
)
LOCKED_ANSWERED_OPTION = _(
    "Chosen in answers: the value is locked and the option cannot be deleted, so that "
    "earlier answers keep their meaning. Retire it to take it off the form."
)
LOCKED_ANSWERED_SECTION = _("Has answered questions: this section cannot be deleted.")
LOCKED_RETIRED = _("Retired in version %(version)s: no longer on the form.")
DELETE_ANSWERED_QUESTION = _(
    "Question “%(key)s” has answers and cannot be deleted. Retire it instead."
)
DELETE_ANSWERED_SECTION = _("Section “%(title)s” holds answered questions and cannot be deleted.")
CONDITION_ONE_QUESTION = _("Choose answers of one question only.")
CONDITION_UNKNOWN = _("Choose an earlier question of this survey.")
CONDITION_DELETED = _("The question this depends on is being deleted; choose another one.")
CONDITION_LATER = _(
    "This depends on “%(key)s”, which comes later in the form. Move this question below it."
)
CONDITION_RETIRED = _("This depends on “%(key)s”, which is retired. Choose another question.")
STILL_REFERENCED = _(
    "Nothing was saved: %(objects)s would lose data that other questions or answers refer to."
)
PUBLISH_EMPTY = _("Add at least one question before publishing.")
