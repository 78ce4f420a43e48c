"""Fixtures for the Plone import: the team's test exports written to a temporary folder."""

import pytest

from tests.plone_import.exports import write_collective, write_exportimport


@pytest.fixture
def exportimport_folder(tmp_path):
    """A plone.exportimport export of the test site (folder with content/ and companions)."""
    return write_exportimport(tmp_path / "export")


@pytest.fixture
def collective_folder(tmp_path):
    """The same site as collective.exportimport files (list of items, base64 files)."""
    return write_collective(tmp_path / "collective")


@pytest.fixture
def media_root(settings, tmp_path):
    """Stored documents and images go to a temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT
