"""Dates as CVs write them: ranges, single months, seasons, "present", in several languages and orders.

`find_dates(text)` returns the date expression that anchors a role line: "Mar 2021 – Present",
"June – August 2019" (the start takes the end's year), "Summer 2009", "03/2019 - 11/2021", "2018.03.20 –
2018.06.29", "Since March 2019", "Novembre 2017 - Novembre 2019", "04.2017 – 06.2018", "2012", with its span
in the text and normalised `start`/`end` (`YYYY-MM`, `YYYY` or `present`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import babel.numbers
from rapidfuzz.distance import OSA

# Month names (and their common abbreviations and inflections) in English, French, German, Spanish, Swedish,
# Dutch, Italian, Portuguese and Russian, by number. Matched case-insensitively as word prefixes of at least 3 letters.
_MONTH_WORDS = {
    1: "january jan janvier janv januar jänner enero ene januari gennaio gen janeiro январь января янв",
    2: "february feb février fevrier févr fevr februar febrero februari febbraio fevereiro fev февраль февраля фев",
    3: "march mar mars märz maerz mrz mär marzo maart mrt março марта март мар",
    4: "april apr avril avr abril abr aprile апреля апрель апр",
    5: "may mai mayo maj mei maggio mag maio мая май",
    6: "june jun juin junio juni giugno giu junho июня июнь",
    7: "july jul juillet juil julio juli luglio lug julho июля июль",
    8: "august aug août aout agosto ago augusti augustus августа август авг",
    9: "september sep sept septembre septiembre settembre set setembro сентября сентябрь сен",
    10: "october oct octobre oktober okt octubre ottobre ott outubro октября октябрь окт",
    11: "november nov novembre noviembre novembro ноября ноябрь ноя",
    12: "december dec décembre decembre déc dezember dez diciembre dic dicembre dezembro декабря декабрь дек",
}
# Polish, Turkish, Czech, Romanian, Indonesian and Finnish, in full only (their short forms, "lis", "ara", "kas",
# "des", are everyday words), with and without their diacritics ("Ağustos", "Agustos"): typed CVs drop them.
_MORE_MONTH_WORDS = {
    1: "styczeń stycznia styczen ocak leden ledna ianuarie tammikuu tammikuuta",
    2: "luty lutego şubat subat únor února unor unora februarie helmikuu helmikuuta",
    3: "marzec marca mart maret březen března brezen brezna martie maaliskuu maaliskuuta",
    4: "kwiecień kwietnia kwiecien nisan duben dubna aprilie huhtikuu huhtikuuta",
    5: "maja mayıs mayis květen května kveten kvetna toukokuu toukokuuta",
    6: "czerwiec czerwca haziran červen června cerven cervna iunie kesäkuu kesäkuuta kesakuu kesakuuta",
    7: "lipiec lipca temmuz červenec července cervenec cervence iulie heinäkuu heinäkuuta heinakuu heinakuuta",
    8: "sierpień sierpnia sierpien ağustos agustos agustus srpen srpna elokuu elokuuta",
    9: "wrzesień września wrzesien wrzesnia eylül eylul září zari septembrie syyskuu syyskuuta",
    10: "październik października pazdziernik pazdziernika ekim říjen října rijen rijna octombrie lokakuu lokakuuta",
    11: "listopad listopada kasım kasim listopadu noiembrie marraskuu marraskuuta",
    12: "grudzień grudnia grudzien aralık aralik desember prosinec prosince decembrie joulukuu joulukuuta",
}
# Latvian's genitive, locative and dative ("kopš 2019. gada marta", "2019. gada martā", "līdz 2020. gada maijam")
_LATVIAN_MONTH_CASES = {
    1: "janvāra janvārī janvārim",
    2: "februāra februārī februārim",
    3: "marta martā martam",
    4: "aprīļa aprīlī aprīlim",
    5: "maija maijā maijam",
    6: "jūnija jūnijā jūnijam",
    7: "jūlija jūlijā jūlijam",
    8: "augusta augustā augustam",
    9: "septembra septembrī septembrim",
    10: "oktobra oktobrī oktobrim",
    11: "novembra novembrī novembrim",
    12: "decembra decembrī decembrim",
}


def _date_words() -> dict[str, list[tuple[str, str]]]:
    """CLDR's month names (in full and abbreviated, format and stand-alone), quarter names and words for today and
    now, in the languages CVs are written in (`data/date_words.tsv`, derived by scripts/derive_date_words.py)."""
    out: dict[str, list[tuple[str, str]]] = {}
    path = Path(__file__).parent / "data" / "date_words.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, value, word = line.split("\t")
            out.setdefault(kind, []).append((value, word))
    return out


_Trie = dict[str, "_Trie"]


def _alternation(words: Iterable[str]) -> str:
    """A regex matching any of the words, the longest first, as a trie (a flat alternation of a thousand words is
    slow to try at every position)."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: _Trie) -> str:
        ends = "" in node
        branches = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return walk(trie)


_WORDS = _date_words()
# Months CLDR does not give for the languages it names: in Chinese numerals ("三月", "十一月"), the Levantine
# Arabic names ("آذار", "كانون الثاني"), the Maghreb ones ("جانفي", "جويلية") and Hindi's ("मार्च").
_MONTH_PHRASES = {
    1: ("一月", "كانون الثاني", "جانفي", "जनवरी"),
    2: ("二月", "شباط", "فيفري", "फ़रवरी", "फरवरी"),
    3: ("三月", "آذار", "मार्च"),
    4: ("四月", "نيسان", "أفريل", "अप्रैल"),
    5: ("五月", "أيار", "ماي", "मई"),
    6: ("六月", "حزيران", "جوان", "जून"),
    7: ("七月", "تموز", "جويلية", "जुलाई"),
    8: ("八月", "آب", "أوت", "अगस्त"),
    9: ("九月", "أيلول", "सितंबर", "सितम्बर"),
    10: ("十月", "تشرين الأول", "अक्टूबर", "अक्तूबर"),
    11: ("十一月", "تشرين الثاني", "नवंबर", "नवम्बर"),
    12: ("十二月", "كانون الأول", "दिसंबर", "दिसम्बर"),
}
MONTH_NUMBER = {
    w: n
    for table in (_MONTH_WORDS, _MORE_MONTH_WORDS, _LATVIAN_MONTH_CASES)
    for n, words in table.items()
    for w in words.split()
} | {w: n for n, words in _MONTH_PHRASES.items() for w in words}
# CLDR's names in full may stand alone ("June – August 2019"); its abbreviations ("lis", "ara", "des", "out") are
# everyday words in other languages, so they are a month only with a year after them.
_FULL_WORDS = set(MONTH_NUMBER) | {w for _, w in _WORDS.get("month", [])}
_ABBR_WORDS = {w for _, w in _WORDS.get("month-abbr", [])} - _FULL_WORDS
for _n, _w in _WORDS.get("month", []) + _WORDS.get("month-abbr", []):
    MONTH_NUMBER.setdefault(_w, int(_n))  # the hand lists win ("mar" is March, not a Catalan abbreviation)
