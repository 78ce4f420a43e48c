"""Blocks for assessing a practice model against the promising-practice criteria."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StreamBlockValidationError

from cms.choices import CriterionStatus, PromisingPracticeCriterion

DUPLICATE_CRITERION = _("Each criterion can be assessed only once; remove the repeated one.")


class CriterionAssessmentBlock(blocks.StructBlock):
    """The verdict and a short justification for one promising-practice criterion."""

    criterion = blocks.ChoiceBlock(choices=PromisingPracticeCriterion.choices, label=_("Criterion"))
    status = blocks.ChoiceBlock(
        choices=CriterionStatus.choices,
        default=CriterionStatus.NOT_ASSESSED,
        label=_("Status"),
    )
    text = blocks.TextBlock(label=_("Justification"), required=False)

    class Meta:
        icon = "tasks"
        template = "blocks/criterion_assessment_block.html"
        label = _("Criterion assessment")


class PromisingPracticeAssessmentBlock(blocks.StreamBlock):
    """The whole assessment: each criterion at most once, in the editor's order."""

    criterion = CriterionAssessmentBlock()

    class Meta:
        icon = "tasks"
        template = "blocks/promising_practice_assessment_block.html"
        label = _("Assessment against the promising-practice criteria")
        block_counts = {"criterion": {"max_num": len(PromisingPracticeCriterion.choices)}}

    def clean(self, value):
        value = super().clean(value)
        seen = set()
        errors = {}
        for position, child in enumerate(value):
            criterion = child.value["criterion"]
            if criterion in seen:
                errors[position] = ErrorList([ValidationError(DUPLICATE_CRITERION)])
            seen.add(criterion)
        if errors:
            raise StreamBlockValidationError(
                block_errors=errors,
                non_block_errors=ErrorList([ValidationError(DUPLICATE_CRITERION)]),
            )
        return value
