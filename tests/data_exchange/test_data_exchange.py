"""export_data and import_data rebuild all content and feedback on a fresh database.

The round trip runs against a second, freshly migrated PostgreSQL database through
`manage.py` in subprocesses, exactly as an operator would; the refusals run in-process.
"""

import base64
import io
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management import CommandError, call_command
from django.db import connection
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from data_exchange.exporting import export_data
from data_exchange.format import (
    EXCLUDED_MODELS,
    NOT_EMPTY,
    PASSWORD_NOT_EXPORTED,
    DataExchangeError,
    exported_models,
)
from data_exchange.importing import import_data
from surveys.models import Answer, Response
from surveys.services import response_submit
from tests.cms.builders import SWEDISH, build_guidance_tree, translate_tree
from tests.surveys.builders import build_survey, coordinator_of, valid_answers

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# 1x1 transparent PNG, small enough to read in a diff.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082"
)


def _submit(survey, **overrides):
    fields = {
        "survey": survey,
        "answers": valid_answers(),
        "submission_id": uuid.uuid4(),
        "language": "fi",
        "role": "client",
    }
    fields.update(overrides)
    return response_submit(**fields)[0]


def _ensure_root_collection() -> None:
    # Migrations create it, but a live_server test that ran earlier may have flushed it.
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


def _build_site(home, capture, django_user_model) -> dict:
    """Guidance pages and snippets in fi + sv, an image, a redirect, a survey with answers."""
    _ensure_root_collection()
    tree = build_guidance_tree(home)
    swedish = translate_tree(tree, language="sv", strings=SWEDISH, capture=capture)
    image = get_image_model()(title="Logo")
    image.file.save("logo.png", ImageFile(io.BytesIO(PNG), name="logo.png"), save=True)
    Redirect.objects.create(old_path="/vanha-malli", redirect_page=tree["models"][0])
    survey = build_survey()
    coordinator_of(survey, django_user_model)
    _submit(survey)
    _submit(survey, language="sv", answers={**valid_answers(), "comments": "Tack."})
    return {"tree": tree, "swedish": swedish, "image": image, "survey": survey}


def _conninfo(dbname: str) -> str:
    settings = connection.settings_dict
    parts = {
        "host": settings.get("HOST") or "127.0.0.1",
        "port": settings.get("PORT") or "5432",
        "user": settings.get("USER") or "postgres",
        "dbname": dbname,
    }
    if settings.get("PASSWORD"):
        parts["password"] = settings["PASSWORD"]
    return " ".join(f"{key}={value}" for key, value in parts.items())


def _database_url(dbname: str) -> str:
    settings = connection.settings_dict
    credentials = settings.get("USER") or "postgres"
    if settings.get("PASSWORD"):
        credentials += f":{settings['PASSWORD']}"
    host = settings.get("HOST") or "127.0.0.1"
    port = settings.get("PORT") or "5432"
    return f"postgres://{credentials}@{host}:{port}/{dbname}"


