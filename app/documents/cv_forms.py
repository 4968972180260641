"""Roles written as a form: a label, then its value ("Dates<TAB>01/2019 – 03/2021", "Occupation or position
held<TAB>Process Engineer", "Employer: Siemens AG"), as Europass CVs and many European templates write them.

Each role is the run of labelled lines from one "dates" label to the next; its title and employer are the values
of their labels, whatever order the lines come in, and the unlabelled or other labelled lines are its bullets.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA

from app.documents.cv_dates import find_dates
from app.documents.cv_vocab import role_score
from app.documents.text import fold

# Label words by field, in English, German, French, Spanish, Portuguese, Dutch and Italian, and the commonest in
# Polish, Czech, Slovak, the Nordic languages, Finnish and Turkish (matched folded): each language's word for the
# post ("Função", "Stelle", "Tjänst", "Görev"), the firm ("Şirket", "Företag", "Bedrijf", the Turkish Europass'
# "İşverenin adı ve adresi") and the dates ("Tarih").
_LABELS = {
    # a project's name under a role ("Project Title: Radian6", "Projet : ..."): its own fields that follow
    # ("Client:", "Duration:") are the project's, not a new role's (checked before "title": "Project Title")
    "project": r"proje[ck]?t(?:\s+(?:title|name))?|proyecto|projeto|progetto|projekt(?:name)?",
    "dates": r"dates?|datas|daty|period|periode|périodes?|zeitraum|fechas?|periodo|duration|dauer|datum"
    r"|von\s*[-–/]\s*bis|okres"
    r"|obdobi|tidsperiod|ajanjakso|donem|tarih(?:ler)?"
    r"|from\s*[-–/]\s*to|tiempo\s+(?:laborado|de\s+servicio|trabajado)|tempo\s+de\s+servico"
    # Chinese, Japanese and Korean forms ("时间：2025/2/7——至今", "在职时间", "期間", "근무기간")
    r"|时间|時間|起止时间|起止時間|工作时间|在职时间|任职时间|期间|期間|기간|근무\s*기간|재직\s*기간"
    # Vietnamese, Indonesian, Russian, Ukrainian and Arabic forms ("Thời gian", "Masa kerja", "Период работы")
    r"|thoi\s+gian(?:\s+lam\s+viec)?|masa\s+kerja|период(?:\s+работы)?|срок\s+работы|период(?:\s+роботи)?"
    r"|الفترة|المدة|فترة\s+العمل",
    "title": r"occupation|position(?:\s+held)?|job\s+title|title|role|designation|function|fonction|poste|beruf"
    r"|funktion|position|cargo|profesion|puesto|functie|posizione|mansione|qualifica|ruolo|funzione|incarico|rol"
    r"|stanowisko|pozice|befattning|stilling|tehtava|unvan|funcao|funcion|stelle|tjanst|pozisyon|gorev|职位|職位|职务|職務|职称|職稱|岗位|崗位|担任职务|役職|직위|직책"
    r"|chuc\s+vu|chuc\s+danh|vi\s+tri|jabatan|posisi|должность|посада|المسمى\s+الوظيفي|الوظيفة|المنصب",
    # a label's noun may be inflected after the words it names ("Name und Adresse des Arbeitgebers", "Nazwa i adres
    # pracodawcy", "Název a adresa zaměstnavatele": the Europass labels' genitives)
    "employer": r"employer|company|organi[sz]ation|employeur|entreprise|arbeitgebers?|firma|unternehmens?|empresa"
    r"|empleador|empregador[a]?|werkgevers?|datore|azienda|institution|establishment|ente|pracodawc[ay]"
    r"|zamestnavatel[e]?|companie|angajator(?:ului)?"
    r"|arbetsgivare|arbejdsgiver|arbeidsgiver|tyonantaja|isveren(?:in)?|sirket(?:in)?|kurum|foretag|virksomhed|bedrijf|yritys"
    r"|公司|公司名称|公司名稱|单位|單位|工作单位|任职单位|就职单位|企业名称|会社名|勤務先|회사|회사명|근무처"
    r"|cong\s+ty|ten\s+cong\s+ty|đon\s+vi|noi\s+lam\s+viec|perusahaan|nama\s+perusahaan|instansi"
    r"|компания|организация|место\s+работы|работодатель|предприятие|компанія|організація|місце\s+роботи"
    r"|الشركة|اسم\s+الشركة|جهة\s+العمل|المؤسسة",
    # a consultant's form names the client the work was done for where an employee's names the employer; read as
    # the employer only in a form that names none ("Client: Acme Bank" under a role elsewhere is no employer)
    "client": r"client|klant|opdrachtgever|kunde|auftraggeber|cliente|customer",
    # what the work was ("Description<TAB>Software Engineer" over paragraphs of it): read for a title only
    "description": r"description|beschrijving|omschrijving|beschreibung|tatigkeit|descripcion|descricao"
    r"|descrizione|activites|activities|taken|aufgaben|tareas|missions?|responsibilities|faaliyet(?:ler)?"
    r"|sorumluluklar"
    # the old Europass's "Main activities and responsibilities" in its other languages ("Principais actividades e
    # responsabilidades", "Wichtigste Tätigkeiten und Zuständigkeiten", "Principali attività e responsabilità")
    r"|ac?tividades|attivita|activiteiten|tatigkeiten|responsabilidades|responsabilita|responsabilites"
    r"|zustandigkeiten|verantwoordelijkheden|obowiazki",
}
# matched against folded labels, whose Hangul syllables NFKD has parted into letters: the patterns are parted alike.
# A Chinese label may add "name" to its word, with no space ("职位名称", "单位名称", "岗位名稱").
_NAME_WORD = "(?:名称|名稱)?"
_LABEL_FIELD = {
    name: re.compile(rf"\b(?:{unicodedata.normalize('NFKD', words)}){_NAME_WORD}\b") for name, words in _LABELS.items()
}
# "Label<TAB>value", "Label: value", "Label：value", "Label – value" ("Cargo – Atendente", "Período – 2014 a 2017")
_SPLIT = re.compile(r"^\s*([^\t:]{2,60}?)\s*(?:\t+|:\s+|：\s*|\s[–—-]\s+)(.+)$")
_MIN_ROLES_FIELDS = 2  # a form names at least the dates and one of title or employer


@dataclass
class FormRole:
    dates: int  # the index of the line whose value holds the role's dates
    title: str = ""
    employer: str = ""
    place: str = ""
    lines: list[int] = field(default_factory=list)  # the labelled lines read into the fields
    body: list[int] = field(default_factory=list)


def _duties(value: str) -> bool:
    """ "Função: Recebimento e transferência de mercadorias.": a post's label before a sentence of what was done (a
    Brazilian form's "Função" names the duties as often as the post) labels no title; a title ends in no full stop."""
    return value.strip().endswith(".") and len(value.split()) >= 4 and not _ABBREVIATION_END.search(value.strip())


