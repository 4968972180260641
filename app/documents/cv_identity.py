"""The seeker's name and contacts (emails, phones, links) in a CV's sections.

The name comes from a label in many languages ("Name:", "Nombre:", "Nom :" with "Prénom :", "Naam:", "Imię i
nazwisko:", "이름:") or from the first name-like line of the header or the top of the document (a text box or
SmartArt there too; in a table row, the cell that is a name among contacts, places and labelled fields): a short
line of capitalised words in any script, with particles ("van", "de", "bin", "al-"), never an initials monogram,
the document's title ("Lebenslauf") or a link to write or call, without credentials or asides and nicknames in
brackets of any kind; spaced letters ("J O H N  S M I T H") are read as words, and a name goes on over a second line
in the same look. With none there, less surely: a text box in the CV's largest type that reads as a full name
wherever it is anchored, a full name set apart early (sidebar, Title style, large font), and last a first line set
apart in words that would be a name if capitalised ("d. Darnell whitfield").

Contacts are the seeker's when they sit at the top, in the header, in a contact section, after a label or sign
("Tel:", "Teléfono:", "☎") or alone on their line; never under a referees heading (nor the unknown headings after
it), nor on or just below another person's name, nor under a role (an employer's office). A number labelled as
something else ("Passport No.:") or a range of amounts is no phone. Contacts found only deep in the CV are a doubt
(`cv_checks`).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from itertools import takewhile
from typing import TYPE_CHECKING
from urllib.parse import unquote

from app.documents.cv_dates import find_dates
from app.documents.cv_outline import ContactOutline, Scored
from app.documents.cv_places import is_street_address
from app.documents.cv_vocab import (
    NOT_NAMES,
    ROLE_SECTIONS,
    has_org_word,
    heading_kind,
    is_place,
    org_score,
    role_score,
)
from app.documents.text import EMAIL, PHONE, URL, find_phones, fold, phone_digits

if TYPE_CHECKING:
    from app.documents.cv_lines import Line, Section

# Phone labels in the CVs' languages ("Tel.", "Teléfono:", "Celular", "Móvil", "WhatsApp", "Телефон").
_PHONE_WORDS = (
    r"tel|phone|mobile|cell|telefon|téléphone|tél|handy|mob|телефон|tel[eé]fono|telefone|celular|cel|m[oó]vil"
    r"|whats\s?app|tlf|telf|fone|cellulare|portable"
    r"|(?:far|heima|vinnu)?s[ií]mi"  # Icelandic: "Sími", "Farsími" (mobile), "Heimasími" (home)
    r"|κινητό|τηλέφωνο|τηλ"  # Greek: mobile, telephone
    r"|मोबाइल|फ़ोन|फोन|दूरभाष"  # Hindi: mobile, phone, telephone
    r"|تلفن|موبایل"  # Persian: "تلفن همراه:0912…" (mobile), "تلفن ثابت:" (landline)
)
# Phone words of scripts written without spaces between words ("电话:14434012285"): no word boundary around them
# "电  话：": a CJK form spaces a label's characters out to align them, as it does "姓    名："
_PHONE_WORDS_UNSPACED = r"電\s*話|电\s*话|手\s*机|手\s*機|携\s*帯|전\s*화|휴\s*대|هاتف|جوال"
# "手机号:", "电话号码：", "전화번호": the label's word for "number" after the phone word
_NUMBER_WORD_UNSPACED = "号码|號碼|号|號|번호"
_PHONE_LABEL = re.compile(
    # "Mobile – 7547451534": a dash may part the label from the number as a colon does
    rf"\b(?:{_PHONE_WORDS}|ph)\b[\w.]*(?:\s+\w+\.?){{0,2}}\s*[:.–—-]?\s*[+(\d]"  # "Mobile No.: 0963…"
    rf"|(?:{_PHONE_WORDS_UNSPACED})(?:{_NUMBER_WORD_UNSPACED})?\s*[:.：]?\s*[+(\d]",
    re.I,
)
PHONE_WORD = re.compile(rf"\b(?:{_PHONE_WORDS})\b", re.I)
# Labels of the name on a CV's personal-details lines: the Europass CV's "Personal information" labels in the EU's
# languages (its "First name(s)" / "Surname(s)" fields and the full-name label) and the usual labels of the national
# forms elsewhere ("Ad Soyad", "Họ và tên", "Nama", "ФИО", "이름", "氏名"), with the English a translated form keeps
# ("Name and surname"). A label that may name the whole name or its given part ("Name", "Nome", "Όνομα", "Ime") is
# read as the whole unless a family-name label follows.
_WHOLE_LABELS = frozenset(
    [
        "name", "full name", "name and surname", "name & surname", "first name and surname", "first and last name",
        "first name and last name", "surname and name", "naam", "volledige naam", "nombre", "nombre completo",
        "nombre y apellidos", "nome",
        "nome completo", "nom complet", "nom et prénom", "nom et prenom", "nom & prénom", "nom prénom",
        "imię i nazwisko", "jméno a příjmení", "meno a priezvisko", "ime i prezime", "ime in priimek",
        "име и презиме", "nume și prenume", "nume si prenume", "numele", "navn", "fulde navn", "fullt navn",
        "namn", "nimi", "név", "teljes név", "όνομα", "ονοματεπώνυμο", "ad soyad", "adı soyadı", "adı", "isim",
        "nama", "nama lengkap", "họ và tên", "họ tên", "tên", "фио", "ф.и.о.", "ім'я та прізвище", "піб", "име",
        "ime", "vardas", "vārds", "eesnimi", "vollständiger name", "vor- und nachname", "姓名", "氏名", "名前",
        "이름", "성명", "الاسم", "الاسم الكامل", "שם", "שם מלא", "pangalan", "ชื่อ", "ชื่อ-นามสกุล", "नाम", "نام",
        "نام و نام خانوادگی", "nafn", "fullt nafn",
    ]
)  # fmt: skip
_GIVEN_LABELS = frozenset(
    [
        "prénom", "prenom", "first name", "given name", "vorname", "имя", "voornaam", "voornamen", "imię",
        "jméno", "meno", "prenume", "fornavn", "förnamn", "etunimi", "utónév", "keresztnév", "nome próprio",
        "nombre de pila", "ім'я", "fornafn", "skírnarnafn", "nama depan",
    ]
)  # fmt: skip
_FAMILY_LABELS = frozenset(
    [
        "nom", "surname", "last name", "family name", "nachname", "familienname", "cognome", "apellido",
        "apellidos", "sobrenome", "apelido", "apelidos", "фамилия", "achternaam", "nazwisko", "příjmení",
        "priezvisko", "prezime", "priimek", "nume", "efternavn", "etternavn", "efternamn", "sukunimi",
        "vezetéknév", "επώνυμο", "soyad", "soyadı", "прізвище", "презиме", "pavardė", "uzvārds", "perekonnanimi",
        "نام خانوادگی", "eftirnafn", "họ", "họ và tên đệm", "nama belakang", "nama keluarga",
    ]
)  # fmt: skip
# Family-name labels of languages that write the family name first ("Họ: TRẦN" / "Tên: Thị Mai", Vietnamese)
_FAMILY_FIRST_LABELS = frozenset(["họ", "họ và tên đệm"])
_LABEL_WORDS = sorted(_WHOLE_LABELS | _GIVEN_LABELS | _FAMILY_LABELS, key=len, reverse=True)
# the name labels of Chinese, Japanese and Korean forms, which may space their characters out ("姓    名：")
_CJK_NAME_LABEL = re.compile(r"姓\s*名|氏\s*名|名\s*前|이\s*름|성\s*명")
# "First name(s) / Surname(s)": the Europass CV's label of 2004-2012, a plural "(s)" and two labels of the name
# in the languages' own forms too: "Cognome(i) / Nome(i)", "Nazwisko(-a) / Imię(-ona)", "Apelido(s) / Nome(s)
# próprio(s)" (a plural ending after any word of the label)
_PLURAL_ENDING = r"\s*\(-?[^\W\d]{1,4}\)"
_PLURAL = rf"(?:{_PLURAL_ENDING})?"
_ONE_LABEL = "|".join(rf"{_PLURAL}\s+".join(re.escape(w) for w in label.split()) for label in _LABEL_WORDS)
_NAME_LABEL = re.compile(
    r"^\s*(?:full\s+)?("
    + rf"(?:{_ONE_LABEL}){_PLURAL}(?:\s*/\s*(?:{_ONE_LABEL}){_PLURAL})?"
    + "|"
    + _CJK_NAME_LABEL.pattern
    + r")(\s*[:：]\s*|\s*\t\s*)(.*)$",  # the value may stand apart, under a stack of labels
    re.I,
)
_FIELD_GAP = re.compile(r"\t| {3,}|\u3000{2,}")
_DAY_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d")
_PARTICLES = frozenset(
    [
        "de",
        "van",
        "von",
        "der",
        "da",
        "di",
        "bin",
        "binti",
        "al",
        "la",
        "le",
        "du",
        "des",
        "del",
        "della",
        "dos",
        "das",
        "ter",
        "ten",
        "den",
        "zu",
        "el",
        "ibn",
        "bint",
        "abu",
    ]
)
# "Sasha Haddad - PMP®", "RN<TAB>ROBIN A. NOVAK", "Jane Doe | Engineer": the pieces of a name line
_NAME_SPLIT = re.compile(r"\s*[|•·/]\s*|\t+|\s{3,}|\s+[-–—]\s+")
# "Ankit   Verma<TAB>Email : …": a first and a last name spaced wide for the look, alone before a tab or the end of
# the line, are one name, not two pieces
_WIDE_NAME = re.compile(r"^([A-ZÀ-Þ][\w'’-]+) {3,}([A-ZÀ-Þ][\w'’-]+)(?=\t|$)")
# "(she/her)", "（Yoyo）", "[Annie]", "「Kit」", "“Bobby”": an aside or a nickname in brackets of any kind or a nickname
# in quotes, after or inside a name
_ASIDE = re.compile(
    r" *(?:\([^()]*\)|（[^（）]*）|\[[^\[\]]*\]|［[^［］]*］|「[^「」]*」|【[^【】]*】|〔[^〔〕]*〕"
    r"|\x22[^\x22\s]+\x22|“[^“”\s]+”|‘[^‘’\s]+’) *"
)
_WHOLLY_BRACKETED = re.compile(r"^\[([^\[\]]+)\]$")
# "RN", "J.D.": an initials monogram drawn beside the name, not the name
_MONOGRAM = re.compile(r"(?:[A-ZÀ-ÖØ-ÞА-Я]\.?){1,3}")
# "PhD", "MBA", "PMP®", "M.Sc.", "Jr.": a degree or credential written after a name
_CREDENTIAL = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z.]{1,6}[®™]?|[A-Z][A-Za-z.]{1,6}[®™]|Jr\.?|Sr\.?|Esq\.?")


# ------------------------------------------------------------------ name


_FUNCTION_WORDS = frozenset(["to", "the", "for", "and", "of", "in", "with", "at", "on", "by", "from"])


_HAN = re.compile(r"[\u3400-\u9fff]")


def _han_organisation(text: str) -> bool:
    """ "中山大学": an organisation's name in characters (大学, a university), no person's."""
    return _HAN.search(text) is not None and org_score(text) > 0


# "My", "Mon", "Mein", "Mi", "Meu": the seeker's own word for the document ("My Resume"), never a name with it
_POSSESSIVES = frozenset(["my", "mon", "ma", "mein", "meine", "mi", "meu", "mio", "mijn", "min", "mitt"])


def _document_title(words: list[str]) -> bool:
    """ "Curriculum Vitae", "My Curriculum Vitae", "Mon CV": the document's title, with the seeker's possessive."""
    folded = [fold(w).strip(" .:,") for w in words]
    if len(folded) > 1 and all(len(w) == 1 and _HAN.search(w) for w in folded):
        folded = ["".join(folded)]  # "履 歴 書": the characters spaced out across the page
    return all(w in NOT_NAMES or w in _POSSESSIVES for w in folded) and any(w in NOT_NAMES for w in folded)


def name_like(text: str, spelt: str = "") -> bool:
    """A line that reads as a person's name; `spelt`, the seeker's e-mail address before the @ (folded), lets a word
    it spells be a name's word though it names a post ("Grace Carpenter", grace.carpenter@…)."""
    text = _WHOLLY_BRACKETED.sub(r"\1", text.strip())  # "[Rene Tanaka]": a template's brackets left round the name
    text = _ASIDE.sub(" ", text).strip()  # "Lin（Yoyo） Zhou": a nickname in brackets is no part of the name
    words = text.split()
    # up to five words besides particles ("María del Carmen Fernández de la Torre", "João Pedro da Silva Costa")
    named = _named(text)
    if not 1 <= len(named) <= 5 or len(words) > 8 or any(c.isdigit() for c in text) or "@" in text:
        return False
    if sum(c.isalpha() for c in text) < 2:
        return False  # "O": an icon's letter or a monogram, never a whole name
    if _document_title(words) or heading_kind(text) or _han_organisation(text):
        return False
    letters = 0
    for n, w in enumerate(words):
        core = w.strip(".,'’()“”\"")
        if core in ("-", "–") or fold(core) in _PARTICLES:
            continue
        particle, hyphen, rest = core.partition("-")
        if hyphen and fold(particle) in _PARTICLES and rest[:1].isupper():
            core = rest  # "al-Hashimi", "el-Amin": a particle joined to the name by a hyphen
        if fold(core) in _FUNCTION_WORDS:
            return False  # "Available to Relocate": a phrase, not a name
        # "Aakarsh walia", "Xojimurod o’g’li": the first word shows it is a name; later ones may be lower case.
        caseless = core[:1].lower() == core[:1].upper()  # "罗明": a script without capitals
        if not core or not core[0].isalpha() or (n == 0 and not (core[0].isupper() or core.isupper() or caseless)):
            return False
        # "राहुल", "สมชาย": a script's vowel signs are marks joined to the letters, no punctuation
        if not all(c.isalpha() or c in ".'’-" or unicodedata.category(c).startswith("M") for c in core):
            return False
        letters += 1
    return letters >= 1 and role_score(_without_spelt(text, spelt)) < 1