_SEASONS = {
    "spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12, "été": 6, "ete": 6,
    "printemps": 3, "automne": 9, "hiver": 12, "primavera": 3, "estate": 6, "autunno": 9, "inverno": 12,
    "verão": 6, "verao": 6, "outono": 9, "wiosna": 3, "lato": 6, "jesień": 9, "jesien": 9, "zima": 12,
}  # fmt: skip
_PRESENT = (
    # "up to" and a word for now, as one end ("bis jetzt", "até o momento", "jusqu'à présent", "tot op heden")
    r"bis\s+(?:jetzt|dato)|at[ée]\s+(?:o\s+|a\s+)?(?:momento|hoje|agora|presente(?:\s+data)?|data\s+atual|dia\s+de\s+hoje)"
    r"|jusqu['’]\s*(?:à|a|au)\s+(?:aujourd['’]hui|présent|present|maintenant|ce\s+jour)|(?:hasta\s+|a\s+)la\s+actualidad"
    r"|tot\s+(?:op\s+)?heden|tot\s+nu|fino\s+ad\s+oggi|fino\s+a\s+oggi|till\s+i\s*dag|tills\s+vidare|til\s+(?:nå|i\s*dag)"
    r"|do\s+dnes|aktuáln[eě]|до\s+сих\s+пор|"
    r"present|pres\.?|cur\.|current(?:ly)?|nowadays|now|today|date|(?:still\s+)?ongoing|continuing"
    r"|(?:up\s+)?(?:to|till|until)\s+(?:the\s+)?(?:date|now|present|today)|aujourd'hui|(?:à\s+)?ce\s+jour|(?:à\s+)?nos\s+jours|en\s+cours"
    r"|hasta\s+(?:la\s+fecha|hoy|ahora|el\s+presente)|a\s+la\s+fecha|la\s+actualidad|ad\s+oggi|hoje|i\s*dag|aktuell|derzeit|dzisiaj|obecnie"
    r"|heute|bis\s+heute|jetzt|actualidad|actualmente|actual|presente|hoy|présent|heden|oggi|in\s+corso|atual"
    r"|至今|迄今|今|现在|現在(?:に至る|まで)?|目前|pågående|nu|настоящее\s+время|по\s+настоящее\s+время|н\.?\s*в\.?"
    r"|günümüz|gunumuz|halen|devam\s+ediyor|(?:do\s+)?(?:dziś|dzis|teraz|současnosti?)|nadal|sekarang|saat\s+ini|prezent|dosud"
    r"|şu\s+an|su\s+an|nykyään|nykyaan|nykyhetki|tähän\s+asti|tahan\s+asti|jatkuu|nyt|ปัจจุบัน"
)