_ABBREVIATION_END = re.compile(r"\b(?:[A-Za-z]\.){2,}$|\b(?:Sr|Jr|Dr|Mgr|Asst|Mgmt|Dept)\.$")


def _only_dates(value: str) -> bool:
    span = find_dates(value)
    return span is not None and not (value[: span.begin] + value[span.finish :]).strip(" .,;")


def labelled(text: str) -> tuple[str, str] | None:
    """(field, value) of a "Label<TAB>Value" or "Label: Value" line whose label names a role's field."""
    m = _SPLIT.match(text)
    if m is None or len(m.group(1).split()) > 8:
        return None
    dashed = not re.search(r"[\t:：]", text[m.end(1) : m.start(2)])
    if dashed and len(m.group(1).split()) > 2:
        return None  # "Carnegie Institution for Science — Postdoctoral Fellow": a name before the dash, no label
    label = fold(m.group(1)).strip(" .")
    if role_score(label) >= 1:
        return None  # "Data Analyst<TAB>2016 – 2019" is a title beside its dates, no label
    if label == "data" and _only_dates(m.group(2)):
        # "Data<TAB>02-2023–04-2025": the old Europass's dates label in Dutch, Italian, Polish and Portuguese, a
        # label only before dates and nothing else ("Data<TAB>SQL, Python" lists skills; "Harbour Data Pty Ltd")
        return "dates", m.group(2).strip()
    for name, pattern in _LABEL_FIELD.items():
        # "Name and address of employer", "Occupation or position held": the whole label is about the field.
        if pattern.search(label) and not any(c.isdigit() for c in label):
            # "Paid Internship at Cirrascale Cloud Date: 7/10/2023 - …": a role line with its dates labelled
            if name == "dates" and len(label.split()) > 4 and pattern.search(label.split()[-1]):
                return None
            return None if name == "title" and _duties(m.group(2)) else (name, m.group(2).strip())
    misspelt = _misspelt_label(label)
    return (misspelt, m.group(2).strip()) if misspelt else None


