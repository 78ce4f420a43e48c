"""Input and output shapes of the survey API (separate, so each says only what it does)."""

from django.utils.translation import gettext, override
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from surveys.choices import Channel, Language, OralMode, QuestionType
from surveys.models import Option, Question, Survey
from surveys.models.translated import translated


class _LanguageMixin:
    @property
    def language(self) -> str:
        return self.context["language"]


class OptionOutputSerializer(_LanguageMixin, serializers.Serializer):
    value = serializers.SlugField()
    label = serializers.SerializerMethodField()

    def get_label(self, option: Option) -> str:
        return option.label(self.language)


class ScaleOutputSerializer(serializers.Serializer):
    min = serializers.IntegerField()
    max = serializers.IntegerField()
    min_label = serializers.CharField()
    max_label = serializers.CharField()


class ShowIfOutputSerializer(serializers.Serializer):
    question = serializers.SlugField(help_text="Key of the earlier question this one depends on.")
    equals = serializers.ListField(
        child=serializers.CharField(), help_text="Show the question if any of these was answered."
    )


class QuestionOutputSerializer(_LanguageMixin, serializers.Serializer):
    key = serializers.SlugField()
    type = serializers.ChoiceField(choices=QuestionType.choices)
    required = serializers.BooleanField()
    label = serializers.SerializerMethodField()
    help = serializers.SerializerMethodField()
    options = serializers.SerializerMethodField()
    scale = serializers.SerializerMethodField()
    min = serializers.SerializerMethodField()
    max = serializers.SerializerMethodField()
    show_if = serializers.SerializerMethodField()

    def get_label(self, question: Question) -> str:
        return question.label(self.language)

    def get_help(self, question: Question) -> str:
        return question.help(self.language)

    @extend_schema_field(OptionOutputSerializer(many=True))
    def get_options(self, question: Question):
        if question.type == QuestionType.YES_NO:
            with override(self.language):
                return [
                    {"value": "yes", "label": gettext("Yes")},
                    {"value": "no", "label": gettext("No")},
                ]
        options = question.active_options() if question.has_options else []
        return OptionOutputSerializer(options, many=True, context=self.context).data

    @extend_schema_field(ScaleOutputSerializer(allow_null=True))
    def get_scale(self, question: Question):
        bounds = question.scale_bounds()
        if bounds is None:
            return None
        return {
            "min": bounds[0],
            "max": bounds[1],
            "min_label": question.min_label(self.language),
            "max_label": question.max_label(self.language),
        }

    def get_min(self, question: Question) -> float | None:
        return None if question.min_value is None else float(question.min_value)

    def get_max(self, question: Question) -> float | None:
        return None if question.max_value is None else float(question.max_value)

    @extend_schema_field(ShowIfOutputSerializer(allow_null=True))
    def get_show_if(self, question: Question):
        if question.show_if_question is None:
            return None
        return {"question": question.show_if_question.key, "equals": question.condition_values}


class SectionOutputSerializer(_LanguageMixin, serializers.Serializer):
    title = serializers.SerializerMethodField()
    questions = serializers.SerializerMethodField()

    def get_title(self, group: dict) -> str:
        section = group["section"]
        return translated(section, "title", self.language) if section else ""

    @extend_schema_field(QuestionOutputSerializer(many=True))
    def get_questions(self, group: dict):
        return QuestionOutputSerializer(group["questions"], many=True, context=self.context).data


class SurveyOutputSerializer(_LanguageMixin, serializers.Serializer):
    key = serializers.SlugField()
    language = serializers.SerializerMethodField()
    version = serializers.IntegerField()
    title = serializers.SerializerMethodField()
    description = serializers.SerializerMethodField()
    anonymous = serializers.BooleanField()
    requires_invite = serializers.BooleanField()
    channels = serializers.ListField(
        child=serializers.CharField(), help_text='Accepted channels: "written", "oral".'
    )
    opens_at = serializers.DateTimeField(allow_null=True)
    closes_at = serializers.DateTimeField(allow_null=True)
    is_open = serializers.SerializerMethodField()
    sections = serializers.SerializerMethodField()

    def get_language(self, survey: Survey) -> str:
        return self.language

    def get_title(self, survey: Survey) -> str:
        return survey.title(self.language)

    def get_description(self, survey: Survey) -> str:
        return survey.description(self.language)

    def get_is_open(self, survey: Survey) -> bool:
        return survey.is_open()

    @extend_schema_field(SectionOutputSerializer(many=True))
    def get_sections(self, survey: Survey):
        return SectionOutputSerializer(
            self.context["sections"], many=True, context=self.context
        ).data


@extend_schema_field(
    {
        "type": "object",
        # Answers are keyed by question keys, which are slugs.
        "propertyNames": {"type": "string", "pattern": "^[-a-zA-Z0-9_]+$"},
        "additionalProperties": {"nullable": True},
    }
)
class AnswersField(serializers.DictField):
    """Question key -> answer value."""


class ResponseInputSerializer(serializers.Serializer):
    submission_id = serializers.UUIDField(
        help_text="Generated by the client once per filled-in form; sending it again is safe."
    )
    language = serializers.ChoiceField(choices=Language.choices)
    role = serializers.SlugField(required=False, allow_null=True, allow_blank=True)
    invite_code = serializers.CharField(
        required=False, allow_null=True, allow_blank=True, max_length=32
    )
    answers = AnswersField(
        child=serializers.JSONField(allow_null=True),
        help_text="Question key -> value: an option value, a list of option values, a "
        'number, "yes"/"no", or text.',
    )
    channel = serializers.ChoiceField(choices=Channel.choices, default=Channel.WRITTEN)
    mode = serializers.ChoiceField(choices=OralMode.choices, required=False, allow_blank=True)
    session = serializers.IntegerField(required=False, allow_null=True)
    read_back_confirmed = serializers.BooleanField(default=False)
    participant_code = serializers.CharField(
        required=False,
        allow_null=True,
        allow_blank=True,
        max_length=32,
        help_text="A survey that is not anonymous: the personal code the coordinator issued.",
    )
    consent = serializers.BooleanField(
        default=False,
        help_text="A survey that is not anonymous: the participant agreed to answers kept "
        "with their personal code, as the survey's privacy notice says.",
    )


class ResponseCreatedSerializer(serializers.Serializer):
    submission_id = serializers.UUIDField(
        help_text="The submission id the client sent; the stored response has no public id."
    )


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField()


class ValidationErrorSerializer(serializers.Serializer):
    detail = serializers.CharField()
    errors = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        help_text='Messages per field, e.g. "answers.<key>", in the respondent\'s language.',
    )
