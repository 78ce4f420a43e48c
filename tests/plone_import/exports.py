"""Test exports of a small multilingual Plone site, written in both exporters' formats.

One description of the site (fi/sv/en with a German corner, private and published pages,
a file, an image, resolveuid links, a Plone redirect, workflow history and an earlier
version) is written either as a plone.exportimport folder or as collective.exportimport
files, so the same assertions hold for both formats. The prose is the team's own.
"""

import base64
import copy
import io
import json
from pathlib import Path

from PIL import Image

SITE_URL = "https://vanha.example.fi"
SITE_ID = "Plone"

UID = {
    "fi": "a1000000000000000000000000000001",
    "sv": "a1000000000000000000000000000002",
    "en": "a1000000000000000000000000000003",
    "de": "a1000000000000000000000000000004",
    "media": "b2000000000000000000000000000001",
    "image": "b2000000000000000000000000000002",
    "report": "b2000000000000000000000000000003",
    "guides": "c3000000000000000000000000000001",
    "trust": "c3000000000000000000000000000002",
    "experts": "c3000000000000000000000000000003",
    "draft": "c3000000000000000000000000000004",
    "thl": "c3000000000000000000000000000005",
    "about": "c3000000000000000000000000000006",
    "about_index": "c3000000000000000000000000000007",
    "guides_sv": "d4000000000000000000000000000001",
    "trust_sv": "d4000000000000000000000000000002",
    "guides_en": "e5000000000000000000000000000001",
    "trust_en": "e5000000000000000000000000000002",
    "de_doc": "f6000000000000000000000000000001",
}


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 6), (200, 30, 40)).save(buffer, format="PNG")
    return buffer.getvalue()


PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

TRUST_HTML = f"""
<h2>Miksi aika ratkaisee</h2>
<p>Luottamus ei synny <strong>yhdessä tapaamisessa</strong>. Lue myös
<a href="resolveuid/{UID["experts"]}">kokemusasiantuntijoiden ohje</a> ja
<a href="../resolveuid/{UID["report"]}/@@download/file">arviointiraportti</a>.</p>
<p><img src="resolveuid/{UID["image"]}/@@images/image/large"
 alt="Kaksi ihmistä juttelee pöydän ääressä"/></p>
<h3>Käytännöt</h3>
<ul><li>Sovi seuraava tapaaminen heti</li><li>Pidä kiinni sovitusta</li></ul>
<p>Vanha osoite: <a href="{SITE_URL}/{SITE_ID}/fi/ohjeet/kokemusasiantuntijat">ohje</a>,
ulkoinen: <a href="https://thl.fi/osallisuus">THL</a>,
kadonnut: <a href="resolveuid/ffffffffffffffffffffffffffffffff">poistettu sivu</a>.</p>
<table><tr><th>Vaihe</th><th>Kesto</th></tr><tr><td>Tutustuminen</td><td>2 kk</td></tr></table>
<script>alert("x")</script>
"""

TRUST_SV_BLOCKS = {
    "t1": {"@type": "title"},
    "s1": {
        "@type": "slate",
        "value": [{"type": "h2", "children": [{"text": "Varför tiden avgör"}]}],
    },
    "s2": {
        "@type": "slate",
        "value": [
            {
                "type": "p",
                "children": [
                    {"text": "Förtroende byggs "},
                    {"text": "steg för steg", "bold": True},
                    {"text": ". Se "},
                    {
                        "type": "link",
                        "data": {"url": f"resolveuid/{UID['guides_sv']}"},
                        "children": [{"text": "anvisningarna"}],
                    },
                    {"text": "."},
                ],
            }
        ],
    },
    "i1": {"@type": "image", "url": f"resolveuid/{UID['image']}", "alt": "Två personer samtalar"},
    "x1": {"@type": "teaser", "href": []},
}

TRUST_EN_BLOCKS = {
    "t1": {"@type": "title"},
    "s1": {
        "@type": "slate",
        "value": [{"type": "p", "children": [{"text": "Trust grows over time."}]}],
    },
    "tb": {
        "@type": "slateTable",
        "table": {
            "rows": [
                {
                    "cells": [
                        {"type": "header", "value": [{"type": "p", "children": [{"text": "Step"}]}]}
                    ]
                },
                {
                    "cells": [
                        {"type": "data", "value": [{"type": "p", "children": [{"text": "Meet"}]}]}
                    ]
                },
            ]
        },
    },
}

HISTORY = [
    {
        "action": None,
        "actor": "maija",
        "comments": "",
        "review_state": "private",
        "time": "2021-02-01T09:00:00+00:00",
    },
    {
        "action": "publish",
        "actor": "toimittaja",
        "comments": "Valmis",
        "review_state": "published",
        "time": "2021-02-03T10:30:00+00:00",
    },
]