def _without_spelt(text: str, spelt: str) -> str:
    """ "Samantha Cook" with sam.cook@…: the surname a post's noun spells ("Cook", "Porter", "Dean", "Carpenter")
    left out of the post test when the seeker's address spells it and another word of the name stays."""
    words = text.split()
    kept = [w for w in words if not (spelt and len(w) >= 3 and fold(w).strip(".,'’") in spelt and role_score(w) >= 1)]
    return " ".join(kept) if kept and len(words) >= 2 else text


_SCRIPT_NOTE = re.compile(
    r"^[(（]\s*(?:한글|국문|한자|영문|漢字|中文|英文|English|Korean|Chinese|Latin)\s*[)）]\s*", re.I
)


def _labelled_name(sections: list[Section]) -> str:
    """ "Name : S.Ajeem Ali", or "Prénom : Aminata" with "Nom : DJIGO" (a form-like CV), "Nome: Mario" with
    "Cognome: Rossi"."""
    given = family = whole = ""
    family_first = False
    for s in sections:
        # "姓    名：马俊": a CJK form's name label says whose name it is wherever the reading order puts its sidebar
        # (after the education block, read with it); other labels only where the seeker's details stand
        near_top = s.kind in ("top", "contact", "summary", "other")
        for k, line in enumerate(s.lines if s.kind != "referees" else []):
            m = _NAME_LABEL.match(line.text)
            if not m or not ((near_top and k < 12) or _CJK_NAME_LABEL.fullmatch(m.group(1))):
                continue
            label = " ".join(re.sub(_PLURAL_ENDING, "", m.group(1)).lower().split())  # two labels: the whole
            # "Name: Jane Doe<TAB>Born: 1990", "姓名：赵宁      性别：男": the name's cell only, to a tab or a wide gap
            value = _FIELD_GAP.split(m.group(3))[0].strip(" :.") or _stacked_value(s.lines, k)
            # "성명<TAB>(한글) 이서연<TAB>(영문) Seoyeon Lee": the script the name is written in, in brackets before it
            value = _SCRIPT_NOTE.sub("", value) or value
            if "\t" in m.group(2) and not _form_value(value, label, "\t" not in m.group(3).strip()):
                continue  # "Name<TAB>Position<TAB>Contact": a table's header row, not a label cell and its value
            if label in _GIVEN_LABELS:
                given = given or value
            elif label in _FAMILY_LABELS:
                family = family or value
                family_first = family_first or label in _FAMILY_FIRST_LABELS
            else:
                whole = whole or value
    if whole and family and fold(family) not in fold(whole):
        if family_first:
            return f"{family} {whole}"  # "Họ: TRẦN", "Tên: Thị Mai": Trần Thị Mai
        return f"{whole} {family}"  # "Nome: Mario" is the given name when "Cognome: Rossi" follows
    if whole and given and not family and fold(given) not in fold(whole):
        return f"{given} {whole}"  # "Name: Müller" is the family name when "Vorname: Jürgen" goes with it
    return whole or " ".join(p for p in (given, family) if p)


_BARE_LABEL = re.compile(r"^\s*\S[^:：\t]{0,11}[:：]\s*$")


def _stacked_value(lines: list[Line], k: int) -> str:
    """ "姓名：", "电话：", "邮箱：" in one text box and "罗一鸣", the phone and the address in the next: labels with no
    value of their own, one under another, take the values that follow them in the same order."""
    first = k
    while first > 0 and _BARE_LABEL.match(lines[first - 1].text):
        first -= 1
    last = k
    while last + 1 < len(lines) and _BARE_LABEL.match(lines[last + 1].text):
        last += 1
    at = last + 1 + (k - first)
    if last == first or at >= len(lines) or any(_BARE_LABEL.match(x.text) for x in lines[last + 1 : at + 1]):
        return ""
    value = lines[at].text.strip()
    return value if name_like(value) else ""


def _form_value(value: str, label: str, alone: bool) -> bool:
    """The cell beside a "Name" / "姓名" label cell holds a name: a full name, or one word for a given or family name
    label, in a script without capitals or alone in its row ("Nome<TAB>Mario"; not "Name<TAB>Position<TAB>Phone",
    a table's header row)."""
    caseless = value[:1].lower() == value[:1].upper()
    one_part = label in _GIVEN_LABELS or label in _FAMILY_LABELS or caseless or alone
    return name_like(value) and (len(value.split()) >= 2 or one_part)


def _without_credentials(piece: str, set_apart: bool = False) -> str:
    """ "Jane Doe, PhD" -> "Jane Doe"; "Houston, TX" stays (a place, not a name with a degree). "Jane Doe, MD"
    reads as a place in Maryland too: it is a name with a degree only on a line set apart as a name is (the Title
    style, a large font) or after "Dr."."""
    head, *rest = [p.strip() for p in piece.split(",")]
    tokens = [t for part in rest for t in part.split()]
    set_apart = set_apart or bool(_PERSON_TITLE.match(head))  # "Dr. Chidi Okonkwo, MD"
    if not rest or not tokens or is_place(head):
        return piece
    if is_place(piece) and not set_apart:
        return piece
    # "MD", "RN" after a full name; after one word ("Frederick, MD") two capitals are more likely a state
    # in a list of two or more, a longer run of capitals is a credential too ("FRCPC, DABPNeur")
    listed = len(tokens) >= 2
    credentials = [_credential(t) or (listed and _capitals_run(t)) for t in tokens]
    if all(c and (len(head.split()) >= 2 or not _two_capitals(t)) for c, t in zip(credentials, tokens, strict=True)):
        return _without_degree_shaped(head) if listed else head
    return piece


def _without_post(piece: str) -> str:
    """ "Sarah Connor, Registered Nurse" -> "Sarah Connor", "Ana Lima, Porto" -> "Ana Lima": a full name, a comma,
    then the seeker's post or town (not "Houston, TX", a place, nor "Doe, Jane", a name written family name
    first)."""
    head, comma, rest = piece.partition(",")
    told = role_score(rest.strip()) >= 1 or is_place(rest.strip())
    if comma and len(_named(head)) >= 2 and told and name_like(head) and not is_place(head):
        return head.strip()
    return piece


def _capitals_run(token: str) -> bool:
    return token.isalpha() and len(token) <= 10 and sum(c.isupper() for c in token) >= 3 and not is_place(token)


# "MEd", "BScN", "FRCPsC": two capitals, then a small letter, as degrees are written and names are not ("McKay")
_DEGREE_SHAPED = re.compile(r"[A-Z]{2,}[a-z][A-Za-z]{0,4}")


def _without_degree_shaped(head: str) -> str:
    """ "Maria Lopez MEd" before ", PhD, FRCPC": ahead of a list of credentials, a word shaped as a degree is one."""
    words = head.split()
    while len(words) > 2 and _DEGREE_SHAPED.fullmatch(words[-1].strip(".")):
        words.pop()
    return " ".join(words)


_DEGREES_AFTER_NAMES = frozenset(
    re.findall(
        r"\S+",
        "PhD DPhil MPhil MSc BSc MEng BEng PEng CEng MBA MPH MPA MPP MFA MRes MArch BArch MBBS DDS DMD PharmD EdD"
        " DrPH FRCPC FRCP MRCP FRCS FACS CCFP CPA CFA PMP CISSP LLM LLB MSW LCSW FHEA MIET MCIPD"
        # a licence or a professional body's letters: nursing, medicine, the vets', teaching, law, accounting,
        # engineering, building, pharmacy, therapy ("Niamh Kelly RGN", "Fiona Blake MRCVS", "Michael Ross Esq.")
        " RN RGN RMN RSCN RNLD LPN LVN BSN MSN APRN DNP FNP MD MBChB MRCGP MRCS FRCA BDS MRCVS BVSc BVMS DVM VMD"
        " PGCE PGDE QTS Esq ACA FCA ACCA FCCA CIMA ACMA CGMA IEng MICE MIStructE RIBA MRICS FRICS MPharm RPh MCSP"
        " LMSW LPC LMFT CPsychol Hons",
    )
)
# A degree's letters that may be a name's word when alone ("Mamadou Lamine BA"), read as a degree only before
# other credentials ("Olivia Martin BA (Hons) PGCE", "Gloria Diaz RN BSN")
_DEGREES_BEFORE_OTHERS = frozenset(re.findall(r"\S+", "BA MA BS MS BEd BFA BBA BCom MCom BN AA AS BSW"))
# "(Hons)", "(Oxon)": a degree's class or university in brackets after its letters, a word of the degree
_DEGREE_ASIDE = re.compile(r"\s*\((?:hons?|honours|oxon|cantab)\.?\)", re.I)


