"""The import, step by step: read, plan, files, pages, content, redirects, report.

Each item is written in its own savepoint, so one failing item is reported and the rest
go on; `--dry-run` runs every step inside a transaction that is rolled back (and removes
the files it stored), so its report is exactly what a real run would do.
"""

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone
from wagtail.models import Collection, Page

from . import pages as page_steps
from .choices import Outcome
from .content import page_values, version_values
from .files import FileProblem, collection_for, file_payload, fingerprint, save_file
from .history import write_versions, write_workflow
from .items import ItemTree, PloneItem, build_tree
from .links import LinkResolver
from .mapping import Mapper
from .models import ImportedObject
from .reading import read_export
from .redirects import import_redirects
from .report import Progress, Report
from .roots import LocaleRoots

UID_NAMESPACE = uuid.UUID("5b0e7c1e-2f7d-4c55-9a5e-0c3f1d6e9a10")
PARENT_MISSING = "its parent {parent} was not imported"
IN_LANGUAGE_INDEPENDENT = "pages inside a language-independent folder are not mapped"
DUPLICATE_LANGUAGE = "a second {language} page in one translation group: kept apart from the group"
TYPE_KEPT = "already imported as {old}; kept (delete the page to re-create it as {new})"


@dataclass
class ImportOptions:
    path: Path
    dry_run: bool = False
    language_map: dict = field(default_factory=dict)
    default_language: str = "fi"
    parent_path: str | None = None
    type_map: dict = field(default_factory=dict)
    site_urls: list = field(default_factory=list)
    blob_roots: list = field(default_factory=list)