# A form may give a role's start and end each a label of its own, on lines one after the other ("Fecha de ingreso:
# 04/04/2023" / "Fecha de retiro: Actualmente", "Data de admissão" / "Data de saída", "入社" / "退社"). Matched folded,
# the whole label; the value must be a date (or a word for now) for the line to count.
_START_WORDS = (
    r"start(?:ing)?\s+date|date\s+(?:started|of\s+joining|joined)|joining\s+date|started|start|from"
    r"|fecha\s+(?:de\s+)?(?:ingreso|inicio|entrada|alta)|ingreso|inicio|desde"
    r"|data\s+(?:de\s+)?(?:admissao|inicio|entrada)|admissao"
    r"|date\s+d['’]entree|date\s+de\s+debut|debut|eintritt(?:sdatum)?|beginn|startdatum|von"
    r"|data\s+di\s+(?:inizio|assunzione)|inizio|assunzione|begindatum|in\s+dienst|data\s+rozpoczecia|od"
    r"|baslangic\s+tarihi|giris\s+tarihi|дата\s+(?:начала|приема)|начало"
    r"|入社(?:日|年月)?|入职(?:时间|日期)|开始(?:时间|日期)|입사일|입사|시작일"
)
_END_WORDS = (
    r"end(?:ing)?\s+date|date\s+(?:left|of\s+leaving|ended)|leaving\s+date|left|ended|end|to|until"
    r"|fecha\s+(?:de\s+)?(?:retiro|salida|terminacion|finalizacion|fin|egreso|baja)|retiro|salida|egreso|hasta"
    r"|data\s+(?:de\s+)?(?:saida|demissao|termino|fim)|saida|demissao|termino|fim|ate"
    r"|date\s+de\s+(?:sortie|fin)|fin|austritt(?:sdatum)?|ende|enddatum|bis"
    r"|data\s+di\s+(?:fine|cessazione)|fine|cessazione|einddatum|uit\s+dienst|data\s+zakonczenia|do"
    r"|bitis\s+tarihi|cikis\s+tarihi|дата\s+(?:окончания|увольнения)|окончание"
    r"|退社(?:日|年月)?|退职|离职(?:时间|日期)|结束(?:时间|日期)|퇴사일|퇴사|종료일"
)
# matched against folded labels, whose Hangul syllables folding parts into letters: the words are parted alike
_START_LABEL = re.compile(unicodedata.normalize("NFKD", _START_WORDS))
_END_LABEL = re.compile(unicodedata.normalize("NFKD", _END_WORDS))
_LABEL_AND_VALUE = re.compile(r"^\s*([^\t:：]{1,40}?)\s*(?:\t+|:\s*|：\s*)(\S.*)$")


def _side_value(text: str, label: re.Pattern[str]) -> str | None:
    m = _LABEL_AND_VALUE.match(text)
    if m is None or not label.fullmatch(fold(m.group(1)).strip(" .")):
        return None
    return m.group(2).strip()


def start_and_end(first: str, second: str) -> str | None:
    """ "Fecha de ingreso: 04/04/2023" over "Fecha de retiro: Actualmente": the one range the two lines give
    ("04/04/2023 – Actualmente"), or None when they are no start and end of one role."""
    start, end = _side_value(first, _START_LABEL), _side_value(second, _END_LABEL)
    if not start or not end:
        return None
    joined = f"{start} – {end}"
    span = find_dates(joined)
    return joined if span is not None and not span.single and find_dates(start) is not None else None


def label_alone(text: str) -> str | None:
    """The field a line names when it is only a label ("Company", "Employer:"), its value on the next line."""
    label = fold(text).strip(" .:：\t")
    if not label or len(label.split()) > 3 or any(c.isdigit() for c in label) or role_score(label) >= 1:
        return None
    return next((name for name, pattern in _LABEL_FIELD.items() if pattern.fullmatch(label)), None)


