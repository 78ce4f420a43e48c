"""Block rules editors meet in the admin, and what each block renders for readers."""

import pytest
from django.template.loader import get_template
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError

from cms.blocks import (
    CriterionAssessmentBlock,
    ExampleBoxBlock,
    GuidanceStreamBlock,
    InterviewBlock,
    LinkItemBlock,
    LinkListBlock,
    NumberedGoalBlock,
    PromisingPracticeAssessmentBlock,
    QuoteBlock,
    RelatedPracticeModelsBlock,
    WorkshopSummaryBlock,
)
from cms.blocks.evaluation import DUPLICATE_CRITERION
from cms.blocks.guidance import LINK_NEEDS_ONE_TARGET


def test_link_without_any_target_is_rejected_with_an_actionable_message():
    block = LinkItemBlock()
    value = block.to_python({"label": "Linkki", "page": None, "document": None, "url": ""})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert str(LINK_NEEDS_ONE_TARGET) in str(error.value.non_block_errors)


@pytest.mark.django_db
def test_link_with_two_targets_is_rejected(home_page):
    block = LinkItemBlock()
    value = block.to_python(
        {"label": "Linkki", "page": home_page.pk, "document": None, "url": "https://thl.fi/"}
    )
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


def test_link_with_only_an_external_address_is_accepted():
    block = LinkItemBlock()
    value = block.to_python(
        {"label": "THL", "page": None, "document": None, "url": "https://thl.fi/"}
    )
    assert block.clean(value)["url"] == "https://thl.fi/"


def _assessment(*criteria):
    block = PromisingPracticeAssessmentBlock()
    return block, block.to_python(
        [
            {"type": "criterion", "value": {"criterion": c, "status": "met", "text": "x"}}
            for c in criteria
        ]
    )


def test_assessment_rejects_the_same_criterion_twice():
    block, value = _assessment("need", "novelty", "need")
    with pytest.raises(StreamBlockValidationError) as error:
        block.clean(value)
    assert 2 in error.value.block_errors
    assert str(DUPLICATE_CRITERION) in str(error.value.non_block_errors)


def test_assessment_accepts_each_criterion_once():
    block, value = _assessment("need", "demand", "novelty", "transferability", "results", "rooting")
    assert len(block.clean(value)) == 6


BLOCKS = [
    NumberedGoalBlock,
    ExampleBoxBlock,
    QuoteBlock,
    InterviewBlock,
    LinkItemBlock,
    LinkListBlock,
    RelatedPracticeModelsBlock,
    WorkshopSummaryBlock,
    CriterionAssessmentBlock,
    PromisingPracticeAssessmentBlock,
]


@pytest.mark.parametrize("block_class", BLOCKS, ids=lambda cls: cls.__name__)
def test_every_block_documents_itself_and_its_template_names_it(block_class):
    block = block_class()
    assert block_class.__doc__ and "\n" not in block_class.__doc__.strip()
    assert block.meta.icon and block.meta.label
    template = get_template(block.meta.template)
    source = template.template.source
    assert source.startswith("{# Renders cms.blocks.")
    assert block_class.__name__ in source.splitlines()[0]


def test_numbered_goal_renders_number_title_and_practices():
    block = NumberedGoalBlock()
    value = block.to_python(
        {
            "number": 3,
            "title": "Hyödynnä verkostoja",
            "text": "<p>Verkostot auttavat.</p>",
            "practices": [{"title": "Kutsu kokemusosaaja", "explanation": "Hän tuntee polut."}],
        }
    )
    html = block.render(value)
    assert '<span class="goal__number">3.</span> Hyödynnä verkostoja</h2>' in html
    assert "Kutsu kokemusosaaja</h3>" in html
    assert "Hän tuntee polut." in html


def test_quote_renders_as_a_figure_with_attribution_and_role():
    block = QuoteBlock()
    html = block.render(
        block.to_python({"text": "Minua kuultiin.", "attribution": "Asiakas", "role": "nuori"})
    )
    assert "<blockquote><p>Minua kuultiin.</p></blockquote>" in html
    assert "<figcaption>Asiakas, nuori</figcaption>" in html


def test_interview_labels_each_question_and_answer_with_the_speaker():
    block = InterviewBlock()
    value = block.to_python(
        {
            "title": "Haastattelu",
            "interviewer_label": "Kysyjä",
            "interviewee_label": "Vastaaja",
            "pairs": [{"question": "Mitä opit?", "answer": "Kärsivällisyyttä."}],
        }
    )
    html = block.render(value)
    assert "Kysyjä:</span> Mitä opit?" in html
    assert "Vastaaja:</span> Kärsivällisyyttä." in html


def test_workshop_summary_renders_quote_titled_themes_with_bullets():
    block = WorkshopSummaryBlock()
    value = block.to_python(
        {
            "title": "Työpaja",
            "description": "",
            "sections": [{"quote_title": "Pyydän apua kerran.", "points": ["Yksi", "Kaksi"]}],
        }
    )
    html = block.render(value)
    assert "“Pyydän apua kerran.”</h3>" in html
    assert "<li>Yksi</li><li>Kaksi</li>" in html


def test_example_box_shows_organisation_and_period():
    block = ExampleBoxBlock()
    html = block.render(
        block.to_python(
            {"title": "Lifti", "body": "<p>Tila.</p>", "organisation": "Yhdistys", "period": "2019"}
        )
    )
    assert "Lifti</h2>" in html
    assert "Yhdistys, 2019" in html


def test_guidance_stream_offers_every_guidance_block():
    names = set(GuidanceStreamBlock().child_blocks)
    assert names == {
        "heading",
        "paragraph",
        "numbered_goal",
        "example",
        "quote",
        "interview",
        "link_list",
        "related_models",
        "workshop_summary",
        "image",
        "table",
    }