def _error_text(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return "; ".join(
            f"{k}: {', '.join(map(str, v))}" if k != "__all__" else ", ".join(map(str, v))
            for k, v in getattr(error, "message_dict", {"__all__": error.messages}).items()
        )
    return str(error) or error.__class__.__name__


class PloneImport:
    """One run of `import_plone`; `run()` returns the report."""

    def __init__(self, options: ImportOptions, *, progress_stream=None):
        self.options = options
        self.report = Report(dry_run=options.dry_run)
        self.progress_stream = progress_stream
        self.mapper = Mapper(
            language_map=options.language_map,
            default_language=options.default_language,
            type_map=options.type_map,
        )
        self.targets: dict[str, tuple[str, int]] = {}
        self.objects: dict[str, object] = {}  # UID -> page, collection, document, image
        self.languages: dict[str, str] = {}
        self.written: list[str] = []
        # UID -> (page, parent, created) between placing a page and filling it.
        self.pending_content: dict[str, tuple] = {}
        self.site_collection: Collection | None = None

    # -- entry point ------------------------------------------------------------------
    def run(self) -> Report:
        bundle = read_export(self.options.path)
        for label, reason in bundle.refused:
            self.report.add(Outcome.FAILED, "file", label, reason)
        for label, reason in bundle.not_imported:
            self.report.not_mapped(label, reason)
        tree = build_tree(bundle.items, bundle.default_pages, bundle.ordering)
        for label, reason in tree.failures:
            self.report.add(Outcome.FAILED, "item", label, reason)
        self.tree, self.bundle = tree, bundle
        if self.options.dry_run:
            with transaction.atomic():
                self._steps()
                transaction.set_rollback(True)
            self._remove_written_files()
        else:
            self._steps()
        return self.report

    def _steps(self):
        self.roots = LocaleRoots(self.options.parent_path, self.report)
        self.resolver = LinkResolver(
            self.tree, site_urls=self.options.site_urls, targets=self.targets
        )
        uids = list(self.tree.by_uid)
        self.records = {r.plone_uid: r for r in ImportedObject.objects.filter(plone_uid__in=uids)}
        self.group_keys = self._translation_keys()
        items = list(self.tree.walk())
        planned = [item for item in items if self._plan(item)]
        progress = Progress(2 * len(planned), self.progress_stream, "Importing")
        # The default language first: its pages are the source of their translations.
        planned.sort(key=lambda i: self.languages[i.uid] != self.options.default_language)
        for item in planned:  # files and collections first: text links to them
            progress.step(item.path)
            if self.mapper.kind(item) in {"collection", "document", "image", "root"}:
                self._isolated(item, self._file_or_root)
        for item in planned:
            if self.mapper.kind(item) == "page" and item.default_page_of is None:
                self._isolated(item, self._place)
        for item in planned:
            progress.step(item.path)
            if item.uid in self.pending_content:
                self._isolated(item, self._fill)
        progress.finish()
        import_redirects(
            tree=self.tree,
            plone_redirects=self.bundle.redirects,
            objects=self.objects,
            resolver=self.resolver,
            kind_of=self.mapper.kind,
            report=self.report,
        )

    def _isolated(self, item: PloneItem, step) -> None:
        try:
            with transaction.atomic():
                step(item)
        # Any error: one item's failure is reported and must not stop the rest.
        except Exception as error:
            self.objects.pop(item.uid, None)
            self.targets.pop(item.uid, None)
            self.pending_content.pop(item.uid, None)
            self.report.add(Outcome.FAILED, self.mapper.kind(item), item.path, _error_text(error))

    # -- planning ---------------------------------------------------------------------
    def _translation_keys(self) -> dict[str, uuid.UUID]:
        keys = {}
        for group in self.bundle.translation_groups:
            uids = [str(v) for k, v in group.items() if k != "__canonical__" and v]
            canonical = group.get("__canonical__")
            if canonical:
                uids.append(str(canonical))
            known = sorted(u for u in set(uids) if u in self.tree.by_uid)
            if len(known) < 2:
                continue
            key = uuid.uuid5(UID_NAMESPACE, str(canonical or known[0]))
            for uid in known:
                keys[uid] = key
        return keys

    def _plan(self, item: PloneItem) -> bool:
        """Decide the item's language; False (reported) when it cannot be imported."""
        kind = self.mapper.kind(item)
        parent = self.tree.by_uid.get(item.parent_uid or "")
        if parent is not None and parent.uid not in self.languages:
            self.report.add(
                Outcome.SKIPPED, kind, item.path, PARENT_MISSING.format(parent=parent.path)
            )
            return False
        if item.default_page_of is not None:
            self.languages[item.uid] = self.languages.get(item.default_page_of.uid, "")
            return True
        inherited = self.languages.get(parent.uid) if parent else None
        language, reason = self.mapper.language(item, inherited or None)
        if language is None:
            self.report.add(Outcome.SKIPPED, kind, item.path, reason)
            return False
        self.languages[item.uid] = language
        return True

    def _record(self, item: PloneItem, obj, fp: str) -> None:
        ImportedObject.objects.update_or_create(
            plone_uid=item.uid,
            defaults={
                "plone_type": item.type[:100],
                "plone_path": item.path[:1024],
                "content_type": ContentType.objects.get_for_model(obj.__class__),
                "object_id": obj.pk,
                "fingerprint": fp,
            },
        )

    def _existing(self, item: PloneItem):
        record = self.records.get(item.uid)
        if record is None:
            return None
        model = record.content_type.model_class()
        if model is None:
            return None
        obj = model._default_manager.filter(pk=record.object_id).first()
        return obj.specific if isinstance(obj, Page) else obj

    # -- files, collections and roots -------------------------------------------------
    def _collection_of(self, item: PloneItem) -> Collection:
        for ancestor in self.tree.ancestors(item):
            found = self.objects.get(ancestor.uid)
            if isinstance(found, Collection):
                return found
        if self.site_collection is None:
            self.site_collection = collection_for("Plone")
        return self.site_collection

    def _file_or_root(self, item: PloneItem) -> None:
        kind = self.mapper.kind(item)
        if kind == "root":
            page = self.roots.root_for(
                self.languages[item.uid], publish=item.review_state in page_steps.LIVE_STATES
            )
            self.objects[item.uid] = page
            self.targets[item.uid] = ("page", page.pk)
            self.report.add(
                Outcome.UNCHANGED,
                "root",
                item.path,
                f"mapped to the {self.languages[item.uid]} root page {page.url_path}",
            )
            return
        if kind == "collection":
            parent = self._collection_of(item)
            existing = self._existing(item)
            collection = existing if isinstance(existing, Collection) else None
            outcome = Outcome.UNCHANGED
            if collection is None:
                collection = collection_for(item.title or item.plone_id, parent)
                outcome = Outcome.CREATED
            elif collection.name != (item.title or item.plone_id)[:255]:
                collection.name = (item.title or item.plone_id)[:255]
                collection.save()
                outcome = Outcome.UPDATED
            self.objects[item.uid] = collection
            self._record(item, collection, "")
            self.report.add(outcome, "collection", item.path)
            return
        try:
            name, data = file_payload(
                item, self.bundle.blob_roots.get(item.uid), tuple(self.options.blob_roots)
            )
        except FileProblem as problem:
            self.report.add(Outcome.FAILED, kind, item.path, str(problem))
            return
        existing = self._existing(item)
        obj, changed = save_file(
            item,
            existing=existing,
            collection=self._collection_of(item),
            name=name,
            data=data,
            written=self.written,
        )
        self.objects[item.uid] = obj
        self.targets[item.uid] = (kind, obj.pk)
        self._record(item, obj, fingerprint(data, obj.title))
        outcome = (
            Outcome.UNCHANGED
            if not changed
            else (Outcome.UPDATED if existing is not None else Outcome.CREATED)
        )
        self.report.add(outcome, kind, item.path)

    # -- pages ------------------------------------------------------------------------
    def _parent_page(self, item: PloneItem) -> Page:
        language = self.languages[item.uid]
        parent_item = self.tree.by_uid.get(item.parent_uid or "")
        if parent_item is None:
            return self.roots.root_for(language)
        if self.mapper.kind(parent_item) == "collection":
            raise ValueError(IN_LANGUAGE_INDEPENDENT)
        parent = self.objects.get(parent_item.uid)
        if not isinstance(parent, Page):
            raise ValueError(PARENT_MISSING.format(parent=parent_item.path))
        if parent.locale.language_code != language:
            translated = parent.get_translation_or_none(self.roots.locale(language))
            if translated is None:
                raise ValueError(PARENT_MISSING.format(parent=f"{parent_item.path} ({language})"))
            parent = translated.specific
        return parent

    def _place(self, item: PloneItem) -> None:
        parent = self._parent_page(item)
        existing = self._existing(item)
        language = self.languages[item.uid]
        key = self.group_keys.get(item.uid)
        members = (
            [
                item,
                *(
                    self.tree.by_uid[uid]
                    for uid, k in self.group_keys.items()
                    if k == key and uid != item.uid
                ),
            ]
            if key
            else [item]
        )
        model, reason = self.mapper.choose_page_type(members, parent)
        if model is None and existing is None:
            raise ValueError(reason)
        if isinstance(existing, Page):
            if model is not None and type(existing) is not model:
                self.report.not_mapped(
                    item.path,
                    TYPE_KEPT.format(old=type(existing)._meta.label, new=model._meta.label),
                )
            page, created = existing, False
        else:
            locale = self.roots.locale(language)
            if key and Page.objects.filter(translation_key=key, locale=locale).exists():
                self.report.not_mapped(item.path, DUPLICATE_LANGUAGE.format(language=language))
            values = page_steps.field_values(model, item, [])
            page, note = page_steps.place_page(
                model=model,
                parent=parent,
                item=item,
                locale=locale,
                translation_key=key,
                values=values,
            )
            if note:
                self.report.not_mapped(item.path, note)
            created = True
            # Recorded at once: should filling it fail, the next run finds this draft
            # instead of making a second page.
            self._record(item, page, "")
        self.objects[item.uid] = page
        self.targets[item.uid] = ("page", page.pk)
        self.pending_content[item.uid] = (page, parent, created)

    def _fill(self, item: PloneItem) -> None:
        page, parent, created = self.pending_content[item.uid]
        page = Page.objects.get(pk=page.pk).specific  # fresh: tree counters have moved
        model = type(page)
        language = self.languages[item.uid]
        key = self.group_keys.get(item.uid)
        links = [
            c for c in item.children if self.mapper.kind(c) == "link" and c.uid in self.languages
        ]
        values = page_values(
            model, item, resolver=self.resolver, report=self.report, language=language, links=links
        )
        state = page_steps.wanted_state(item, timezone.now())
        fp = page_steps.page_fingerprint(
            model, parent, page_steps.wanted_slug(item), values, state, key
        )
        record = self.records.get(item.uid)
        if not created and record is not None and record.fingerprint == fp:
            self.report.add(Outcome.UNCHANGED, "page", item.path)
            self._links_done(links, Outcome.UNCHANGED, item)
            return
        stream_block = page_steps.stream_block_of(model)
        if stream_block is not None and values.get("body"):
            stream_block.clean(stream_block.to_python(values["body"]))
        if created and item.versions:
            write_versions(
                page,
                version_values(
                    model, item, resolver=self.resolver, site_prefix=self.tree.site_prefix
                ),
            )
        page_steps.update_page(page, values, key, page.locale)
        page_steps.apply_state(page, item, state, created=created)
        if created:
            write_workflow(page, item)
        if state[3]:
            self.report.not_mapped(item.path, state[3])
        self._record(item, page, fp)
        if item.default_page is not None:
            self._record(item.default_page, page, fp)
        self.report.add(Outcome.CREATED if created else Outcome.UPDATED, "page", item.path)
        self._links_done(links, Outcome.CREATED if created else Outcome.UPDATED, item)

    def _links_done(self, links, outcome, parent: PloneItem) -> None:
        for link in links:
            self.report.add(outcome, "link", link.path, f"in the link list of {parent.path}")

    def _remove_written_files(self) -> None:
        for name in self.written:
            if default_storage.exists(name):
                default_storage.delete(name)


def run_import(options: ImportOptions, *, progress_stream=None) -> Report:
    """Import the Plone export at `options.path`; returns the report of what happened."""
    return PloneImport(options, progress_stream=progress_stream).run()


__all__ = ["ImportOptions", "ItemTree", "run_import"]