# A form's label for where the work was ("City", "Ciudad", "Ort", "工作地点", "근무지"), matched folded, the whole label
_PLACE_LABEL = re.compile(
    unicodedata.normalize(
        "NFKD",
        r"(?:work\s+)?(?:city|town|location|place|place\s+of\s+work|country)|ciudad|ubicacion|lugar|localidad|pais"
        r"|cidade|local|localizacao|ville|lieu|pays|ort|standort|arbeitsort|land|citta|sede|luogo|plaats|locatie"
        r"|miasto|miejscowosc|sehir|il|konum|yer|город|место|местоположение|страна|місто|країна|đia điem|thanh pho"
        r"|kota|lokasi|tempat|negara|地点|工作地点|所在地|地點|工作地點|城市|勤務地|所在地|근무지|지역|소재지"
        r"|المدينة|الموقع|المكان|البلد",
    )
)


def place_label(text: str) -> bool:
    """Whether a line is only a form's label for the place of the work ("Ciudad", "Location:")."""
    return _PLACE_LABEL.fullmatch(fold(text).strip(" .:：\t")) is not None


# A form's labels for what else it asks of a post ("Department", "部门", "Reason for leaving", "Jefe inmediato"): no
# field of the role, but a label all the same, matched folded, the whole label
_OTHER_LABEL = re.compile(
    unicodedata.normalize(
        "NFKD",
        r"department|dept|division|team|unit|supervisor|reports?\s+to|reason\s+for\s+leaving|salary"
        r"|industry|sector|employment\s+type|headcount|team\s+size"
        r"|departamento|area|jefe(?:\s+inmediato)?|supervisor|motivo\s+de\s+(?:retiro|salida)|salario|sector|rubro"
        r"|setor|salario|motivo\s+da\s+saida|abteilung|bereich|vorgesetzter|branche|service|secteur|salaire"
        r"|reparto|settore|afdeling|dzial|departman|birim|отдел|подразделение|отрасль|зарплата|відділ|галузь"
        r"|phong\s+ban|bo\s+phan|divisi|departemen|bagian|القسم|الإدارة"
        r"|部门|部門|所在部门|所属|所属部署|部署|离职原因|離職原因|薪资|薪資|汇报对象|下属人数|公司规模|行业|公司性质|雇用形態|従業員数|業種"
        r"|부서|소속|연봉|퇴사\s*사유|업종|고용\s*형태",
    )
)


def form_label(text: str) -> bool:
    """Whether a line is only a form's label: of a role's field, of the place, or of what else a form asks."""
    folded = fold(text).strip(" .:：\t")
    return label_alone(text) is not None or place_label(text) or _OTHER_LABEL.fullmatch(folded) is not None


def _place_field(text: str) -> tuple[str, str] | None:
    """("place", value) of a form's "Ciudad<TAB>Córdoba" or "Location: Remote" line."""
    m = _LABEL_AND_VALUE.match(text)
    return ("place", m.group(2).strip()) if m is not None and place_label(m.group(1)) else None


# One-word labels, six letters or more, that a form may misspell by a letter ("Pediodo – Trabalho Atual")
_SPELT_LABELS = {
    "dates": ("periodo", "period", "duration", "zeitraum"),
    "title": ("position", "occupation", "designation", "puesto", "funktion", "fonction"),
    "employer": ("employer", "company", "empresa", "organisation", "organization", "employeur", "entreprise"),
}


def _misspelt_label(label: str) -> str | None:
    if " " in label or len(label) < 6:
        return None
    near = {name for name, words in _SPELT_LABELS.items() for w in words if OSA.distance(label, w, score_cutoff=1) <= 1}
    return near.pop() if len(near) == 1 else None


