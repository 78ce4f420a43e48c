"""Blocks of guidance articles: goals, examples, quotes, interviews, link lists, workshops."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

from cms.rich_text import RICH_TEXT_FEATURES

from .content import HeadingBlock

LINK_NEEDS_ONE_TARGET = _("Choose exactly one target: a page, a document or a web address.")


class PracticeItemBlock(blocks.StructBlock):
    """One concrete practice under a goal: a short imperative title and why it helps."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    explanation = blocks.TextBlock(label=_("Explanation"))

    class Meta:
        icon = "tick"
        template = "blocks/practice_item_block.html"
        label = _("Practice")


class NumberedGoalBlock(blocks.StructBlock):
    """A numbered goal with its text and the practices that help reach it."""

    number = blocks.IntegerBlock(label=_("Number"), min_value=1)
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES, required=False)
    practices = blocks.ListBlock(PracticeItemBlock(), label=_("Practices"), min_num=0)

    class Meta:
        icon = "list-ol"
        template = "blocks/numbered_goal_block.html"
        label = _("Numbered goal")


class ExampleBoxBlock(blocks.StructBlock):
    """A case example set apart from the text: what was done, by whom and when."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    body = blocks.RichTextBlock(label=_("Body"), features=RICH_TEXT_FEATURES)
    organisation = blocks.CharBlock(label=_("Organisation"), max_length=200, required=False)
    period = blocks.CharBlock(label=_("Period"), max_length=100, required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/example_box_block.html"
        label = _("Example")


class QuoteBlock(blocks.StructBlock):
    """A quotation with the speaker's name or description and their role."""

    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Attribution"), max_length=200, required=False)
    role = blocks.CharBlock(label=_("Role"), max_length=200, required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")


class QuestionAnswerBlock(blocks.StructBlock):
    """One question and its answer in an interview."""

    question = blocks.TextBlock(label=_("Question"))
    answer = blocks.TextBlock(label=_("Answer"))

    class Meta:
        icon = "help"
        template = "blocks/question_answer_block.html"
        label = _("Question and answer")


class InterviewBlock(blocks.StructBlock):
    """An interview as question-and-answer pairs, with who asks and who answers."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    interviewer_label = blocks.CharBlock(label=_("Interviewer"), max_length=100)
    interviewee_label = blocks.CharBlock(label=_("Interviewee"), max_length=100)
    pairs = blocks.ListBlock(QuestionAnswerBlock(), label=_("Questions and answers"), min_num=1)

    class Meta:
        icon = "group"
        template = "blocks/interview_block.html"
        label = _("Interview")


class LinkItemBlock(blocks.StructBlock):
    """A labelled link to exactly one of: a page, a document or an external address."""

    label = blocks.CharBlock(label=_("Label"), max_length=200)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    document = DocumentChooserBlock(label=_("Document"), required=False)
    url = blocks.URLBlock(label=_("Web address"), required=False)

    class Meta:
        icon = "link"
        template = "blocks/link_item_block.html"
        label = _("Link")

    def clean(self, value):
        value = super().clean(value)
        targets = [name for name in ("page", "document", "url") if value.get(name)]
        if len(targets) != 1:
            raise StructBlockValidationError(
                non_block_errors=ErrorList([ValidationError(LINK_NEEDS_ONE_TARGET)])
            )
        return value


class LinkListBlock(blocks.StructBlock):
    """A titled list of links, such as "Read also" or "Read more"."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    items = blocks.ListBlock(LinkItemBlock(), label=_("Links"), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/link_list_block.html"
        label = _("Link list")


class RelatedPracticeModelsBlock(blocks.StructBlock):
    """A titled list of practice models that the surrounding text refers to."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    pages = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="cms.PracticeModelPage", label=_("Practice model")),
        label=_("Practice models"),
        min_num=1,
    )

    class Meta:
        icon = "doc-empty-inverse"
        template = "blocks/related_practice_models_block.html"
        label = _("Related practice models")


class WorkshopSectionBlock(blocks.StructBlock):
    """One theme of a workshop: a participant's words as its title and the views raised."""

    quote_title = blocks.CharBlock(label=_("Quote title"), max_length=300)
    points = blocks.ListBlock(blocks.CharBlock(label=_("Point")), label=_("Points"), min_num=1)

    class Meta:
        icon = "openquote"
        template = "blocks/workshop_section_block.html"
        label = _("Workshop theme")


class WorkshopSummaryBlock(blocks.StructBlock):
    """Oral feedback from a workshop, summarised as quote-titled themes with bullet points."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)
    sections = blocks.ListBlock(WorkshopSectionBlock(), label=_("Themes"), min_num=1)

    class Meta:
        icon = "clipboard-list"
        template = "blocks/workshop_summary_block.html"
        label = _("Workshop summary")


class GuidanceStreamBlock(blocks.StreamBlock):
    """Everything a guidance article's body may contain."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Text"),
        icon="pilcrow",
        template="blocks/paragraph_block.html",
    )
    numbered_goal = NumberedGoalBlock()
    example = ExampleBoxBlock()
    quote = QuoteBlock()
    interview = InterviewBlock()
    link_list = LinkListBlock()
    related_models = RelatedPracticeModelsBlock()
    workshop_summary = WorkshopSummaryBlock()

    class Meta:
        label = _("Body")