def _item(key, type_, path, title, parent, **extra):
    item = {
        "@id": path,
        "@type": type_,
        "UID": UID[key],
        "id": path.rsplit("/", 1)[-1] or SITE_ID,
        "title": title,
        "description": extra.pop("description", ""),
        "language": extra.pop("language", "##DEFAULT##"),
        "review_state": extra.pop("review_state", "published"),
        "created": "2021-01-15T08:00:00+00:00",
        "modified": "2021-03-01T12:00:00+00:00",
        "effective": extra.pop("effective", "2021-02-03T10:30:00+00:00"),
        "expires": None,
        "creators": ["maija"],
        "subjects": extra.pop("subjects", []),
        "workflow_history": {"simple_publication_workflow": extra.pop("history", HISTORY[:1])},
        "exportimport.versions": extra.pop("versions", {}),
        "parent": {"@id": parent[0], "UID": parent[1], "@type": parent[2]} if parent else {},
    }
    item.update(extra)
    return item


def site_items() -> list[dict]:
    """The site as plone.restapi items with site-relative @ids."""
    root = ("/", "plone_site_root", "Plone Site")
    fi = ("/fi", UID["fi"], "LRF")
    guides = ("/fi/ohjeet", UID["guides"], "Folder")
    return [
        _item("fi", "LRF", "/fi", "Suomi", root, language="fi"),
        _item("sv", "LRF", "/sv", "Svenska", root, language="sv"),
        _item("en", "LRF", "/en", "English", root, language="en"),
        _item("de", "LRF", "/de", "Deutsch", root, language="de"),
        _item("media", "LIF", "/fi/media", "Yhteiset tiedostot", fi),
        _item(
            "image",
            "Image",
            "/fi/media/keskustelu.png",
            "Keskustelu",
            ("/fi/media", UID["media"], "LIF"),
            description="Kaksi ihmistä keskustelee",
            image={"filename": "keskustelu.png", "content-type": "image/png"},
        ),
        _item(
            "report",
            "File",
            "/fi/media/arviointi.pdf",
            "Arviointiraportti",
            ("/fi/media", UID["media"], "LIF"),
            file={"filename": "arviointi.pdf", "content-type": "application/pdf"},
        ),
        _item(
            "guides",
            "Folder",
            "/fi/ohjeet",
            "Ohjeet",
            fi,
            language="fi",
            description="Ohjeita osallisuustyöhön",
        ),
        _item(
            "trust",
            "Document",
            "/fi/ohjeet/luottamus",
            "Luottamus rakentuu ajan kanssa",
            guides,
            language="fi",
            description="Miten luottamusta rakennetaan",
            text={"content-type": "text/html", "data": TRUST_HTML},
            history=HISTORY,
            subjects=["luottamus"],
            versions={
                "0": {
                    "title": "Luottamus",
                    "description": "Ensimmäinen versio",
                    "text": {"data": "<p>Alkuperäinen teksti.</p>"},
                    "modified": "2021-01-20T08:00:00+00:00",
                    "changeNote": "Ensimmäinen luonnos",
                    "changeActor": "maija",
                }
            },
        ),
        _item(
            "experts",
            "Document",
            "/fi/ohjeet/kokemusasiantuntijat",
            "Kokemusasiantuntijat mukaan",
            guides,
            language="fi",
            description="Kokemusasiantuntija kehittäjänä",
            text={"data": "<p>Kokemusasiantuntija tuo palveluun käyttäjän näkökulman.</p>"},
        ),
        _item(
            "draft",
            "Document",
            "/fi/ohjeet/luonnos",
            "Keskeneräinen ohje",
            guides,
            language="fi",
            review_state="private",
            description="Vielä kesken",
            text={"data": "<p>Tätä ei julkaista vielä.</p>"},
        ),
        _item(
            "thl",
            "Link",
            "/fi/tietoa/thl",
            "THL: osallisuus",
            ("/fi/tietoa", UID["about"], "Folder"),
            language="fi",
            remoteUrl="https://thl.fi/osallisuus",
        ),
        _item("about", "Folder", "/fi/tietoa", "Tietoa palvelusta", fi, language="fi"),
        _item(
            "about_index",
            "Document",
            "/fi/tietoa/index_html",
            "Tietoa palvelusta",
            ("/fi/tietoa", UID["about"], "Folder"),
            language="fi",
            description="Mikä Tutuksi on",
            text={"data": "<p>Palvelu kokoaa osallisuuden hyviä käytäntöjä.</p>"},
        ),
        _item(
            "guides_sv",
            "Folder",
            "/sv/anvisningar",
            "Anvisningar",
            ("/sv", UID["sv"], "LRF"),
            language="sv",
            description="Anvisningar för delaktighet",
        ),
        _item(
            "trust_sv",
            "Document",
            "/sv/anvisningar/fortroende",
            "Förtroende tar tid",
            ("/sv/anvisningar", UID["guides_sv"], "Folder"),
            language="sv",
            description="Hur förtroende byggs",
            blocks=TRUST_SV_BLOCKS,
            blocks_layout={"items": ["t1", "s1", "s2", "i1", "x1"]},
        ),
        _item(
            "guides_en",
            "Folder",
            "/en/guidance",
            "Guidance",
            ("/en", UID["en"], "LRF"),
            language="en",
            description="Guidance for participation work",
        ),
        _item(
            "trust_en",
            "Document",
            "/en/guidance/trust",
            "Trust takes time",
            ("/en/guidance", UID["guides_en"], "Folder"),
            language="en",
            description="How trust is built",
            blocks=TRUST_EN_BLOCKS,
            blocks_layout={"items": ["t1", "s1", "tb"]},
        ),
        _item(
            "de_doc",
            "Document",
            "/de/vertrauen",
            "Vertrauen braucht Zeit",
            ("/de", UID["de"], "LRF"),
            language="de",
            description="Wie Vertrauen entsteht",
            text={"data": "<p>Vertrauen wächst langsam.</p>"},
        ),
    ]


