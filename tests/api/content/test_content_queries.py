"""The content API's SQL query count does not grow with pages or references."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.api.content.content_fixtures import add_standard_page, make_document

pytestmark = pytest.mark.django_db


def body_with_references(*, pages, documents):
    """Rich text linking every page and document, plus a heading."""
    links = "".join(f'<a linktype="page" id="{p.pk}">{p.title}</a> ' for p in pages)
    links += "".join(f'<a linktype="document" id="{d.pk}">{d.title}</a> ' for d in documents)
    return [
        {"type": "heading", "value": {"text": "Otsikko", "level": "h2"}},
        {"type": "paragraph", "value": f"<p>{links}</p>"},
    ]


def add_pages(parent, count, *, start, targets, documents):
    pages = []
    for index in range(start, start + count):
        pages.append(
            add_standard_page(
                parent,
                title=f"Sivu {index}",
                slug=f"sivu-{index}",
                body=body_with_references(pages=targets, documents=documents),
            )
        )
    return pages


def count_queries(client, url, params=None):
    client.get(url, params)  # warm-up: site root paths, content types
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200, response.content
    return len(queries), response


LISTING = {"type": "cms.StandardPage", "fields": "*", "limit": 50}


def test_listing_uses_the_same_number_of_queries_for_10_and_100_pages(client, home_page):
    documents = [make_document(f"Opas {i}") for i in range(3)]
    targets = [
        add_standard_page(home_page, title=f"Kohde {i}", slug=f"kohde-{i}") for i in range(3)
    ]
    add_pages(home_page, 7, start=0, targets=targets, documents=documents)
    with_10, response_10 = count_queries(client, "/api/v2/pages/", LISTING)
    assert response_10.json()["meta"]["total_count"] == 10
    add_pages(home_page, 90, start=7, targets=targets, documents=documents)
    with_100, response_100 = count_queries(client, "/api/v2/pages/", LISTING)
    assert response_100.json()["meta"]["total_count"] == 100
    assert len(response_100.json()["items"]) == 50
    assert with_100 == with_10
    assert with_10 <= 15


def test_detail_uses_the_same_number_of_queries_for_few_and_many_references(client, home_page):
    few_targets = [add_standard_page(home_page, title=f"K {i}", slug=f"k-{i}") for i in range(2)]
    many_targets = few_targets + [
        add_standard_page(home_page, title=f"K {i}", slug=f"k-{i}") for i in range(2, 40)
    ]
    few_docs = [make_document(f"Opas {i}") for i in range(2)]
    many_docs = few_docs + [make_document(f"Opas {i}") for i in range(2, 20)]
    small = add_standard_page(
        home_page,
        title="Pieni",
        slug="pieni",
        body=body_with_references(pages=few_targets, documents=few_docs),
    )
    large = add_standard_page(
        home_page,
        title="Suuri",
        slug="suuri",
        body=body_with_references(pages=many_targets, documents=many_docs),
    )
    small_count, _ = count_queries(client, f"/api/v2/pages/{small.pk}/")
    large_count, response = count_queries(client, f"/api/v2/pages/{large.pk}/")
    assert response.json()["body"][1]["value"].count("href=") == 40 + 20
    assert large_count == small_count
    assert small_count <= 15