def _without_trailing_degree(name: str) -> str:
    """ "Amara Okafor PhD" (its other letters after a comma already gone), "Gloria Diaz RN BSN", "Fiona Blake BVSc
    MRCVS" -> the full name: credentials written after it with no comma; a bare "BA" only before another one."""
    words = _DEGREE_ASIDE.sub(" Hons", name).split()
    cut = False
    # only credentials: "Anouk DE VRIES", "Ngoc Anh TRAN" write the family name in capitals
    while len(words) > 2:
        word = words[-1].replace(".", "").strip(",")
        if not (
            word in _DEGREES_AFTER_NAMES or _DEGREE_SHAPED.fullmatch(word) or (cut and word in _DEGREES_BEFORE_OTHERS)
        ):
            break
        words.pop()
        cut = True
    return " ".join(words) if cut else name


def _two_capitals(token: str) -> bool:
    return len(token) == 2 and token.isupper() and token.isalpha()


def _credential(token: str) -> bool:
    """ "PhD", "M.Sc.", "PMP®", and two capitals ("MD", "RN") that name no place ("TX" does)."""
    if token.strip(".") in _DEGREES_AFTER_NAMES and len(token) > 2:
        return True  # "BSc (Hons)": the degree's class after its letters
    return (
        bool(_CREDENTIAL.fullmatch(token))
        and (len(token.strip(".")) >= 3 or token.endswith(("®", "™", ".")) or _two_capitals(token))
        and not is_place(token)
    )


def _name_candidates(sections: list[Section]) -> list[Line]:
    """The lines that may hold the name: the header's, then the top of the document."""
    top = sections[0].lines
    candidates = [line for line in top if line.area == "header"] + [line for line in top if line.area != "header"]
    # a CV that opens with a heading, or with a personal-details heading right under the page header ("PERSONAL
    # INFORMATION" beside the name, as Europass CVs write it): the name may sit in that section's first line
    opening = [s.lines[0] for s in sections[1:2] if s.lines and (not candidates or s.kind == "contact")]
    return candidates[:8] + opening


def _first_piece(text: str) -> str:
    """The first piece of a line that is not an initials monogram ("RN<TAB>ROBIN A. NOVAK": the name) nor a heading
    in a cell before it ("PERSONAL INFORMATION<TAB>Jane Doe", as Europass CVs write it)."""
    pieces = [p.strip(" ,") for p in _NAME_SPLIT.split(_WIDE_NAME.sub(r"\1 \2", text.strip())) if p.strip(" ,")]
    for k, piece in enumerate(pieces):
        if _MONOGRAM.fullmatch(piece) and (k + 1 < len(pieces) or len(piece.strip(".")) > 1):
            continue
        if k + 1 < len(pieces) and heading_kind(piece):
            continue
        return piece
    return ""


def _broken_name(candidates: list[Line], i: int) -> str | None:
    """ "KAI" / "LINDQVIST": a short word in capitals is a given name, not a monogram, when a line break inside
    the same paragraph (same font) carries the family name on."""
    line = candidates[i]
    nxt = candidates[i + 1] if i + 1 < len(candidates) else None
    word = line.text.strip()
    if nxt is None or nxt.id != line.id or nxt.size != line.size or not _MONOGRAM.fullmatch(word) or "." in word:
        return None
    joined = f"{word} {nxt.text.strip()}"
    return joined if len(joined.split()) <= 4 and name_like(joined) and not is_place(nxt.text.strip()) else None


# "Curriculum Vitae", "Lebenslauf", "履歴書": the document's title over the name, not the name
_TITLE_WORDS = (
    r"curriculum\s+vitae|curr[ií]culum(?:\s+vitae)?|cv|resume|résumé|lebenslauf|hoja\s+de\s+vida|curr[ií]culo"
    r"|履歴書|職務経歴書|简历|个人简历|個人簡歷|이력서|резюме|βιογραφικό(?:\s+σημείωμα)?|życiorys|özgeçmiş"
    r"|السيرة الذاتية"
)
# "My Curriculum Vitae.", "Mon CV": the title with the seeker's possessive before it
_DOCUMENT_TITLE = re.compile(rf"(?:(?:{'|'.join(sorted(_POSSESSIVES))})\s+)?(?:{_TITLE_WORDS})\s*[:.]?", re.I)
# "Curriculum Vitae – Jane Doe", "CV: Jane Doe", "Lebenslauf von Jane Doe": the title before the name on its line
_TITLE_BEFORE = re.compile(rf"^(?:{_TITLE_WORDS})\s*(?:[–—:-]|\s(?:of|von|de|di|du)\s)\s*", re.I)
_TITLE_AFTER = re.compile(rf"(?:['’]s)?(?:\s*[–—|:-])?\s+(?:{_TITLE_WORDS})\s*$", re.I)
# "Lucas Gabriel Medeiros, 22 anos", "Ana Ruiz, 31 años": the seeker's age after the name
_AGE_AFTER = re.compile(
    r",\s*\d{1,2}\s+(?:anos|años|years(?:\s+old)?|y/?o|ans|jahre|anni|yaş|lat|let|jaar|år|ar|vuotta)\.?\s*$", re.I
)
# "J O H N  S M I T H": a name set in spaced letters, its words parted by wider gaps
_SPACED_LETTERS = re.compile(r"(?<!\S)\w(?: [\w'’-]){2,}(?:\s{2,}\w(?: [\w'’-])+)*(?!\S)")


def _unspaced(text: str) -> str:
    """ "J O H N  S M I T H | Nurse" -> "JOHN SMITH | Nurse"; "A B C" stays (too short for a name)."""

    def join(m: re.Match[str]) -> str:
        run = m.group(0)
        if sum(c.isalpha() for c in run) < 5:
            return run
        return " ".join(word.replace(" ", "") for word in re.split(r"\s{2,}", run))

    return _SPACED_LETTERS.sub(join, text)


_CJK_WORD = re.compile(r"[\u3400-\u9fff]{2,4}")  # "Liu, Zimo 刘子墨": the name in characters after it


def _family_comma_given(text: str) -> bool:
    """ "Lindqvist, Rene Sol L", "Liu, Zimo 刘子墨": one family name, a comma, then given names and an initial, all
    capitalised, or the whole name in characters after them (the family name in capitals is `_surname_first`)."""
    family, comma, given = text.partition(",")
    words = given.split()
    return (
        bool(comma)
        and len(family.split()) == 1
        and family.strip()[:1].isupper()
        and 1 <= len(words) <= 3
        and all((w[:1].isupper() and w.rstrip(".").isalpha()) or _CJK_WORD.fullmatch(w) for w in words)
        and len(words[0]) > 1
    )


def _given_the_address_spells(text: str, local: str) -> bool:
    """ "Ramírez Ortega, Guadalupe" with guadalupe.ramirezortega@…: family names, a comma, a given name the seeker's
    address spells, though it names a town too (a name and then the seeker's town would not be in the address)."""
    family, comma, given = text.partition(",")
    words = given.split()
    return (
        bool(comma)
        and 1 <= len(family.split()) <= 3
        and len(words) == 1
        and words[0][:1].isupper()
        and len(words[0]) >= 3
        and fold(words[0]) in local
        and role_score(words[0]) < 1
    )


def _surname_first(text: str) -> bool:
    """ "ASHTARI, Babak", "VAN DER BERG, Pieter", "WRÓBEL, Łukasz": the family name in capitals, a comma, the
    given name (in any alphabet with capitals)."""
    family, comma, given = text.partition(",")
    family_words, given_words = family.split(), given.split()
    return (
        bool(comma)
        and 1 <= len(family_words) <= 4
        and 1 <= len(given_words) <= 3
        and all(w.isupper() and len(w.strip("'’-")) > 1 for w in family_words)
        and given_words[0][:1].isupper()
        and len(given_words[0]) > 1
        and all(c.isalpha() or c in "'’-." for w in family_words + given_words for c in w)
    )


# "Photo", "[Insert photo here]": a template's frame for the seeker's picture, beside or over the name
_PICTURE_PLACEHOLDER = re.compile(
    r"\[?(?:(?:insert|add|your|place)\s+)?(?:photo(?:graph)?|picture|foto|image|headshot)(?:\s+here)?\]?", re.I
)


def _not_a_name(line: Line) -> bool:
    """A line that cannot be the name: the document's title, a picture's placeholder ("Photo"), or a link to write or
    call shown as a phrase ("Email me", "WhatsApp"; a name linked to the seeker's address is still the name)."""
    text = line.text.strip()
    contact_link = any(t.strip().lower().startswith(("mailto:", "tel:")) for t in line.links)
    # the line's first field only: "Moreau Camille Varma.<wide gap>E mail: … Phone: …" is a name, its contacts after
    head = _first_piece(text)
    words = head.split()
    # a word in lower case makes a phrase ("Call me"), a name's particle does not ("Mendes da Costa, Rui")
    lower = any(w[:1].islower() and fold(w) not in _PARTICLES for w in words)
    phrase = len(words) < 2 or lower or bool(PHONE_WORD.search(head))
    if _PICTURE_PLACEHOLDER.fullmatch(text):
        return True
    return bool(_DOCUMENT_TITLE.fullmatch(text)) or (contact_link and (phrase or bool(_EMAIL_LABEL.search(head))))


def _goes_on(first: str, line: Line, nxt: Line) -> str:
    """ "CHRIS" / "OH", "Ngoc Anh" / "Tran" after a line break: the next line carries the name on, in the same look
    (not a place under it, a title or another script). Returns the words it adds, or ""."""
    text = _first_piece(_TITLE_AFTER.sub("", nxt.text.strip()))
    caseless = first[:1].lower() == first[:1].upper()
    same_paragraph = nxt.id == line.id
    goes_on = (
        (len(first.split()) == 1 or same_paragraph or _family_line(line, nxt, text))
        and nxt.size == line.size
        and name_like(text)
        and len(_named(text)) <= 3
        and name_like(f"{first} {text}")
        and (not is_place(text) or (_set_apart(line) and len(first.split()) == 1))
        and not _not_a_name(nxt)
        and caseless == (text[:1].lower() == text[:1].upper())
    )
    return text if goes_on else ""


def _family_line(line: Line, nxt: Line, text: str) -> bool:
    """ "Ngoc Anh" over "Tran", both set apart in one look: a one-word line goes on with the name (a second full
    name under it is its transcription, "Γιώργος Παπαδόπουλος" over "Giorgos Papadopoulos")."""
    particle = len(_named(text)) < len(text.split())  # "Fernández de la Torre": a family name, not a full one
    return _set_apart(line) and nxt.style == line.style and (len(_named(text)) == 1 or particle)


# "Prof. Dr. Juan Carlos Hernández Ruiz": the honorifics before a name are no words of it
_HONORIFICS = frozenset(["prof.", "dr.", "prof", "dr", "dra.", "ing.", "mag.", "dipl.-ing."])


def _named(text: str) -> list[str]:
    """The words of a name besides its particles and the honorifics before it."""
    words = text.split()
    while len(words) > 2 and fold(words[0]) in _HONORIFICS:
        words = words[1:]
    return [w for w in words if fold(w) not in _PARTICLES]


def _set_apart(line: Line) -> bool:
    """A line in the look of a name: the Title style or a large font."""
    return line.style == "Title" or line.size >= 14


def _name_on_line(candidates: list[Line], i: int) -> Scored | None:
    line = candidates[i]
    # pandoc's "Author" paragraph holds the document's author: the seeker, set apart as a title is
    strong = i == 0 or line.style in ("Title", "Author") or line.size >= 14 or line.area in ("header", "textbox")
    if _table_row(line):  # its cells' links are the contacts beside the name
        in_row = _name_in_row(line)
        return Scored(value=in_row, confidence=0.95 if strong else 0.7) if in_row else None
    return _name_in_text(candidates, i, strong)


def _name_in_text(candidates: list[Line], i: int, strong: bool) -> Scored | None:
    line = candidates[i]
    if _not_a_name(line):
        return None
    broken = _broken_name(candidates, i)
    if broken is not None:
        return Scored(value=broken, confidence=0.95 if i == 0 or line.style == "Title" else 0.7)
    text = _TITLE_BEFORE.sub("", line.text.strip())  # "Curriculum Vitae – Jane Doe", "Lebenslauf von …"
    text = _AGE_AFTER.sub("", _TITLE_AFTER.sub("", text))  # "JANE DOE CV", "Jane Doe's Resume", "…, 22 anos"
    text = _unspaced(text)
    has_contact = bool(EMAIL.search(text) or find_phones(text))
    first = _first_piece(_ASIDE.sub(" ", _DEGREE_ASIDE.sub(" Hons", text)))  # "Jane Doe (she/her)", "BA (Hons)"
    family_first = _family_name_first(first, strong, candidates)
    if family_first is not None:
        return family_first
    if "," in first:
        first = _without_post(_without_credentials(first, _set_apart(line)))
    first = _without_trailing_degree(first)
    if first.endswith(".") and len(first.split()[-1]) > 3:
        first = first[:-1]  # "Moreau Camille Varma." before the contacts: a full stop, not an initial's ("Jr.")
    if "," in first and not has_contact:
        return None  # "Koura District, Irbid, Jordan" is an address
    local = _seekers_local_part(candidates)
    first = first if name_like(first, local) else _name_before_post(first, line, local, strong)
    if not first:
        return None
    more = _goes_on(first, line, candidates[i + 1]) if i + 1 < len(candidates) else ""
    if is_place(first) and not _set_apart(line) and not more:
        return None  # "Osaka" under the name: a place on a line of its own ("Jordan" / "Smith" is a name)
    value = f"{first} {more}" if more else first
    return Scored(value=value, confidence=0.95 if strong else 0.7)


def _family_name_first(first: str, strong: bool, candidates: list[Line]) -> Scored | None:
    """The name written family name first, a comma, then the given names."""
    if "," not in first or is_place(first) or not name_like(first.replace(",", " ")):
        return None
    if _surname_first(first):
        return Scored(value=first, confidence=0.9)  # "ASHTARI, Babak"
    if strong and _family_comma_given(first):
        return Scored(value=first, confidence=0.8)  # "Lindqvist, Rene Sol L" as the CV's first line
    if strong and _given_the_address_spells(first, _seekers_local_part(candidates)):
        return Scored(value=first, confidence=0.8)  # "Ramírez Ortega, Guadalupe" of guadalupe.ramirezortega@…
    return None


# "JANE DOE  PASTRY CHEF", "Hamish Grant: Farm Manager": a gap of two spaces or a colon between the name and the post
_GAP_OR_COLON = re.compile(r" {2,}|\s*:\s+")


def _name_before_post(first: str, line: Line, local: str, strong: bool) -> str:
    """A full name, then the seeker's post on the same line, parted from it only by a gap of two spaces, a colon or
    a change of look (the name in large bold letters, the post in plain ones), or by nothing (`_name_then_post`):
    the name, or "" when the line is not so made."""
    looks = _first_piece(line.marked()) if line.breaks else ""
    for head in (looks, *(first[: m.start()] for m in _GAP_OR_COLON.finditer(first))):
        tail = first[len(head) :].strip(" :") if first.startswith(head) else ""
        if head and len(_named(head)) >= 2 and name_like(head) and tail and role_score(tail) >= 1:
            return head.strip()
    # "Jordan Tang Male 1988.03", the name in larger letters than the seeker's details after it: on a line where a
    # name stands, a change of look after a full name ends the name, whatever follows it
    if strong and looks and first.startswith(looks) and len(_named(looks)) >= 2 and name_like(looks):
        return looks.strip()
    # run on with no mark, only where a name stands (the first line, the Title style, large letters)
    return _name_then_post(first, local) if strong else ""


def _name_then_post(first: str, local: str) -> str:
    """ "Siddharth Rao Primary Teacher" over `siddharth.rao@…`: a full name run on into the seeker's post with no
    mark or change of look between them, where the e-mail address spells the name's last word, and so where the post
    begins ("maria.lopez@…": "Maria Elena Lopez Registered Nurse"). Nothing else tells it: names of two words and of
    three are both common, and a post opens with a qualifier ("Primary") or a rank as often as a name ends with a
    word that could be one; guessing lost more names on CVs never seen than it found. "" when nothing tells."""
    words = first.split()
    splits = [k for k in range(2, len(words)) if _name_and_post(words[:k], words[k:])]
    spelt = [k for k in splits if _spelt_in(fold(words[k - 1]).strip(".'’"), local)]
    return " ".join(words[: spelt[-1]]) if spelt else ""


def _spelt_in(word: str, local: str) -> bool:
    """`word` is in the e-mail address's local part: whole between its dots, dashes and digits, or, of three letters
    or more, inside it ("lopez" in "mlopez")."""
    return bool(word) and (word in re.split(r"[._\-\d]+", local) or (len(word) >= 3 and word in local))


def _name_and_post(head: list[str], tail: list[str]) -> bool:
    name, post = " ".join(head), " ".join(tail)
    if not all(_no_headline_word(w, all_caps=name.isupper()) for w in head):
        return False
    return 2 <= len(_named(name)) <= 4 and name_like(name) and role_score(post) >= 1 and tail[0][:1].isupper()


_INNER_CAPITAL = re.compile(r"^(?!Mc|Mac|O['’]|D['’])\w+[a-z][A-Z]")


def _no_headline_word(word: str, all_caps: bool) -> bool:
    """No headline's words: letters in capitals on a line that is not all capitals ("APAC DevOps Tech Lead": a region
    and a practice before a post) and no brand's inner capital ("DevOps"; a Gaelic "McMurray" is a name)."""
    core = word.strip(".,")
    if len(core) > 1 and core.isupper() and not all_caps:
        return False  # an initial ("A.") is a name's
    return not _INNER_CAPITAL.match(word)


def _seekers_local_part(candidates: list[Line], links: bool = False) -> str:
    """The part before the @ of the first e-mail address among the lines that may hold the name (`links`: or where
    their links lead), folded."""
    # "mendesdacosta.rui (at) gmail.com": an address written so robots miss it spells the name too
    texts = (" ".join([_unmasked(line.text), *(line.links if links else ())]) for line in candidates)
    address = next((m.group(0) for text in texts if (m := EMAIL.search(text))), "")
    return fold(address.split("@")[0])


def _table_row(line: Line) -> bool:
    return line.area == "table" and "\t" in line.text.strip()


def _name_in_row(line: Line) -> str:
    """A table row read as one line, its cells parted by tabs: the name is a cell of its own among cells that are
    furniture of a CV's head (a place, contacts, a link, a job title, a heading, a monogram): "Grafton, WI<TAB>
    jane@example.org<TAB>Jane Doe<TAB>linkedin.com/in/jdoe". A row of other cells (a skill, its level and years:
    "HTML / CSS<TAB>Intermediate<TAB>2y") holds no name."""
    cells = [c.strip() for c in line.text.split("\t") if c.strip()]
    # a form's fields beside the name ("王磊<TAB>性别:<TAB>男<TAB>电话:<TAB>144…"): a label and the value after it
    fields = {k for k, c in enumerate(cells) if c.endswith((":", "：")) or (k and cells[k - 1].endswith((":", "：")))}
    names = [(c, name) for k, c in enumerate(cells) if k not in fields and (name := _name_cell(c, line))]
    if len(names) != 1 or not all(c == names[0][0] or k in fields or _head_furniture(c) for k, c in enumerate(cells)):
        return ""
    return names[0][1]


def _name_cell(cell: str, line: Line) -> str:
    """The name a cell holds, read as a line of its own ("DUBOIS, Anne-Marie", "Jane Doe, PhD")."""
    if _not_a_name(replace(line, text=cell, links=())):
        return ""
    found = _name_in_text([replace(line, text=cell, links=(), breaks=())], 0, True)
    name = found.value if found is not None else ""
    caseless = name[:1].lower() == name[:1].upper()
    # one word is a name only in a script without capitals or set apart: "Git<TAB>Intermediate" is a skill
    return name if len(_named(name.replace(",", " "))) >= 2 or caseless or _set_apart(line) else ""


def _head_furniture(cell: str) -> bool:
    """What stands beside the name at the head of a CV: contacts, a link, a place or an address, a job title,
    a heading ("PERSONAL INFORMATION"), an initials monogram, the document's title."""
    return bool(
        EMAIL.search(cell)
        or URL.search(cell)
        or any(c.isdigit() for c in cell)
        or is_place(cell)
        or is_place(cell.split(",")[0])
        or role_score(cell) >= 1
        or heading_kind(cell)
        or _MONOGRAM.fullmatch(cell)
        or _DOCUMENT_TITLE.fullmatch(cell)
    )


def read_name(sections: list[Section], lines: list[Line] | None = None, title: str = "") -> Scored:
    """The seeker's name; `lines` (all the CV's lines, headings too) let a name box anchored late be found; `title`
    is the title the file was saved with, the last resort (a CV whose name is drawn as a picture)."""
    labelled = _labelled_name(sections)
    if labelled and len(_named(labelled)) <= 5:  # "María del Carmen Fernández de la Torre": five besides particles
        return Scored(value=labelled, confidence=0.9)
    styled = _name_styled(lines or [])
    if styled.value:
        return styled
    monogram = _name_by_initials(lines or [], sections)
    if monogram.value:
        return monogram
    candidates = _name_candidates(sections)
    for i in range(len(candidates)):
        found = _name_on_line(candidates, i)
        if found is not None:
            return _fuller_name_below(candidates, i, found)
    for found in (
        _name_box(lines or []),
        _name_after_sidebar(lines or []),
        _name_set_apart(sections),
        _lower_case_name(candidates),
        _name_over_contacts(sections),
        _name_its_address_spells(sections),
        _signed_name(sections),
    ):
        if found.value:
            return found
    styled_title = _title_styled_name(lines or [])
    if styled_title.value or not person_name(title):
        return styled_title
    return Scored(value=title, confidence=0.5)  # unsure: the seeker confirms it


# a heading or a degree written in capitals, not a monogram
_NO_MONOGRAM = re.compile(r"CV|IT|HR|UK|USA?|MBA|PHD|[BM][AS]|[BM]SC|QA|U[IX]|AI|ML|C[ETFO]O|RN|MD|PE|SEO|PM")


def _name_by_initials(lines: list[Line], sections: list[Section]) -> Scored:
    """A monogram at the top ("LP", as Word's initials templates set it in a sidebar) over a page that names the
    seeker further on ("Logan Pryce", under the sidebar's skills): the name whose initials the monogram spells."""
    tops = [line.text.strip() for line in lines[:10]]
    marks = {t for t in tops if re.fullmatch(r"[A-Z]{2,3}", t) and not _NO_MONOGRAM.fullmatch(t)}
    referees = {id(line) for section in sections if section.kind == "referees" for line in section.lines}
    for line in lines if marks else []:
        text = line.text.strip()
        if id(line) in referees:
            continue
        words = [w for w in text.split() if fold(w) not in _PARTICLES]
        if person_name(text) and "".join(w[0] for w in words) in marks:
            return Scored(value=text, confidence=0.8)
    return Scored()


# Word templates' paragraph styles for the seeker's name ("Name", "Your Name"; not "Company Name")
_NAME_STYLES = frozenset(["name", "your name", "yourname", "full name", "nome", "nombre", "nom", "name heading"])


# A résumé builder's export names its styles after the web page's classes: "Div_document_name", "Skn-mly4_name"
# (not "School_Name": the word before "name" says whose)
_OTHER_NAMES = frozenset(
    ["company", "school", "job", "employer", "institution", "university", "degree", "project", "your", "full"]
)


def _in_a_name_style(line: Line) -> bool:
    return fold(line.style).strip() in _NAME_STYLES or _builder_name(line)


def _builder_name(line: Line) -> bool:
    """A line in a builder's style for the seeker's name ("Div_document_name"), not a contact line that a template
    set in a style of that name ("Div_name" over "British Columbia | +1 210 …")."""
    words = re.split(r"[_\-\s]+", fold(line.style))
    return (
        "_" in line.style
        and len(words) >= 2
        and words[-1] == "name"
        and words[-2] not in _OTHER_NAMES
        and re.search(r"[\d@|/:]", line.text) is None
    )


def _name_styled(lines: list[Line]) -> Scored:
    """The first line in a style the template made for the seeker's name, read as a name, wherever it stands (after
    a sidebar's "Portfolio" and "GitHub")."""
    k = next((k for k, line in enumerate(lines) if _in_a_name_style(line)), None)
    if k is None:
        return Scored()
    line = lines[k]
    # "GARRETT J." / "WEXLER": a name broken over lines of the same style is one name
    parts = [line, *takewhile(lambda x: x.style == line.style, lines[k + 1 : k + 3])]
    texts = [_first_piece(_ASIDE.sub(" ", _unspaced(x.text.strip()))) for x in parts]
    text = _without_trailing_degree(" ".join(" ".join(texts).split()))
    if not name_like(text):
        text = _without_trailing_degree(texts[0])
    if name_like(text) and not _not_a_name(line) and not heading_kind(text):
        return Scored(value=text, confidence=0.9)
    return Scored()


def _title_styled_name(lines: list[Line]) -> Scored:
    """No name at the top: the first line in Word's Title style that reads as a name, wherever it stands (a
    LinkedIn profile saved as Word sets its sidebar of contacts and skills before the name), unsurely."""
    for line in lines:
        if line.style == "Title" and line.area == "body":
            text = line.text.strip()
            return Scored(value=text, confidence=0.7) if name_like(text) and not _not_a_name(line) else Scored()
    return Scored()


def _fuller_name_below(candidates: list[Line], i: int, found: Scored) -> Scored:
    """ "Sample" over "Jonathan Pfeiffer, CPA": one word alone (a template's leftover, a logo's word) over a line
    that names a person in two words or more gives way to that line, unsurely; "Okafor" in the page's header
    ("Okafor Curriculum Vitae") gives way to "Amara Okafor" at the top of the body, surely."""
    if len(found.value.split()) != 1 or i + 1 >= len(candidates):
        return found
    j = i + 1
    # "Okafor Curriculum Vitae" over the page's number in the header, then "Amara Okafor" in the body
    while j + 1 < len(candidates) and candidates[j].area == "header" and not _has_letters(candidates[j].text):
        j += 1
    below = _name_on_line(candidates, j)
    if below is None or len(below.value.split()) < 2:
        return found
    if found.value.lower() in below.value.lower():
        # the family name alone in the page's header, the whole name at the top of the body
        whole_word = found.value.lower() in below.value.lower().split()
        return Scored(value=below.value, confidence=0.9) if candidates[i].area == "header" and whole_word else found
    return Scored(value=below.value, confidence=0.7)


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _name_box(lines: list[Line]) -> Scored:
    """No name at the top: a text box whose first lines are set in the CV's largest type (14 pt or more) and read
    as a full name is the name's box, wherever it is anchored ("IOANA-CRISTINA" / "POPESCU" in 24 pt, anchored in
    the paragraph that opens the second column; it may have been taken for headings). Less surely: not at the
    top."""
    biggest = max((line.size for line in lines), default=0.0)
    if biggest < 14:
        return Scored()
    first = next((k for k, line in enumerate(lines) if line.area == "textbox" and line.size == biggest), None)
    if first is None:
        return _name_in_largest_cell(lines, biggest)
    box = lines[first].id.rsplit("p", 1)[0]
    words: list[str] = []
    for line in lines[first : first + 3]:
        if line.id.rsplit("p", 1)[0] != box or line.size != biggest:
            break
        words.append(_ASIDE.sub(" ", _unspaced(line.text)).strip())  # "J O H N  S M I T H", "김민준 (Kim Min-jun)"
    return _box_name(words)


def _name_after_sidebar(lines: list[Line]) -> Scored:
    """A sidebar text box anchored first ("CONTACT", the address, "SKILLS", ...), then the page's first line of its
    own: a full name there is the seeker's, read after the sidebar it stands beside (a Canva or Word design)."""
    k = 0
    while k < len(lines) and lines[k].area == "textbox":
        k += 1
    if k < 2 or k >= len(lines) or lines[k].area != "body":
        return Scored()
    text = _first_piece(lines[k].text)  # "Андрій Іванович Шевчук / Andrii Shevchuk": the name in one script
    if person_name(text):
        return Scored(value=text, confidence=0.7)
    # "MIA NGUYEN", "Aoife (Sam) Ní Dhomhnaill", "Amélie de La Fontaine, RN" set in the page's large type: a name in
    # capitals, with a nickname in brackets or letters after it
    if lines[k].size >= 16:
        found = _box_name([_ASIDE.sub(" ", text).strip()])
        if found.value or len(text.split()) != 1:
            return found
        # "Wiranto" (wiranto75@…): one name, as Indonesians and others may have, that the seeker's address spells
        spelt = len(text) >= 3 and fold(text) in _seekers_local_part(lines, links=True)
        if spelt and name_like(text) and not is_place(text) and not heading_kind(text):
            return Scored(value=text, confidence=0.6)
    return Scored()


def _name_in_largest_cell(lines: list[Line], biggest: float) -> Scored:
    """ "Andrés Felipe" (26 pt) over "Rojas Mejía" (36 pt) in the cell beside a sidebar read before it: the CV's
    largest type in a table's cell, with the large line over or under it in that cell (a design may set the given and
    the family names in two sizes), read as a full name, is the name, less surely."""
    k = next((k for k, line in enumerate(lines) if line.area == "table" and line.size == biggest), None)
    if k is None or biggest < 20:
        return Scored()
    cell = lines[k].id.rsplit("p", 1)[0]
    large = [
        line
        for line in lines[max(k - 1, 0) : k + 2]
        if line.area == "table" and line.id.rsplit("p", 1)[0] == cell and line.size >= max(20.0, biggest * 0.6)
    ]
    return _box_name([_ASIDE.sub(" ", _unspaced(line.text)).strip() for line in large])


def _box_name(words: list[str]) -> Scored:
    name = " ".join(" ".join(words).split())
    name = _without_credentials(name, True) if "," in name else name  # "Chidi Okonkwo, CFA"
    caseless = name[:1].lower() == name[:1].upper()  # "王小明": one word in a script without capitals
    full = 2 <= len(_named(name)) <= 5 or (caseless and len(name.split()) == 1)
    # "IOANA-CRISTINA POPESCU": words in capitals look like an acronym's to the organisation table
    sure = full and name_like(name) and not is_place(name) and org_score(name.title()) == 0
    return Scored(value=name, confidence=0.7) if sure and not heading_kind(name) else Scored()


def _lower_case_name(candidates: list[Line]) -> Scored:
    """Nothing else reads as a name: the first line of the page (or of its header) set apart as a name is (the
    Title style, a style named for the name, bold or a large font), in words that would be a name if they were
    capitalised ("d. Darnell whitfield", "jane doe", as some designs write it), is the name, unsurely."""
    firsts = []
    for area in ("header", "body"):
        own = [x for x in candidates if (x.area == "header") == (area == "header") and not _not_a_name(x)]
        firsts += own[:1]
    for line in firsts:
        text = _first_piece(_ASIDE.sub(" ", _unspaced(line.text.strip())))  # "jane doe<TAB>jane@example.org"
        capitalised = " ".join(w[:1].upper() + w[1:] for w in text.split())
        apart = _set_apart(line) or line.bold or "name" in line.style.lower()
        if (
            apart
            and len(text.split()) >= 2
            and name_like(capitalised)
            and not is_place(capitalised)
            and org_score(capitalised.title()) == 0  # "john SMITH": a family name in capitals is no acronym
            and not heading_kind(text)
        ):
            return Scored(value=text, confidence=0.5)
    return Scored()


_NO_NAME_SECTIONS = frozenset([*ROLE_SECTIONS, "education", "skills", "languages", "projects", "certifications"])


def _name_set_apart(sections: list[Section]) -> Scored:
    """No name at the top: a full name set apart early in the CV (in a text box or table of a sidebar, in the
    Title style or a large font) is most likely the seeker's, though less surely."""
    # not under a heading of the seeker's history or skills, where a set-apart line names a post, a school or a skill
    early = [line for s in sections[:4] if s.kind not in _NO_NAME_SECTIONS for line in s.lines][:20]
    for line in early:
        first = _name_in_row(line) if _table_row(line) else _first_piece(line.text)  # not "Git<TAB>Advanced"
        # a list's item is one of many ("Financial Reporting" among the skills of a sidebar's table), no name
        apart = not line.is_list and (line.area in ("textbox", "table") or line.style == "Title" or line.size >= 16)
        first = _without_credentials(first, apart) if "," in first else first  # "Dr. Ana Ruiz, PhD" in a sidebar
        if apart and person_name(first):
            return Scored(value=first, confidence=0.7)
    return Scored()


def _name_over_contacts(sections: list[Section]) -> Scored:
    """No name at the top: a line early in the CV that reads as a person's name right over an e-mail address or a
    phone number (a CV that opens with "About Me", its name and contacts under the profile) is most likely the
    seeker's, unsurely. Referees' names over their contacts are not."""
    early = [line for s in sections[:4] if s.kind != "referees" for line in s.lines][:25]
    for k, line in enumerate(early):
        first = _first_piece(line.text)
        # right below, or below a few short fields of the same block ("Edad: 21 años", "Dir: Cll 1 #2-34", "Tel: …")
        near = early[k + 1 : k + 3]
        fields = list(itertools.takewhile(lambda x: len(x.text.split()) <= 10, early[k + 1 : k + 5]))
        below = fields if len(fields) > len(near) else near
        if person_name(first) and any(EMAIL.search(x.text) or find_phones(x.text) for x in below):
            return Scored(value=first, confidence=0.7)
    return Scored()


def _name_its_address_spells(sections: list[Section]) -> Scored:
    """No name at the top or over the contacts: a line anywhere outside the referees' part that reads as a full name
    whose every word the seeker's e-mail address spells ("Sasha Lindqvist" in a sidebar's box anchored at the end of
    the page, sasha.lindqvist@… at its top), unsurely."""
    lines = [line for s in sections if s.kind != "referees" for line in s.lines]
    local = _seekers_local_part(lines)
    for line in lines if local else []:
        first = _first_piece(line.text)
        words = [fold(w) for w in re.split(r"[\s'’-]+", first) if fold(w) not in _PARTICLES]
        if person_name(first, local) and all(len(w) >= 2 and w in local for w in words):
            return Scored(value=first, confidence=0.6)
    return Scored()


# "Place: Pune", "Date:", "Yours faithfully,": a short label or a letter's close, the lines a signature sits under
_SIGNING_LINE = re.compile(r"^[^\W\d][\w .]{0,14}[:：]\s*[\w /.,-]{0,20}$|^[^\W\d][\w ]{0,20},$")
_BRACKETED = re.compile(r"^\((.+)\)$")


# sections whose lines list things (posts, degrees, skills, languages, people to ask), no signature
_LISTING_SECTIONS = ROLE_SECTIONS | {"education", "skills", "languages", "certifications", "projects", "referees"}