def form_roles(texts: list[str]) -> list[FormRole]:
    """The roles of a section written as a form; empty when the section is not one."""
    fields = [labelled(t) or _place_field(t) for t in texts]
    starts = [i for i, f in enumerate(fields) if f is not None and f[0] == "dates"]
    # "Company: …" / "Period: …" / "Project Title: …" / "Duration: …": a project's own dates under a role are no
    # role's (a form of projects alone keeps them: a consultant may list only projects)
    starts = [i for i in starts if not _projects_dates(fields, i)] or starts
    named = {f[0] for f in fields if f is not None and f[0] not in ("description", "project", "place")}
    if not starts or len(named) < _MIN_ROLES_FIELDS:
        return []
    # "Position: ...", "Company: ...", then "Period: ...": as many labelled lines as stand above the first dates
    # open every role.
    lead = 0
    while lead < starts[0] and fields[starts[0] - lead - 1] is not None:
        lead += 1
    bounds = [s - lead for s in starts] + [len(texts)]
    opening = _opening_lines(fields, starts)
    if opening is not None:  # "Empresa: ...", "Cargo: ...", a description, then "Tiempo laborado: ..." last
        bounds = [*opening, len(texts)]
    roles: list[FormRole] = []
    for k, dates in enumerate(starts):
        role = FormRole(dates=dates, lines=[dates])
        span = range(bounds[k], bounds[k + 1])
        kinds = {f[0] for i in span if (f := fields[i]) is not None}
        employer = "employer" if "employer" in kinds else "client"
        for i in span:
            f = fields[i]
            name = "employer" if f is not None and f[0] == employer else f[0] if f is not None else ""
            if i != dates and name in ("title", "employer", "place") and not getattr(role, name):
                setattr(role, name, f[1] if f is not None else "")
                role.lines.append(i)
            elif i > dates or (opening is not None and f is None and not _note_line(texts[i])):
                role.body.append(i)
        if not role.title:
            _title_from_description(role, range(bounds[k], bounds[k + 1]), fields)
        roles.append(role)
    _name_from_head_lines(roles, texts, fields, bounds)
    return roles


def _projects_dates(fields: list[tuple[str, str] | None], i: int) -> bool:
    """Whether the labelled line nearest above line i that names no client or description names a project."""
    above = (f[0] for f in reversed(fields[:i]) if f is not None and f[0] not in ("client", "description", "place"))
    return next(above, "") == "project"


def _note_line(text: str) -> bool:
    """ "Jefe inmediato: Hernán Quintero", "Teléfono: 3291102457", "(Funciones)": a labelled note or an aside in a
    form, not what the work was."""
    m = _SPLIT.match(text)
    return (m is not None and ":" in text[: m.end(1) + 2] and len(m.group(1).split()) <= 3) or (
        text.strip().startswith("(") and text.strip().endswith(")")
    )


def _opening_lines(fields: list[tuple[str, str] | None], starts: list[int]) -> list[int] | None:
    """Where each role opens in a form whose dates come last: the lines of the field the section opens with (an
    employer or a title), one above each dates line and none between a role's dates and the next role's opening."""
    first = next(((i, f[0]) for i, f in enumerate(fields) if f is not None), None)
    if first is None or first[0] == starts[0] or first[1] not in ("employer", "title"):
        return None
    kind = first[1]
    opens = [i for i, f in enumerate(fields) if f is not None and f[0] == kind]
    if len(opens) != len(starts) or starts[0] - first[0] <= 1:
        return None
    if not all(o < d for o, d in zip(opens, starts, strict=True)) or any(
        d > o for o, d in zip(opens[1:], starts[:-1], strict=True)
    ):
        return None
    return opens


def _title_from_description(role: FormRole, span: range, fields: list[tuple[str, str] | None]) -> None:
    """ "Client | Period | Location | Description": a form that names no title says what the work was under its
    description, whose first line, when a short name and no sentence ("Software Engineer", "Developer"), is the
    title the paragraphs under it describe."""
    for i in span:
        f = fields[i]
        if f is None or f[0] != "description":
            continue
        value = f[1].strip()
        if 0 < len(value.split()) <= 6 and not any(c.isdigit() for c in value) and not value.endswith((".", ":")):
            role.title = value
            role.lines.append(i)
            if i in role.body:
                role.body.remove(i)
        return


