"""Error messages of the feedback domain, as constants that tests reuse.

They are lazy: the service evaluates them inside `translation.override(language)`, so a
respondent reads them in the language they answer in.
"""

from django.utils.translation import gettext_lazy as _

# Survey definition (admin, import)
CLOSES_BEFORE_OPENS = _("The closing time must be after the opening time.")
NO_CHANNEL = _("Allow at least one channel: written or oral.")
NOT_A_PRACTICE_MODEL = _("Choose a practice model page.")
KEY_IMMUTABLE = _("The key cannot change once the survey has responses.")
MIN_GROUP_SIZE_LOWERED = _(
    "The smallest group shown cannot be lowered once the survey has responses: results "
    "already shown with the larger group would then be comparable with smaller ones. "
    "You can raise it at any time."
)
TYPE_IMMUTABLE = _(
    "The type cannot change once the survey has responses. Remove this question and add a "
    "new one with a new key."
)
SECTION_OTHER_SURVEY = _("Choose a section of the same survey.")
LIKERT_MIN = _("A Likert scale starts at 1.")
LIKERT_MAX = _("A Likert scale ends at 5 or 7.")
NUMBER_BOUNDS = _("The largest number must not be smaller than the smallest number.")
CONDITION_VALUES_WITHOUT_QUESTION = _("Choose the question that these values refer to.")
CONDITION_NOT_EARLIER = _("A question can only depend on an earlier question of the same survey.")
CONDITION_TYPE = _("A question can only depend on a choice or yes/no question.")
CONDITION_VALUES = _("Give one or more of these values, separated by spaces: %(allowed)s")
OPTION_VALUE_IMMUTABLE = _(
    "This option has been answered, so its value cannot change: earlier answers would get "
    "another meaning. Edit its labels, or retire it and add a new option."
)
OPTION_ANSWERED_DELETE = _(
    'The option "%(value)s" has been answered and cannot be deleted. Retire it instead: it '
    "then no longer shows on the form and stays in the results."
)
ROLE_VALUE_IMMUTABLE = _(
    "This role has been used in answers, so its value cannot change. Edit its labels instead."
)
GROUP_HAS_SURVEYS = _(
    "This working group still has surveys. Move them to another group before deleting it."
)
ROLE_IN_USE = _("This role has been used in answers and cannot be deleted.")

# Odd input
UNSTORABLE_TEXT = _(
    "This text contains invisible control characters or broken characters. Remove them and "
    "try again."
)

# Submission
SURVEY_NOT_OPEN_YET = _("This survey is not open yet.")
SURVEY_CLOSED = _("This survey has closed. Thank you for your interest.")
CHANNEL_NOT_ALLOWED = _("This survey does not accept answers through this channel.")
ORAL_NOT_PERMITTED = _(
    "Only the coordinators of this survey's working group can record oral answers."
)
MODE_REQUIRED = _("Choose how the oral answers were given.")
MODE_ONLY_ORAL = _("Only oral answers have a mode.")
SESSION_WRONG_GROUP = _("Choose a session of this survey's working group.")
UNKNOWN_LANGUAGE = _("Choose Finnish, Swedish or English.")
UNKNOWN_ROLE = _("Choose one of the listed roles.")
INVITE_REQUIRED = _("Enter the invite code you were given.")
INVITE_INVALID = _("This invite code is not valid. Check the code and try again.")
INVITE_USED = _("This invite code has already been used.")
RESPONDENT_REQUIRED = _("Sign in to answer this survey.")
PARTICIPANT_CODE_REQUIRED = _("Enter the personal code you were given.")
PARTICIPANT_CODE_INVALID = _(
    "This personal code is not valid for this survey. Check the code and try again."
)
PARTICIPANT_REQUIRED = _("Choose the participant whose answers these are.")
PARTICIPANT_ANONYMOUS_SURVEY = _(
    "Personal codes are only for surveys that are not anonymous. Choose such a survey, or "
    "turn off “anonymous” in the survey's rules first."
)
PARTICIPANT_OTHER_SURVEY = _("This participant belongs to another survey.")
CONSENT_REQUIRED = _(
    "To answer, agree that your answers are kept with your personal code as the privacy "
    "notice describes."
)
SUBMISSION_OTHER_SURVEY = _("This submission id belongs to another survey.")
UNKNOWN_QUESTION = _("This survey has no such question.")
REQUIRED = _("Answer this question.")
HIDDEN_QUESTION = _("This question is not asked with your earlier answers; leave it empty.")
NOT_ONE_CHOICE = _("Choose one of the options.")
NOT_A_LIST = _("Choose one or more of the options.")
UNKNOWN_OPTION = _("Choose only from the listed options.")
DUPLICATE_OPTION = _("Choose each option only once.")
NOT_A_NUMBER = _("Enter a number.")
NOT_A_WHOLE_NUMBER = _("Enter a whole number.")
OUT_OF_RANGE = _("Enter a number from %(min)s to %(max)s.")
BELOW_MIN = _("Enter a number of at least %(min)s.")
ABOVE_MAX = _("Enter a number of at most %(max)s.")
NOT_YES_NO = _("Answer yes or no.")
NOT_TEXT = _("Write your answer as text.")
TEXT_TOO_LONG = _("Shorten your answer to at most %(max)s characters.")
TOO_MANY_SUBMISSIONS = _(
    "Too many answers were sent from this connection. Wait a minute and send again."
)
ANSWERS_NOT_AN_OBJECT = _("Send the answers as an object of question keys and values.")
