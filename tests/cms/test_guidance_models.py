"""Rules of the guidance page types, the listing filters and the page tree."""

import pytest
from django.core.exceptions import ValidationError

from cms.choices import ParticipationDimension
from cms.models import (
    EvaluationReportPage,
    GuidanceArticlePage,
    GuidanceIndexPage,
    HomePage,
    PracticeModelPage,
    StandardPage,
)
from cms.models.practice_model import (
    DIMENSION_NOT_TICKED,
    DIMENSION_TEXT_MISSING,
    PERIOD_ENDS_BEFORE_START,
    SERIES_POSITION_WITHOUT_SERIES,
)
from cms.selectors import guidance_listing, series_members

from .builders import build_guidance_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(home_page):
    return build_guidance_tree(home_page)


def _model(**fields):
    return PracticeModelPage(title="Malli", slug="malli", summary="Lyhyesti.", **fields)


def test_ticked_dimension_without_text_is_rejected():
    with pytest.raises(ValidationError) as error:
        _model(strengthens_influencing=True, influencing_text="<p></p>").clean()
    assert error.value.message_dict["influencing_text"] == [str(DIMENSION_TEXT_MISSING)]


def test_dimension_text_without_tick_is_rejected():
    with pytest.raises(ValidationError) as error:
        _model(common_good_text="<p>Hyvä yhteinen.</p>").clean()
    assert error.value.message_dict["strengthens_common_good"] == [str(DIMENSION_NOT_TICKED)]


def test_period_cannot_end_before_it_starts():
    with pytest.raises(ValidationError) as error:
        _model(period_start=2020, period_end=2018).clean()
    assert error.value.message_dict["period_end"] == [str(PERIOD_ENDS_BEFORE_START)]


def test_series_position_needs_a_series():
    with pytest.raises(ValidationError) as error:
        _model(series_position=1).clean()
    assert error.value.message_dict["series_position"] == [str(SERIES_POSITION_WITHOUT_SERIES)]


def test_page_tree_rules_keep_guidance_under_the_index_and_reports_under_models():
    assert GuidanceIndexPage in HomePage.allowed_subpage_models()
    assert StandardPage in HomePage.allowed_subpage_models()
    assert PracticeModelPage not in HomePage.allowed_subpage_models()
    assert set(GuidanceIndexPage.allowed_subpage_models()) == {
        PracticeModelPage,
        GuidanceArticlePage,
    }
    assert PracticeModelPage.allowed_subpage_models() == [EvaluationReportPage]
    assert EvaluationReportPage.allowed_parent_page_models() == [PracticeModelPage]


def test_dimensions_lists_only_ticked_dimensions_in_thl_order(tree):
    model = tree["models"][0]
    assert [d["value"] for d in model.dimensions] == [
        ParticipationDimension.OWN_LIFE,
        ParticipationDimension.INFLUENCING,
    ]


def test_listing_without_filters_shows_models_and_articles(tree):
    titles = {page.title for page in guidance_listing(index_page=tree["index"])}
    assert titles == {"Asiakkaat kehittäjinä", "Aikaa luottamukselle", "Ammattilaisen osallisuus"}


def test_listing_filters_by_target_group(tree):
    pages = guidance_listing(index_page=tree["index"], target_group=tree["target_groups"][1])
    assert [page.title for page in pages] == ["Aikaa luottamukselle"]


def test_listing_filters_by_dimension(tree):
    pages = guidance_listing(index_page=tree["index"], dimension="common_good")
    assert [page.title for page in pages] == ["Aikaa luottamukselle"]


def test_listing_by_series_follows_the_explicit_series_order(tree):
    second = tree["models"][1]
    second.series_position = 0
    second.save_revision().publish()
    pages = guidance_listing(index_page=tree["index"], series=tree["series"])
    assert [page.title for page in pages] == ["Aikaa luottamukselle", "Asiakkaat kehittäjinä"]


def test_index_page_filters_from_query_parameters_and_ignores_bad_values(client, tree):
    html = client.get("/fi/ohjeet/?dimension=common_good").content.decode()
    assert "Aikaa luottamukselle" in html
    assert "Asiakkaat kehittäjinä</a>" not in html
    bad = client.get("/fi/ohjeet/?target_group=9999&dimension=nonsense")
    assert bad.status_code == 200
    assert "Ammattilaisen osallisuus" in bad.content.decode()


def test_index_page_paginates_and_keeps_filters_in_page_links(client, tree):
    index = tree["index"]
    for number in range(11):
        page = PracticeModelPage(
            title=f"Lisämalli {number}",
            slug=f"lisamalli-{number}",
            summary="Lyhyesti.",
            strengthens_own_life=True,
            own_life_text="<p>Oma elämä.</p>",
        )
        index.add_child(instance=page)
        page.save_revision().publish()
    html = client.get("/fi/ohjeet/?dimension=own_life").content.decode()
    assert 'href="?dimension=own_life&amp;page=2" rel="next"' in html
    second = client.get("/fi/ohjeet/?dimension=own_life&page=2").content.decode()
    assert 'rel="prev"' in second


def test_series_lists_its_members_in_the_explicit_order(tree):
    first, second = tree["models"]
    assert list(series_members(tree["series"])) == [first, second]
    first.series_position = 5
    first.save_revision().publish()
    assert list(series_members(tree["series"])) == [second, first]