def _ongoing_words() -> dict[str, list[str]]:
    """Words that say a role goes on, by kind: "now" ending a range, "since" before a start and "since-" after one
    (`data/ongoing_words.tsv`, written by hand from the languages)."""
    out: dict[str, list[str]] = {}
    for line in (Path(__file__).parent / "data" / "ongoing_words.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, _lang, word = line.split("\t")
            out.setdefault(kind, []).append(word)
    return out


def _spaced(words: Iterable[str]) -> str:
    """`_alternation` with any run of spaces where a word has one ("līdz  šim", "jusqu'à\xa0ce jour")."""
    return _alternation(words).replace("\\ ", r"\s+")


_ONGOING_WORDS = _ongoing_words()
# More words for now ("d.d.", "praegu", "재직중"), CLDR's words for today and now in each language ("heute", "сейчас",
# "hôm nay") and the hand-written ones ("jelenleg", "līdz šim", "حتى الآن") end a range; they are not read alone or
# leading a line, where some are names or words of other languages ("Leo", "Issa", "Most", "Momento").
_PRESENT_AS_END = (
    _PRESENT + r"|(?:currently\s+)?working"
    r"|actuel(?:le)?|attuale|(?:o\s+)?momento|atualmente|(?:em\s+)?aberto|d\.\s?d\.|nuværende|tähän\s+päivään|käesolev|tänaseni|praegu"
    r"|(?:do\s+)?chwili\s+obecnej|súčasnos[tť]i?|doteraz|curent|în\s+prezent|trenutno|наст\.\s*время"
    r"|теперішн(?:ій|ього)\s+час(?:у)?|дотепер|тепер|παρόν|kini|現職|현재|재직\s*중|"
    # "03.2019 – dato": Danish and Norwegian "to date", ending a range when no word follows on the field ("2019 –
    # Dato Systems" is a firm's name; "10/2023 - dato<TAB>Leiterin …" the title in the next field)
    r"dato(?![^\S\t]*[^\W\d_])|"
    + _alternation(w for _, w in _WORDS.get("now", []))
    + "|"
    + _spaced(_ONGOING_WORDS["now"])
)
_MONTH_ALT = _alternation(_FULL_WORDS)
_Y = r"(?:19[5-9]\d|20[0-4]\d)"
_BE_Y = r"25[0-9]\d"  # a Buddhist-era year, 543 years ahead: Thai CVs write "มกราคม 2562"
# A year after an abbreviation: "lis 2019", "des. 2007", "mar. de 2019", "Mar 15, 2019".
_YEAR_NEXT = rf"(?=\.?\s*(?:[,/-]\s*|(?:of|de|del)\s+)?(?:{_Y}|{_BE_Y}|['’‘]\d\d)(?!\d)|\.?\s+\d{{1,2}},?\s+{_Y})"
_ABBR_ALT = _alternation(_ABBR_WORDS)
# or the first month of a range whose second, with its year, follows a dash ("Şub - Kas 2014", "lis – gru 2019")
_RANGE_NEXT = rf"(?=\.?\s*[-–—]\s*[^\W\d_]{{3,9}}\.?\s*{_Y}(?!\d))"
_MONTH = rf"(?:{_MONTH_ALT}|(?:{_ABBR_ALT})(?:{_YEAR_NEXT}|{_RANGE_NEXT}))\.?"
# after a year an abbreviation ends the date: "2019. márc.", "2023 jan" (not "2019 des projets")
_MONTH_AFTER_YEAR = rf"(?:{_MONTH_ALT}|(?:{_ABBR_ALT})(?=\.|\s*(?:$|[-–—~,;)|\t])))\.?"
# Seasons in more languages, and their forms for "in summer" ("kesällä", "летом"): a season names its year. Not
# Finnish "kesä" (summer), also June's short name ("kesä 2007 – huhti 2012"), read as the month.
_MORE_SEASONS = (
    "frühling frühjahr fruhling fruhjahr sommer herbst sommersemester wintersemester lente voorjaar zomer herfst"
    " najaar vår sommar höst vinter våren sommaren hösten vintern forår efterår høst sommeren høsten vinteren"
    " kevät syksy talvi keväällä kesällä syksyllä talvella kevad suvi sügis talv kevadel suvel sügisel"
    " talvel pavasaris vasara rudens ziema pavasarī vasarā rudenī ziemā ruduo žiema pavasarį vasarą rudenį"
    " žiemą wiosną latem jesienią zimą jaro léto podzim jar leto jeseň pomlad poletje jesen proljeće proleće"
    " ljeto primăvara primăvară vara vară toamna toamnă iarna iarnă весна лето осень зима весной летом осенью"
    " зимой літо осінь навесні влітку восени взимку пролет лято есен άνοιξη καλοκαίρι φθινόπωρο χειμώνας"
    " estiu tardor hivern verán outono verano otoño invierno אביב קיץ סתיו חורף ربيع صيف خريف شتاء"
    " الربيع الصيف الخريف الشتاء"
)
_TWO_WORD_SEASONS = ("mùa xuân", "mùa hè", "mùa thu", "mùa đông", "musim semi", "musim panas", "musim gugur",
                     "musim dingin", "musim bunga", "musim luruh")  # fmt: skip
_SEASON = _spaced([*_SEASONS, *_MORE_SEASONS.split(), *_TWO_WORD_SEASONS])
# A season after its year, as Hungarian, Turkish and Korean write it ("2019 nyarán", "2019 yazı", "2019년 여름"), and
# as English is written by some who write so ("Deep Learning (2019 Spring)", a term)
_SEASONS_AFTER_YEAR = (
    "tavasz tavasza tavaszán nyár nyara nyarán ősz ősze őszén ősszel tél tele telén ilkbahar ilkbaharı bahar baharı"
    " yaz yazı sonbahar sonbaharı güz güzü kış kışı 봄 여름 가을 겨울"
)
# (an English season after its year ends the date: "2019 Summer School" names a school, not a season)
_SEASON_AFTER_YEAR = (
    _alternation(_SEASONS_AFTER_YEAR.split())
    + r"|(?:spring|summer|fall|autumn|winter)(?!\s*[^\W\d_])"
    + r"|(?-i:SS|FW|AW)(?![^\W\d_])"  # a fashion house's seasons ("2016 SS", "2016 FW, 2017 SS"), in capitals
)
_QUARTER = _alternation(w for _, w in _WORDS.get("quarter", []))
_NUMBERED_MONTH = _alternation(w for _, w in _WORDS.get("month-before-number", []))  # "tháng 3", "thg 3"
# One date: "March 2019", "Mar. 2019", "January 15, 2019", "Q1 2019", "03/2019", "2019.03(.20)", "03.2019",
# "2019-03", "Summer 2009", "2019",
# or a month alone ("June" in "June – August 2019").
ERA_START = {"昭和": 1925, "平成": 1988, "令和": 2018}  # Japanese era years: 平成1年 (元年) is 1989


def _one_pattern(p: str) -> str:
    """One date, its groups named with the prefix p."""
    return (
        # "Summer 2018", "Summer, 2018", "verano de 2019"; "2019 nyarán" (the year first); a season is spaced from its
        # year, not parted by a tab or a line ("Loudoun Estate<TAB>2014 – 2018": an Italian "estate" ends a name)
        rf"(?:(?P<{p}season>{_SEASON}),?[^\S\t\n]*(?:(?:de|del|di|of)\s+)?(?P<{p}sy>{_Y}|['’‘]\d\d)"
        rf"|(?P<{p}ssy>{_Y})\.?\s*(?:년\s*)?(?:{_SEASON_AFTER_YEAR})(?!\w)"
        # Minguo years, Taiwan's ("民國108年9月", "108年9月"; a bare "10年" is ten years, so a month must follow)
        rf"|(?:(?:民國|民国)\s*(?P<{p}ry>\d{{2,3}})\s*年|(?P<{p}rb>[4-9]\d|1[0-3]\d)\s*年(?=\s*(?:1[0-2]|0?[1-9])\s*月))"
        rf"(?:\s*(?P<{p}rm>1[0-2]|0?[1-9])\s*月)?"
        rf"|(?P<{p}era>昭和|平成|令和)\s*(?P<{p}en>元|\d{{1,2}})\s*年(?:\s*(?P<{p}em>1[0-2]|0?[1-9])\s*月)?"
        # "15. März", "27 de outubro" (a day is spaced from its month, not parted by a tab: "Engineer 2<TAB>May 2020")
        # "16-Jul-2018", "16TH - JUL - 2018": a day dashed from its month, only with the year dashed after it too
        # ("Level 2 - May 2020" keeps its 2)
        rf"|(?:\d{{1,2}}(?:st|nd|rd|th|º)?\.?(?:[ \xa0]+de)?[ \xa0]+"
        rf"|(?P<{p}dd>\d{{1,2}})(?:st|nd|rd|th)?[ \xa0]*[-–][ \xa0]*)?"
        rf"(?P<{p}mname>{_MONTH})(?({p}dd)(?=\.?[ \xa0]*-[ \xa0]*\d))"
        # "March 15, 2019", "Mar 15 – Apr 3 2019": a day after the month (any word for the second month: a lookahead
        # need not know it, and a second copy of the month names makes every pattern slow to compile)
        # "August 17,2020": the comma unspaced from the year
        rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,(?={_Y})|,?(?=\s+{_Y}|\s*[-–—]\s*[^\W\d_]{{3,}}\.?\s+\d)))?"
        rf"(?:(?:\s*[,/-]?\s*|\s+(?:of|de|del)\s+)(?P<{p}my>{_Y}|{_BE_Y}|['’‘]\d\d))?"
        rf"|(?:{_NUMBERED_MONTH})\s*(?P<{p}vm>1[0-2]|0?[1-9])(?:\s*[/,.-]\s*|\s+năm\s+|\s+)(?P<{p}vy>{_Y})"
        # the year first: "2023 jan.", "2019. március" (Hungarian), "2019 m. kovas" (Lithuanian), "2019. gada marts",
        # "2020, Jul"
        # "2019年三月"; a day between (Latvian "2019. gada 15. martā") or after (Hungarian "2019. március 15.")
        rf"|(?P<{p}ym>{_Y})(?:\.?\s+|\.|,\s*|\s*年\s*)(?:(?:m\.|g\.|gada)\s*)?(?:[0-3]?\d\.\s*)?"
        rf"(?P<{p}ymname>{_MONTH_AFTER_YEAR})(?:\s[0-3]?\d\.)?(?!{_NOT_CJK})"
        rf"|(?P<{p}cy>{_Y})\s*[年년]\s*(?P<{p}cm>1[0-2]|0?[1-9])\s*[月월]?(?:\s*\d{{1,2}}\s*[日일])?"
        rf"|(?P<{p}ky>{_Y})\.\s(?P<{p}km>1[0-2]|0?[1-9])\.(?:\s?[0-3]?\d\.)?"  # "2019. 3." (Korean, Hungarian)
        rf"|(?P<{p}um>0?[1-9]|1[0-2])/(?P<{p}ud>1[3-9]|2\d|3[01])/(?P<{p}uy>{_Y})"  # "3/15/2019": the day tells
        rf"|(?:(?P<{p}nd>[0-3]?\d)(?:[./-]|\.\s))?(?P<{p}nm>0?[1-9]|1[0-2])\s*[/.\-]\s*(?P<{p}ny>{_Y})"
        # "2019.4", "2019/4"; "2019-4" only against a CJK word ("2018-11至2019-4在探知科技"): alone it may be years
        rf"|(?P<{p}iy>{_Y})[.\-/](?P<{p}im>0[1-9]|1[0-2]|(?<=[./])[1-9](?!\d)|(?<=-)[1-9](?=[\u3000-\u9fff]))(?:[.\-/]\d{{1,2}})?"
        rf"|พ\.\s?ศ\.\s*(?P<{p}be>{_BE_Y})"
        rf"|(?P<{p}bare_be>{_BE_Y})(?!\d)"  # "พ.ศ. 2536 - 2539": the end of a Buddhist-era range, told by its start
        rf"|(?P<{p}bare_roc>[6-9]\d|1[0-2]\d)\s*年(?!\s*\d)"  # "92年-97年": Minguo years, only as a range of two
        # a year, maybe in a quarter: "Q1 2019", "1. Quartal 2019", "I kw. 2019", "2019年第1季度", "2019 Ç1"
        rf"|(?:(?:{_QUARTER})\s*(?:de\s+|del\s+)?|[QH][1-4]\s+)?(?P<{p}y>{_Y})(?:\s*[年년/]?\s*第?(?:{_QUARTER})(?!{_NOT_CJK})"
        # "2024春季学期", "2023年秋季": a year's season or term, in Chinese, is part of its date
        rf"|\s*年?\s*[春夏秋冬]季?(?:学期|學期)?"
        # "2021年-2022年", "2024학년", "2024年度", "2024学年": the year's own word is part of it
        rf"|\s*(?:[年년](?:度)?|[学學]年|학년)(?!\s*\d))?)"
    )


# Chinese writes dates against the words around them ("北京大学2019.09-2021.06研究助理"): a CJK character next to
# a date does not glue it into a word.
_NOT_CJK = r"[^\W\u3000-\u9fff]"
_START = r"(?:(?<![\w/.])|(?<=[\u3000-\u9fff]))"
# Between the two dates: a dash, or "to" in English, French, Spanish, Italian, Dutch, Polish, German, Portuguese.
# Between the two dates: a dash, or "to" in the languages CVs are written in. A year's dot or its "г." ("2019.",
# "2019 г.", as Croatian, Serbian and Russian CVs write a year) may come before it.
_SEP = (
    r"[)\]]?(?:\.|\s?(?:гг?|рр?)\.)?\s*(?:[-–—―~～〜－‐‑‒−]+|至|到|から|(?<!\w)s[./]\s?d\.?"
    r"|\b(?:up\s+(?:to|till|until)|to|until|till|til|through|thru|au|à|á|a|ad|al|hasta|tot|t/m|do|bis|por|até|по|до|sampai|hingga|sehingga"
    r"|până\s+(?:în|la)|đến|fins\s+a|إلى|الى|حتى|تا|līdz)\b:?|→|->|>|»|(?<=\s)[/·](?=\s)|(?<=[\d\s]):(?=\s))\s*[(\[]?"
)  # "Jan 2019 > Dec 2020", "Jan 2019 - (present)", "From: Jan 2019 To: Dec 2020", "Jan 2019 / Dec 2020" (not a pipe:
# "2018 | 2020" lists years); "June 2024 up to date", as Kenyan and Indian CVs write it; "á" is how Portuguese CVs
# often mistype "à" ("de 22/12/2021 á 10/03/2022"); a colon after a year and before a space parts two dates too
# ("Sep 2021: Present", as a heading of dates written like a label); each date may stand in brackets of its own
# ("[April 2024] – [July 2024]"), or a bracket left behind may close the first ("April/2024] – July/2024"); a
# spaced middle dot is a dash ("June 2013 · May 2016"), as it parts the line's other fields
# "from ... to ...": the word before the start belongs to the dates (Persian "از 2015 تا 2018"), and so does a season
# in the plural, which says when in each year ("Caddy, summers 2012-2014")
_FROM = (
    r"(?:(?:from|since|depuis|seit|sinds|von|van|de|du|desde|dal|da|od|с|з|din|dari|từ|fra|från|من|از|no"
    r"|(?:summers|winters)(?:\s+of)?):?\s+)?"
)
_RANGE = re.compile(
    rf"{_START}{_FROM}{_one_pattern('a_')}{_SEP}(?:(?:expected|anticipated|exp\.)\s*)?"
    # a word for now with a year after it was a month ("Lis 2019 – Ara 2020": "ara" is "now" in Catalan)
    rf"(?:(?P<present>{_PRESENT_AS_END})(?!\s*{_Y})|{_one_pattern('b_')})(?!{_NOT_CJK}|/)",
    re.IGNORECASE,
)
# "7/15 – 8/15", "10/12 – 3/13": months with two-digit years, only as a range (one alone could be a day).
_SHORT_RANGE = re.compile(
    rf"(?<![\w/.])(?P<am>0?[1-9]|1[0-2])/(?P<ay>\d\d){_SEP}(?:(?P<present>{_PRESENT_AS_END})|(?P<bm>0?[1-9]|1[0-2])/(?P<by>\d\d))"
    rf"(?![\w/])",
    re.IGNORECASE,
)
_CJK = re.compile(r"[\u3000-\u9fff]")
_SINCE_WORDS = _spaced(w for w in _ONGOING_WORDS["since"] if not _CJK.search(w))
_SINCE_CJK = _spaced(w for w in _ONGOING_WORDS["since"] if _CJK.search(w))
_SINCE = re.compile(
    # "since", and "started in", "início em" (Portuguese "start in"): a start with no end (every word in the list)
    rf"(?<!\w)(?:{_SINCE_WORDS})\s+{_one_pattern('a_')}(?![\w/])"
    rf"|{_START}(?:{_SINCE_CJK})\s*{_one_pattern('c_')}(?![\w/])"  # "自2019年3月"
    # after the start: "2019 óta" (Hungarian), "2019'dan beri" (Turkish), "2019年3月起", "2019년 3월부터"
    rf"|{_START}{_one_pattern('b_')}\s*['’]?(?:{_spaced(_ONGOING_WORDS['since-'])})(?!{_NOT_CJK})",
    re.IGNORECASE,
)
_OPEN = re.compile(
    rf"(?<![\w/.]){_one_pattern('a_')}(?:\s*(?:onwards?|\+)(?![\w+])"
    # "2020年6月～" (a Japanese or Korean start over a wave dash or tilde, maybe in full-width brackets) runs on; so
    # does a start and its dash before the next field's pipe or colon ("novembre 2024– | Maître d'hôtel", "mar. 2022
    # -: Jefa de sala"), unless a year follows it
    rf"|\s*[-–—~～〜][ \xa0]*(?:…|\.{{2,3}}|\?+(?:[./]\?+)*)?[ \xa0]*[)）]?[ \xa0]*"
    r"(?=\t|$|[|│:](?:\s|$)|\s[|│](?:\s|$))(?![ \xa0]*[|│:][ \xa0]*\d))",
    re.IGNORECASE,
)
_SINGLE = re.compile(rf"{_START}{_one_pattern('a_')}(?!{_NOT_CJK}|/)", re.IGNORECASE)
_ONGOING = re.compile(rf"^\s*(?:{_PRESENT}|en\s+cours)\s*$", re.IGNORECASE)


@dataclass
class DateSpan:
    text: str
    start: str  # YYYY-MM, YYYY, "" when unknown
    end: str  # YYYY-MM, YYYY, present
    begin: int
    finish: int
    single: bool = False


def _full_year(year: str) -> str:
    """ "2019", "'19" -> "2019"; a Buddhist-era "2562" -> "2019"."""
    if year.startswith(("'", "’", "‘")):
        return "20" + year[1:]
    return str(int(year) - 543) if year.startswith("25") else year


def _month_of(word: str) -> int | None:
    word = word.lower().rstrip(".")
    return MONTH_NUMBER.get(word) or next((n for w, n in MONTH_NUMBER.items() if word.startswith(w)), None)


def _mm(month: str | int | None) -> str | None:
    return f"{int(month):02d}" if month else None


def _one(m: re.Match[str], p: str) -> tuple[str, str | None]:
    """(year, month) of one side of a match; year may be "" for a lone month."""
    g = {k[len(p) :]: v for k, v in m.groupdict().items() if k.startswith(p) and v}
    if "season" in g or "ssy" in g:
        return _full_year(g.get("sy") or g["ssy"]), None  # a season names a year, not a month
    if "mname" in g:
        return _full_year(g.get("my") or ""), _mm(_month_of(g["mname"]))
    if "ymname" in g:  # "2023 jan.": the year, then the month
        return g["ym"], _mm(_month_of(g["ymname"]))
    if "ry" in g or "rb" in g:  # Minguo year 1 is 1912
        return str(int(g.get("ry") or g["rb"]) + 1911), _mm(g.get("rm"))
    if "era" in g:
        n = 1 if g["en"] == "元" else int(g["en"])
        return str(ERA_START[g["era"]] + n), _mm(g.get("em"))
    for year, month in (("vy", "vm"), ("cy", "cm"), ("ky", "km"), ("uy", "um"), ("ny", "nm"), ("iy", "im")):
        if year in g:
            return g[year], _mm(g[month])  # "2019.9", as Chinese CVs write it, too
    if "bare_roc" in g:
        return str(int(g["bare_roc"]) + 1911), None
    if "be" in g or "bare_be" in g:
        return _full_year(g.get("be") or g["bare_be"]), None
    return g.get("y") or "", None


def _fmt(year: str, month: str | None) -> str:
    return f"{year}-{month}" if year and month else year


def _is_be(year: str | None) -> bool:
    return bool(year) and re.fullmatch(_BE_Y, year or "") is not None


def _month_day_year(m: re.Match[str], am: str | None, bm: str | None) -> tuple[str | None, str | None]:
    """ "9/28/1983 to 5/4/1989": one side written month first beyond doubt (a day past 12 second) says the other,
    "5/4/1989", is written so too: May, not April."""
    for us, other in (("a_", "b_"), ("b_", "a_")):
        day = m.group(f"{other}nd")
        if m.group(f"{us}uy") and day and 1 <= int(day) <= 12 and "/" in m.group(0):
            month = _mm(day)
            return (am, month) if other == "b_" else (month, bm)
    return am, bm


def _range_span(m: re.Match[str]) -> DateSpan | None:
    """The span of one range match, or None when it is no range ("2019-2018", a phone-number fragment)."""
    if m.group("a_bare_be") or (m.group("b_bare_be") and not (m.group("a_be") or _is_be(m.group("a_my")))):
        return None  # a bare number past 2500 is a Buddhist-era year only after one
    if m.group("b_bare_roc") and not any(m.group(f"a_{k}") for k in ("ry", "rb", "bare_roc")):
        return None  # "20年" is twenty years unless a Minguo year starts the range
    if m.group("a_bare_roc") and not (m.group("b_bare_roc") or m.group("b_ry") or m.group("b_rb")):
        return None
    ay, am = _one(m, "a_")
    if m.group("present"):
        return DateSpan(m.group(0), _fmt(ay, am), "present", m.start(), m.end()) if ay else None
    by, bm = _one(m, "b_")
    am, bm = _month_day_year(m, am, bm)
    if not by and bm and ay:
        by = ay  # "April 2022 until 30 August"
    if not by:
        return None
    if not ay:
        if am is None:
            return None
        ay = by  # "June – August 2019"
    if int(by) < int(ay):
        return None
    return DateSpan(m.group(0), _fmt(ay, am), _fmt(by, bm), m.start(), m.end())


_THEN = re.compile(r"\s*[,;&|]\s*")


def _range(text: str) -> DateSpan | None:
    span = next((span for m in _RANGE.finditer(text) if (span := _range_span(m)) is not None), None)
    return _spells(text, span, lambda at: _range_span(m) if (m := _RANGE.match(text, at)) else None)


def _spells(text: str, span: DateSpan | None, next_at: Callable[[int], DateSpan | None]) -> DateSpan | None:
    """ "10/12 – 3/13, 10/13 – 3/14": one role in two spells, from the first start to the last end."""
    while span is not None and span.end != "present":
        gap = _THEN.match(text, span.finish)
        nxt = next_at(gap.end()) if gap else None
        if nxt is None or nxt.start < span.end:
            break
        span = DateSpan(text[span.begin : nxt.finish], span.start, nxt.end, span.begin, nxt.finish)
    return span


# "2023.24", "2019–21", "2019/20": a year and the next years' last two digits. Past 12 they are never a month;
# "2010–11" with a dash that is no hyphen is an academic year too ("2010-11" is November 2010).
_SHORT_END_YEAR = re.compile(rf"(?<![\w/.])(?P<y>{_Y})(?P<sep>\.|/|\s*[-–—]\s*)(?P<yy>\d\d)(?![\w/.]|[-–—]\d)")


def _dotted_years(text: str) -> DateSpan | None:
    for m in _SHORT_END_YEAR.finditer(text):
        start, yy, sep = m.group("y"), int(m.group("yy")), m.group("sep")
        next_year = yy == (int(start) + 1) % 100
        dash = sep.strip() in ("–", "—") or sep != sep.strip()  # "2010–11", "2010 - 11"; "2010-11" is a month
        en_dash = sep.strip() in ("–", "—") and yy > int(start[2:])  # "2008–10": ISO months take a hyphen
        if yy <= 12 and not (next_year and dash) and not en_dash:
            continue
        end = f"{start[:2]}{yy:02d}" if yy >= int(start[2:]) else f"{int(start[:2]) + 1}{yy:02d}"
        if end > start:
            return DateSpan(m.group(0), start, end, m.start(), m.end())
    return None


# "2019/2020": an academic or fiscal year written with both years in full.
_SLASHED_YEARS = re.compile(rf"(?<![\w/.])(?P<a>{_Y})\s*/\s*(?P<b>{_Y})(?![\w/]|\.\d)")


def _slashed_years(text: str) -> DateSpan | None:
    for m in _SLASHED_YEARS.finditer(text):
        if 0 < int(m.group("b")) - int(m.group("a")) <= 2:
            return DateSpan(m.group(0), m.group("a"), m.group("b"), m.start(), m.end())
    return None


def _year2(yy: str) -> str:
    return ("20" if int(yy) < 50 else "19") + yy


# "108.09-111.06", "108/9~111/6": Minguo years of three digits (2011 on) and their months, as Taiwanese forms write
# them; only as a range, with a month on both sides (one alone could be a decimal).
_ROC_ONE = r"(?:民國\s*)?(?P<{p}y>1[0-2]\d)(?P<{p}s>[./])(?P<{p}m>0[1-9]|1[0-2]|(?<=/)[1-9](?!\d))"
_ROC_RANGE = re.compile(
    rf"(?<![\w./]){_ROC_ONE.format(p='a')}{_SEP}(?:(?P<present>{_PRESENT_AS_END})|{_ROC_ONE.format(p='b')})(?![\w/]|\.\d)",
    re.IGNORECASE,
)


def _roc_range(text: str) -> DateSpan | None:
    for m in _ROC_RANGE.finditer(text):
        start = f"{int(m.group('ay')) + 1911}-{m.group('am').zfill(2)}"
        if m.group("present"):
            return DateSpan(m.group(0), start, "present", m.start(), m.end())
        end = f"{int(m.group('by')) + 1911}-{m.group('bm').zfill(2)}"
        if m.group("as") == m.group("bs") and end >= start:
            return DateSpan(m.group(0), start, end, m.start(), m.end())
    return None


# "از 1390 تا 1391", "1393 - 1395": Solar Hijri years, as Iranian CVs write them; only as a range in a line written
# in Arabic script. Kept as written: a Solar Hijri year begins in March, so a bare year has no one Gregorian year (Thai
# and Minguo years begin in January and are converted).
_SH_RANGE = re.compile(
    rf"(?<![\w./])(?:از\s*)?(?P<ay>1[34]\d\d)\s*(?:[-–—]|تا)\s*(?:(?P<present>{_PRESENT_AS_END})|(?P<by>1[34]\d\d))(?![\w/]|\.\d)"
)
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")


def _solar_hijri_range(text: str) -> DateSpan | None:
    if not _ARABIC_SCRIPT.search(text):
        return None
    for m in _SH_RANGE.finditer(text):
        start, end = m.group("ay"), m.group("by") or "present"
        if end == "present" or end >= start:
            return DateSpan(m.group(0), start, end, m.start(), m.end())
    return None


# "Mai 22 - Aujourd'hui", "Sept. 20 - Avr. 22", "Jan 19 – Dec 20": months by name with two-digit years, only as a
# range with a month's name on both sides or an end of now, and no year after it ("March 15 – June 17, 2019" is a
# range of days); the year may hang on its month by a dash or a slash, as a spreadsheet prints a month ("Jan-19 to
# Till Date", "mar/19 – atual"), but a day is spaced from its month ("March 15"), never dashed
_NAMED_SHORT_RANGE = re.compile(
    rf"(?<![\w/.])(?P<amname>[^\W\d_]{{3,9}})(?:\.?\s+|[-/])(?P<ay>\d\d){_SEP}"
    rf"(?:(?P<present>{_PRESENT_AS_END})|(?P<bmname>[^\W\d_]{{3,9}})(?:\.?\s+|[-/])(?P<by>\d\d))(?![\w/]|,?\s*\d)",
    re.IGNORECASE,
)


def _month_named(word: str) -> int | None:
    """The month a word names in full or cut short ("Sept", "Janv"), not a word that starts with one ("Marketing")."""
    word = word.lower().rstrip(".")
    if word in MONTH_NUMBER:
        return MONTH_NUMBER[word]
    return next((n for w, n in MONTH_NUMBER.items() if len(word) >= 3 and w.startswith(word)), None)


def _named_short_range(text: str) -> DateSpan | None:
    for m in _NAMED_SHORT_RANGE.finditer(text):
        a = _month_named(m.group("amname"))
        b = _month_named(m.group("bmname")) if m.group("bmname") else None
        if a is None or (m.group("bmname") and b is None):
            continue
        start = f"{_year2(m.group('ay'))}-{a:02d}"
        end = "present" if m.group("present") else f"{_year2(m.group('by'))}-{b:02d}"
        if end == "present" or end >= start:
            return DateSpan(m.group(0), start, end, m.start(), m.end())
    return None


def _short_range(text: str) -> DateSpan | None:
    m = _SHORT_RANGE.search(text)
    if m is None:
        return _named_short_range(text)
    return _spells(text, _short_span(m), lambda at: _short_span(n) if (n := _SHORT_RANGE.match(text, at)) else None)


