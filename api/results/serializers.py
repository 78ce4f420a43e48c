"""Input validation and documented output shapes of the results API."""

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from surveys.access import groups_for
from surveys.choices import Channel, Language
from surveys.models import RespondentRole, Session, WorkingGroup
from surveys.results import errors
from surveys.results.aggregates import BREAKDOWNS

FILTER_FIELDS = ("role", "channel", "group", "session", "language", "since", "until", "version")


class ResultsFilterSerializer(serializers.Serializer):
    """Query parameters shared by results, comments and exports."""

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
        if not RespondentRole.objects.filter(value=value).exists():
            raise serializers.ValidationError(errors.UNKNOWN_ROLE)
        return value

    def validate_group(self, value):
        request = self.context.get("request")
        groups = groups_for(user=request.user) if request else WorkingGroup.objects.all()
        if not groups.filter(pk=value).exists():
            raise serializers.ValidationError(errors.UNKNOWN_GROUP)
        return value

    def validate_session(self, value):
        sessions = Session.objects.filter(pk=value)
        survey = self.context.get("survey")
        if survey is not None:
            # Only the survey's own group's sessions: any other answers like a missing one.
            sessions = sessions.filter(working_group_id=survey.working_group_id)
        if not sessions.exists():
            raise serializers.ValidationError(errors.UNKNOWN_SESSION)
        return value

    def validate(self, attrs):
        if attrs.get("since") and attrs.get("until") and attrs["until"] < attrs["since"]:
            raise serializers.ValidationError({"until": [errors.UNTIL_BEFORE_SINCE]})
        return attrs

    def filters(self) -> dict:
        return {k: v for k, v in self.validated_data.items() if k in FILTER_FIELDS}


class ResultsQuerySerializer(ResultsFilterSerializer):
    by = serializers.ChoiceField(choices=BREAKDOWNS, required=False, help_text=_("Breakdown."))


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


class GroupResultSerializer(serializers.Serializer):
    value = serializers.CharField()
    label = serializers.CharField()
    respondents = serializers.IntegerField(allow_null=True)
    suppressed = serializers.BooleanField()
    questions = QuestionResultSerializer(many=True)


class BreakdownSerializer(serializers.Serializer):
    by = serializers.ChoiceField(choices=BREAKDOWNS)
    groups = GroupResultSerializer(many=True)


class ResultsSerializer(serializers.Serializer):
    survey = SurveyRefSerializer()
    min_group_size = serializers.IntegerField()
    filters = serializers.DictField(help_text=_("The filters as applied."))
    respondents = serializers.IntegerField(allow_null=True)
    suppressed = serializers.BooleanField()
    questions = QuestionResultSerializer(many=True)
    breakdown = BreakdownSerializer(allow_null=True)


class CommentSerializer(serializers.Serializer):
    id = serializers.IntegerField()
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
        help_text=_("True when fewer than the smallest group size match the filters.")
    )
    results = CommentSerializer(many=True)


class CommentThemesInputSerializer(serializers.Serializer):
    themes = serializers.ListField(child=serializers.SlugField(), allow_empty=True)


class ThemeSerializer(serializers.Serializer):
    key = serializers.SlugField(max_length=80)
    label_fi = serializers.CharField(max_length=200)
    label_sv = serializers.CharField(max_length=200, required=False, allow_blank=True)
    label_en = serializers.CharField(max_length=200, required=False, allow_blank=True)