def _signing(text: str) -> bool:
    """A signing line, not another person's name label ("Father's Name:", "Nom du père :")."""
    words = {fold(w) for w in re.findall(r"\w+", text)}
    return bool(_SIGNING_LINE.match(text.strip())) and not words & (_WHOLE_LABELS | _GIVEN_LABELS | _FAMILY_LABELS)


def _signed_name(sections: list[Section]) -> Scored:
    """No name at the top: the name signed at the CV's end, under a declaration, set apart in brackets or after
    a signing line ("Place: Pune" / "Date:" / "(SIDDHARTH RAO)", "Place: Pune<TAB><TAB>Siddharth Rao", "Yours
    faithfully," / "Siddharth Rao"; never in a section that lists posts, studies, skills or referees), or a full
    name opening the page's footer ("Fiona MacLeod – Page 1"); unsurely."""
    body = [s for s in sections if s.kind != "footer"]
    if body and body[-1].kind not in _LISTING_SECTIONS and body[-1].lines:
        tail = body[-1].lines[-2:]
        last = tail[-1].text.strip()
        *label, signed = [p.strip() for p in _FIELD_GAP.split(last) if p.strip()] or [""]
        bracketed = _BRACKETED.match(signed)
        signing = all(_signing(x) for x in label) if label else len(tail) > 1 and _signing(tail[-2].text)
        name = bracketed.group(1).strip() if bracketed else signed
        # "SIDDHARTH RAO": words in capitals look like an acronym's to the organisation table
        if (bracketed or signing) and person_name(name.title() if name.isupper() else name):
            return Scored(value=name, confidence=0.6)
    feet = [s.lines[0].text for s in sections if s.kind == "footer" and s.lines]
    name = _first_piece(feet[0]) if feet else ""
    return Scored(value=name, confidence=0.6) if person_name(name) else Scored()


# ------------------------------------------------------------------ contacts


_AT_WORD = re.compile(r"\s*[\[(]\s*at\s*[\])]\s*", re.I)
_DOT_WORD = re.compile(r"\s*[\[(]\s*dot\s*[\])]\s*", re.I)
# "jane.doe at example dot com": the same in plain words (a "dot" after the domain says it is an address)
_DOT_SPELLED = re.compile(r"\s+dot\s+", re.I)
_SPELLED_EMAIL = re.compile(r"(?<![\w.+-])([\w.+-]+)\s+at\s+([\w-]+(?:\s+dot\s+[a-z]{2,})+)\b", re.I)


_PIECES = re.compile(r"(\s*[|•·\t,;]\s*|\s{3,})")  # the pieces of a contact line, the separators kept


def _unspelled(piece: str) -> str:
    """ "jane.doe at example dot org" -> "jane.doe@example.org" in a short piece of a contact line (not in a
    sentence: "moved the shop at example dot com in a year")."""
    if len(piece.split()) > 8:
        return piece
    return _SPELLED_EMAIL.sub(lambda m: m.group(1) + "@" + _DOT_SPELLED.sub(".", m.group(2)), piece)


# "hanako_sato＠yahoo.co.jp": the full-width at sign (and full stop) of a CJK keyboard, or one typed so robots miss it
_FULL_WIDTH_MAIL = str.maketrans({"＠": "@", "．": "."})


def _unmasked(text: str) -> str:
    """The line with an address written so robots miss it ("robin.marlowe[at]example[dot]org", "jane (at) x.org",
    "jane at example dot org", "hanako＠yahoo.co.jp") written as an address."""
    text = _DOT_WORD.sub(".", _AT_WORD.sub("@", text.translate(_FULL_WIDTH_MAIL)))
    return "".join(_unspelled(piece) for piece in _PIECES.split(text))


def _add_emails(out: ContactOutline, text: str) -> None:
    text = _unmasked(text)
    for m in EMAIL.finditer(text):
        # "name@gmail.comSukuta": a run glued to the address is not part of it
        email = re.sub(r"(\.(?:com|org|net|edu|gov|io|co|uk|de|fr|ru|in|au|me))[A-Z]\w*$", r"\1", m.group(0))
        if email not in out.emails and not _PLACEHOLDER_EMAIL.match(email):
            out.emails.append(email)


# "your.email@example.com", "name@domain.com": an unfilled template's address, no one's (a seeker's own address at
# example.org, as in a made-up CV, has a name of its own before the "@")
_PLACEHOLDER_EMAIL = re.compile(
    r"^(?:your[._-]?(?:e-?mail|mail|name|address|id)?\d*@.+"
    r"|(?:you|e-?mail|name|user(?:name)?|first[._-]?(?:name)?[._-]?last(?:name)?)@(?:your)?(?:example|domain|email|mail)\.(?:com|org|net)$)",
    re.I,
)


def _placeholder_digits(digits: str) -> bool:
    """ "+00 (0)00 000 0000", "123-456-7890": a template's placeholder (one digit over and over, or ten digits
    counted up), or a number blanked out, is no phone; "12 34 56 78", eight, may be a local number of its own."""
    return len(set(digits)) <= 1 or (len(digits) >= 10 and digits in "0123456789012")


def _phone_kept(bare: str, phone: str, plain_ok: bool) -> bool:
    if _placeholder_digits(phone_digits(phone)):
        return False
    at = bare.find(phone)
    before = bare[max(at - 2, 0) : max(at, 0)]
    if _labelled_otherwise(bare[:at], phone):
        return False  # "National ID: 1234 5678 9012", "Fax: +44 …": a number that says it is no phone
    if _POST_BOX.search(bare[:at]):
        return False  # "P.O. BOX 10000-00400": a post box and its postcode (Kenya's form), not a phone number
    second = (before.endswith("/") and before[:1].isdigit()) or _after_a_phone(bare[: max(at, 0)], phone)
    listed = before == " -"  # "3275121415 -8231461": a spaced dash lists another number
    if before[-1:] in ("_", "@") or (before[-1:] == "-" and not listed) or (before.endswith("/") and not second):
        return False  # "in/alex-kichigin-294706161": an id in a handle, not a phone number
    if phone.isdigit() and not (plain_ok or second):
        return False  # "Tehran 1731783685" on an address line: a postcode, not a phone number
    return not _a_date(phone) and not _DAY_DATE.search(phone) and not _AMOUNTS.fullmatch(phone)


def _a_date(phone: str) -> bool:
    """ "2019 - 2021", "03/2019 05/2021": dates read as a number; not "+39 305 686 1954", a phone whose last group
    reads as a year, among groups that read as none."""
    date = find_dates(phone)
    if date is None:
        return False
    return not date.single or all(re.fullmatch(r"(?:19|20)\d\d", g) for g in re.findall(r"\d+", phone))


_PHONE_THEN_COMMA = re.compile(rf"({PHONE.pattern}),\s*$")


def _after_a_phone(head: str, phone: str) -> bool:
    """ "(+91) 8655141482, 7365004616": a number as long as the phone a comma lists it after is a second phone."""
    m = _PHONE_THEN_COMMA.search(head)
    return m is not None and abs(len(phone_digits(m.group(1))) - len(phone_digits(phone))) <= 2


# A post box's words right before its number ("P.O. Box", "PO BOX", "Postfach", "Caixa Postal", "Apartado", "B.P.")
_POST_BOX = re.compile(
    r"(?i)(?:\bp\.?\s?o\.?\s*box|\bpost\s+office\s+box|\bpostfach|\bcaixa\s+postal|\bapartado(?:\s+postal)?"
    r"|\bb\.\s?p\.?)\s*(?:no\.?|n[º°]|#)?\s*[:.]?\s*$"
)


# "45.000 – 55.000", "60,000-70,000": a range of amounts (a salary), each written in thousands
_AMOUNTS = re.compile(r"\d{1,3}(?:[.,]\d{3})+\s*-\s*\d{1,3}(?:[.,]\d{3})+")


# The label right before a number ("Passport No.: ", "ID: ", "Fax: "), in its own piece of the line
_LABEL_BEFORE = re.compile(r"([^\W\d][\w .()/-]{0,30}?)\s*[:：]\s*(?:[A-Z]{1,3}\s*)?$")  # "VAT No.: GB 123 …"
# Words that may label a phone number: phone words, "Contact", "Home", "GSM", "No. HP", and in other scripts
_CONTACT_WORDS = re.compile(
    rf"\b(?:{_PHONE_WORDS}|contact|kontakt|home|work|office|fixe|domicile|privat|personal|casa|landline|gsm|hp"
    r"|handphone|cep|m[oó]vel|natel|puhelin|tfn|тел|моб|τηλ|điện thoại|đt)"
    rf"|{_PHONE_WORDS_UNSPACED}",
    re.I,
)


# "C.C. 1098473615", "D.N.I. 12345678", "R.G. 12.345.678-9": an identity document's initials before its number
_ID_INITIALS = re.compile(
    r"(?:^|[\s(])(?:c\.\s?[ci]|d\.\s?n\.\s?i|r\.\s?g|t\.\s?i|n\.\s?i\.\s?t)\.?\s*(?:n[º°o]\.?\s*)?$", re.I
)


# "Fax: +44 20 …", "Fax(es)<TAB>+33 1 …" (Europass's label cell): a fax number's own label, no phone word with it
# "Fax" in scripts other than the Latin, shared by a fax's own label and the labels of numbers that are no phone
_FAX_WORDS = "факс|φαξ|传真|傳真|ファックス|ファクス|팩스|فاكس|פקס|फैक्स|แฟกซ์"
_FAX_LABEL = re.compile(
    rf"(?:\b(?:tele)?fax(?:\(es\)|es)?|\b(?:tele)?faks|{_FAX_WORDS})"
    r"\s*(?:no\.?|n[º°]\.?)?\s*[:.：]?\s*$",
    re.I,
)


def _labelled_otherwise(before: str, phone: str) -> bool:
    """The number's label says it is something else: an identifier's (not before a number written "+44" or
    "(0)…", as only phones are), or a fax's (any number)."""
    piece = re.split(r"[|•·,;⋄◆♦]|\s{3,}(?=\S)", before)[-1]
    if _FAX_LABEL.search(piece) and not PHONE_WORD.search(piece):
        return True
    return not phone.startswith(("+", "(")) and _other_label(before)


def _other_label(before: str) -> bool:
    """The number's own label says something else than a phone ("National ID:", "Passport No.:", "PAN:")."""
    piece = re.split(r"[|•·,;\t⋄◆♦]|\s{3,}", before)[-1]
    if _ID_INITIALS.search(piece):
        return True
    m = _LABEL_BEFORE.search(piece)
    if m is None or len(m.group(1).strip(" .")) <= 2:
        return False  # a label of one or two letters is a sign ("M:", "T:", "Ph:"), never another kind of number
    # Only a label that names another kind of number rules the phone out: a label nobody listed ("Numéro:",
    # "Kontak:") is more often the seeker's own word for their phone than an identifier.
    return bool(_OTHER_NUMBER.search(m.group(1))) and not _CONTACT_WORDS.search(m.group(1))