# "06 – 08.2018", "06.–08.2018", "3 - 5/2019": two months of one year, the year written once (the dash spaced, or
# the first month closed by its dot: "06-08/2018" unspaced may be a day and its month)
_MONTH_PAIR = re.compile(
    r"(?<![\w/.])(?P<am>0?[1-9]|1[0-2])(?:\.\s*[-–—]\s*|\s+[-–—]\s+)(?P<bm>0?[1-9]|1[0-2])\s*[./]\s*(?P<y>(?:19|20)\d\d)"
    r"(?![\w/])"
)


def _month_pair(text: str) -> DateSpan | None:
    m = _MONTH_PAIR.search(text)
    if m is None or int(m["am"]) >= int(m["bm"]):
        return None
    return DateSpan(m.group(0), f"{m['y']}-{int(m['am']):02d}", f"{m['y']}-{int(m['bm']):02d}", m.start(), m.end())


# "Winter & Spring 2018", "Summer and Fall 2019", "Spring/Summer 2018": two seasons of one year, the year written
# once; a season names its year, so the span is that year (not "Spring 2018" alone, a single date)
_SEASON_PAIR = re.compile(
    rf"(?<!\w)(?:{_SEASON})\s*(?:&|/|,|and|to|[-–—])\s*(?:{_SEASON}),?\s+(?P<y>{_Y})(?!\d)", re.IGNORECASE
)


def _season_pair(text: str) -> DateSpan | None:
    m = _SEASON_PAIR.search(text)
    return DateSpan(m.group(0), m["y"], m["y"], m.start(), m.end()) if m else None


def _short_span(m: re.Match[str]) -> DateSpan | None:
    start = f"{_year2(m.group('ay'))}-{int(m.group('am')):02d}"
    end = "present" if m.group("present") else f"{_year2(m.group('by'))}-{int(m.group('bm')):02d}"
    if end != "present" and end < start:
        return None
    return DateSpan(m.group(0), start, end, m.start(), m.end())


def _since(text: str) -> DateSpan | None:
    m = _SINCE.search(text)
    if m:
        ay, am = next((d for d in (_one(m, "a_"), _one(m, "c_"), _one(m, "b_")) if d[0]), ("", None))
        if ay:
            return DateSpan(m.group(0), _fmt(ay, am), "present", m.start(), m.end())
    return None


def _open_ended(text: str) -> DateSpan | None:
    """A start with no end: "July 2027 onward", "(2023+)", "2022 –", "2020年6月～", "(10.2014-…)" or "2022.01 –
    ????.??" (the end left blank to fill in) closing the text or a table cell."""
    for m in _OPEN.finditer(text):
        ay, am = _one(m, "a_")
        if ay:
            return DateSpan(m.group(0), _fmt(ay, am), "present", m.start(), m.end())
    return None


_ONE_FULL = _SINGLE  # used whole (fullmatch): its edges' lookarounds hold at a text's ends
_BRACKETED = re.compile(r"\(([^()]*[,&][^()]*)\)")
_LIST_SEP = re.compile(r",|&|\s+and\s+")  # "2017, 2018", "2015 & 2016", "2015 and 2016"
_AND = re.compile(r"\s+and\s+")


def _listed(body: str) -> tuple[str, str] | None:
    """ "2017, 2018", "Fall 2015, Spring 2016": dates with years, in order; the first and the last."""
    parts = [p.strip() for p in _LIST_SEP.split(body)]
    found = [_one(m, "a_") for p in parts if (m := _ONE_FULL.fullmatch(p))]
    if len(parts) < 2 or len(found) < len(parts) or not all(y for y, _ in found):
        return None
    if any(int(b[0]) < int(a[0]) for a, b in pairwise(found)):
        return None
    if _AND.search(body) and int(found[-1][0]) - int(found[0][0]) > 1:
        return None  # "participant in 2020 and 2022": two occasions, not a span; "2015 and 2016" runs on
    return _fmt(*found[0]), _fmt(*found[-1])


def _date_list(text: str) -> DateSpan | None:
    """ "(2017, 2018)", "(Fall 2015, Spring 2016)", a line "Summer 2019, 2020, 2021": the role ran from the first
    listed date to the last."""
    bodies = [(m.group(1), m.start(1)) for m in _BRACKETED.finditer(text)]
    # the line, or a cell of it: "Site Manager<TAB>September 2020 & September 2021"; the dates that end it, also
    # after a bracket closed before them ("STAT 101 Introduction to Statistics (Online) 2019, 2021, 2023")
    at = 0
    for cell in text.split("\t"):
        if _LIST_SEP.search(cell):
            bodies += [(cell, at)] if "(" not in cell else []
            tail = _listed_tail(cell, at)
            bodies += [tail] if tail[0] and not set(tail[0]) & set("()") else []
        at += len(cell) + 1
    for body, at in bodies:
        got = _listed(body)
        if got is not None:
            begin = at + len(body) - len(body.lstrip())
            return DateSpan(body.strip(), got[0], got[1], begin, begin + len(body.strip()))
    return None


def _listed_tail(cell: str, at: int) -> tuple[str, int]:
    """The dates that end a cell after its other fields: "Teaching Assistant, Statistics, Spring 2015, Spring
    2016" lists the terms the post was held, after the title; "Volunteer teacher - 2015 and 2016" the years."""
    seps = list(_LIST_SEP.finditer(cell))
    starts = [0, *(m.end() for m in seps)]
    parts = [cell[b:e] for b, e in zip(starts, [*(m.start() for m in seps), len(cell)], strict=True)]
    k = len(parts)
    while k > 0 and _ONE_FULL.fullmatch(parts[k - 1].strip()):
        k -= 1
    if k == 0:
        return "", at
    # "Visits in 2015, 2016, 2017": the list starts with the date that ends the words before it
    last = [m for m in _SINGLE.finditer(parts[k - 1]) if not parts[k - 1][m.end() :].strip()]
    if len(parts) - k + bool(last) < 2:
        return "", at
    head = starts[k - 1] + last[-1].start() if last else starts[k]
    return cell[head:], at + head


_PRESENT_FULL = re.compile(rf"(?:{_PRESENT})\.?", re.IGNORECASE)


def _cell_date(cell: str) -> tuple[str, str | None] | None:
    """(year, month) of a table cell that is one date and nothing else, ("present", None) for a word for now."""
    cell = cell.strip(" ()[]")
    if _PRESENT_FULL.fullmatch(cell):
        return "present", None
    m = _ONE_FULL.fullmatch(cell)
    return _one(m, "a_") if m else None


def _split_cells(text: str) -> DateSpan | None:
    """ "Jan 2018<TAB>Mar 2020": a start and an end in two cells side by side (a "From" and a "To" column)."""
    cells = text.split("\t")
    at = [0]
    for cell in cells:
        at.append(at[-1] + len(cell) + 1)
    for k, (a, b) in enumerate(pairwise(cells)):
        first, second = _cell_date(a), _cell_date(b)
        if not first or not second or not first[0] or first[0] == "present" or not second[0]:
            continue
        end = "present" if second[0] == "present" else _fmt(*second)
        if end == "present" or int(second[0]) >= int(first[0]):
            text_of = text[at[k] : at[k + 2] - 1]
            return DateSpan(text_of.strip(), _fmt(*first), end, at[k], at[k + 2] - 1)
    return None


_COURSE_CODE = re.compile(r"\b[A-Z]{2,5}\s$")
_CURRENCY_SIGNS = "$€£¥₹₽₺₩₫₪₴₦฿"
_CURRENCY_CODES = "|".join(sorted(babel.numbers.list_currencies()))
_NOT_A_YEAR_BEFORE = re.compile(rf"(?:[{_CURRENCY_SIGNS}]|\b(?:{_CURRENCY_CODES})|\d:|\d{{3,}}\s*[-–—])\s?$")
_NOT_A_YEAR_AFTER = re.compile(rf"\s?(?:[{_CURRENCY_SIGNS}]|(?:{_CURRENCY_CODES})\b)|\s*[-–—]\s*\d{{3,}}")


