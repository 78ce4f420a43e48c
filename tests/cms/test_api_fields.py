"""The content API exposes the structured guidance fields for frontends to build on."""

import pytest
from django.utils import translation

from cms.choices import PromisingPracticeCriterion, RootingStatus

from .builders import build_guidance_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(home_page):
    return build_guidance_tree(home_page)


def test_practice_models_are_listed_by_their_type_name(client, tree):
    response = client.get("/api/v2/pages/", {"type": "cms.PracticeModelPage"})
    assert response.status_code == 200
    titles = {item["title"] for item in response.json()["items"]}
    assert titles == {"Asiakkaat kehittäjinä", "Aikaa luottamukselle"}


def test_practice_model_detail_has_dimensions_assessment_series_and_references(client, tree):
    model = tree["models"][0]
    data = client.get(f"/api/v2/pages/{model.pk}/").json()
    assert data["meta"]["type"] == "cms.PracticeModelPage"
    assert data["strengthens_own_life"] is True
    assert "omassa asiassaan" in data["own_life_text"]
    with translation.override("fi"):
        open_label = str(RootingStatus.OPEN.label)
        need_label = str(PromisingPracticeCriterion.NEED.label)
    assert data["rooting_status"] == {"value": "open", "label": open_label}
    assert data["series_position"] == 1
    assert data["assessment"][0]["value"]["criterion"] == {"value": "need", "label": need_label}
    assert data["evaluation_document"]["id"] == tree["document"].pk
    assert len(data["target_groups"]) == 1
    assert len(data["related_models"]) == 1
    assert data["body"][0]["type"] == "heading"


@pytest.mark.parametrize("key", ["report", "article", "index"])
def test_other_guidance_types_serialise_without_errors(client, tree, key):
    page = tree[key]
    data = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert data["title"] == page.title
