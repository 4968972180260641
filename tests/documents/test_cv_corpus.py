"""The licensed real-CV corpus: every CV of the rounds the rules were written against is read with its name.

A regression guard pinned to the hand labels (`tests/fixtures/cv_corpus/real/labels_licensed.yaml`): a rule change
that stops the reader finding a seeker's name in one of these real layouts (or, on the tune half, their e-mails and
phones) fails here, not only in the bench.
"""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
import yaml

from app.documents.cv_structure import read_outline
from app.documents.text import phone_digits

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "cv_corpus" / "real"
LABELS: dict[str, dict[str, Any]] = yaml.safe_load((REAL / "labels_licensed.yaml").read_text(encoding="utf-8"))
# The files of the rounds the rules were written against (`round` 1 and 2 in the labels). The third round was added
# blind and no rule has been tuned on it yet: the bench reports its misses; pinning them here would fail on them.
TUNED_ROUNDS = sorted(n for n in LABELS if LABELS[n].get("round", 1) < 3)
# The tune half of those (the bench's split, by a hash of the file name): its contacts were tuned on and are held
# here; the held-out half is measured by the bench only.
TUNE = sorted(n for n in TUNED_ROUNDS if hashlib.sha256(n.encode()).digest()[0] % 2 == 0)


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("’", "'")
    return " ".join(re.findall(r"[\w&']+", text))


def test_the_corpus_holds_at_least_thirty_labelled_files_and_nothing_unlabelled() -> None:
    files = {p.name for p in (REAL / "files").glob("*.docx")}
    assert len(LABELS) >= 30
    assert files == set(LABELS)


@pytest.mark.parametrize("name", TUNED_ROUNDS)
def test_each_real_cv_of_the_tuned_rounds_is_read_with_its_labelled_name(name: str) -> None:
    want = LABELS[name]
    outline = read_outline((REAL / "files" / name).read_bytes())
    assert outline.has_text, f"{name}: read as a picture"
    if want["name"]:  # one CV writes its name only in a picture
        assert _norm(outline.name.value) in {_norm(n) for n in want["name"]}, f"{name}: {outline.name.value!r}"
    else:
        assert outline.roles, f"{name}: no name to check, and no role read either"


@pytest.mark.parametrize("name", TUNE)
def test_each_tuned_real_cv_is_read_with_its_labelled_emails_and_phones(name: str) -> None:
    want = LABELS[name]
    contact = read_outline((REAL / "files" / name).read_bytes()).contact
    assert {e.lower() for e in contact.emails} == {e.lower() for e in want["emails"]}, f"{name}: {contact.emails}"
    assert {phone_digits(p) for p in contact.phones} == {phone_digits(str(p)) for p in want["phones"]}, (
        f"{name}: {contact.phones}"
    )


@pytest.mark.parametrize("name", sorted(LABELS))
def test_each_real_cvs_mail_and_phone_links_lead_to_its_fictitious_contacts(name: str) -> None:
    """Anonymisation covers where links lead, not only what the page shows: a `mailto:` goes to example.org and a
    `tel:` to one of the CV's labelled (fictitious) phone numbers."""
    with zipfile.ZipFile(REAL / "files" / name) as z:
        xml = " ".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith((".xml", ".rels")))
    # An author's stray slash after the address ("mailto:…@gmail.com/") is not part of where the link leads.
    # Nor is a "|" after it ("mailto:…@gmail.com|+254…|", percent-encoded as %7C); and a `mailto:` holding no address
    # at all (an author's "mailto:Linkedin" on the word LinkedIn) leads nowhere.
    mails = [m for m in re.findall(r"mailto:([^\"'\s<>?/|]+)", unquote(xml)) if "@" in m]
    phones = re.findall(r"tel:([^\"'\s<>]+)", xml)
    assert all(m.lower().endswith("@example.org") for m in mails), f"{name}: {mails}"
    labelled = {phone_digits(str(p)) for p in LABELS[name]["phones"]}
    # A field code's target may be percent-encoded ("tel:+33%206%20…"): its "%20" are spaces, not digits.
    assert all(phone_digits(unquote(p).replace("+", " ")) in labelled for p in phones), f"{name}: {phones}"


@pytest.mark.parametrize("name", sorted(LABELS))
def test_no_real_cv_keeps_the_picture_of_its_original_first_page(name: str) -> None:
    """Word may save a preview of the first page in docProps (a JPEG, or an EMF that holds the page's text): it shows
    the original name and contacts, so anonymisation drops it (or leaves only a 1×1 stand-in)."""
    with zipfile.ZipFile(REAL / "files" / name) as z:
        previews = {i.filename: i.file_size for i in z.infolist() if i.filename.lower().startswith("docprops/thumb")}
    assert all(size <= 200 for size in previews.values()), f"{name}: {previews}"


# The logins the anonymised files may still name in a template's path: "user", a generic one, the fictitious names.
HARMLESS_LOGINS = {"user", "it", "robin", "robin-okafor"}


@pytest.mark.parametrize("name", sorted(LABELS))
def test_no_real_cv_names_a_login_in_the_path_of_its_word_template(name: str) -> None:
    """A file made from a Word template keeps the template's path ("file:///C:\\Users\\<login>\\AppData\\…\\x.dotx")
    in a relationship, and the login is often the seeker's first name: anonymisation makes it "user"."""
    with zipfile.ZipFile(REAL / "files" / name) as z:
        rels = " ".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".rels"))
    logins = re.findall(
        r"Target=\"file:/*(?:[A-Za-z]:)?[\\/](?:Users|Documents and Settings|home)[\\/]([^\\/\"]+)", rels
    )
    assert all(unquote(login).lower() in HARMLESS_LOGINS for login in logins), f"{name}: {logins}"


@pytest.mark.parametrize("name", sorted(LABELS))
def test_no_real_cvs_embedded_workbook_or_document_names_its_author(name: str) -> None:
    """A workbook or document embedded in the CV (word/embeddings/*.xlsx) is a package of its own whose docProps
    name whoever saved it, often the seeker: anonymisation empties them as it does the CV's own."""
    with zipfile.ZipFile(REAL / "files" / name) as z:
        packages = [z.read(n) for n in z.namelist() if n.startswith("word/embeddings/")]
    authors = []
    for data in packages:
        if not zipfile.is_zipfile(io.BytesIO(data)):
            continue
        with zipfile.ZipFile(io.BytesIO(data)) as e:
            core = e.read("docProps/core.xml").decode("utf-8", "replace") if "docProps/core.xml" in e.namelist() else ""
        authors += [a for a in re.findall(r"<(?:dc:creator|cp:lastModifiedBy)>([^<]+)<", core) if a.strip()]
    assert not authors, f"{name}: {authors}"


@pytest.mark.parametrize("name", sorted(LABELS))
def test_no_real_cv_keeps_a_shapes_cached_copy_that_can_hold_a_photograph(name: str) -> None:
    """A VML shape may carry a cached copy of itself (`o:gfxdata`, a base64 package): a photograph in a frame is kept
    there whole, out of reach of the 1×1 stand-ins that replace the pictures in word/media/. Anonymisation drops it."""
    with zipfile.ZipFile(REAL / "files" / name) as z:
        cached = [n for n in z.namelist() if n.startswith("word/") and n.endswith(".xml") and b"gfxdata" in z.read(n)]
    assert not cached, f"{name}: {cached}"