def _single(text: str) -> DateSpan | None:
    for m in _SINGLE.finditer(text):
        ay, am = _one(m, "a_")
        if m.group("a_y") and _COURSE_CODE.search(text[: m.start()]):
            continue  # "ASTR 2000 Ancient Astronomies": a course number, not a year
        if (
            m.group("a_bare_be")
            or m.group("a_bare_roc")
            or _NOT_A_YEAR_BEFORE.search(text[: m.start()])
            or _NOT_A_YEAR_AFTER.match(text, m.end())
        ):
            continue  # "€2030", "ISO 9001:2015", "1971–2966 EUR": an amount, a standard's edition, a number range
        if ay:
            d = _fmt(ay, am)
            return DateSpan(m.group(0), d, d, m.start(), m.end(), single=True)
    return None


# "1/10/13 - 31/12/13", "3/15/19 – 6/30/20": full dates with two-digit years, the day first or the month first.
_DAYS_RANGE = re.compile(
    r"(?<![\w/.])(?P<a1>\d{1,2})[/.](?P<a2>\d{1,2})[/.](?P<ay>\d\d)\s*[-–—]\s*"
    r"(?P<b1>\d{1,2})[/.](?P<b2>\d{1,2})[/.](?P<by>\d\d)(?![\w/])"
)


def _days_range(text: str) -> DateSpan | None:
    """A range of full dates with two-digit years, read day first unless a day past 12 says the month comes first
    (and not read when nothing tells the two apart)."""
    m = _DAYS_RANGE.search(text)
    if m is None:
        return None
    firsts, seconds = (int(m.group("a1")), int(m.group("b1"))), (int(m.group("a2")), int(m.group("b2")))
    if max(firsts) > 12 and max(seconds) <= 12:
        months = seconds  # "31/12/13": the day first
    elif max(seconds) > 12 and max(firsts) <= 12:
        months = firsts  # "12/31/13": the month first
    else:
        return None
    if min(months) < 1:
        return None
    start, end = f"{_year2(m.group('ay'))}-{months[0]:02d}", f"{_year2(m.group('by'))}-{months[1]:02d}"
    return DateSpan(m.group(0), start, end, m.start(), m.end()) if end >= start else None


_BRACKETED_RANGE = re.compile(r"\(([^()]*)\)")


def _refined(text: str, span: DateSpan) -> DateSpan:
    """ "2015, Postdoc, LabEx (1/1/15 - 31/12/15)": years that lead the line, told to the month in brackets later in
    it; the span keeps its place in the line and takes the months."""
    if "-" in span.start or not span.start:
        return span
    for m in _BRACKETED_RANGE.finditer(text, span.finish):
        inner = _days_range(m.group(1)) or _range(m.group(1))
        if inner is None or "-" not in inner.start:
            continue
        # the same years told to the month, not a part of them ("2019 – 2021 ... (seconded Jan – Mar 2020)")
        if (inner.start[:4], inner.end[:4]) == (span.start[:4], span.end[:4]):
            return DateSpan(span.text, inner.start, inner.end, span.begin, span.finish)
    return span


def _leading(text: str, span: DateSpan) -> DateSpan:
    """ "2015, Postdoc, LabEx (1/1/15 - 31/12/15)": a range in brackets after a year that leads the line stands for
    that year, told to the month."""
    head = _single(text[: span.begin])
    if head is None or not text[: span.begin].rstrip().endswith("(") or head.start != span.start[:4]:
        return span
    if span.end[:4] != span.start[:4]:
        return span
    return DateSpan(head.text, span.start, span.end, head.begin, head.finish)


# Full-width digits ("１０８年９月"), Arabic-Indic ("مارس ٢٠١٩"), Persian and Devanagari ones: one for one
_ASCII_DIGITS = str.maketrans("０１２３４５６７８９٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९", "0123456789" * 4)


_FOUNDED = re.compile(r"(?<!\w)(?:estd?\.|established)\s*(?:in\s+)?(?:1[89]|20)\d\d(?!\d)", re.I)
# "2044 Market St, Apt 6": a house number, not a year: a number, one to three capitalised words and a street's
# kind closing the address (a comma, a unit, the end), not a name going on ("2019 Main Street Bistro"), and not
# the end of a range
_HOUSE_NUMBER = re.compile(
    r"(?<![\w/.,–—-])(?<![–—-]\s)\d{1,5}(?=\s+(?:[A-Z][\w'.-]*\s+){1,3}(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Parkway"
    r"|Pkwy|Dr|Drive|Ln|Lane|Way|Court|Ct|Place|Pl|Terrace|Highway|Hwy)\b\.?(?:\s*(?:,|$|#|(?:Apt|Suite|Ste|Unit)\b)))"
)

# "Windows Server 2019", "Visual Studio 2022", "AutoCAD 2018": a product's version, not a date of the role. A year
# right after a software product's name, with no range going on from it, is masked (same length). Names that are
# also words or employers' names ("Studio", "Exchange", "Illustrator", Spanish "Primavera") only with their maker or
# kind ("Pixel Studio 2019" and "London Stock Exchange 2019" are roles' dates).
_PRODUCT_YEAR = re.compile(
    r"\b(?:(?:SQL|Windows|Exchange|SharePoint|Team Foundation) Server|(?:Visual|Android) Studio"
    r"|(?:MS|Microsoft) (?:Office|Project|Word|Access|Exchange|Excel|Outlook)|Adobe Illustrator|Photoshop|InDesign"
    r"|SharePoint|AutoCAD|Revit|SolidWorks|Navision|Visio|Windows|Civil 3D|ArchiCAD|SketchUp|Tekla"
    r"|Dynamics (?:NAV|AX|CRM))\s(?P<y>(?:19|20)\d\d)(?!\d)"
    r"(?!\s*(?:[-–—~]|(?:to|until|till)\s+(?:\w+\.?\s+)?(?:(?:19|20)\d\d|present|now|date)))"  # not a range's start
)

# Hungarian marks a range by case endings, not a dash: "2019 márciusától 2020 májusáig", "2019-től 2021-ig",
# "2017. szeptember 1-től 2019. június 30-ig" (from: -tól/-től, until: -ig, in: -ban/-ben; "-ától", "-jáig" after the
# possessive). The endings are written over in place, same length: "from" becomes a dash (a day keeps its dot).
_HU_MONTH = (
    r"(?:január|február|március|április|május|június|július|augusztus|szeptember|október|november|december"
    r"|januar|februar|marcius|aprilis|majus|junius|julius|oktober)"
)
_HU_CASE = re.compile(
    rf"(?:(?<=\d)(?P<num>-(?:j?[aáeé])?)|(?<!\w)(?P<mw>{_HU_MONTH})(?:j?[aáeé])?)(?P<case>t[óőoö]l|ig|b[ae]n)(?!\w)",
    re.I,
)

_NOW_AFTER = re.compile(rf"\s*(?:{_PRESENT_AS_END})(?!\w)", re.I)


def _hungarian_cases(text: str) -> tuple[str, int | None]:
    """The text with Hungarian date endings written over, and where a "from" with no end after it stood (the role
    goes on: "2019 márciusától")."""
    out, open_at = text, None
    hits = list(_HU_CASE.finditer(text))
    for n, m in enumerate(hits):
        start = m.start("num") if m.group("num") is not None else m.end("mw")
        size = m.end() - start
        before = text[: m.start()]
        digits = len(before) - len(before.rstrip("0123456789"))
        day = m.group("num") is not None and digits <= 2  # "1-től", not "2019-től": a day keeps its dot
        if m.group("case").lower().startswith("t"):
            if any(h.group("case").lower() == "ig" for h in hits[n + 1 :]) or _NOW_AFTER.match(text, m.end()):
                new = (". – " if day else " – ").ljust(size)[:size]
            else:
                new, open_at = ("." if day else "").ljust(size), m.end()
        else:
            new = ("." if day else "").ljust(size)
        out = out[:start] + new + out[m.end() :]
    return out, open_at


