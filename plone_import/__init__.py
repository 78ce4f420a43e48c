"""Import a Plone site's export (plone.exportimport or collective.exportimport) into Tutuksi."""
