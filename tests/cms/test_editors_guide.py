"""The editors' guide sits in the admin's Help menu, in Finnish, Swedish and English."""

import pytest

pytestmark = pytest.mark.django_db


def test_help_menu_offers_the_editors_guide(client, superuser):
    client.force_login(superuser)
    html = client.get("/admin/").content.decode()
    assert "/admin/help/editors-guide/" in html


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("fi", "Toimintamallin luominen"),
        ("sv", "Skapa en verksamhetsmodell"),
        ("en", "Create a practice model"),
    ],
)
def test_guide_is_written_in_each_language(client, superuser, language, heading):
    client.force_login(superuser)
    response = client.get("/admin/help/editors-guide/", {"lang": language})
    html = response.content.decode()
    assert response.status_code == 200
    assert heading in html
    assert f'lang="{language}"' in html
    for anchor in ("translate", "review", "schedule", "preview", "images", "tables"):
        assert f'id="{anchor}"' in html


def test_guide_needs_an_admin_login(client):
    response = client.get("/admin/help/editors-guide/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
