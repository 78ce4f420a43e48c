"""Where each Plone object went: the Plone UID kept beside the Wagtail object it became."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportedObject(models.Model):
    """One Plone object (by UID) and the page, document, image or collection made from it.

    Kept in this app rather than on the cms models so that any page type can be a target
    and the content models stay free of migration-only fields. A second import finds the
    object here and updates it instead of creating a duplicate.
    """

    plone_uid = models.CharField(_("Plone UID"), max_length=64, unique=True)
    plone_type = models.CharField(_("Plone type"), max_length=100)
    plone_path = models.CharField(_("Plone path"), max_length=1024)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    # Hash of what the import wrote last time; equal means nothing to do.
    fingerprint = models.CharField(max_length=64, blank=True)
    first_imported_at = models.DateTimeField(auto_now_add=True)
    last_imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("imported Plone object")
        verbose_name_plural = _("imported Plone objects")
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.plone_type} {self.plone_path} ({self.plone_uid})"
