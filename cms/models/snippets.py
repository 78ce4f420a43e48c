"""Shared, translatable things that pages point at: organisations, contacts, groups, series."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet


@register_snippet
class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """An organisation that develops, funds or runs a practice model."""

    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("website")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    api_fields = [APIField("name"), APIField("description"), APIField("website")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


@register_snippet
class ContactPerson(TranslatableMixin, index.Indexed, models.Model):
    """A named person to contact about a practice model or an evaluation."""

    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=200, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contacts",
    )
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("email"),
        FieldPanel("phone"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    api_fields = [
        APIField("name"),
        APIField("role"),
        APIField("organisation"),
        APIField("email"),
        APIField("phone"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact person")
        verbose_name_plural = _("contact people")
        ordering = ["name"]

    def __str__(self):
        return self.name


@register_snippet
class TargetGroup(TranslatableMixin, index.Indexed, models.Model):
    """A group of people a practice model is meant for (e.g. young people leaving care)."""

    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    api_fields = [APIField("name"), APIField("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        ordering = ["name"]

    def __str__(self):
        return self.name


@register_snippet
class Series(TranslatableMixin, index.Indexed, models.Model):
    """A named collection of practice models, e.g. "Pieces of participation".

    Members point at their series and carry an explicit position, so the order in which the
    series is read is an editorial decision rather than publication order.
    """

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("title"), FieldPanel("description")]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]
    api_fields = [APIField("title"), APIField("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("series")
        verbose_name_plural = _("series")
        ordering = ["title"]

    def __str__(self):
        return self.title