GROUPS = [
    {"fi": UID["guides"], "sv": UID["guides_sv"], "en": UID["guides_en"]},
    {"fi": UID["trust"], "sv": UID["trust_sv"], "en": UID["trust_en"]},
]
PLONE_REDIRECTS = {
    f"/{SITE_ID}/fi/vanhat-ohjeet/luottamus": f"/{SITE_ID}/fi/ohjeet/luottamus",
}
FILES = {"image": ("keskustelu.png", png_bytes), "report": ("arviointi.pdf", lambda: PDF_BYTES)}


def write_exportimport(target: Path, items: list[dict] | None = None) -> Path:
    """A plone.exportimport folder: content/<UID>/data.json, blobs, companions."""
    items = copy.deepcopy(items or site_items())
    content = target / "content"
    content.mkdir(parents=True)
    root = {
        "@id": f"/{SITE_ID}",
        "@type": "Plone Site",
        "UID": "plone_site_root",
        "id": SITE_ID,
        "title": "Vanha sivusto",
        "language": "fi",
        "parent": {},
    }
    data_files, blob_files = ["plone_site_root/data.json"], []
    for item in [root, *items]:
        folder = content / item["UID"]
        folder.mkdir()
        for key, (name, data) in FILES.items():
            if item["UID"] == UID[key]:
                field = "image" if item["@type"] == "Image" else "file"
                (folder / field).mkdir()
                (folder / field / name).write_bytes(data())
                item[field]["blob_path"] = f"{item['UID']}/{field}/{name}"
                blob_files.append(item[field]["blob_path"])
        (folder / "data.json").write_text(json.dumps(item, ensure_ascii=False), encoding="utf-8")
        if item["UID"] != "plone_site_root":
            data_files.append(f"{item['UID']}/data.json")
    metadata = {
        "__version__": "1.0.0",
        "_blob_files_": blob_files,
        "_data_files_": data_files,
        "default_page": {
            UID["about"]: {"default_page": "index_html", "default_page_uuid": UID["about_index"]}
        },
        "ordering": {UID["experts"]: 0, UID["trust"]: 1, UID["draft"]: 2},
        "local_roles": {},
    }
    (content / "__metadata__.json").write_text(json.dumps(metadata), encoding="utf-8")
    groups = [
        {"canonical": g["fi"], "translations": {"sv": g["sv"], "en": g["en"]}} for g in GROUPS
    ]
    (target / "translations.json").write_text(json.dumps(groups), encoding="utf-8")
    (target / "redirects.json").write_text(json.dumps(PLONE_REDIRECTS), encoding="utf-8")
    (target / "discussions.json").write_text("{}", encoding="utf-8")
    return target


def write_collective(target: Path, items: list[dict] | None = None) -> Path:
    """collective.exportimport files: absolute @ids, base64 files, companions."""
    items = copy.deepcopy(items or site_items())
    target.mkdir(parents=True, exist_ok=True)
    base = f"{SITE_URL}/{SITE_ID}"
    for item in items:
        item["@id"] = base + item["@id"]
        if item["parent"]:
            item["parent"]["@id"] = base + item["parent"]["@id"].rstrip("/")
            if item["parent"]["UID"] == "plone_site_root":
                item["parent"] = {"@id": base, "UID": "plone_site_root", "@type": "Plone Site"}
        for key, (_name, data) in FILES.items():
            if item["UID"] == UID[key]:
                field = "image" if item["@type"] == "Image" else "file"
                item[field].update(data=base64.b64encode(data()).decode(), encoding="base64")
    (target / "Plone.json").write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    (target / "translations.json").write_text(json.dumps(GROUPS), encoding="utf-8")
    (target / "export_redirects.json").write_text(json.dumps(PLONE_REDIRECTS), encoding="utf-8")
    (target / "defaultpages.json").write_text(
        json.dumps([{"uuid": UID["about"], "default_page": "index_html"}]), encoding="utf-8"
    )
    return target