def _name_from_head_lines(
    roles: list[FormRole], texts: list[str], fields: list[tuple[str, str] | None], bounds: list[int]
) -> None:
    """ "Magazine Luiza" over "Cargo – Atendente" / "Período – 2014 a 2017": when every role of the form lacks the
    same field (the employer, or the title) and each has a short unlabelled line right above its labelled lines, that
    line is the missing field, taken out of the role above's lines."""
    for missing in ("employer", "title"):
        heads = [bounds[k] - 1 for k in range(len(roles))]
        if not all(
            not getattr(role, missing)
            and h >= 0
            and fields[h] is None
            and 0 < len(texts[h].split()) <= 8
            and not any(c.isdigit() for c in texts[h])
            and not texts[h].rstrip().endswith((".", ":"))
            for role, h in zip(roles, heads, strict=True)
        ):
            continue
        for k, (role, h) in enumerate(zip(roles, heads, strict=True)):
            setattr(role, missing, texts[h].strip())
            role.lines.append(h)
            if k and h in roles[k - 1].body:
                roles[k - 1].body.remove(h)
        return


# A table's header row names its columns: "Month/Year(s) | Position Title | Department | Institution".
# Folded (lower case, no accents); English, Spanish, Portuguese, French, Italian, German, Dutch, Polish, Turkish,
# Persian and Arabic.
_COLUMN_WORDS = {
    "dates": r"years?|dates?|period|months?|from|to|duration|when|fechas?|periodo|desde|hasta|anos?|datas?|"
    r"periode|annees?|zeitraum|datum|jahre?|von|bis|jaar|okres|lata|tarih|yil|donem|sure|"
    r"مدت|تاریخ|سال|المدة|الفترة|التاريخ|السنة",
    "title": r"title|position|role|rank|appointment|post|function|cargo|puesto|posicion|funcion|funcao|poste|"
    r"fonction|emploi|ruolo|mansione|qualifica|stelle|funktion|tatigkeit|beruf|functie|rol|baan|stanowisko|"
    r"funkcja|unvan|gorev|pozisyon|سمت|شغل|پست|عنوان شغلی|المسمى الوظيفي|الوظيفة|المنصب",
    "employer": r"institution|organi[sz]ation|employer|company|university|hospital|school|firm|agency|empresa|"
    r"organizacion|institucion|empleador|compania|empregador|instituicao|employeur|entreprise|societe|"
    r"etablissement|azienda|datore|ente|arbeitgeber|firma|unternehmen|werkgever|bedrijf|organisatie|"
    r"pracodawca|instytucja|isveren|sirket|kurum|kurulus|client|klant|opdrachtgever|kunde|auftraggeber|cliente|"
    r"ارگان|سازمان|شرکت|محل کار|موسسه|مؤسسه|الشركة|جهة العمل|المؤسسة",
}
# Chinese, Japanese and Korean column names, matched inside the cell's text (their words are not set apart by
# spaces; Korean "활동기간 | 소속 | 담당": period, affiliation, post)
_CJK_COLUMN_WORDS = {
    "dates": ("时间", "時間", "日期", "期间", "期間", "年月", "起止", "時期", "기간", "일자"),
    "title": ("职位", "職位", "职务", "職務", "岗位", "崗位", "役職", "担当", "직위", "직책", "직급", "담당", "역할"),
    "employer": (
        *("公司", "单位", "單位", "雇主", "会社", "勤務先", "機関", "机构", "機構"),
        *("소속", "회사", "근무처", "직장"),
    ),
}
_COLUMN_FIELD = {name: re.compile(rf"^(?:[\w\s]*\b)?(?:{words})\b") for name, words in _COLUMN_WORDS.items()}
# matched against the folded cell, whose Hangul syllables folding parts into letters: the words are folded alike
_CJK_COLUMN_FOLDED = {name: tuple(fold(w) for w in words) for name, words in _CJK_COLUMN_WORDS.items()}


def _column_field(text: str) -> str:
    for name, p in _COLUMN_FIELD.items():
        if text and p.search(text):
            return name
    return next((name for name, words in _CJK_COLUMN_FOLDED.items() if any(w in text for w in words)), "other")


def column_fields(cells: list[str]) -> list[str] | None:
    """What each column of a table holds, from its header row ("dates", "title", "employer" or "other"); None
    when the row is no header row (it holds a date, a long cell, or names neither a title nor an employer)."""
    out = []
    for cell in cells:
        text = fold(re.sub(r"\([^)]*\)", " ", cell)).strip(" :")
        if any(c.isdigit() for c in cell) or len(text.split()) > 4:
            return None
        out.append(_column_field(text))
    if "dates" not in out or not ({"title", "employer"} & set(out)) or out.count("other") > len(out) // 2:
        return None
    return out
