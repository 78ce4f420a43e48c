"""Input validation and documented output shapes of the results API."""

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from surveys.choices import Channel, CommentDecision, Language
from surveys.results import errors, filterset
from surveys.results.choices import Breakdown, Withheld
from surveys.results.filterset import FILTER_FIELDS


class ResultsFilterSerializer(serializers.Serializer):
    """Query parameters shared by results, comments and exports.

    The choices and rules come from surveys/results/filterset.py, which the dashboard's
    form uses too; the view passes the survey in the context.
    """

    role = serializers.SlugField(required=False, help_text=_("Respondent role value."))
    channel = serializers.ChoiceField(choices=Channel.choices, required=False)
    group = serializers.IntegerField(required=False, min_value=1, help_text=_("Working group id."))
    session = serializers.IntegerField(required=False, min_value=1, help_text=_("Session id."))
    language = serializers.ChoiceField(
        choices=Language.choices, required=False, help_text=_("Language the response was in.")
    )
    since = serializers.DateField(required=False, help_text=_("First day, YYYY-MM-DD."))
    until = serializers.DateField(required=False, help_text=_("Last day, YYYY-MM-DD."))
    version = serializers.IntegerField(required=False, min_value=1)
    lang = serializers.ChoiceField(
        choices=Language.choices, required=False, help_text=_("Language of labels.")
    )

    def validate_role(self, value):
        if not filterset.roles().filter(value=value).exists():
            raise serializers.ValidationError(errors.UNKNOWN_ROLE)
        return value

    def validate_group(self, value):
        if not filterset.groups_for(survey=self.context["survey"]).filter(pk=value).exists():
            raise serializers.ValidationError(errors.UNKNOWN_GROUP)
        return value

    def validate_session(self, value):
        if not filterset.sessions_for(survey=self.context["survey"]).filter(pk=value).exists():
            raise serializers.ValidationError(errors.UNKNOWN_SESSION)
        return value

    def validate(self, attrs):
        problems = filterset.window_errors(since=attrs.get("since"), until=attrs.get("until"))
        if problems:
            raise serializers.ValidationError(problems)
        return attrs

    def filters(self) -> dict:
        return {k: v for k, v in self.validated_data.items() if k in FILTER_FIELDS}


class ResultsQuerySerializer(ResultsFilterSerializer):
    by = serializers.ChoiceField(
        choices=Breakdown.choices,
        required=False,
        help_text=_("Breakdown; week and month group the releases by their date."),
    )


class CommentsQuerySerializer(ResultsFilterSerializer):
    question = serializers.SlugField(required=False, help_text=_("Only this question's comments."))


# Output shapes, for the OpenAPI schema; the views return the selector's dict as is.
class SurveyRefSerializer(serializers.Serializer):
    key = serializers.CharField()
    title = serializers.CharField()


class OptionCountSerializer(serializers.Serializer):
    value = serializers.CharField()
    label = serializers.CharField()
    count = serializers.IntegerField(allow_null=True)


class ThemeCountSerializer(serializers.Serializer):
    key = serializers.CharField()
    label = serializers.CharField()
    count = serializers.IntegerField(allow_null=True)


class WithheldSerializer(serializers.Serializer):
    code = serializers.ChoiceField(choices=Withheld.choices)
    message = serializers.CharField(help_text=_("Why nothing is shown, in the user's language."))


class ReleasedSerializer(serializers.Serializer):
    releases = serializers.ListField(
        child=serializers.IntegerField(), help_text=_("The releases whose responses are counted.")
    )
    from_date = serializers.DateField()
    through_date = serializers.DateField()
    later_held = serializers.BooleanField(
        help_text=_("Some releases in the window hold this view's responses back.")
    )


class WaitingSerializer(serializers.Serializer):
    responses_needed = serializers.IntegerField(
        help_text=_("How many more responses the next release needs.")
    )
    releases = serializers.IntegerField(help_text=_("Releases made so far."))


class QuestionResultSerializer(serializers.Serializer):
    key = serializers.CharField()
    type = serializers.CharField()
    label = serializers.CharField()
    answered = serializers.IntegerField(allow_null=True)
    suppressed = serializers.BooleanField()
    options = OptionCountSerializer(many=True)
    mean = serializers.FloatField(allow_null=True)
    median = serializers.FloatField(allow_null=True)
    nps = serializers.FloatField(allow_null=True)
    themes = ThemeCountSerializer(
        many=True, required=False, help_text=_("Only on short_text and long_text questions.")
    )
    withheld = WithheldSerializer(allow_null=True)


class GroupResultSerializer(serializers.Serializer):
    value = serializers.CharField()
    label = serializers.CharField()
    respondents = serializers.IntegerField(allow_null=True)
    suppressed = serializers.BooleanField()
    withheld = WithheldSerializer(allow_null=True)
    released = ReleasedSerializer(allow_null=True)
    questions = QuestionResultSerializer(many=True)


class BreakdownSerializer(serializers.Serializer):
    by = serializers.ChoiceField(choices=Breakdown.choices)
    groups = GroupResultSerializer(many=True)


class ResultsSerializer(serializers.Serializer):
    survey = SurveyRefSerializer()
    min_group_size = serializers.IntegerField()
    filters = serializers.DictField(help_text=_("The filters as applied."))
    waiting = WaitingSerializer()
    respondents = serializers.IntegerField(allow_null=True)
    suppressed = serializers.BooleanField()
    withheld = WithheldSerializer(allow_null=True)
    released = ReleasedSerializer(allow_null=True)
    questions = QuestionResultSerializer(many=True)
    breakdown = BreakdownSerializer(allow_null=True)


class CommentSerializer(serializers.Serializer):
    id = serializers.UUIDField(help_text=_("Random; says nothing about who wrote it or when."))
    question = serializers.CharField()
    question_label = serializers.CharField()
    text = serializers.CharField(help_text=_("Identifying details masked until reviewed."))
    flags = serializers.ListField(child=serializers.ChoiceField(["hetu", "phone", "email"]))
    masked = serializers.BooleanField()
    reviewed = serializers.BooleanField()
    themes = serializers.ListField(child=serializers.CharField())


class CommentPageSerializer(serializers.Serializer):
    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    suppressed = serializers.BooleanField(
        help_text=_("True when the comments are withheld; `withheld` says why.")
    )
    withheld = WithheldSerializer(allow_null=True)
    released = ReleasedSerializer(allow_null=True)
    results = CommentSerializer(many=True)


class CommentReviewInputSerializer(serializers.Serializer):
    decision = serializers.ChoiceField(
        CommentDecision.choices,
        help_text=_(
            '"redacted" removes the flagged details from the stored text for good; '
            '"harmless" confirms they identify nobody and shows the text as written.'
        ),
    )


class CommentThemesInputSerializer(serializers.Serializer):
    themes = serializers.ListField(child=serializers.SlugField(), allow_empty=True)


class ThemeSerializer(serializers.Serializer):
    key = serializers.SlugField(max_length=80)
    label_fi = serializers.CharField(max_length=200)
    label_sv = serializers.CharField(max_length=200, required=False, allow_blank=True)
    label_en = serializers.CharField(max_length=200, required=False, allow_blank=True)
