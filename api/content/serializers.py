"""Serializers of the content API: the v2 shapes, with references as objects.

Stock Wagtail API v2 returns StreamField as stored JSON (bare ids), rich text as
database HTML (`linktype=`) and foreign keys to snippets as `{id, meta}`. These
serializers keep the v2 envelope and field selection but, driven only by field and
block types, return:

- StreamField: typed JSON (api.streamfield)
- RichTextField: public HTML (api.richtext)
- ForeignKey / ManyToMany to a page, snippet, image or document: objects (api.resolver)
- `translations` (meta): the live, non-alias translations of the page
"""

from __future__ import annotations

from rest_framework import relations
from rest_framework.fields import Field
from wagtail import fields as wagtail_fields
from wagtail.api.v2.serializers import BaseSerializer, PageSerializer

from api.content.loading import is_reference_model
from api.content.richtext import render_rich_text
from api.content.streamfield import get_resolver, stream_to_api
from surveys.results.feedback import practice_model_feedback


class TypedStreamField(Field):
    """A StreamField as typed JSON: see api.streamfield for the block shapes."""

    def to_representation(self, value):
        return stream_to_api(value, self.context)


class PublicRichTextField(Field):
    """A RichTextField as HTML with public page and document URLs."""

    def to_representation(self, value):
        return render_rich_text(value, get_resolver(self.context))


class ObjectReferenceField(relations.RelatedField):
    """A foreign key (or each item of a many-to-many) to a page, snippet, image or document."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        kwargs.pop("queryset", None)
        super().__init__(**kwargs)

    def to_representation(self, value):
        return get_resolver(self.context).object_ref(value)


class TranslationsField(Field):
    """The page's live translations in other languages, without alias pages."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return get_resolver(self.context).translations_of(page)


class FeedbackField(Field):
    """What respondents said about a practice model, under the survey's small-group rule.

    Null when no survey with a feedback setting evaluates the page (any page type
    other than a practice model). Computed by the same selector as the page's feedback
    section, so the numbers and their suppression are identical.
    """

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return practice_model_feedback(page=page, language=page.locale.language_code)


class TutuksiSerializerMixin:
    """Field mapping shared by page serializers and the serializers of inline objects."""

    serializer_field_mapping = {
        **BaseSerializer.serializer_field_mapping,
        wagtail_fields.StreamField: TypedStreamField,
        wagtail_fields.RichTextField: PublicRichTextField,
    }

    def build_relational_field(self, field_name, relation_info):
        # Reverse relations are inline (ParentalKey) children: Wagtail nests them itself.
        if not relation_info.reverse and is_reference_model(relation_info.related_model):
            kwargs = {"many": True} if relation_info.to_many else {}
            return ObjectReferenceField, kwargs
        return super().build_relational_field(field_name, relation_info)

    def to_representation(self, instance):
        resolver = get_resolver(self.context)
        with resolver.serializing(instance):
            return super().to_representation(instance)


class TutuksiBaseSerializer(TutuksiSerializerMixin, BaseSerializer):
    """Serializer base for inline (ParentalKey) objects inside a page."""


class TutuksiPageSerializer(TutuksiSerializerMixin, PageSerializer):
    """The v2 page serializer with typed StreamFields, public rich text and objects."""

    translations = TranslationsField(read_only=True)
    feedback = FeedbackField(read_only=True)
