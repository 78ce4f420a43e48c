"""Step 6: File and Image items become Wagtail documents and images; LIFs collections.

A file's bytes come inline (base64, collective.exportimport's default) or from a blob
file (`blob_path`, relative to the export in plone.exportimport, absolute or relative in
collective.exportimport). Documents must have an extension Tutuksi accepts and fit the
upload limit; images must open as images. A second import with the same bytes and title
changes nothing.
"""

import base64
import binascii
import hashlib
import io
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import UnidentifiedImageError
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from .items import PloneItem

NO_FILE = "the item has no file data"
BAD_BASE64 = "the file data is not valid base64"
BLOB_MISSING = "blob file {path} is not in the export; copy the blobs there or use --blob-root"
BAD_EXTENSION = "'.{ext}' files are not accepted (allowed: {allowed})"
TOO_LARGE = "the file is larger than {limit} MB"
NOT_AN_IMAGE = "the file is not an image Tutuksi can read"


class FileProblem(Exception):
    """An item's file cannot be imported; the message says why."""


def file_payload(
    item: PloneItem, blob_root: Path | None, extra_roots: tuple = ()
) -> tuple[str, bytes]:
    """(file name, bytes) of a File or Image item."""
    field = item.raw.get("image" if item.type == "Image" else "file") or {}
    if not isinstance(field, dict):
        raise FileProblem(NO_FILE)
    name = PurePosixPath(str(field.get("filename") or item.plone_id)).name or item.plone_id
    if field.get("data") is not None:
        try:
            return name, base64.b64decode(str(field["data"]), validate=False)
        except (binascii.Error, ValueError) as error:
            raise FileProblem(BAD_BASE64) from error
    blob_path = field.get("blob_path")
    if not blob_path:
        raise FileProblem(NO_FILE)
    candidate = _find_blob(Path(str(blob_path)), [r for r in (blob_root, *extra_roots) if r])
    if candidate is None:
        raise FileProblem(BLOB_MISSING.format(path=blob_path))
    return name, candidate.read_bytes()


def _find_blob(path: Path, roots: list[Path]) -> Path | None:
    """The blob file under one of `roots`, or None.

    Only files inside the export (or --blob-root) are read, so an export from elsewhere
    cannot publish any file of this server as a document. An absolute blob path (Plone's
    own blobstorage, in collective.exportimport) is looked up by its trailing parts, so
    copying the blobstorage folder, or its files, under a root is enough.
    """
    parts = path.parts[1:] if path.is_absolute() else path.parts
    for root in (r.resolve() for r in roots):
        for start in range(len(parts) if path.is_absolute() else 1):
            found = root.joinpath(*parts[start:]).resolve()
            if found.is_relative_to(root) and found.is_file():
                return found
    return None


def _check_document(name: str, data: bytes) -> None:
    allowed = getattr(settings, "WAGTAILDOCS_EXTENSIONS", None)
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if allowed and extension not in allowed:
        raise FileProblem(BAD_EXTENSION.format(ext=extension, allowed=", ".join(allowed)))
    limit = getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None)
    if limit and len(data) > limit:
        raise FileProblem(TOO_LARGE.format(limit=limit // (1024 * 1024)))


def _check_image(data: bytes) -> None:
    try:
        with PILImage.open(io.BytesIO(data)) as picture:
            picture.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise FileProblem(NOT_AN_IMAGE) from error


def fingerprint(*parts) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part if isinstance(part, bytes) else str(part).encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()


def collection_for(title: str, parent: Collection | None = None) -> Collection:
    """The child collection of `parent` (default: root) with `title`, created if missing."""
    parent = parent or Collection.get_first_root_node()
    existing = parent.get_children().filter(name=title).first()
    return existing or parent.add_child(name=title[:255])


def save_file(
    item: PloneItem, *, existing, collection: Collection, name: str, data: bytes, written: list[str]
):
    """Create or update the document or image of `item`; returns (object, changed)."""
    is_image = item.type == "Image"
    (_check_image if is_image else lambda d: None)(data)
    if not is_image:
        _check_document(name, data)
    model = get_image_model() if is_image else get_document_model()
    title = (item.title or name)[:255]
    obj = existing if isinstance(existing, model) else None
    if obj is not None:
        obj.file.open("rb")
        try:
            same_bytes = obj.file.read() == data
        finally:
            obj.file.close()
        if same_bytes and obj.title == title and obj.collection_id == collection.pk:
            return obj, False
    obj = obj or model()
    obj.title = title
    obj.collection = collection
    content = ContentFile(data, name=name)
    obj.file = ImageFile(content, name=name) if is_image else content
    if is_image:
        obj._set_image_file_metadata()
    else:
        obj._set_document_file_metadata()
    obj.save()
    written.append(obj.file.name)
    return obj, True