def _manage(*args: str, database_url: str, media_root: Path) -> subprocess.CompletedProcess:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"REDIS_URL", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        DEBUG="0",
        SECRET_KEY="data-exchange-test-" + "k" * 40,
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(media_root),
    )
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _without_timestamp(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("exported_at")
    return data


def _rows(conninfo: str, sql: str) -> list[tuple]:
    with psycopg.connect(conninfo) as conn:
        return conn.execute(sql).fetchall()


PAGES_SQL = (
    "SELECT p.path, p.url_path, p.live, p.translation_key::text, l.language_code, "
    "p.title, p.has_unpublished_changes, r.content->>'title' "
    "FROM wagtailcore_page p JOIN wagtailcore_locale l ON l.id = p.locale_id "
    "LEFT JOIN wagtailcore_revision r ON r.id = p.latest_revision_id ORDER BY p.path"
)
STREAMS_SQL = (
    "SELECT page_ptr_id, body::text, assessment::text FROM cms_practicemodelpage "
    "ORDER BY page_ptr_id"
)
ANSWERS_SQL = (
    "SELECT r.submission_id::text, r.language, q.key, o.value, a.text_value, "
    "a.numeric_value, a.boolean_value FROM surveys_answer a "
    "JOIN surveys_response r ON r.id = a.response_id "
    "JOIN surveys_question q ON q.id = a.question_id "
    "LEFT JOIN surveys_option o ON o.id = a.option_id ORDER BY 1, 3, 4"
)
TRANSLATIONS_SQL = (
    "SELECT o.translation_key::text, ct.app_label, ct.model, l.language_code "
    "FROM wagtail_localize_translation t "
    "JOIN wagtail_localize_translationsource s ON s.id = t.source_id "
    "JOIN wagtail_localize_translatableobject o ON o.translation_key = s.object_id "
    "JOIN django_content_type ct ON ct.id = o.content_type_id "
    "JOIN wagtailcore_locale l ON l.id = t.target_locale_id ORDER BY 1, 4"
)


SYNC_SCRIPT = """
from wagtail_localize.models import Translation
translation = Translation.objects.get(
    source__object_id="{translation_key}", target_locale__language_code="sv"
)
page = translation.source.get_source_instance()
page.summary = "Uusi tiivistelmä."
page.save_revision().publish()
translation.source.update_from_db()
translation.save_target(publish=True)
target = translation.get_target_instance()
print(target.title, "|", target.summary)
"""


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_export_imports_into_a_fresh_database_with_nothing_lost(
    tmp_path, translated_home, superuser, django_user_model, django_capture_on_commit_callbacks
):
    site = _build_site(translated_home["fi"], django_capture_on_commit_callbacks, django_user_model)
    first = tmp_path / "first.json"
    call_command("export_data", str(first), stdout=io.StringIO())

    source_db = connection.settings_dict["NAME"]
    fresh_db = f"{source_db}_exchange"
    media = tmp_path / "fresh-media"
    with psycopg.connect(_conninfo("postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{fresh_db}"')
        admin.execute(f'CREATE DATABASE "{fresh_db}"')
    try:
        url = _database_url(fresh_db)
        migrated = _manage("migrate", "--noinput", "-v0", database_url=url, media_root=media)
        assert migrated.returncode == 0, migrated.stderr

        # migrate made a home page, a site and groups: without --flush the import refuses.
        refused = _manage("import_data", str(first), database_url=url, media_root=media)
        assert refused.returncode != 0
        assert "pass --flush" in refused.stderr

        imported = _manage("import_data", "--flush", str(first), database_url=url, media_root=media)
        assert imported.returncode == 0, imported.stderr
        second = tmp_path / "second.json"
        again = _manage("export_data", str(second), database_url=url, media_root=media)
        assert again.returncode == 0, again.stderr

        # Exporting the rebuilt database gives the same file, row for row and byte for byte.
        assert _without_timestamp(second) == _without_timestamp(first)

        source, fresh = _conninfo(source_db), _conninfo(fresh_db)
        for model in exported_models():
            sql = f'SELECT count(*) FROM "{model._meta.db_table}"'
            assert _rows(fresh, sql) == _rows(source, sql), model._meta.label
        pages = _rows(fresh, PAGES_SQL)
        assert pages == _rows(source, PAGES_SQL)
        assert any(row[1].endswith("/anvisningar/klienter-som-utvecklare/") for row in pages)
        assert _rows(fresh, STREAMS_SQL) == _rows(source, STREAMS_SQL)
        translations = _rows(fresh, TRANSLATIONS_SQL)
        assert translations == _rows(source, TRANSLATIONS_SQL)
        # Pages are translated as wagtailcore.page objects, snippets as themselves.
        assert {("page", "sv"), ("targetgroup", "sv")} <= {(row[2], row[3]) for row in translations}
        answers = _rows(fresh, ANSWERS_SQL)
        assert answers == _rows(source, ANSWERS_SQL)
        assert ("Tack.",) in {(row[4],) for row in answers}
        # Content types got other ids in the fresh database, yet pages still know their type.
        page_types = (
            "SELECT p.id, ct.app_label, ct.model FROM wagtailcore_page p "
            "JOIN django_content_type ct ON ct.id = p.content_type_id ORDER BY p.id"
        )
        assert _rows(fresh, page_types) == _rows(source, page_types)
        # Uploaded files came along inside the JSON.
        document = site["tree"]["document"]
        assert (media / document.file.name).read_bytes() == document.file.open("rb").read()
        assert (media / site["image"].file.name).read_bytes() == PNG
        # Password hashes stayed behind: the account exists but needs a reset.
        assert _rows(fresh, "SELECT password FROM auth_user WHERE username = 'superuser'") == [
            (PASSWORD_NOT_EXPORTED,)
        ]
        # The search index was rebuilt from the imported pages.
        assert _rows(fresh, "SELECT count(*) FROM wagtailsearch_indexentry")[0][0] > 0

        # An editor changes the Finnish model and syncs the Swedish translation: it works.
        key = site["tree"]["models"][0].translation_key
        synced = _manage(
            "shell",
            "-c",
            SYNC_SCRIPT.format(translation_key=key),
            database_url=url,
            media_root=media,
        )
        assert synced.returncode == 0, synced.stderr
        assert "Klienter som utvecklare | Uusi tiivistelmä." in synced.stdout
    finally:
        with psycopg.connect(_conninfo("postgres"), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{fresh_db}" WITH (FORCE)')


@pytest.fixture
def small_site(home_page):
    """A published page and a survey with one response: enough to notice any loss."""
    _ensure_root_collection()
    survey = build_survey()
    _submit(survey)
    return {"home": home_page, "survey": survey}


def _snapshot() -> dict:
    return {
        "pages": list(Page.objects.order_by("path").values_list("path", "title", "live")),
        "responses": list(Response.objects.values_list("submission_id", flat=True)),
        "answers": Answer.objects.count(),
    }


@pytest.mark.django_db
def test_import_into_a_database_with_content_is_refused_without_flush(small_site):
    data = export_data()
    with pytest.raises(DataExchangeError) as refused:
        import_data(data=data)
    assert str(refused.value).startswith(NOT_EMPTY.split("(")[0])
    assert "cms_homepage" in str(refused.value)


@pytest.mark.django_db
def test_truncated_file_is_refused_with_a_clear_message(tmp_path, small_site):
    before = _snapshot()
    path = tmp_path / "export.json"
    call_command("export_data", str(path), stdout=io.StringIO())
    path.write_text(path.read_text(encoding="utf-8")[:5000], encoding="utf-8")
    with pytest.raises(CommandError, match="not valid JSON"):
        call_command("import_data", "--flush", str(path))
    assert _snapshot() == before


@pytest.mark.django_db
def test_file_of_another_program_is_refused(tmp_path, small_site):
    path = tmp_path / "other.json"
    path.write_text(json.dumps([{"model": "auth.user", "pk": 1, "fields": {}}]))
    with pytest.raises(CommandError, match="not a Tutuksi data export"):
        call_command("import_data", "--flush", str(path))


@pytest.mark.django_db
def test_corrupted_row_rolls_back_the_flush_and_every_row_loaded_before_it(small_site):
    before = _snapshot()
    data = export_data()
    answer = next(record for record in data["objects"] if record["model"] == "surveys.answer")
    answer["fields"]["response"] = 999_999  # points at a response that does not exist
    with pytest.raises(DataExchangeError, match="The database refused the data"):
        import_data(data=data, flush=True)
    assert _snapshot() == before
    # Pages still resolve to their own type: content types survived the rolled-back flush.
    assert type(Page.objects.get(pk=small_site["home"].pk).specific).__name__ == "HomePage"


@pytest.mark.django_db
def test_row_without_fields_is_refused_with_a_message_not_a_traceback(small_site):
    before = _snapshot()
    data = export_data()
    del data["objects"][-1]["fields"]
    with pytest.raises(DataExchangeError, match="The database refused the data"):
        import_data(data=data, flush=True)
    assert _snapshot() == before


@pytest.mark.django_db
def test_conflicting_file_in_storage_rolls_back_and_removes_files_already_written(small_site):
    from wagtail.documents import get_document_model

    first = get_document_model()(title="Yksi")
    first.file.save("yksi.txt", ContentFile(b"yksi"), save=True)
    second = get_document_model()(title="Kaksi")
    second.file.save("kaksi.txt", ContentFile(b"kaksi"), save=True)
    data = export_data()
    storage = first.file.storage
    storage.delete(second.file.name)  # the import has to write this one back
    storage.delete(first.file.name)
    storage.save(first.file.name, ContentFile(b"toinen sisalto"))  # and this one conflicts
    data["files"].sort(key=lambda entry: entry["name"] != second.file.name)
    before = _snapshot()
    with pytest.raises(DataExchangeError, match="different file named"):
        import_data(data=data, flush=True)
    assert _snapshot() == before
    assert not second.file.storage.exists(second.file.name)


@pytest.mark.django_db
def test_damaged_embedded_file_is_refused_before_anything_changes(small_site):
    from wagtail.documents import get_document_model

    document = get_document_model()(title="Yksi")
    document.file.save("yksi.txt", ContentFile(b"yksi"), save=True)
    data = export_data()
    data["files"][0]["content"] = base64.b64encode(b"jotain muuta").decode()
    before = _snapshot()
    with pytest.raises(DataExchangeError, match="damaged"):
        import_data(data=data, flush=True)
    assert _snapshot() == before


@pytest.mark.django_db
def test_every_model_is_either_exported_or_excluded_with_a_reason():
    from django.apps import apps

    exported = {model._meta.label_lower for model in exported_models()}
    for model in apps.get_models():
        label = model._meta.label_lower
        assert label in exported or EXCLUDED_MODELS.get(label), label
    assert {"surveys.answer", "cms.practicemodelpage", "wagtail_localize.stringtranslation"} <= (
        exported
    )