def find_dates(text: str) -> DateSpan | None:
    """The role's date expression in text: a range first, then "since <date>", an open end, then a single date."""
    wide = text
    text = text.translate(_ASCII_DIGITS)
    # "DONNELLY GROUP, Est. 1999": the year the employer was founded is no date of the role (masked, same length)
    text = _FOUNDED.sub(lambda m: " " * len(m.group(0)), text)
    text = _HOUSE_NUMBER.sub(lambda m: " " * len(m.group(0)), text)
    text = _PRODUCT_YEAR.sub(lambda m: m.group(0)[: m.start("y") - m.start()] + "    ", text)
    text = _YEAR_THEN_MONTH.sub(lambda m: f"{m.group('m')}  {m.group('y')}", text)
    bracketed = [(m.start(), m.end()) for m in _YEAR_THEN_MONTHS.finditer(text)]
    text = _YEAR_THEN_MONTHS.sub(lambda m: f"{m.group('a')}-{m.group('b')} {m.group('y')}".ljust(len(m.group(0))), text)
    text, open_at = _hungarian_cases(text)
    span = _dates(text)
    for a, b in bracketed:  # the rewritten range stands for all of "2021( June to November)"
        if span is not None and a <= span.begin < b:
            span = DateSpan(span.text, span.start, span.end, a, max(b, span.finish), span.single)
    mended = _mended_dates(text)
    if mended is not None and (span is None or span.single or _wider(mended, span)):
        span = mended  # "Febuary 2019 – June 2020": not only "2019 – June 2020"
    span = _month_only_end(text, span)
    if span is not None and open_at is not None and span.start == span.end and span.finish <= open_at:
        span = DateSpan(wide[span.begin : open_at], span.start, "present", span.begin, open_at)  # "2019 márciusától"
    if span is not None and text != wide:
        span.text = wide[span.begin : span.finish]
    return span


# "2016年5月~9月": a Chinese range whose end, in the same year, is written as its month alone
_MONTH_ONLY_END = re.compile(r"\s*(?:[-–—~～〜－]+|至|到)\s*(?P<m>1[0-2]|0?[1-9])\s*月(?!\s*\d)")


def _month_only_end(text: str, span: DateSpan | None) -> DateSpan | None:
    if span is None or span.start != span.end or len(span.start) != 7 or not span.text.rstrip().endswith("月"):
        return span
    m = _MONTH_ONLY_END.match(text, span.finish)
    if m is None:
        return span
    year, month = int(span.start[:4]), int(span.start[5:])
    end = int(m.group("m"))
    year += end < month  # "2016年11月~2月": the end is in the next year
    return DateSpan(text[span.begin : m.end()], span.start, f"{year}-{end:02d}", span.begin, m.end())


# "2020(December)": the year, then its month in brackets, read as "December  2020" (the same length, so the span's
# place in the line holds)
_YEAR_THEN_MONTH = re.compile(rf"(?<![\w/.])(?P<y>{_Y})\((?P<m>{_MONTH_ALT})\)", re.IGNORECASE)
# "2021( June to November)", "2020 (May -July)": the year, then two of its months in brackets, read as
# "June-November 2021" (spaces after it keep the length)
_YEAR_THEN_MONTHS = re.compile(
    rf"(?<![\w/.])(?P<y>{_Y})\s*\(\s*(?P<a>{_MONTH_ALT})\.?\s*(?:[-–—]|to|until|till|bis|à|a)\s*(?P<b>{_MONTH_ALT})\.?\s*\)",
    re.IGNORECASE,
)


_TYPO_RANGE = re.compile(
    rf"(?<!\w)(?P<a>[^\W\d_]{{3,}})\.?,?\s*(?:{_Y})\s*[-–—]+\s*(?P<b>[^\W\d_]{{3,}})\.?,?\s*(?:{_Y})(?!\d)"
)


def _wider(a: DateSpan, b: DateSpan) -> bool:
    return a.begin <= b.begin and a.finish >= b.finish and (a.begin, a.finish) != (b.begin, b.finish)


_LONG_MONTHS = tuple(sorted(w for w in _FULL_WORDS if len(w) >= 5))  # sorted once: the mend runs per line


def _month_spelt(word: str) -> str | None:
    """The month a misspelt word means ("Febuary", "Ağuston"): the one month name, five letters or more, one edit
    away with the same first letter."""
    low = word.lower()
    if len(low) < 4:
        return None
    near = [w for w in _LONG_MONTHS if w[0] == low[0] and OSA.distance(low, w, score_cutoff=1) <= 1]
    return near[0] if near and len({_month_of(w) for w in near}) == 1 else None  # "Agust": "agost" or "august"


def _mended_dates(text: str) -> DateSpan | None:
    """A range with one month misspelt ("Temmuz 2011 - Ağuston 2011"), read as meant, its place in the text as
    written. Only beside a month spelt right: alone, a word one letter from a month may be a name ("Marco 2019")."""
    m = _TYPO_RANGE.search(text)
    if m is None:
        return None
    known = [_month_of(m.group(k)) is not None and m.group(k).lower().rstrip(".") in _FULL_WORDS for k in "ab"]
    if known.count(True) != 1:
        return None
    k = "b" if known[0] else "a"
    meant = _month_spelt(m.group(k))
    if meant is None:
        return None
    at, to = m.start(k), m.end(k)
    span = _dates(text[:at] + meant + text[to:])
    if span is None or span.single:
        return None
    shift = len(meant) - (to - at)
    begin = span.begin if span.begin <= at else max(at, span.begin - shift)
    finish = span.finish if span.finish <= at else max(to, span.finish - shift)
    return DateSpan(text[begin:finish], span.start, span.end, begin, finish)


def _dates(text: str) -> DateSpan | None:
    span = (
        _range(text)
        or _short_range(text)
        or _month_pair(text)
        or _season_pair(text)
        or _roc_range(text)
        or _solar_hijri_range(text)
        or _dotted_years(text)
        or _slashed_years(text)
        or _since(text)
    )
    span = span or _days_range(text) or _open_ended(text)
    span = span or _date_list(text) or _split_cells(text) or _single(text)
    if span is None and _ONGOING.match(text):
        return DateSpan(text, "", "present", 0, len(text))
    return _refined(text, _leading(text, span)) if span is not None else None


_PRESENT_WORD = re.compile(rf"(?<!\w)(?:{_PRESENT})(?!\w)", re.IGNORECASE)


# "seit 22.03.2024 bis", "Mar 2019 to": a date, then the word or mark that joins a range's two ends, closing the line
_SEP_AT_END = re.compile(rf"\d{_SEP}$", re.IGNORECASE)


def ends_in_range_word(text: str) -> bool:
    """A line broken after a range's joining word (a narrow column): the range's end is on the next line."""
    return _SEP_AT_END.search(text.strip()) is not None


def names_present(text: str) -> bool:
    """ "Trabalho Atual", "Current position": words that say the role goes on, with no date (for a form's period)."""
    return _PRESENT_WORD.search(text) is not None


def leading_ongoing(text: str) -> DateSpan | None:
    """ "En cours : Title" / "Current: Title": a role that started at an unstated date and goes on."""
    m = re.match(rf"^\s*(?:{_PRESENT})\s*[:–—-]\s*", text, re.IGNORECASE)
    return DateSpan(m.group(0), "", "present", m.start(), m.end()) if m else None


def trailing_ongoing(text: str) -> DateSpan | None:
    """ "Founder, Otho Design<TAB>Current": a word for now alone in a column of its own closing a line of fields (after
    a tab or a wide gap of spaces), the dates of a role that started at an unstated date and goes on."""
    m = re.search(rf"(?:\t|\s{{3,}})\s*(?P<now>{_PRESENT})\s*$", text, re.IGNORECASE)
    if m is None or not text[: m.start()].strip():
        return None
    return DateSpan(m.group("now"), "", "present", m.start("now"), m.end("now"))


def all_dates(text: str) -> set[str]:
    """Every date value (YYYY, YYYY-MM, present) the text states, for checking a proposed date against it."""
    out: set[str] = set()
    for line in text.splitlines():
        rest = line
        while rest:
            span = find_dates(rest)
            if span is None:
                break
            out |= {v for v in (span.start, span.end) if v}
            out |= {v[:4] for v in (span.start, span.end) if v and v != "present"}
            rest = rest[span.finish :]
    return out