# Labels of numbers that are no phone: identity, tax, account and registration numbers, codes, fax
_OTHER_NUMBER = re.compile(
    r"\b(?:passport|pasaporte|passeport|reisepass|id|ids|identity|identit[eé]|identidad|identidade|national|"
    r"social\s+security|ssn|sin|nin|vat|tax|tin|pan|aadhaa?r|nif|nie|dni|cpf|rg|cnpj|curp|rfc|cedula|c[eé]dula|"
    r"licen[cs]e|permit|account|iban|swift|bic|registration|reg|roll|enrol?ment|matr[ií]cula|student|employee|"
    r"staff|customer|order|invoice|isbn|issn|orcid|doi|zip|postcode|postal|pin\s*code|fax|birth|born|"
    r"steuer|ust|idnr|ausweis|personalausweis|sozialversicherung|codice\s+fiscale|partita|siret|siren|insee|"
    r"cart[aã]o\s+de\s+cidad[aã]o|bilhete\s+de\s+identidade|"
    # national identity and tax numbers of more countries, and a fax in other languages
    r"pesel|nip|regon|bsn|burgerservicenummer|kimlik|personnummer|henkil[öo]tunnus|cpr|f[øo]dselsnummer|amka|afm|"
    rf"nric|cnic|ktp|nik|cccd|cmnd|mykad|tfn|ird|снилс|инн|паспорт|faks|telefaks|t[ée]l[ée]copie|{_FAX_WORDS}|"
    r"주민등록번호|주민번호|여권번호|身份证号?|身份證號?|マイナンバー|個人番号)\b",
    re.I,
)


# "Atlanta, GA 30322-2240": a US ZIP+4 code after the state, not a phone number
_ZIP_PLUS_4 = re.compile(r"\b([A-Z]{2})\s+\d{5}-\d{4}\b")


# "0151 / 23456789": an area code, a slash, the number (as German CVs write it)
_AREA_SLASH = re.compile(r"(?<![\d/])(0\d{2,4})\s*/\s*(\d[\d ]{3,}\d)")


# "Mobile: 9123 4567", "Tel. 12 34 56 78": a number of eight digits (Singapore, Hong Kong, Denmark, Norway ...) is
# a phone only right after a phone word or sign; shorter than the nine digits a phone needs elsewhere
_SHORT_LABELLED = re.compile(
    rf"(?:\b(?:{_PHONE_WORDS})[\w.]*(?:\([\w-]{{1,4}}\))?|{_PHONE_WORDS_UNSPACED}|[☎📞📱✆])"  # "Telephone(s)"
    r"\s*[:.：]?\s*(\d[\d \-]{6,}\d)(?![\d\w])",
    re.I,
)


def _add_phones(out: ContactOutline, text: str, plain_ok: bool) -> None:
    # "(Contact: Mrs Ana Ruiz, Tel: +351912345678)": a number in brackets that name someone else is theirs
    text = _SOMEONE_ELSES.sub(" ", text)
    if EMAIL.search(text):
        # "555-0134 | jane@example.org | linkedin.com/in/jane": a local number as a field of the e-mail's line
        for field in _CONTACT_FIELDS.split(text):
            if _LOCAL_NUMBER.fullmatch(field.strip()) and field.strip() not in out.phones:
                out.phones.append(field.strip())
    # "5224863915(at)gmail.com": the digits of an address, however it is written, are no phone number
    bare = _ZIP_PLUS_4.sub(r"\1 ", URL.sub(" ", EMAIL.sub(" ", _unmasked(text))))
    bare = _AREA_SLASH.sub(r"\1 \2", bare)
    for phone in find_phones(bare):
        if phone not in out.phones and _phone_kept(bare, phone, plain_ok):
            out.phones.append(phone)
    _add_short_phones(out, bare, plain_ok)
    for phone in list(out.phones):
        at = bare.find(phone)
        second = _SECOND_LOCAL.match(bare, at + len(phone)) if at >= 0 else None
        if second and second.group(1) not in out.phones and 7 <= len(phone_digits(second.group(1))) <= 8:
            out.phones.append(second.group(1))  # "(00223) 75 14 39 50 / 93 09 37 26": a second, local number


# A short number written in a phone's groups ("660 1668", "9123 4567", "12 34 56 78")
_SHORT_ALONE = re.compile(r"\d{3}[ -]\d{4}|\d{4} \d{4}|\d{2}(?: \d{2}){3}")


def _add_short_phones(out: ContactOutline, bare: str, plain_ok: bool) -> None:
    """Numbers shorter than the nine digits a phone needs elsewhere: after a phone word ("Mobile: 9123 4567"), or
    alone on a line of the seeker's ("660 1668" under the name, a seven-digit number as Iceland's are)."""
    alone = bare.strip()
    if plain_ok and _SHORT_ALONE.fullmatch(alone) and not _a_date(alone) and alone not in out.phones:
        out.phones.append(alone)
    for m in _SHORT_LABELLED.finditer(bare):
        short = m.group(1)
        if _short_phone(short) and short not in out.phones and _phone_kept(bare, short, True):
            out.phones.append(short)


def _short_phone(text: str) -> bool:
    """Eight digits ("9123 4567"), or a North American local number of seven written "555-0143", after a phone
    word."""
    digits = len(phone_digits(text))
    return digits == 8 or (digits == 7 and re.fullmatch(r"\d{3}[-\s]\d{4}", text.strip()) is not None)


_SOMEONE_ELSES = re.compile(r"\((?=[^()]*\b[A-Z][\w ]{2,30}:\s*[A-Za-zÀ-ÖØ-öø-ÿ])[^()]*\d[^()]*\)")
_CONTACT_FIELDS = re.compile(r"\s*[|•·\t]\s*")
_LOCAL_NUMBER = re.compile(r"\d{3}-\d{4}")


# A second number after a full one, a slash between: "… 39 50 / 93 09 37 26"
_SECOND_LOCAL = re.compile(r"\s*/\s*(\d[\d \-]{5,}\d)(?![\d\w])")


# the fields of a line: parted by tabs, pipes or a wide gap (`_FIELD_GAP`: "Robin Lee<many spaces>7840738040")
_FIELDS = re.compile(rf"\t+|\s+\|\s+|{_FIELD_GAP.pattern}")


def _labelled(section: Section, k: int, text: str) -> bool:
    """A line that says it holds contacts: a phone label or sign, an e-mail address, "|" separators, "Phone"
    above, or a field (the line, or a tab- or pipe-separated part of it) holding nothing but a phone number
    outside the roles ("+55 (11) 98765-4321" alone in a sidebar)."""
    return bool(
        _PHONE_LABEL.search(text)
        or _PHONE_SIGN.search(text)
        or (
            section.kind not in ROLE_SECTIONS
            and any(_only_a_phone(field) for field in _FIELDS.split(text))  # "5年经验<TAB>14520276319"
            and not _after_address(section, k)
        )
        or EMAIL.search(text)
        or "|" in text
        or (k and PHONE_WORD.search(section.lines[k - 1].text))
        or _short_beside_an_address(section, k, text)
    )


def _short_beside_an_address(section: Section, k: int, text: str) -> bool:
    """ "660 1668" alone over "Email: gudrun@…": a short number in a phone's groups among the seeker's contact
    lines (an e-mail address on the line above or below) is a phone (alone elsewhere it may be anything)."""
    if section.kind not in ("top", "contact", "footer") or not _SHORT_ALONE.fullmatch(text.strip()):
        return False
    return any(EMAIL.search(line.text) for line in section.lines[max(k - 1, 0) : k + 2])


# "T: +44 20 ...", "M. (212) 555-0143"; not an initial before a year in a citation ("DeDomenico, M. (2016).")
_PHONE_SIGN = re.compile(r"[☎📞📱✆]|(?:^|\s)[TMP]\s*[:.]\s*(?:\+|\d|\(\+?\d{1,4}\)\s*\d)")


def _after_address(section: Section, k: int) -> bool:
    """A phone number alone under an address line is that address's (a school's, an employer's), where a sentence
    stands over the address no name is (the seeker's own: "Jag har referenser …" / "Bergsvägen 14" / a phone)."""
    if k < 1 or not is_street_address(section.lines[k - 1].text):
        return False
    above = section.lines[k - 2].text.strip() if k >= 2 else ""
    return not (len(above.split()) >= 6 and above.endswith((".", "!", ":")))


def _only_a_phone(text: str) -> bool:
    """A line that holds a phone number and nothing else ("+55 (11) 98765-4321", "9876543210")."""
    phones = find_phones(text)
    rest = text
    for phone in phones:
        rest = rest.replace(phone, " ")
    return len(phones) == 1 and not rest.strip(" ,;|/")


def read_contacts(sections: list[Section], name: str | None = None) -> ContactOutline:
    """The seeker's contacts; `name` is the seeker's name as read from all the CV's lines (a name in a text box
    anchored late is found only so), read here from the sections when not given."""
    out = _contacts_of(list(_seekers_lines(sections, name)))  # read once: the name tells the seeker's lines apart
    if not (out.emails or out.phones):
        # none anywhere else: a references section that names nobody may hold the seeker's own address block
        out = _contacts_of(list(_seekers_lines(sections, name, unnamed_referees=True)))
    return out


def _contacts_of(seekers: list[tuple[Section, int, Line]]) -> ContactOutline:
    out = ContactOutline()
    for at, (section, k, line) in enumerate(seekers):
        text = _POSTCODE_DASH.sub(r"\1 · ", line.text).replace("–", "-").replace("—", "-").translate(_SPACES)
        _add_emails(out, _with_cut_address(text, seekers[at + 1 : at + 2], section, k))
        labelled = _labelled(section, k, text)
        bare = _contacts_alone(text)
        trusted = _trusted(section, line)
        if not (trusted or labelled or bare):
            continue
        # in a role: the employer's office; in an education entry: the school's switchboard ("University of Lagos,
        # Ikeja · Tel. +234 1 …"); under an address line below the top: that address's (a school's)
        school = section.kind == "education" and has_org_word(PHONE.sub(" ", EMAIL.sub(" ", text)))
        if trusted or bare or (section.kind not in ROLE_SECTIONS and not school and not _after_address(section, k)):
            _add_phones(out, text, section.kind in ("contact", "footer") or labelled or line.area == "header" or bare)
        _add_links(out, text)
    for section, k, line in seekers:  # after the visible text, so an address shown wins over a link's
        _add_link_targets(out, line.links, _trusted(section, line) or _labelled(section, k, line.text))
    return out


# "กรุงเทพฯ 10110 — 084-423-0499", "Москва, 125009 — 8 924 …": a postcode (five digits or more right after a word
# or its comma), then a spaced dash parting the fields of the address line; not a phone's parts ("0800 – 123 456",
# "(62) 23075 – 0513")
_POSTCODE_DASH = re.compile(r"((?:(?<=[^\W\d_] )|(?<=[^\W\d_], ))\d{5,})\s+[–—]\s+(?=[+(\d])")


def _contacts_alone(text: str) -> bool:
    """ "camille.tanaka@example.org • +44 (0)08438 48740" at the foot of the last role: a line of nothing but an
    e-mail address and a phone number is a contact line wherever it stands; its address is read as the seeker's,
    and so is its phone."""
    if not EMAIL.search(text) or not PHONE.search(text):
        return False
    rest = PHONE.sub(" ", EMAIL.sub(" ", text))
    rest = re.sub(r"(?i)\b(?:e-?mail|mail|phone|tel|mobile|cell)\b\.?", " ", rest)
    return not any(c.isalnum() for c in rest)


# "Email: jane.doe@example." then "com" on the next line: a PDF turned into Word cuts an address at a line's end
_CUT_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.$")
_ADDRESS_END = re.compile(r"^[a-z]{2,6}(?:\.[a-z]{2,6})?(?![\w@.-])", re.I)


# "mattias.gustafsson" over "@example.org": the address broken before its "@", each half a paragraph of its own
_LOCAL_PART = re.compile(r"^[\w+-]+(?:\.[\w+-]+)*$")
_DOMAIN_LINE = re.compile(r"^@[\w-]+(?:\.[\w-]+)+$")


def _with_cut_address(text: str, after: list[tuple[Section, int, Line]], section: Section, k: int) -> str:
    """The line with the rest of an e-mail address cut at its end, when the next line of its section starts with it."""
    if after and _LOCAL_PART.match(text.strip()):
        nxt_section, nxt_k, nxt = after[0]
        if nxt_section is section and nxt_k == k + 1 and _DOMAIN_LINE.match(nxt.text.strip()):
            return text.strip() + nxt.text.strip()
    if not after or not _CUT_ADDRESS.search(text.rstrip()):
        return text
    nxt_section, nxt_k, nxt = after[0]
    end = _ADDRESS_END.match(nxt.text.strip())
    if nxt_section is not section or nxt_k != k + 1 or end is None:
        return text
    return text.rstrip() + end.group(0)


def _add_link_targets(out: ContactOutline, targets: tuple[str, ...], trusted: bool) -> None:
    """ "Email", "Call me", "LinkedIn" shown, the address only in the hyperlink: where the link leads is the
    contact (after what the visible text says; an e-mail wherever the seeker's lines are, a phone or a web address
    only where phones are trusted)."""
    for target in targets:
        at = target.lower().find("mailto:")
        if at > 0:  # "https://mailto:jane@example.org/": a builder that put a web scheme before the mail link
            target = target[at:].rstrip("/")
        scheme, _, rest = target.strip().partition(":")
        scheme = scheme.lower()
        if scheme == "mailto":
            address = unquote(rest.split("?")[0]).strip()
            known = {e.lower() for e in out.emails}
            if EMAIL.fullmatch(address) and address.lower() not in known and not _PLACEHOLDER_EMAIL.match(address):
                out.emails.append(address)
        elif scheme == "tel" and trusted:
            rest = rest.split(";")[0]  # "tel:+15555550123;ext=45": the extension is no part of the number
            number = unquote(rest[:1] + rest[1:].replace("+", " ")).strip()
            digits = phone_digits(number)
            if len(digits) >= 7 and not _placeholder_digits(digits) and not _shown(digits, out.phones):
                out.phones.append(number)
        elif scheme in ("http", "https") and trusted and URL.search(target):
            link = target.strip().rstrip("/")
            if _bare_url(link) not in {_bare_url(x) for x in out.links}:
                out.links.append(link)


def _shown(digits: str, phones: list[str]) -> bool:
    """The number a "tel:" link dials is one the page shows: "+4915162754100" behind "+49 (0) 151 62754100" (the
    trunk zero in brackets is not dialled from abroad)."""
    return any(digits in (phone_digits(p), phone_digits(p.replace("(0)", ""))) for p in phones)


def _bare_url(url: str) -> str:
    """ "https://www.linkedin.com/in/jdoe/" and "linkedin.com/in/jdoe" are one address."""
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url.strip().lower()).rstrip("/")


# Narrow, figure and thin no-break spaces and the no-break hyphen inside phone numbers ("+55 11 98765‑4321").
_SPACES = str.maketrans({"\u202f": " ", "\u2007": " ", "\u2009": " ", "\u2011": "-"})
_LABEL = re.compile(r"^[^\W\d][\w ]{0,24}:\s*")  # "Supervisor: Jane Smith", "Contact person: ..."
# Labels that say the line's contacts are another person's: a supervisor's, an adviser's, a referee's, the person to
# call in an emergency (English, German, French, Spanish, Portuguese, Italian, Dutch, Chinese, Japanese, Korean)
_OTHER_PERSON_LABEL = re.compile(
    r"^\W*(?:(?:thesis|phd|doctoral|research|academic)\s+)?(?:supervisor|co-supervisor|adviser|advisor|mentor|referee|"
    r"emergency\s+contact|in\s+case\s+of\s+emergency|contact\s+person|betreuer(?:in)?|doktorvater|doktormutter|"
    r"notfallkontakt|directeur\s+de\s+th[eè]se|directrice\s+de\s+th[eè]se|encadrant|director(?:a)?\s+de\s+tesis|"
    r"orientador(?:a)?|relatore|relatrice|promotor|begeleider|指导(?:教师|老师)|导师|指導教員|紧急联系人|지도\s*교수|"
    r"비상\s*연락처)\b[^:：]{0,20}[:：]",
    re.I,
)
_PERSON_TITLE = re.compile(r"^(?:dr|prof|mr|mrs|ms|miss|sr|sra|srta|dra|herr|frau|mme|m)\.?\s+", re.I)


def _trusted(section: Section, line: Line) -> bool:
    """The top of the document, its header and footer and a contact section hold the seeker's own details."""
    return section.kind in ("top", "contact", "footer") or line.area == "header"


def _seekers_lines(
    sections: list[Section], name: str | None = None, unnamed_referees: bool = False
) -> Iterator[tuple[Section, int, Line]]:
    """The lines that may hold the seeker's contacts: none under a referees heading (nor under the unknown
    headings after it, a referee's name dressed as one), none next to another person's name."""
    seeker = fold(read_name(sections).value if name is None else name)
    in_referees = False
    anyone = False  # whether the referees' sections so far name a person
    for n, section in enumerate(sections):
        if section.kind == "referees":
            anyone = not unnamed_referees or _names_someone(sections, n, seeker)
        in_referees = section.kind == "referees" or (in_referees and section.kind == "other")
        if in_referees and anyone:
            continue  # referees' emails and phones are theirs, not the seeker's
        for k, line in enumerate(section.lines):
            if _OTHER_PERSON_LABEL.match(line.text) and not _seekers_email(line.text, seeker):
                continue  # "Emergency contact: Anna Müller (spouse), +49 …" in the contact box: hers, not the seeker's
            mine = _trusted(section, line) or _seekers_email(line.text, seeker)
            if mine or not (_near_another_person(section, k, seeker) or _inside_a_role(section, k, seeker)):
                yield section, k, line


def _inside_a_role(section: Section, k: int, seeker: str) -> bool:
    """ "Tel: 021 477 1234 | info@anchorinn.example.ie" under "Bar Manager, The Anchor Inn", with the role's duties
    after it: a contact line inside a role is the employer's office (one at the foot of the last role, after all
    its lines, may be the seeker's, moved there by the page's layout; so is one that names the seeker)."""
    inside = section.kind in ROLE_SECTIONS and 0 < k < len(section.lines) - 1
    return inside and not (seeker and seeker in fold(section.lines[k].text))


def _names_someone(sections: list[Section], n: int, seeker: str) -> bool:
    """The referees section at `n` (with the unknown headings after it, a referee's name dressed as one) names a
    person other than the seeker. One that names nobody ("References available on request" over the seeker's own
    address block, a side column read after it) lists no one whose contacts its lines could be."""
    texts = [line.text for line in sections[n].lines]
    for section in sections[n + 1 :]:
        if section.kind != "other":
            break
        texts += [section.title, *(line.text for line in section.lines)]
    for text in texts:
        bare = _PERSON_TITLE.sub("", _LABEL.sub("", text.strip()))
        for piece in re.split(r"[,;|\t()–—]| - | {2,}", bare):  # "Diana Castaño (Hermana)", "Jane Doe – Manager"
            piece = piece.strip()
            piece = piece.title() if piece.isupper() else piece  # "JOHN SMITH" set in capitals
            if person_name(piece) and fold(piece) != seeker:
                return True
    return not texts


# Sections where a supervisor or referee may be named without a heading of their own; elsewhere (skills,
# languages, a profile) a capitalised pair of words is a skill or a title, and only "Dr."/"Supervisor:" says person.
_PEOPLE_SECTIONS = frozenset(["other", "experience", "volunteering", "projects", "interests"])


def _seekers_email(text: str, seeker: str) -> bool:
    """An e-mail address that holds the seeker's family name ("jane.doe@..." or "jdoe@..." for Jane Doe) is
    theirs (a given name alone could be a referee's too)."""
    family = re.findall(r"\w+", seeker)[-1:]
    return any(len(n) >= 3 and n in fold(m.group(0)) for m in EMAIL.finditer(text) for n in family)


_BRACKETED_ADDRESS = re.compile(r"\s*[(<\[][^()<>\[\]]*@[^()<>\[\]]*[)>\]].*")


# An address's label or a street's word before its name, in the languages CVs are written in
_ADDRESS_FIELD = re.compile(
    r"(?i)^(?:(?:address|adresse|adres|endereço|morada|dirección|direccion|domicilio|indirizzo|anschrift|adresa"
    r"|adressi|osoite)\s*[:：]|(?:rua|avenida|av\.|calle|c/|carrer|via|viale|rue|chemin|strada|ulica|ul\.)\s)"
)


def _near_another_person(section: Section, k: int, seeker: str) -> bool:
    """ "Dr. Jane Smith" on the line or one of the two lines above an e-mail or phone: that person's, not the
    seeker's."""
    for line in section.lines[max(k - 2, 0) : k + 1]:
        # each field of a line set out in columns ("1605 Executive Dr.<TAB>Supervisor: Lee Carter")
        for text in (t.strip() for t in _FIELD_GAP.split(line.text) if t.strip()):
            if _ADDRESS_FIELD.match(text):
                continue  # "Endereço: Rua Exemplo, 12": a street's name, not a person's
            if _OTHER_PERSON_LABEL.match(text):
                return True  # "Supervisor: Dr فاطمة الزهراء, office@…": the label says whose, in any script
            bare = _PERSON_TITLE.sub("", _LABEL.sub("", text))
            if bare == text and section.kind not in _PEOPLE_SECTIONS:
                continue  # no "Dr." nor "Supervisor:" before it, where names of others are rare
            # "Mary Walsh (mary@…)", "Mary Walsh <mary@…>": the person's address in brackets after the name
            first = _first_piece(_BRACKETED_ADDRESS.sub("", bare)).split(",")[0].strip()
            if person_name(first) and fold(first) != seeker:
                return True
    return False


def person_name(text: str, spelt: str = "") -> bool:
    """A person's name: two to four words, each starting with a capital ("Jane Smith", "Ana de la Cruz"); `spelt` as
    for `name_like`."""
    words = [w for w in text.split() if fold(w) not in _PARTICLES]
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and name_like(text, spelt)
        and not is_place(text)
        and org_score(text) == 0
        and not EMAIL.search(text)
    )


def contact_doubts(sections: list[Section], name: str | None = None) -> list[str]:
    """An e-mail or phone found only deep in the CV (not at its top, in its header, in a contact section or
    after a label) may be someone else's: the reading is then not sure of the seeker's contacts."""
    sure = unsure = False
    for section, k, line in _seekers_lines(sections, name):
        text = line.text.translate(_SPACES)
        if not (EMAIL.search(text) or find_phones(text)):
            continue
        if _trusted(section, line) or _labelled_by_word(section, k, text):
            sure = True
        else:
            unsure = True
    return ["the e-mail or phone was found only far from the top of the CV"] if unsure and not sure else []


def _labelled_by_word(section: Section, k: int, text: str) -> bool:
    """ "Email: ...", "Tel: ...", "☎ ...", or "Phone" on the line above."""
    return bool(
        _PHONE_LABEL.search(text)
        or _PHONE_SIGN.search(text)
        or _EMAIL_LABEL.search(text)
        or (k and PHONE_WORD.search(section.lines[k - 1].text))
    )


_EMAIL_LABEL = re.compile(r"\b(?:e-?mail|correo|courriel|mail)\b", re.I)


def _add_links(out: ContactOutline, text: str) -> None:
    for m in URL.finditer(EMAIL.sub(" ", text)):
        if m.group(0) not in out.links:
            out.links.append(m.group(0).rstrip("./"))
