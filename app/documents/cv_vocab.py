"""Words the outline reader recognises: section headings, role nouns, organisation words and places.

Headings are matched as whole words of a short line, in English, French, German, Spanish, Swedish and
Russian; role nouns and organisation words only score segments of a role line, they never decide alone.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from rapidfuzz.distance import OSA

from app.documents import cv_places
from app.documents.cv_legal_forms import has_legal_form
from app.documents.text import fold

# Order matters: the first kind with a matching word wins ("Career Summary" is a summary).
HEADINGS: list[tuple[str, tuple[str, ...]]] = [
    (
        "referees",
        (
            "referees",
            "references",
            "referee",
            "reference",
            "referenzen",
            "références",
            "referenser",
            "referencias",
            "referencia",
            "referências",
            "referência",
            "referenze",
            "referenties",
            "рекомендации",
        ),
    ),
    (
        "summary",
        (
            "summary",
            "profile",
            "about me",
            "about",
            "objective",
            "overview",
            "personal statement",
            "自我评价",
            "个人简介",
            "statement",
            "philosophy",
            "profil",
            "om mig",
            "о себе",
            "обо мне",
            "цель",
            "perfil",
            "resumen",
            "zusammenfassung",
        ),
    ),
    (
        "contact",
        (
            "contact",
            "contacts",
            "contact details",
            "details",
            "personal details",
            "personal information",
            "personal data",
            "kontakt",
            "kontaktuppgifter",
            "контакты",
            "coordonnées",
            "informations personnelles",
            "état civil",
            "etat civil",
            "persönliche daten",
            "联系方式",
            "个人信息",
            "基本信息",
            "kontaktdaten",
            "contacto",
            "contactos",
            "contato",
            "contatos",
            "contatti",
            "datos personales",
            "dados pessoais",
            "personal info",
        ),
    ),
    (
        "volunteering",
        (
            "volunteering",
            "volunteer",
            "volunteer experience",
            "community",
            "outreach",
            "mentorship",
            "mentoring",
            "bénévolat",
            # French CVs' volunteering: "Engagement associatif", "Vie associative", "Activités associatives"
            "engagement associatif",
            "engagements associatifs",
            "vie associative",
            "activités associatives",
            "ehrenamt",
            "ehrenamtliche tätigkeit",
            "ehrenamtliche tätigkeiten",
            "voluntariado",
        ),
    ),
    (
        "experience",
        (
            "experience",
            "experiences",
            "employment",
            "work history",
            "career",
            "career history",
            "positions",
            "internship",
            "internships",
            "leadership",
            "involvement",
            "campus involvement",
            "community involvement",
            "position of responsibility",
            "positions of responsibility",
            "professional history",
            "work",
            "erfarenhet",
            "erfarenheter",
            "arbetslivserfarenhet",
            "expérience",
            "expériences",
            "expérience professionnelle",
            "berufserfahrung",
            "praxiserfahrung",
            "erfahrung",
            "erfahrungen",
            "experiencia",
            "experiencia laboral",
            "опыт",
            "опыт работы",
            "трудовая деятельность",
            "опит",  # Bulgarian
            "трудов опит",
            "професионален опит",
            "работен опит",
            "досвід",  # Ukrainian
            "досвід роботи",
            "радно искуство",  # Serbian
            "stages",
            "appointments",
            "academic appointments",
            "positions held",
            "current position",
            "present position",
            "current appointment",
            "current employment",
            "工作经历",
            "工作经验",
            "实习经历",
            "实习经验",
            "任职经历",
            "科研经历",
            "研究经历",
            "职业经历",
            "工作履历",
            "工作概况",  # "work overview", over a table of posts
            "工作概述",
            "editorial roles",
            "editorial board",
            "postdoctoral training",
            "postgraduate training",
            "clinical training",
            "residency",
            "professional background",
            "employment record",
            "professional record",
            "work record",
            "career record",
            "job history",
            "military service",
            "assistantships",
            "werdegang",
            "beruflicher werdegang",
            "berufliche laufbahn",
            "parcours professionnel",
            "trayectoria profesional",
            "werkervaring",
            "ervaring",
            "esperienze",
            "esperienza",
            "esperienza lavorativa",
            "experiência",
            "experiência profissional",
            "praktika",
            "histórico profissional",
            "historial laboral",
            "trayectoria",
        ),
    ),
    (
        "education",
        (
            "education",
            "qualifications",
            "academic",
            "academic details",
            "academic qualification",
            "degrees",
            "formation",
            "formations",
            "utbildning",
            "образование",
            "ausbildung",
            "studium",
            "educación",
            "formación",
            "schooling",
            "教育背景",
            "教育经历",
            "学历",
            "studies",
            "coursework",
            "relevant coursework",
            "thesis",
            "dissertation",
            "opleiding",
            "istruzione",
            "formação",
            "schulbildung",
        ),
    ),
    (
        "certifications",
        (
            "certifications",
            "certificates",
            "certification",
            "licences",
            "licenses",
            "accreditations",
            "courses",
            "honors",
            "honours",
            "awards",
            "achievements",
            "获奖",
            "荣誉",
            "证书",
            "grants",
            "funding",
            "fellowships",
            "scholarships",
            "prizes",
            "distinctions",
            "recognition",
            "training",
            "trainings",
            "professional development",
            "continuing education",
            "weiterbildung",
            "fortbildung",
            "сертификаты",
            "kurser",
        ),
    ),
    (
        "skills",
        (
            "skills",
            "skill set",
            "skill areas",
            "competencies",
            "core competencies",
            "competences",
            "compétences",
            "expertise",
            "technologies",
            "technical skills",
            "strengths",
            "abilities",
            "навыки",
            "технические навыки",
            "умения",  # Bulgarian
            "навички",  # Ukrainian
            "вештине",  # Serbian
            "kompetenser",
            "färdigheter",
            "kenntnisse",
            "habilidades",
            "programming languages",
            "技能",
            "专业技能",
        ),
    ),
    ("languages", ("languages", "langues", "språk", "языки", "sprachen", "idiomas")),
    (
        "projects",
        (
            "projects",
            "academic projects",
            "portfolio",
            "publications",
            "published",
            "contributions",
            "projets",
            "проекты",
            "projekte",
            "proyectos",
            "theses",
            "presentations",
            "talks",
            "项目经历",
            "项目经验",
            "论文",
            "invited talks",
            "speaker",
            "speaking",
            "public speaking",
            "speaking engagements",
            "lectures",
            "invited lectures",
            "symposia",
            "abstracts",
            "chapters",
            "book chapters",
            "reports",
            "exhibitions",
            "performances",
            "conferences",
            "conference",
            "seminars",
            "workshops",
            "posters",
            "papers",
            "articles",
            "books",
            "bibliography",
            "patents",
            "software",
            "media",
            "press",
            "interviews",
        ),
    ),
    (
        "interests",
        (
            "interests",
            "hobbies",
            "hobby",
            "hobbys",
            "passe-temps",
            "aficiones",
            "pasatiempos",
            "passatempos",
            "hobby e interessi",
            "centres d'intérêt",
            "intressen",
            "интересы",
            "activities",
            "extracurricular",
            "extracurriculars",
            "extra curricular",
            "loisirs",
            "societies",
        ),
    ),
]
HEADINGS += [
    ("teaching", ("teaching", "courses taught", "teaching activities")),
    (
        "service",
        (
            "service",
            "services",
            "memberships",
            "membership",
            "affiliations",
            "professional affiliations",
            "committees",
            "committee",
            "reviewing",
            "peer review",
            "supervision",
            "students supervised",
            "mentees",
            "additional information",
            "other information",
            "miscellaneous",
        ),
    ),
]
# The usual section headings of CVs written in Turkish, Polish, Portuguese, Spanish, Italian, Indonesian, Romanian
# and Czech (written for this project from the words CV templates in those languages use; "İş Tecrübesi",
# "Doświadczenie zawodowe", "Trabalho Voluntário"). A CV whose headings are not read loses its role section: its
# roles are then sought at the top of the page among the contacts, or not at all. Words shared with English headings
# stay in the lists above.
HEADINGS += [
    ("volunteering", ("trabalho voluntário", "voluntário", "trabajo voluntario", "volontariato", "wolontariat")),
    ("volunteering", ("gönüllü çalışmalar", "gönüllülük", "freiwilligenarbeit", "vrijwilligerswerk")),
    (
        "experience",
        (
            "iş tecrübesi",
            "iş deneyimi",
            "deneyim",
            "deneyimler",
            "tecrübe",
            "tecrübeler",
            "iş geçmişi",
            "doświadczenie",
            "doświadczenie zawodowe",
            "przebieg kariery",
            "historia zatrudnienia",
            "estágios",
            "prácticas",
            "pasantías",
            "esperienze lavorative",
        ),
    ),
    (
        "education",
        (
            "eğitim",
            "eğitim bilgileri",
            "öğrenim",
            "wykształcenie",
            "edukacja",
            "escolaridade",
            "educação",
            "formação acadêmica",
            "formación académica",
            "formazione",
        ),
    ),
    (
        "certifications",
        (
            "sertifikalar",
            "sertifika",
            "sertifika bilgileri",
            "kurslar",
            "ödüller",
            "certyfikaty",
            "kursy",
            "szkolenia",
            "nagrody",
            "cursos",
            "certificados",
            "certificações",
            "premios",
            "prêmios",
            "certificazioni",
        ),
    ),
    (
        "skills",
        (
            "yetenekler",
            "beceriler",
            "yetkinlikler",
            "umiejętności",
            "conocimientos",
            "competencias",
            "competências",
            "conhecimentos",
            "competenze",
            "fähigkeiten",
        ),
    ),
    ("languages", ("diller", "yabancı diller", "języki", "języki obce", "línguas", "lenguas", "lingue")),
    ("contact", ("iletişim", "iletişim bilgileri", "kişisel bilgiler", "dane osobowe", "dane kontaktowe")),
    ("contact", ("informações pessoais", "dados de contato", "datos de contacto", "dati personali")),
    ("summary", ("hakkımda", "özet", "o mnie", "podsumowanie", "sobre mí", "sobre mi", "sobre mim", "resumo")),
    ("projects", ("projeler", "yayınlar", "projekty", "publikacje", "projetos", "publicações", "publicaciones")),
    ("projects", ("progetti", "pubblicazioni", "publikationen")),
    ("interests", ("hobiler", "ilgi alanları", "zainteresowania", "intereses", "interesses", "interessi")),
    ("referees", ("referanslar", "referencje")),
    # Indonesian, Romanian and Czech ("Bahasa" alone names a language, "Bahasa Indonesia", not the heading)
    ("experience", ("pengalaman", "pengalaman kerja", "experiență", "experienta", "pracovní zkušenosti", "zkušenosti")),
    ("education", ("pendidikan", "riwayat pendidikan", "educație", "educatie", "studii", "vzdělání")),
    ("skills", ("keahlian", "keterampilan", "kemampuan", "competențe", "aptitudini", "dovednosti")),
    ("languages", ("kemampuan bahasa", "limbi străine", "jazyky", "jazykové znalosti")),
    ("certifications", ("sertifikasi", "penghargaan", "certificări", "certifikáty", "kurzy")),
    ("projects", ("proyek", "proiecte", "publikasi")),
    ("summary", ("tentang saya", "ringkasan", "despre mine", "o mně")),
]
# Danish, Norwegian, Finnish, Dutch, Japanese and more words of sections that hold no roles (awards, grants, talks,
# memberships, courses) in the languages above, written for this project from the headings CV templates in those
# languages use (Europass's section names among them: "Erhvervserfaring", "Työkokemus", "職歴"). A section whose
# heading is not read leaves its dated entries to the section above, where a list of awards or memberships reads as
# roles; a role section whose heading is not read loses its roles.
HEADINGS += [
    ("experience", ("berufliche tätigkeiten", "experiências", "experiencias", "experiências profissionais")),
    ("experience", ("erhvervserfaring", "arbejdserfaring", "arbeidserfaring", "yrkeserfaring", "erfaring")),
    ("experience", ("työkokemus", "työhistoria", "työura", "beroepservaring", "loopbaan", "yrkeserfarenhet")),
    ("experience", ("anställningar", "praxe", "pracovní praxe", "experiență", "職歴", "職務経歴", "職務経験", "経歴")),
    ("experience", ("percurso profissional", "przebieg pracy", "esperienze professionali", "berufspraxis")),
    ("volunteering", ("frivilligt arbejde", "frivillig arbeid", "vapaaehtoistyö", "ideellt arbete", "dobrovolnictví")),
    ("volunteering", ("voluntariat", "ehrenamtliches engagement", "ボランティア", "志愿者经历", "志愿服务")),
    # "社会实践", "社会服务与实践经历": a Chinese student's volunteering, helping and posts held at university
    # ("在校经历", time at university, lists contests as often)
    ("volunteering", ("社会实践", "实践经历", "社会服务", "社团经历", "学生工作")),
    ("volunteering", ("волонтёрская деятельность", "волонтерская деятельность", "волонтёрство", "волонтерство")),
    ("education", ("uddannelse", "uddannelser", "utdanning", "koulutus", "koulutustausta", "opleidingen")),
    (
        "education",
        ("diplômes", "titoli di studio", "habilitações", "学歴", "academic background", "educational background"),
    ),
    ("education", ("aus- und weiterbildung", "onderwijs", "studier")),
    # a 職務経歴書's summary, its self-promotion and skills sections, and a 履歴書's licences
    ("summary", ("職務要約", "職務概要", "経歴要約", "自己pr", "自己ｐｒ", "志望動機", "自己紹介")),
    ("skills", ("スキル", "保有スキル", "テクニカルスキル", "活かせる経験・知識・技術", "活かせるスキル", "語学")),
    ("certifications", ("資格・免許", "免許・資格", "保有資格", "取得資格", "研修", "表彰", "受賞歴")),
    ("projects", ("プロジェクト", "プロジェクト経験", "主なプロジェクト")),
    ("referees", ("推薦者", "照会先")),
    # Persian: "سوابق کاری" (work history), "تحصیلات" (studies), "مهارت ها" (skills)
    ("experience", ("سوابق کاری", "سوابق شغلی", "تجارب کاری", "تجربیات کاری", "سابقه کار", "سابقه کاری", "تجربه کاری")),
    ("education", ("تحصیلات", "سوابق تحصیلی", "سوابق آموزشی", "مدارک تحصیلی")),
    ("skills", ("مهارت ها", "مهارت‌ها", "مهارتها", "مهارت های")),
    ("languages", ("زبان ها", "زبان‌ها", "زبانهای خارجی", "زبان های خارجی")),
    ("contact", ("اطلاعات تماس", "مشخصات فردی", "اطلاعات فردی")),
    # "Bildungsweg", "Schulischer Werdegang": German headings of schooling ("Werdegang" alone is a career, and an
    # academic's "Akademischer Werdegang" lists posts)
    ("education", ("bildungsweg", "schulischer werdegang", "schullaufbahn", "bildung")),
    # Indian CVs' "Academic Profile", "EDUCATIONAL QUALIFICATION" (a profile or a detail of one's studies)
    ("education", ("academic profile", "educational profile", "scholastic profile", "educational details")),
    ("education", ("educational qualification", "qualification")),
    (
        "education",
        ("cursus", "cursus universitaire", "études", "scolarité", "parcours universitaire", "parcours académique"),
    ),
    ("certifications", ("auszeichnungen", "preise", "distinctions", "prix", "reconocimientos", "premi", "premii")),
    ("certifications", ("prémios", "prijzen", "onderscheidingen", "wyróżnienia", "utmärkelser", "priser")),
    ("certifications", ("udmærkelser", "utmerkelser", "palkinnot", "tunnustukset", "ocenění", "награды", "受賞")),
    ("certifications", ("奖项", "获奖情况", "zertifikate", "certificats", "certificaten", "certificeringen")),
    ("certifications", ("certifikat", "certifieringar", "certificeringer", "certifikater", "sertifikaatit")),
    ("certifications", ("todistukset", "certifikace", "certificate", "資格", "免許", "资格证书", "kurse", "cours")),
    ("certifications", ("corsi", "cursussen", "trainingen", "vidareutbildning", "efteruddannelse", "kurssit")),
    ("certifications", ("täydennyskoulutus", "školení", "cursuri", "курсы", "повышение квалификации", "培训")),
    ("certifications", ("研修", "fortbildungen", "stipendien", "drittmittel", "fördermittel", "bourses", "becas")),
    ("certifications", ("borse di studio", "finanziamenti", "bolsas", "beurzen", "subsidies", "stypendia", "granty")),
    ("certifications", ("stipendier", "anslag", "legater", "bevillinger", "apurahat", "burslar", "hibeler")),
    ("certifications", ("stipendia", "burse", "granturi", "гранты", "стипендии", "基金", "奖学金", "研究費", "奨学金")),
    ("certifications", ("research funding", "ödüller", "nagrody", "premios", "prêmios")),
    ("projects", ("veröffentlichungen", "publicaties", "publikationer", "julkaisut", "publikace", "publicații")),
    ("projects", ("публикации", "発表論文", "論文", "業績", "vorträge", "communications", "ponencias", "relazioni")),
    ("projects", ("comunicações", "presentaties", "wystąpienia", "föredrag", "foredrag", "esitelmät", "sunumlar")),
    ("projects", ("přednášky", "доклады", "конференции", "学会発表", "講演", "会议报告", "学术会议")),
    ("projects", ("konferenzen", "konferencje", "konferenser", "konferencer", "konferenssit", "konferanslar")),
    ("projects", ("konference", "conferințe", "conferencias", "conferenze", "conferências", "conférences")),
    ("projects", ("conferenties", "peer-reviewed articles", "journal articles", "séminaires", "seminarios")),
    ("projects", ("seminari", "seminários", "seminare", "seminaria", "seminarier", "seminarer", "seminaarit")),
    ("projects", ("seminerler", "semináře", "seminarii", "семинары")),
    ("certifications", ("certificaciones", "kurs", "kursus")),
    ("service", ("mitgliedschaften", "adhésions", "afiliaciones", "membresías", "affiliazioni", "afiliações")),
    ("service", ("associazioni professionali", "associações profissionais", "lidmaatschappen", "członkostwa")),
    ("service", ("członkostwo", "medlemskap", "medlemskaber", "jäsenyydet", "üyelikler", "členství", "afilieri")),
    ("service", ("членство", "所属学会", "学术团体", "学会活動")),
]
# More headings of role sections, as CVs write them for work outside offices and in more languages: part-time and
# student jobs, freelance and consulting work, placements; Italian, Portuguese, Vietnamese, Korean, Arabic. (None of
# the section bench's report-only variants, tests/fixtures/cv_corpus/section_headings.yaml: they stay unseen.)
HEADINGS += [
    ("experience", ("professional journey", "professional timeline", "key roles", "industry roles")),
    ("experience", ("paid work", "part-time work", "part time work", "part-time jobs", "part time jobs")),
    ("experience", ("summer jobs", "student jobs", "casual work", "consulting work", "freelance work")),
    ("experience", ("professional engagements", "clinical placements", "fellowship training", "where i have worked")),
    ("experience", ("where i've worked", "percorso professionale", "atuação profissional")),
    ("experience", ("arbeidservaring", "kinh nghiệm làm việc", "kinh nghiệm", "경력", "경력사항", "근무경력")),
    ("experience", ("الخبرة العملية", "الخبرات العملية", "الخبرات", "الخبرة المهنية", "实习")),
    # volunteering in Arabic, Hebrew, Greek, Hindi, Thai, Hungarian, Icelandic and Vietnamese; Arabic's summary
    ("volunteering", ("العمل التطوعي", "الأعمال التطوعية", "التطوع", "الخبرات التطوعية")),
    ("volunteering", ("התנדבות", "εθελοντισμός", "εθελοντική εργασία", "स्वयंसेवा", "งานอาสาสมัคร")),
    ("volunteering", ("önkéntes munka", "sjálfboðastarf", "hoạt động tình nguyện")),
    ("summary", ("نبذة شخصية", "الملخص", "ملخص")),
    ("volunteering", ("voluntary work", "voluntary experience", "voluntary roles")),
    # placements in Polish, Italian and Portuguese; the closing sections of Korean, Dutch, German and Chinese CVs
    ("experience", ("praktyki", "praktyki zawodowe", "staże", "staże i praktyki", "tirocini", "tirocinio", "estágio")),
    ("education", ("학력", "학력사항", "교육", "교육사항", "교육 및 연수")),
    ("certifications", ("자격증", "자격사항", "자격 및 면허", "수상", "수상경력")),
    ("languages", ("어학", "어학능력", "외국어", "talen", "talenkennis", "sprachkenntnisse", "语言能力")),
    ("skills", ("보유기술", "보유 기술", "vaardigheden", "vaardigheden en competenties")),
    ("contact", ("인적사항", "persoonlijke gegevens", "persoonsgegevens")),
    ("summary", ("자기소개", "kurzprofil", "profilo", "profiel", "profilo personale", "persoonlijk profiel")),
    # a Korean application form's other sections: activities and social experience (posts held in clubs, volunteer
    # corps, work-study), awards, training completed, projects
    ("experience", ("주요활동", "대외활동", "사회경험", "주요활동 및 사회경험", "대외활동 및 사회경험")),
    ("volunteering", ("봉사활동", "봉사 활동")),
    ("certifications", ("수상내역", "수상 내역", "수상 경력")),
    ("education", ("교육이수내역", "교육 이수 내역", "연수 및 교육")),
    ("projects", ("프로젝트", "참여프로젝트", "참여 프로젝트", "주요 프로젝트", "프로젝트 경험")),
]
# Headings of CVs in Ukrainian, Greek, Hebrew, Hindi, Thai, Hungarian and Icelandic, the rest of Arabic's and
# Vietnamese's, and the referees' and contact sections of Chinese, Japanese, Korean and Indonesian CVs, written for
# this project from the headings CV templates in those languages use. A heading not read leaves the section's lines
# in the one above it: an education line's switchboard number, or a referee's phone, was read as the seeker's.
HEADINGS += [
    ("experience", ("досвід роботи", "професійний досвід", "трудова діяльність", "επαγγελματική εμπειρία")),
    ("experience", ("εργασιακή εμπειρία", "προϋπηρεσία", "ניסיון תעסוקתי", "ניסיון מקצועי", "ניסיון בעבודה")),
    ("experience", ("שירות צבאי", "कार्य अनुभव", "व्यावसायिक अनुभव", "ประสบการณ์ทำงาน", "ประสบการณ์การทำงาน")),
    ("experience", ("szakmai tapasztalat", "munkatapasztalat", "korábbi munkahelyek", "starfsreynsla", "starfsferill")),
    ("education", ("освіта", "εκπαίδευση", "σπουδές", "التعليم", "المؤهلات العلمية", "المؤهل العلمي", "השכלה")),
    ("education", ("शिक्षा", "शैक्षिक योग्यता", "शैक्षणिक योग्यता", "การศึกษา", "ประวัติการศึกษา")),
    (
        "education",
        ("học vấn", "trình độ học vấn", "quá trình học tập", "tanulmányok", "végzettség", "iskolai végzettség"),
    ),
    ("education", ("menntun", "לימודים")),
    ("skills", ("навички", "δεξιότητες", "المهارات", "כישורים", "מיומנויות", "कौशल", "ทักษะ", "kỹ năng", "készségek")),
    ("skills", ("hæfni", "færni")),
    ("languages", ("мови", "знання мов", "ξένες γλώσσες", "اللغات", "שפות", "भाषाएँ", "ภาษา", "ngoại ngữ")),
    ("languages", ("nyelvtudás", "nyelvismeret", "tungumál", "tungumálakunnátta")),
    ("referees", ("рекомендації", "рекомендатори", "συστάσεις", "المراجع", "المعرفون", "ממליצים", "המלצות", "संदर्भ")),
    ("referees", ("บุคคลอ้างอิง", "người tham chiếu", "người giới thiệu", "referenciák", "ajánlók", "meðmælendur")),
    ("referees", ("推荐人", "证明人", "推薦者", "추천인", "referensi")),
    ("contact", ("контакти", "контактна інформація", "особисті дані", "επικοινωνία", "στοιχεία επικοινωνίας")),
    (
        "contact",
        ("προσωπικά στοιχεία", "معلومات الاتصال", "بيانات الاتصال", "معلومات شخصية", "פרטי קשר", "פרטים אישיים"),
    ),
    ("contact", ("संपर्क", "संपर्क विवरण", "व्यक्तिगत विवरण", "ติดต่อ", "ข้อมูลติดต่อ", "ข้อมูลส่วนตัว", "liên hệ")),
    ("contact", ("thông tin liên hệ", "thông tin cá nhân", "elérhetőség", "elérhetőségek", "személyes adatok")),
    ("contact", ("samskiptaupplýsingar", "tengiliðaupplýsingar", "persónuupplýsingar", "連絡先", "연락처", "kontak")),
    ("contact", ("informasi kontak", "data pribadi")),
    ("summary", ("про мене", "προφίλ", "نبذة عني", "תקציר", "קצת עליי", "giới thiệu bản thân", "bemutatkozás")),
]
# Words that name a role section only when they are the whole heading: "Research", "Clinical" (but "Research
# Interests" are interests, "Clinical Nurse" a title and "User Research" a skill). "Teaching" alone lists courses taught
# more often than posts held: only its lines that name a post ("Teaching Assistant", "Lecturer") are roles.
_WEAK_ROLE_HEADINGS = frozenset(["research", "clinical", "industry", "professional"])
ROLE_SECTIONS = {"experience", "volunteering", "teaching"}
# Heading words of role sections that list activities more often than posts held: "Teaching Experience" lists courses
# taught, "Public Outreach" talks given and pieces written; only their lines that name a post are roles.
_ACTIVITY_HEADINGS = frozenset(["teaching", "outreach"])


def lists_activities(heading: str) -> bool:
    """ "Teaching Experience", "Outreach and Volunteer Work": a role section whose lines are mostly activities."""
    return any(w in _ACTIVITY_HEADINGS for w in re.findall(r"[\w'’-]+", fold(clean_heading(heading))))


def _words(text: str) -> list[str]:
    return text.split()


# Heading words that also name employers or titles ("Media Solutions Ltd", "Software Engineer"): a heading only
# on a short line with no role noun.
_AMBIGUOUS_HEADINGS = frozenset(
    fold(w)
    for w in _words("""
software media press service services training trainings conference conferences studies interviews funding
recognition papers articles books community work teaching referee volunteer
""")
)

_HEADING_WORDS = {fold(w): kind for kind, words in HEADINGS for w in words}


def ambiguous_heading(text: str) -> bool:
    """ "Service", "Work": a heading word that also names employers or titles (so it may be half of a heading)."""
    return fold(clean_heading(text)) in _AMBIGUOUS_HEADINGS


_CJK = re.compile(r"[\u3000-\u9fff]")
# folded as the heading is (a kana with its voicing mark, "ボ", folds to "ホ")
_CJK_HEADINGS = [(fold(w), kind) for kind, words in HEADINGS for w in words if _CJK.search(w)]
_CJK_DOCUMENT_NAMES = frozenset(
    _words("職務経歴書 履歴書 経歴書 简历 个人简历 個人簡歷 工作简历 履历表 이력서 경력기술서")
)
# Role nouns and organisation words in Chinese, found inside a run of characters.
_CJK_ROLES = _words(
    "工程师 经理 实习生 分析师 研究员 助理 总监 主管 教师 讲师 教授 顾问 专员 设计师 负责人 主任 博士后 开发"
)
_CJK_ORGS = _words("公司 大学 学院 银行 集团 研究所 研究院 医院 科技 中心 实验室 学校")
# Chinese puts a name's head last: a post ends in a word or character of posts ("收银员", "厨师", "护士", "店长",
# "销售代表"), an organisation in one of organisations ("永辉超市", "锦江宾馆", "金杜律师事务所", "东莞电子厂"),
# simplified or traditional. The longer ending decides where both fit ("前台" is a post, not a "台"; "干部" no
# "部"), and an ending in neither list ("市场", "卫生", a degree's "博士") ends neither.
_ZH_POST_ENDS = _words(
    "员 員 师 師 长 長 士 生 手 官 者 经理 經理 主管 助理 总监 總監 顾问 顧問 负责人 負責人 主任 教授 代表 会计 會計"
    " 秘书 秘書 司机 司機 翻译 翻譯 编辑 編輯 前台 前檯 收银 收銀 出纳 出納 保安 保姆 保洁 保潔 导购 導購 客服 主播"
    " 教练 教練 总裁 總裁 董事 合伙人 合夥人 创始人 創辦人 学徒 學徒 销售 銷售 主厨 主廚 帮厨 園丁 园丁 助教 博士后"
    " 博士後 助管 干事 幹事 干部 幹部 总工 美工 电工 電工 技工 普工 钳工 焊工 护工 護工 木工 瓦工 杂工 操作工 开发 開發"
    " 运营 運營 策划 策劃 实习 實習 兼职 兼職 导游 導遊 领队 領隊 模特 演员 導演 导演 制片人 专家 專家 警察 医师"
    # Japanese: "支配人", "事務職", "営業担当", and the katakana posts ("システムエンジニア", "ホールスタッフ")
    " 支配人 管理人 料理人 職人 職 係 担当 担当者 社員 営業 事務 スタッフ エンジニア マネージャー マネジャー"
    " プログラマー プログラマ デザイナー コンサルタント アシスタント リーダー ディレクター アナリスト"
    " オペレーター ドライバー アルバイト インターン トレーナー ライター エディター プランナー アドバイザー"
    " カウンセラー セラピスト"
)
_ZH_ORG_ENDS = _words(
    "公司 集团 集團 大学 大學 学院 學院 学校 學校 幼儿园 幼兒園 医院 醫院 诊所 診所 银行 銀行 超市 商场 商場 酒店 宾馆"
    " 賓館 饭店 飯店 餐厅 餐廳 酒楼 酒樓 火锅 火鍋 研究所 研究院 中心 事务所 事務所 实验室 實驗室 委员会 委員會 政府"
    " 基金会 基金會 协会 協會 合作社 出版社 电视台 電視台 物业 物業 速运 速運 快递 快遞 科技 控股 传媒 傳媒 药业 藥業"
    " 药房 藥房 地产 地產 物流 证券 證券 保险 保險 巴士 厂 廠 局 厅 廳 署 所 院 站 馆 館 店 行 社 园 園 会 會 室 处"
    " 處 团 團 部"
    " 会社 ホテル リゾート 銀行 工場 商事 産業 工業 電機 製作所 役所 役場 組合 機構 財団 法人 グループ 薬局"
)
# "株式会社すかいらーく", "㈱ニトリ", "医療法人社団 緑成会": a Japanese company's legal form written before its name
JA_FIRM_FIRST = re.compile(
    r"^\s*(?:株式会社|有限会社|合同会社|合資会社|㈱|㈲|[(（][株有][)）]"
    r"|(?:一般|公益)?(?:社団|財団)法人|医療法人(?:社団|財団)?|社会福祉法人|学校法人|独立行政法人|国立大学法人)"
)
_ZH_NEITHER = _words("市场 市場 卫生 衛生 民生 旅行 执行 執行 博士 硕士 碩士 学士 學士 研究生")
_ZH_BRACKETS = re.compile(r"\s*[（(][^（()）]*[)）]\s*$")


def _zh_head(text: str) -> str:
    """ "post" or "org": what the last word of a Chinese name says it is (a branch in brackets after an
    organisation's name says "org": "海底捞火锅（春熙路店）"), or ""."""
    core = text.strip(" .,:;，。、：；")
    if JA_FIRM_FIRST.match(core):
        return "org"
    branch = _ZH_BRACKETS.search(core)
    if branch is not None:
        core, inner = core[: branch.start()], branch.group(0).strip(" （）()")
        if _zh_head(inner) == "org":
            return "org"
    ends = [(len(w), kind) for kind, words in _ZH_ENDS for w in words if core.endswith(w)]
    return max(ends)[1] if ends else ""


_ZH_ENDS = (("post", _ZH_POST_ENDS), ("org", _ZH_ORG_ENDS), ("", _ZH_NEITHER))


def _cjk_post(text: str) -> bool:
    """ "收银员", "销售代表", "产品经理（实习）": a Chinese post, by its last word, or holding a word of posts in a
    name that ends in no organisation's word."""
    if not _CJK.search(text) or _JA_PARTICLE.search(text):
        return False
    head = _zh_head(text)
    return head == "post" or (head != "org" and any(w in text for w in _CJK_ROLES))


# "第七届世界军人运动会后勤保障处志愿者", "华中师范大学大数据中心助管": Chinese writes a post right after the
# organisation it was held at, with no mark between them. A department ("销售部经理") is part of the post's name.
_ZH_UNIT_IN_POST = ("部", "室")
# "华中师范大学公共课《概率论》助教": a course or a project in book-title marks between the two is an aside
_ZH_BOOK_TITLE = re.compile(r"《[^《》]*》$")


def cjk_org_then_post(text: str) -> tuple[str, str] | None:
    """The organisation and the post of a Chinese name that writes the one after the other, or None."""
    core = text.strip()
    if not _CJK.search(core) or re.search(r"\s", core) or _JA_PARTICLE.search(core):
        return None
    for cut in range(len(core) - 2, 3, -1):
        org, post = core[:cut], core[cut:]
        if _zh_head(post) != "post":
            continue
        aside = _ZH_BOOK_TITLE.search(org)
        if aside is not None:
            before = org[: aside.start()]
            ends = [before.rfind(w) + len(w) for w in _ZH_ORG_ENDS if len(w) > 1 and w in before]
            org = before[: max(ends)] if ends else before
        if len(org) >= 4 and _zh_head(org) == "org" and not org.endswith(_ZH_UNIT_IN_POST):
            return org, post
    return None


# "新人教育を担当" (in charge of training new staff): a Japanese phrase of what was done, its object marked by a
# particle, names no post however it ends
_JA_PARTICLE = re.compile(r"[をがでへ]|にて|により")


def _cjk_org(text: str) -> bool:
    """ "永辉超市", "北京金杜律师事务所", "腾讯科技（深圳）": a Chinese organisation, by its last word, or holding a
    word of organisations in a name that ends in no post's word."""
    if not _CJK.search(text):
        return False
    head = _zh_head(text)
    return head == "org" or (head != "post" and any(w in text for w in _CJK_ORGS))


# Korean writes spaces between words: a post is a word of its own ("마케팅팀 대리", "간호사"), and an organisation's
# word ends a name written as one word ("서울아산병원", "해운대고등학교"), or the name carries "㈜" or "(주)".
_KO_ROLES = frozenset(
    _words(
        "간호사 교사 교수 강사 대리 사원 주임 과장 차장 부장 팀장 실장 본부장 이사 연구원 선임연구원 책임연구원"
        " 개발자 엔지니어 디자이너 인턴 매니저 컨설턴트 기자 의사 약사 회계사 세무사 변호사 요리사 조리사 영양사"
        " 상담원 판매원 사무원 미용사 보육교사 사회복지사 물리치료사 기술자 운전기사 점장 매장관리자 파트장 원장"
    )
)
_KO_ORG_ENDS = tuple(
    _words(
        "병원 의원 학교 대학교 대학 회사 은행 연구소 센터 재단 공사 공단 협회 그룹 학원 유치원 어린이집 호텔"
        " 연구원 전자 건설 증권 보험 시청 구청 군청 도청 교육청 기관 법인 법률사무소 사무소 농협 마트 백화점"
    )
)
_KO_NAMED = re.compile(r"㈜|\(주\)|주식회사|유한회사")


def _korean_post(text: str) -> bool:
    """ "간호사", "마케팅팀 대리": a Korean post's noun written as a word of its own."""
    return any(w.strip(".,()") in _KO_ROLES for w in text.split())


# Vietnamese, Arabic and Indonesian name a post head first ("Nhân viên kinh doanh": staff, of sales; "مدير فرع":
# manager, of a branch): the commonest heads of posts, written for this project, matched folded at the start of the
# text
_HEAD_FIRST_POSTS = tuple(
    fold(w)
    for w in (
        *("nhân viên", "trưởng phòng", "trưởng nhóm", "phó phòng", "kỹ sư", "giám đốc", "phó giám đốc", "quản lý"),
        *("chuyên viên", "thực tập sinh", "lập trình viên", "kế toán", "tài xế", "phục vụ", "đầu bếp", "phụ bếp"),
        *("giáo viên", "giảng viên", "bác sĩ", "y tá", "điều dưỡng", "lễ tân", "bảo vệ", "công nhân"),
        *("tư vấn viên", "tình nguyện viên", "trợ lý", "thư ký", "kiểm toán viên", "phiên dịch viên", "pha chế"),
        *("biên tập viên", "nhà thiết kế", "chuyên gia", "cộng tác viên", "giám sát", "tổ trưởng"),
        *("مدير", "مشرف", "بائع", "محاسب", "مهندس", "معلم", "مدرس", "موظف", "سائق", "طباخ", "نادل", "ممرض"),
        *("ممرضة", "طبيب", "مساعد", "أخصائي", "فني", "مبرمج", "متدرب", "مطور", "محلل", "مستشار", "رئيس قسم"),
        *("منسق", "مندوب", "كاشير", "سكرتير", "مصمم", "باحث", "محاضر", "أستاذ", "مراقب", "مترجم", "صيدلي", "متطوع"),
        *("متطوعة", "رقيب", "عريف", "جندي", "ضابط", "ملازم", "نقيب"),  # volunteer (f.), ranks: sergeant … captain
        # Indonesian and Malay ("Staf Gudang": staff, of the warehouse; "Kepala Toko": head, of a shop)
        *("staf", "kasir", "pramuniaga", "pramusaji", "sopir", "kurir", "perawat", "guru", "dosen", "koki"),
        *("juru masak", "pelayan", "satpam", "teknisi", "akuntan", "manajer", "karyawan", "pegawai", "petugas"),
        *("kepala", "wakil kepala", "bidan", "apoteker", "dokter", "asisten", "sekretaris", "direktur", "penyelia"),
        *("relawan", "pengajar", "montir", "tukang", "sersan", "kopral", "letnan", "kapten", "mandor", "pengemudi"),
        # French "Comptable" (accountant) names a post first on its line; after a noun it is an adjective ("expertise
        # comptable", "cabinet comptable")
        "comptable",
    )
)


# one pattern for them all: `role_score` asks it of every piece of text that names no other post
_HEAD_FIRST = re.compile(rf"(?:{'|'.join(map(re.escape, _HEAD_FIRST_POSTS))})(?: |$)")


def _head_first_post(text: str) -> bool:
    """ "Tài xế", "Nhân viên kho", "مدير فرع", "Staf Gudang", "Comptable": a Vietnamese, Arabic, Indonesian or French
    post, by its head word first."""
    return _HEAD_FIRST.match(fold(text).strip(" .,()")) is not None


def _korean_org(text: str) -> bool:
    """ "서울아산병원", "㈜한빛소프트": a Korean organisation's word ending a word (never the whole word), or its
    legal form."""
    words = [w.strip(".,()") for w in text.split()]
    return bool(_KO_NAMED.search(text)) or any(
        w.endswith(_KO_ORG_ENDS) and w not in _KO_ORG_ENDS and w not in _KO_ROLES for w in words
    )


# Turkish posts, each with the suffix it takes as the head of a compound ("Mühendis" -> "Yazılım Mühendisi")
_TR_POSTS = [
    tuple(pair.split("+"))
    for pair in _words("""
mühendis+i şoför+ü eleman+ı danışman+ı uzman+ı müdür+ü sorumlu+su asistan+ı öğretmen+i temsilci+si yönetici+si
operatör+ü teknisyen+i tekniker+i geliştirici+si lider+i şef+i muhasebeci+si garson+u kasiyer+i stajyer+i
hemşire+si aşçı+sı sekreter+i analist+i tasarımcı+sı mimar+ı avukat+ı eczacı+sı araştırmacı+sı koordinatör+ü
direktör+ü memur+u kurye+si görevli+si işçi+si elektrikçi+si usta+sı çırak+ı editör+ü çevirmen+i muhabir+i
gönüllü+sü resepsiyonist+i yetkili+si kalfa+sı satıcı+sı
""")
]
ROLE_NOUNS = frozenset(
    fold(w)
    for w in _words("""
engineer engineers manager analyst scientist developer architect director consultant officer administrator
designer lead leader specialist coordinator head advisor adviser owner co-owner trustee intern interns
programmer technician executive president founder co-founder cofounder creator investor partner associate researcher
lecturer tutor accountant editor assistant assistants nurse teacher instructor professor fellow counselor
counsellor planner auditor journalist writer member worker student volunteer driver supervisor clerk
cashier chef cook waiter agent representative ta organizer organiser demonstrator reader ambassador mentor
trainer coach employee operator apprentice trainee ojt stage stagiaire alternant ingénieur développeur
responsable техник инженер программист разработчик стажер стажёр руководитель аналитик менеджер
utvecklare trädgårdsarbetare entwickler praktikant werkstudent co-op part-time full-time secretary
receptionist pharmacist physician doctor surgeon therapist paramedic midwife carer caregiver librarian
attorney lawyer solicitor paralegal economist statistician strategist buyer merchandiser salesperson
chairman chair vp cto ceo cfo coo sde swe postdoc post-doctoral studentship resident psychiatrist psychologist
webmaster scholar judge server barista bartender host hostess dishwasher cleaner housekeeper nanny babysitter
lifeguard stocker packer courier porter attendant guard soldier sergeant lieutenant captain corporal mechanic
electrician plumber carpenter welder machinist labourer laborer farmer gardener fellow candidate faculty
investigator co-investigator preceptor docent adjunct dean provost rector curator archivist translator interpreter
photographer producer reporter correspondent contributor freelancer contractor practitioner clinician affiliate
staff dentist hygienist orthodontist physicist chemist artist stylist florist pianist violinist guitarist
vocalist typist novelist columnist lobbyist cartoonist botanist geneticist physiotherapist psychotherapist
nutritionist optometrist podiatrist anaesthetist anesthetist
teller busser barback valet bookkeeper janitor custodian firefighter concierge bellhop dispatcher chauffeur
estimator surveyor drafter draftsman underwriter adjuster actuary realtor broker recruiter scheduler croupier
groomer referee umpire caretaker landscaper roofer phlebotomist sonographer copywriter proofreader
videographer animator illustrator seamstress orderly pilot veterinarian doula salesman saleswoman usher
ingeniero ingeniera desarrollador desarrolladora analista gerente directora jefe jefa consultor consultora becario
becaria asistente profesora investigador investigadora tecnico tecnica coordinadora programador programadora
ingenieure developpeur developpeuse chef charge chargee consultante directeur directrice gestionnaire assistante
enseignant enseignante chercheur chercheuse professeur professeure technicien technicienne
ingenieur berater beraterin leiter leiterin referent referentin sachbearbeiter mitarbeiter mitarbeiterin
projektleiter entwicklerin ingenieurin praktikantin werkstudentin
medewerker adviseur ontwikkelaar analist beheerder onderzoeker lector lectora lektor lektorin
ingegnere sviluppatore responsabile consulente tirocinante ricercatore ricercatrice docente
engenheiro engenheira desenvolvedor desenvolvedora estagiario estagiaria pesquisador pesquisadora
""")
    # The commonest posts in shops, kitchens, care, schools, offices and trades in Italian, Dutch, Polish and
    # Spanish, both genders (written for this project from the languages; no occupation list of theirs is derived:
    # data/README.md), left out where the word is also a common surname ("Bakker", "Timmerman", "Ogrodnik")
    + _words("""
commesso commessa cameriere cameriera insegnante muratore cuoca infermiere infermiera impiegato impiegata operaio
operaia magazziniere magazziniera cassiere cassiera autista elettricista idraulico falegname parrucchiere
parrucchiera educatore maestro professoressa segretaria segretario contabile avvocato avvocata farmacista
addetto addetta collaboratrice direttrice badante bracciante agricoltore giardiniere pasticcere pizzaiolo estetista
leraar lerares leerkracht verpleegkundige verkoper verkoopster boekhouder schoonmaker schoonmaakster verzorgende
verzorger verzorgster loodgieter elektricien secretaresse receptioniste advocaat apotheker tandarts huisarts
begeleider begeleidster stagiair vrijwilliger bezorger vakkenvuller serveerster kassamedewerker
księgowa księgowy kierowca pielęgniarka pielęgniarz nauczycielka nauczyciel sprzedawca sprzedawczyni kelnerka
kelner magazynier kucharz kucharka kasjerka kasjer sprzątaczka opiekunka opiekun lekarz lekarka fryzjer fryzjerka
elektryk hydraulik murarz spawacz pracownik pracowniczka kierownik kierowniczka asystentka referentka doradca
konsultant konsultantka programista programistka inżynier ekonomista prawnik adwokat farmaceuta fizjoterapeuta
położna ratownik listonosz recepcjonistka barmanka sekretarka praktykant praktykantka stażysta stażystka
wolontariusz specjalista specjalistka
cajera cajero contadora contador dependienta limpiadora limpiador reponedora reponedor teleoperadora teleoperador
gerocultora gerocultor administrativa administrativo repartidora repartidor abogada abogado panadera panadero
mesero mesera pasante bodeguero bodeguera vigilante
voluntario voluntaria voluntário voluntária volontario volontaria bénévole freiwilliger relawan gönüllü
""")
    # French too (the derived list holds only the heads of five occupations or more), and soldiers' ranks
    + _words("""
employé employée caissier caissière serveur serveuse cuisinier cuisinière infirmier infirmière
aide-soignant aide-soignante secrétaire magasinier magasinière livreur livreuse conseiller conseillère formateur
formatrice animateur animatrice éducateur éducatrice juriste avocate pharmacien pharmacienne médecin électricien
plombier boulanger boulangère pâtissier pâtissière coiffeur coiffeuse réceptionniste hôtesse manutentionnaire
préparateur préparatrice opérateur opératrice ouvrier ouvrière apprenti apprentie cariste
sergente sargento teniente soldado soldato sergent tenente capitão practicante
сержант ефрейтор лейтенант капитан солдат
""")
    # and in Russian and Ukrainian, both genders ("Бухгалтер", "Кладовщик", "Вихователька", "Фахівець")
    + _words("""
бухгалтер кладовщик кладовщица продавец продавщица кассир водитель повар официант официантка администратор
секретарь юрист врач медсестра медбрат учитель учительница преподаватель воспитатель воспитательница грузчик
курьер оператор диспетчер логист экономист маркетолог дизайнер электрик сварщик слесарь механик монтажник
охранник консультант специалист начальник директор заместитель бариста бармен уборщица уборщик фармацевт
провизор фельдшер лаборант переводчик переводчица корреспондент редактор журналист фотограф тестировщик
архитектор инспектор аудитор экспедитор комплектовщик сборщик упаковщик практикант ассистент помощник
разработчица программистка аналитик представитель кондитер пекарь парикмахер мерчандайзер товаровед няня
сиделка санитар санитарка волонтер волонтёр волонтерка
бухгалтерка комірник комірниця продавчиня касирка водій кухар кухарка офіціант офіціантка адміністратор
секретар лікар вчитель вчителька викладач викладачка вихователь вихователька вантажник кур'єр логіст економіст
електрик зварник слюсар механік охоронець спеціаліст фахівець заступник розробник програміст інженер аналітик
стажист тестувальник помічник асистент перекладач журналіст лаборант перукар пекар
касир продавець сестра медсестра
""")
    # and in Turkish, which puts the head last as English does, often with its suffix ("Yazılım Mühendisi", "Tır
    # Şoförü", "Depo Elemanı"): each post alone and with it
    + [w for stem, suffix in _TR_POSTS for w in (stem, stem + suffix)]
)
# Lines of work: a piece naming one with no role noun ("Growth Marketing", "Data & Analytics") is a title
# rather than an employer, when nothing else tells them apart.
FIELDS = frozenset(
    fold(w)
    for w in _words("""
marketing sales engineering operations design product finance accounting growth data analytics support
strategy development communications recruitment recruiting legal compliance security infrastructure
procurement logistics editorial content brand partnerships fundraising teaching nursing tutoring
devops devsecops mlops dataops gitops finops
""")
)
# Fields of work and study as Spanish, Portuguese and French titles name them after "en"/"em" ("Ingeniero en
# Sistemas", "Stagiaire en Communication")
ROMANCE_FIELDS = frozenset(
    fold(w)
    for w in _words("""
sistemas informática computación economía administración contabilidad ingeniería engenharia derecho
direito educación educação enfermería enfermagem psicología psicologia finanzas finanças ventas vendas
telecomunicaciones telecomunicações electrónica eletrônica mecánica mecânica software datos dados redes salud
saúde ciencias ciências desarrollo desenvolvimento seguridad segurança calidad qualidade logística recursos
comunicación comunicação diseño matemáticas matemática física química biología biologia medicina farmacia
arquitectura arquitetura gestión gestão proyectos projetos ti tecnología tecnologia soporte suporte negocios
negócios industrial civil electricidad eletricidade procesos processos auditoría auditoria
informatique communication gestion droit commerce comptabilité économie génie mécanique électronique santé
éducation développement logistique ressources humaines humanos
""")
)
SENIORITY = frozenset(_words("junior senior lead principal staff chief graduate deputy assistant associate"))

ORG_WORDS = frozenset(
    fold(w)
    for w in _words("""
university université universität universidad universiteit college school institute institut academy
hospital clinic health board bank group groupe company copmany co co. corp corporation inc inc. llc ltd
ltd. limited plc gmbh ag sa sas sarl pty services solutions systems technologies technology labs lab
laboratory centre center council department ministry agency association club society foundation trust
partners consulting consultants studio project team unit office authority government bureau telecom
satellites industries holdings enterprises ventures media bv nv ab oy as asa kk ao ооо ао pao пао
collegian church restaurant hotel store stores superette shop market bakery café cafe farm factory
firm network networks press publishing software airlines airways railway insurance capital commission
museum observatory planetarium library theatre theater orchestra federation union league festival conference
embassy parliament senate court army navy corps charity incubator accelerator publisher magazine newspaper
journal radio pharmacy fair section committee
univ dept inst assoc hosp energy pharma pharmaceuticals therapeutics biosciences robotics motors automotive retail
foods brands games entertainment productions records
hochschule klinik klinikum krankenhaus stiftung verein gesellschaft behorde ministerium
kanzlei spedition gericht gasthaus gasthof
fundacion ayuntamiento empresa hospitalario societe entreprise mairie ministere hopital clinique ecole
gemeente ziekenhuis stichting hogeschool universita ospedale fondazione comune azienda universidade fundacao
institutet institutt instituut instituto istituto instytut institutu universitet universitetet uniwersytet
univerzita univerzitet yliopisto egyetem universitatea universitas universiti universitesi hogskola hogskolan
politecnico politecnica laboratories laboratorio laboratoire laboratorium sjukhus sykehus sygehus
kommune kommun ministerio facultad faculte faculdade fakultet
a.ş. şti. holding kargo lojistik ticaret sanayi bankası hastanesi mağazaları mağazalar belediyesi bakanlığı vakfı
derneği teknoloji yazılım inşaat okulu lisesi
lycée liceo liceum lyceum colegio colégio escola escuela scuola schule gimnazjum gymnázium szkoła школа лицей гимназия
""")
) | cv_places.read_words("org_kinds.txt")  # kinds a law names in one word: "Banco", "Sparkasse", "Yayasan" (GLEIF)

COUNTRIES = (
    frozenset(
        fold(w)
        for w in _words("""
afghanistan albania algeria argentina armenia australia austria azerbaijan bangladesh belarus belgium
bolivia brazil bulgaria cambodia cameroon canada chile china colombia croatia cyprus czechia denmark egypt
england estonia ethiopia finland finlande france germany allemagne ghana greece hungary iceland india
indonesia iran iraq ireland israel italy italie japan jordan kazakhstan kenya korea kuwait latvia lebanon
lithuania luxembourg malaysia mexico morocco nepal netherlands nigeria norway pakistan palestine peru
philippines poland portugal qatar romania russia rwanda scotland serbia singapore slovakia slovenia spain
espagne sri sweden suède switzerland suisse taiwan tanzania thailand tunisia turkey uganda ukraine uae
uk usa us uzbekistan vietnam wales zambia zimbabwe remote deutschland espana italia nederland schweiz osterreich
sverige norge danmark suomi polska brasil turkiye россия netherlands czech macedonia bosnia montenegro moldova
georgia mongolia myanmar laos oman bahrain yemen syria libya sudan senegal mali niger benin togo botswana namibia
mozambique madagascar malawi angola jamaica cuba panama ecuador uruguay paraguay venezuela guatemala honduras
nicaragua salvador haiti
""")
    )
    | {
        "new zealand",
        "south africa",
        "united kingdom",
        "united states",
        "saudi arabia",
        "hong kong",
        "united arab emirates",
        "sri lanka",
        "west bank",
        "the netherlands",
        "czech republic",
        "south korea",
        "north macedonia",
        "ivory coast",
        "costa rica",
        "puerto rico",
        "dominican republic",
        "el salvador",
    }
    | cv_places.countries()
)
# States, provinces and regions written out ("Austin, Texas", "Pune, Maharashtra", "Munich, Bavaria"): after a
# city they make a place just as "TX" does.
_NAMED_REGIONS = frozenset(
    fold(w.replace("_", " "))
    for w in _words("""
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
montana nebraska nevada new_hampshire new_jersey new_mexico new_york north_carolina north_dakota ohio oklahoma
oregon pennsylvania rhode_island south_carolina south_dakota tennessee texas utah vermont virginia washington
west_virginia wisconsin wyoming ontario quebec british_columbia alberta manitoba saskatchewan nova_scotia
new_south_wales victoria queensland tasmania maharashtra karnataka tamil_nadu kerala telangana gujarat punjab
rajasthan uttar_pradesh west_bengal bihar haryana delhi bavaria bayern hesse hessen saxony catalonia andalusia
lombardy ontario scotland england wales
""")
)
REGIONS = (
    _NAMED_REGIONS
    | cv_places.regions()
    # Mexico's states as Mexicans shorten them after a town ("Guadalajara, Jal.", "León, Gto."); those that are
    # words too ("Col.", "Son.", "Ver.") are left out
    | frozenset(_words("ags bcs chih chis coah dgo gto hgo jal mex mich nay oax pue qro slp tamps tlax yuc zac"))
)
# Large cities, alone a place ("London | Monzo | Software Engineer"); names that are also common words or
# employers' names (Phoenix, Mobile, Reading, Nice) are left out. GeoNames' big cities are read too (cv_places).
CITIES = frozenset(
    fold(w.replace("_", " "))
    for w in _words("""
london paris berlin madrid barcelona rome milan munich hamburg frankfurt vienna zurich geneva amsterdam rotterdam
brussels copenhagen stockholm oslo helsinki dublin edinburgh glasgow manchester birmingham leeds bristol lisbon
porto warsaw krakow prague budapest bucharest athens istanbul moscow kyiv kiev tallinn riga vilnius new_york
san_francisco los_angeles chicago boston seattle austin houston dallas denver atlanta miami philadelphia
washington_dc pittsburgh baltimore minneapolis detroit portland san_diego san_jose toronto montreal vancouver
ottawa calgary sydney melbourne brisbane perth auckland wellington tokyo osaka kyoto seoul beijing shanghai
shenzhen guangzhou taipei bangkok jakarta manila kuala_lumpur hanoi mumbai delhi new_delhi bangalore bengaluru
hyderabad chennai pune kolkata karachi lahore dhaka dubai abu_dhabi doha riyadh tel_aviv jerusalem cairo lagos
nairobi accra johannesburg cape_town casablanca mexico_city bogota lima santiago buenos_aires sao_paulo
rio_de_janeiro
""")
)
US_STATE = re.compile(
    r"^(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|"
    r"S[CD]|T[NX]|UT|V[TA]|W[AVIY]|NSW|VIC|QLD|TAS|ACT|WA|SA|NT|ON|BC|QC|AB|MB|SK|NS|NB|NL|PE|YT|NU)$"
)

_OCCUPATION_LANGUAGES = ("en", "fr", "es", "pt")
# English heads that name a thing, a firm or a trade's product as often as a person ("Word Processor", "Service
# Provider"), or a part played at an event ("Presenter" of a talk): they do not make a line a title.
_EN_HEADS_NOT_PEOPLE = frozenset(
    _words("""
blender caster checker cutter dealer dealers driller experts filler finisher fixer grader grinder keeper layer
maintainer maker manufacturer mixer molder moulder pattern-maker patternmaker polisher presser printer processor
professional provider rearer roaster servicer setter sorter tender testers traders trimmer vendor washer wholesaler
builder collector merchant breeder breeders presenter
""")
)
# Head nouns of real occupation titles (ESCO in English, French and Spanish, the Brazilian CBO in Portuguese):
# "Controller", "Ingeniero", "Chercheuse", "Pesquisadora".
# Derived by scripts/derive_cv_words.py (see data/README.md); they score a title like ROLE_NOUNS, except the words
# this module already reads otherwise, as a heading, a field or an organisation word ("Professional Development
# Program" names a programme, "Professional Experience" a section).
_HEADS = frozenset().union(
    *(cv_places.read_words(f"occupation_heads_{lang}.txt") for lang in _OCCUPATION_LANGUAGES)
) - (ORG_WORDS | FIELDS | _HEADING_WORDS.keys() | _WEAK_ROLE_HEADINGS | ROLE_NOUNS | _EN_HEADS_NOT_PEOPLE)
# A plural names a firm or a team ("Skyline Architects", "Rail Operators") more often than one person's post.
OCCUPATION_HEADS = frozenset(h for h in _HEADS if not (h.endswith("s") and h[:-1] in _HEADS | ROLE_NOUNS))

# The headings of a role's own parts ("Key Responsibilities", "Main Achievements", "Duties"): inside a role, no
# section of their own and no name of a title or an employer
ROLE_PART = re.compile(r"\b(?:duties|achievements?|accomplishments?|responsibilities|highlights|key results)\b", re.I)

_WEAK_ORG_WORDS = frozenset(
    _words("""
systems solutions technologies technology services media software network networks capital health press
department unit office lab labs laboratory studio committee journal
""")
)

NOT_NAMES = frozenset(
    fold(w)
    for w in _words("""
resume résumé cv curriculum vitae one-page page profile contact personal details address phone email
e-mail e-mails emails telephone website linkedin github
mobile tel lebenslauf currículo curriculo 简历 个人简历 个人履历 履历 求职简历 履歴書 職務経歴書 이력서
sơ yếu lý lịch
""")
)


# "Position", "Appointment", "Jobs", "Ventures": a role section's heading when it is the whole line;
# within a line they are labels ("Position: Data Analyst"), titles ("Jobs Coordinator") or names ("Blue Sky
# Ventures").
_WHOLE_HEADINGS = _HEADING_WORDS | dict.fromkeys(
    map(
        fold,
        _words(
            "position appointment emplois postes jobs roles self-employment entrepreneurship ventures"
            " startups engagements assignments lectureships directorships trabajo carreira"
            " erfahrung beruf"
        ),
    ),
    "experience",
)


# "ДОСВІД РОБОТИ — 2 РОКИ 3 МІСЯЦІ", "Work experience – 7 years": the time a CV's whole experience spans, after a
# dash (hh.ru writes its experience heading so): one or two numbers, each with a word of its unit
TOTAL_LENGTH = re.compile(r"\s+[—–-]\s+\d{1,2}\+?\s+[^\W\d_]+\.?(?:\s+\d{1,2}\s+[^\W\d_]+\.?)?\s*$")


def heading_kind(text: str) -> str | None:
    """The section kind of a short heading line ("Work Experience:", "○ SKILLS ○", "🎓 Experience"), or None."""
    t = clean_heading(text)
    if (total := TOTAL_LENGTH.search(t)) is not None and total.start() > 0:
        return heading_kind(t[: total.start()])  # "Опыт работы — 2 года 3 месяца": the heading, then years in all
    if not t or len(t) > 60 or any(c.isdigit() for c in t) or "@" in t:
        return None
    low = fold(t)
    words = re.findall(r"[\w'’-]+", low)
    if not words or len(words) > 6:
        return None
    if low in _WHOLE_HEADINGS:
        return _WHOLE_HEADINGS[low]
    if low in _CJK_DOCUMENT_NAMES:
        return None  # "職務経歴書" names the document (a CV of one's posts), no section of it
    cjk = next((kind for w, kind in _CJK_HEADINGS if w in low), None)
    if cjk is not None:  # "工作经历", "一、工作经历": Chinese writes no spaces between words
        return cjk
    kind = _vocab_kind(t, low, words)
    if kind is not None:
        # "Teaching and Training", "Workshops Taught": courses one gave, not took; its posts are roles
        return "teaching" if kind not in ROLE_SECTIONS and _TEACHING_WORDS & set(words) else kind
    # "Research", "Research & Industry"; "User Research" is a skill.
    weak = all(w in _WEAK_ROLE_HEADINGS or w in ("and", "&") for w in words) and words[0] in _WEAK_ROLE_HEADINGS
    return "experience" if weak else _misspelt_heading(t, words)


def _misspelt_heading(t: str, words: list[str]) -> str | None:
    """ "EXPERINECES": one word in capitals, eight letters or more, one letter off (or two swapped) a one-word
    heading with the same first letter, is that heading misspelt; a word in mixed case may be a name, unless it is
    one word of ten letters or more ("Employement"): no name is that long and one letter off a heading. Then the
    slip must be inside the word: one off at its end is another word ("Certificate", "Experienced")."""
    titled = len(words) == 1 and len(words[0]) >= 10 and t.istitle()
    if not (t.isupper() or titled) or len(words) > 3:
        return None
    if len(words) > 1:
        # "EXPERIECE BACKGROUND": one word of a heading of two or three words misspelt so; the heading read as it
        # would be spelt right ("SENIOR LECTURER" is a post one letter off "lectures", and stays one)
        if role_score(t) >= 1:
            return None
        fixed = [_misspelt_word(w) or w for w in words]
        if fixed == words:
            return None
        return _vocab_kind(" ".join(fixed), " ".join(fixed), fixed)
    if len(words[0]) < 8:
        return None
    kinds = {
        kind
        for w, kind in _one_word_headings()
        if w[0] == words[0][0] and OSA.distance(words[0], w) <= 1 and (t.isupper() or w[-2:] == words[0][-2:])
    }
    return kinds.pop() if len(kinds) == 1 else None


def _misspelt_word(word: str) -> str | None:
    """The one heading word of eight letters or more, with the same first letter, that `word` is one letter off."""
    if len(word) < 8 or any(word == w for w, _ in _one_word_headings()):
        return None
    near = {w for w, _ in _one_word_headings() if w[0] == word[0] and OSA.distance(word, w) <= 1}
    return near.pop() if len(near) == 1 else None


@cache
def _one_word_headings() -> tuple[tuple[str, str], ...]:
    return tuple((fold(w), kind) for kind, vocab in HEADINGS for w in vocab if " " not in fold(w) and len(fold(w)) >= 8)


def _vocab_kind(t: str, low: str, words: list[str]) -> str | None:
    for kind, vocab in HEADINGS:
        for w in vocab:
            fw = fold(w)
            if " " in fw:
                if re.search(rf"(?<!\w){re.escape(fw)}(?!\w)", low):
                    return kind
            elif fw in words and not (fw in _AMBIGUOUS_HEADINGS and _names_a_role_or_org(fw, t, words)):
                return kind
    return None


_TEACHING_WORDS = frozenset(["teaching", "taught"])

# "and" in the languages of the headings above too ("Conférences et séminaires", "Kurs ve Seminerler").
_HEADING_FILLERS = frozenset(
    _words("and & of in selected other additional recent professional academic related key relevant invited")
    + _words("et y e und en i och og ja ve si a и")
)


def _names_a_role_or_org(word: str, text: str, words: list[str]) -> bool:
    """ "Customer Service Representative", "Educational Engineering Press": a title or an employer, not a heading.
    A word that names either is a heading only among heading words ("Talks & Media", "Selected Software");
    "Service" also after a word or two that say whose ("University Service"), with no role noun."""
    if word == "service":  # "Financial Services", "IT Services": an industry, not a heading
        return len(words) > 3 or role_score(text) >= 1 or has_org_word(text, strong=True)
    return len(words) > 4 or any(w not in _HEADING_WORDS and w not in _HEADING_FILLERS for w in words)


_HEADINGS_OWN_WORDS = frozenset(_HEADING_WORDS) | _HEADING_FILLERS | _WEAK_ROLE_HEADINGS


def names_more_than_a_heading(text: str) -> bool:
    """ "Coding Education through games": words besides the heading's own and its fillers ("Relevant Education" has
    none, nor has "Research Publications": a kind of work that qualifies a heading), so a line that may be a role's
    head, dressed and placed as one."""
    whole = fold(clean_heading(text))
    if whole in _WHOLE_HEADINGS:
        return False  # "Formación académica", "Academic Background": a known heading whole, nothing besides it
    words = re.findall(r"[\w'’-]+", whole)
    return any(w not in _HEADINGS_OWN_WORDS and len(w) > 2 for w in words)


def without_heading_words(text: str) -> str:
    """ "Volunteer Experience" -> "": the words of a heading that are no heading vocabulary ("Community Manager" ->
    "Manager"), to tell a heading that holds a role noun from a role title."""
    return " ".join(w for w in text.split() if fold(w).strip(":,.") not in _HEADING_WORDS)


def clean_heading(text: str) -> str:
    """Heading text without decoration: emoji, circles, colons, a rule typed after it ("Skills_______"),
    surrounding spaces."""
    # a vowel sign ending an Indic or Thai word ("शिक्षा") is a mark, not a letter, but part of the word
    t = re.sub(r"^(?:[^\w]|_)+|(?:[^\w)\u0900-\u0DFF\u0E00-\u0E7F]|_)+$", "", text.strip())
    t = re.sub(r"^(?:\d{1,2}|[IVX]{1,4}|[A-H])[.)]\s+", "", t)  # "1. Experience", "II. Education", "A) Skills"
    if re.fullmatch(r"\w(?: \w)+(?:\s{2,}\w(?: \w)+)*", t):  # "E X P E R I E N C E", letter-spaced
        t = " ".join(w.replace(" ", "") for w in re.split(r"\s{2,}", t))
    return re.sub(r"\s+", " ", t)


def tokens(text: str) -> list[str]:
    return re.findall(r"[\w'’&.-]+", fold(text))


# "Rao & Associates", "Moss and Partners", "Cole & Sons": a firm's name ends so; the plural names its people as a
# whole, never one's post
_FIRM_SUFFIX = re.compile(
    r"\s(?:&|and|und|y|et|e)\s+(?:associates|partners|sons|brothers|associés|asociados)\.?\s*$", re.I
)


def firm_suffix(text: str) -> bool:
    return _FIRM_SUFFIX.search(text) is not None


def role_score(text: str) -> float:
    if (firm := _FIRM_SUFFIX.search(text)) is not None:
        text = text[: firm.start()]
    toks = [t.strip(".") for t in tokens(text)]
    if not toks:
        return 0.0
    hyphened = "-" in text and (bool(_prefixed_posts(text)) or _linked_post(text) or _two_posts_hyphened(text))
    score = 1.0 if any(_role_noun(t) for t in toks) or _german_trades(toks) or hyphened or _compound_post(text) else 0.0
    if not score and (any(_role_noun(a + b) for a, b in pairwise(toks)) or _post_in_two_words(text)):
        score = 1.0  # "Web Master", "Book Keeper", "Fire Fighter": a post's one-word noun written as two words
    if not score and (_cjk_post(text) or _korean_post(text) or _head_first_post(text)):
        score = 1.0
    if any("/" in t for t in text.split()) and score == 0:
        score = 0.5 if any(p in ROLE_NOUNS for p in re.split(r"[/]", fold(text))) else 0.0
    if score and toks[0] in SENIORITY:
        score += 0.2
    if len(toks) > 10:
        score -= 0.5
    return score


def plural_role_noun(token: str) -> bool:
    """ "Fellows", "Students", "Assistants": a post's noun in the plural, which names people, not one's post."""
    return len(token) > 3 and token.endswith("s") and _role_noun(token[:-1]) and not token.endswith("ss")


def _role_noun(token: str) -> bool:
    return token in ROLE_NOUNS or token.rstrip("s") in ROLE_NOUNS or token in OCCUPATION_HEADS or _agent_noun(token)


# The last words of English posts written as one word, a thing worked on before the one who works it
# ("Caseworker", "Greenkeeper", "Deckhand", "Childminder", "Boilermaker", "Fishmonger"); not "-man", "-smith",
# "-wright" or "-herd", which end as many surnames ("Friedman", "Goldsmith", "Cartwright", "Shepherd")
_POST_LAST_WORDS = (
    "worker",
    "keeper",
    "hand",
    "minder",
    "maker",
    "monger",
    # Dutch compounds ("Elektromonteur", "Klantenservicemedewerker", "Vrachtwagenchauffeur", "Teamleider")
    "monteur",
    "medewerker",
    "medewerkster",
    "ontwikkelaar",
    "beheerder",
    "adviseur",
    "verkoper",
    "chauffeur",
    "leider",
)


def _compound_post(text: str) -> bool:
    """A word written as a title is, a capital then lower case (not a product's "SageMaker", "ZooKeeper"), made of a
    word of its own (three letters or more) and a post's last word."""
    for word in text.split():
        w = fold(word.strip(".,;:()[]"))
        titled = word[:1].isupper() and word[1:].strip(".,;:()[]").islower() and w.isalpha()
        if titled and any(w.endswith(h) and len(w) - len(h) >= 3 for h in _POST_LAST_WORDS):
            return True
    return False


_PEOPLES_LAST_WORDS = frozenset(["hand", "keeper", "minder", "monger"])


def _post_in_two_words(text: str) -> bool:
    """ "Farm Hand", "Deck Hand", "Stall Keeper", "Child Minder": a one-word post (`_compound_post`) written as two
    capitalised words, its last word one only people are ("Farm" before it names no organisation then); not a name
    in "-ing" ("Helping Hand"), nor a thing that makes or works ("Pattern Maker", "Metal Worker" stay as written)."""
    words = [w.strip(".,;:()[]") for w in text.split()]
    return any(
        fold(b) in _PEOPLES_LAST_WORDS and _compound_post(a + fold(b)) and not fold(a).endswith("ing")
        for a, b in pairwise(words)
        if b[:1].isupper()
    )


def _prefixed_posts(text: str) -> set[str]:
    """ "Co-Instructor", "Vice-President", "Sub-Editor": a post's noun after a prefix that shares or seconds it,
    written as a title is, with a capital (not "co-lecturer with Jane Doe" inside a sentence's aside)."""
    out = set()
    for word in text.split():
        prefix, dash, rest = fold(word.strip(".,;:()[]")).casefold().partition("-")
        if word[:1].isupper() and dash and prefix in _POST_PREFIXES and len(rest) > 2 and _role_noun(rest):
            out.add(f"{prefix}-{rest}")
    return out


def _two_posts_hyphened(text: str) -> bool:
    """ "Стажер-аналитик", "Инженер-программист", "Teacher-Librarian": two posts' nouns joined by a hyphen, one post
    (Russian and Ukrainian titles are often so written)."""
    for word in text.split():
        parts = fold(word.strip(".,;:()[]")).split("-")
        if len(parts) == 2 and all(len(p) > 2 and _role_noun(p) for p in parts):
            return True
    return False


_POST_PREFIXES = frozenset(
    [
        *("co", "vice", "sub", "pro", "joint", "acting", "interim", "deputy", "associate"),
        # a rank's order in Portuguese ("Terceiro-sargento"); a Dutch apprentice ("Leerling-monteur")
        *("primeiro", "segundo", "terceiro", "leerling"),
    ]
)

# "Editor-in-Chief", "Attorney-at-Law", "Aide-de-camp", "Master-at-Arms", "Artist-in-Residence": a post written as
# one hyphened phrase, its noun first or its tail one that only posts take
_LINKED = re.compile(r"(?<![\w-])([^\W\d_]+)-(?:in|at|de|of)-([^\W\d_]+)(?![\w-])")
_POST_TAILS = frozenset(["arms", "chief", "law", "large", "residence", "training", "charge", "camp"])


def _linked_post(text: str) -> bool:
    return any(
        _role_noun(head) or tail in _POST_TAILS
        for word in text.split()
        if word[:1].isupper()
        for head, tail in _LINKED.findall(fold(word.strip(".,;:()[]")).casefold())
    )


# German writes a title as one compound word ("Softwareentwickler", "Projektleiterin"): its last part is the noun.
_GERMAN_ENDS = (
    "entwickler",
    "ingenieur",
    "leiter",
    "berater",
    "manager",
    "referent",
    "mitarbeiter",
    "assistent",
    "techniker",
    "praktikant",
    "werkstudent",
    "analyst",
    "architekt",
    "designer",
    "beauftragter",
    "spezialist",
)


# German trades and posts (folded) that end a compound title ("Altenpfleger", "Einzelhandelskauffrau", "Landwirt",
# "Chefkoch", "Steuerfachangestellte", "Rechtsanwältin") or stand alone in the feminine ("Erzieherin", "Köchin",
# "Verkäuferin"). Alone in the masculine many are surnames as well ("Koch", "Maurer", "Lehrer", "Meister"): only
# those that are not stand alone (_GERMAN_POSTS_ALONE).
_GERMAN_TRADES = _words(
    "pfleger erzieher kaufmann kauffrau fachmann fachfrau mechaniker mechatroniker verkaufer lehrer elektriker koch"
    " fahrer helfer arbeiter arzt anwalt wirt angestellte angestellter tischler schreiner maurer maler backer friseur"
    " kassierer betreuer therapeut redakteur kellner verwalter buchhalter gartner apotheker fachkraft pflegekraft"
    " lehrkraft hilfskraft servicekraft reinigungskraft hausmeister sekretar konditor metzger"
    # "Elektroniker für Energietechnik", "Rechtsreferendarin", "Industriemeister", "Oberfeldwebel", "Zeitsoldat"
    " elektroniker referendar meister feldwebel unteroffizier leutnant gefreiter soldat"
)
_GERMAN_POSTS_ALONE = frozenset(
    _words(
        "pfleger erzieher kauffrau fachfrau mechaniker mechatroniker verkaufer elektriker arzt anwalt"
        " angestellte angestellter friseur kassierer betreuer therapeut redakteur buchhalter apotheker fachkraft"
        " pflegekraft lehrkraft hilfskraft servicekraft reinigungskraft hausmeister sekretar konditor"
        " elektroniker referendar feldwebel unteroffizier leutnant gefreiter"
    )
)


def _german_trade(token: str) -> bool:
    """ "Altenpflegerin", "Kfz-Elektriker", "Köchin": a German trade's word ending a compound, or alone in the
    feminine, or alone where it is no surname."""
    if token in _GERMAN_POSTS_ALONE:
        return True
    for head in _GERMAN_TRADES:
        if token == head + "in":
            return True
        stem = token[:-2] if token.endswith(head + "in") else token
        prefix = stem[: -len(head)]
        if stem.endswith(head) and len(prefix.replace("-", "")) >= 3 and prefix.replace("-", "").isalpha():
            return True
    return False


def _german_trades(toks: list[str]) -> bool:
    """A German trade's word among toks, read in one word only (joined to a name before it, "Anna Koch" would end in
    "koch"), and not as the aim of a training ("Ausbildung zum Bürokaufmann", "Umschulung zur Köchin": a course)."""
    return any(_german_trade(t) and (i == 0 or toks[i - 1] not in ("zum", "zur")) for i, t in enumerate(toks))


def _agent_noun(token: str) -> bool:
    """ "Epidemiologist", "Statistician", "Softwareentwicklerin": a word built to name who does a kind of work (the
    bare "-ist" words are listed as role nouns: "Lindqvist" is a surname)."""
    if len(token) < 7 or not token.isalpha():
        return False
    stem = token[:-2] if token.endswith("in") else token
    return token.endswith(("ologist", "ician")) or (len(stem) > 10 and stem.endswith(_GERMAN_ENDS))


_ODDS_CAP = 3.0  # no one word decides alone
_LEAN = 2.0  # the learnt odds lean one way only past this total


@cache
def _odds_table() -> dict[str, float]:
    """Words (and '<first', 'last>' words, '-endings') with their log-odds of a job title over an organisation name,
    learnt from real name lists (data/title_org_odds.tsv, scripts/derive_title_org_odds.py); read once."""
    table = {}
    for line in (cv_places.DATA / "title_org_odds.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, value = line.partition("\t")
            table[word] = float(value)
    return table


def _capped(value: float) -> float:
    return max(-_ODDS_CAP, min(_ODDS_CAP, value))


def _word_odds(word: str, table: dict[str, float]) -> float:
    if word in table:
        return table[word]
    if len(word) < 6:
        return 0.0
    ending = table.get("-" + word[-4:], table.get("-" + word[-3:], 0.0))
    return ending / 2  # an ending is weaker evidence than the word itself


def title_odds(text: str) -> float:
    """How much more text reads as a job title than as an organisation name, learnt from real lists of both (ESCO
    and CBO occupations, Faker's job lists; universities worldwide, listed companies, legal forms): > 0 a title
    ("Ingeniera de caminos", "Glaciologist"), < 0 an organisation ("Universidad de Sevilla", "Acme Holdings")."""
    seq = re.findall(r"[^\W\d_]{2,}", fold(text))
    if not seq:
        return 0.0
    table = _odds_table()
    score = sum(_capped(_word_odds(w, table)) for w in dict.fromkeys(seq))
    return score + _capped(table.get(f"<{seq[0]}", 0.0)) + _capped(table.get(f"{seq[-1]}>", 0.0))


def odds_lean(text: str) -> int:
    """1 when the learnt odds say text is a job title, -1 an organisation, 0 when they do not say clearly: evidence
    for where the word lists tie."""
    odds = title_odds(text)
    return 1 if odds >= _LEAN else -1 if odds <= -_LEAN else 0


# a company's functions, named as its departments are; their words may also end organisations' names ("Technology")
_FUNCTIONS = frozenset(
    [
        "information technology",
        "human resources",
        "public relations",
        "customer service",
        "customer success",
        "business development",
        "research and development",
        "quality assurance",
        "supply chain",
    ]
)


def names_a_function(text: str) -> bool:
    """ "Human Resources", "Information Technology": a company's function, named as one."""
    return fold(text).strip(" .,") in _FUNCTIONS


def names_a_field(text: str) -> bool:
    if names_a_function(text):
        return True
    return any(t.strip(".,()") in FIELDS for t in tokens(text)) and not has_org_word(text)


# "Georgia Tech", "Virginia Tech": a name ending in "Tech" is an institution ("Tech Lead" is a title).
_ENDS_TECH = re.compile(r"^[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*)* Tech$")


def has_org_word(text: str, strong: bool = False) -> bool:
    """An organisation word in text; `strong` leaves out words that also name fields ("Complex Systems")."""
    words = ORG_WORDS - _WEAK_ORG_WORDS if strong else ORG_WORDS
    named = _ENDS_TECH.match(text.strip(" ,.")) is not None or _legal_form(text)
    toks = _org_tokens(text)
    if strong:  # "Network of Charter Schools": a strong word in the plural is as strong
        toks += [t[:-1] for t in toks if len(t) > 4 and t.endswith("s") and not t.endswith("ss")]
    return named or any(t in words for t in toks) or _cjk_org(text) or _korean_org(text)


def _org_tokens(text: str) -> list[str]:
    """The words of text, and the last part of a name joined by hyphens: "Heinrich-Heine-Universität" ends in an
    organisation's word, as "Max-Planck-Institut" does."""
    toks = [t.strip(".,()") for t in tokens(text)]
    if _coop_placement(text):
        toks = [t for t in toks if t not in ("co-op", "coop")]
    heads = [_compound_head(t) for t in toks]
    return (
        toks
        + [t.rsplit("-", 1)[1] for t in toks if t.count("-") >= 1 and not t.endswith("-")]
        + [h for h in heads if h]
    )


# German, Dutch and Scandinavian names join their words: "Universitätsklinikum", "Sportverein", "Grundschule",
# "golfklubb", "Stadtbibliothek" end in an organisation's word (folded, as tokens are), given here with the English
# one the vocabulary knows where it lacks the word itself. Heads that also end fields or posts are left out ("bank":
# "Datenbank" is a database; "amt": "Ehrenamt" is volunteering).
_OWN_HEADS = (
    *("verein", "gesellschaft", "hochschule", "klinik", "klinikum", "krankenhaus", "institut", "sparkasse", "stiftung"),
    *("kanzlei", "spedition", "gericht"),  # "Steuerkanzlei", "Amtsgericht"
    *("vereniging", "stichting", "ziekenhuis", "gemeente", "sjukhus", "sykehus", "forening", "universitet", "hogskola"),
)
_COMPOUND_HEADS = {
    **{w: w for w in _OWN_HEADS},
    **{w: "university" for w in ("universitat", "universiteit")},
    **{w: "school" for w in ("schule", "skola", "skolan", "skole")},
    **{w: "club" for w in ("klubb", "klubben", "klub")},
    **{w: "center" for w in ("zentrum", "centrum", "senter")},
    **{w: "academy" for w in ("akademie", "akademi", "academie")},
    **{w: "library" for w in ("bibliothek", "bibliotek", "bibliotheek")},
    **{w: "company" for w in ("bolaget", "selskap", "selskab")},
}
_COMPOUND_HEAD = re.compile("(?:" + "|".join(sorted(_COMPOUND_HEADS, key=len, reverse=True)) + ")$")


def _compound_head(token: str) -> str:
    """The organisation word a joined name ends in ("golfklubb" -> "club"), or ""; a word that is the head alone
    ("Schule") counts too, where the vocabulary lacks it."""
    m = _COMPOUND_HEAD.search(token)
    if m is None or not (m.start() == 0 or (m.start() >= 3 and token[: m.start()].isalpha())):
        return ""
    return _COMPOUND_HEADS[m.group(0)]


# "Security Engineering Co-Op", "Software Developer Co-op": a student's co-op placement named by its field or post,
# not a co-operative ("REI Co-op", "Seattle Food Co-op")
_COOP_PLACEMENT = re.compile(r"^(?P<before>.+?)\s+co-?op\.?$", re.I)


def _coop_placement(text: str) -> bool:
    m = _COOP_PLACEMENT.match(text.strip(" ,"))
    return m is not None and (names_a_field(m["before"]) or role_score(m["before"]) >= 1)


def _legal_form(text: str) -> bool:
    """ "Northwind GmbH", "Contoso, Inc.", "Fabrikam Sp. z o.o." (cv_legal_forms); not "Jane Doe C.V.", a CV's own
    title."""
    return not _coop_placement(text) and has_legal_form(text, skip=NOT_NAMES)


_CAMEL_PRACTICES = frozenset(
    _words(
        "devops devsecops mlops dataops gitops finops aiops secops javascript typescript nosql mysql postgresql graphql"
    )
)


# "ShopRightNOW.com", "pianoplay.app": a web address names an organisation (or a product), never a post
_WEB_NAME = re.compile(r"^[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|org|net|io|ai|app|dev|co|biz|info)$", re.I)


def web_name(text: str) -> str:
    """ "ShopRightNOW.com" -> "shoprightnow"; "" when text is no web address."""
    t = text.strip(" ,.:()")
    return fold(t.split(".")[0]) if " " not in t and _WEB_NAME.match(t) else ""


# "McMurray", "MacLeod": a Gaelic name's inner capital, in a surname or a town's name ("Fort McMurray"), is no
# brand's or acronym's
_GAELIC_NAME = re.compile(r"Ma?c[A-Z][a-z]{2,}")


def org_score(text: str) -> float:
    words = text.split()
    score = 0.0
    cjk = _cjk_org(text) or _korean_org(text)
    named = cjk or _ENDS_TECH.match(text.strip(" ,.")) is not None or _legal_form(text)
    named = named or bool(web_name(text))
    # "Procter & Gamble", "Rao & Associates" (not "Website Developer & Tutor": an "&" between two posts' names joins
    # two posts)
    sides = text.split("&")
    joined = "&" in text and not (len(sides) == 2 and all(role_score(side) >= 1 for side in sides))
    if any(t in ORG_WORDS for t in _org_tokens(text)) or joined or "«" in text or named:
        score += 1.0
    # Acronyms (NHSEI, DWP, CDVI) and brand words with inner capitals (CentraleSupélec, AILiveSim); not the names of
    # practices and languages written so ("DevOps", "JavaScript"), which head titles ("Cloud DevOps").
    if any(
        re.fullmatch(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*", w.strip(".,()"))
        and len(w.strip(".,()")) >= 2
        and fold(w.strip(".,()")) not in _CAMEL_PRACTICES
        and not _GAELIC_NAME.fullmatch(w.strip(".,()"))
        for w in words
    ):
        score += 0.5
    return score


# "Greater London Area", "SF Bay Area", "NYC", "Remote (US)", "Multiple locations": places that name no one city
_AREA = re.compile(
    r"^(?:greater\s+[\w\s]+?\s+area|(?:sf\s+|san\s+francisco\s+)?bay\s+area|nyc|washington\s+d\.?c\.?"
    r"|remote\s*[(\-–—,]\s*[\w\s]+\)?|(?:various|multiple)\s+locations|worldwide|hybrid|on-?site)$"
)


# "Paris, FR", "Zurich, CH": country codes after a city (the US state codes are matched above; "IT" is left
# out: it names a department more often than Italy)
_COUNTRY_CODES = frozenset(
    _words("FR NL ES CH AT BE SE NO DK FI PL PT IE CN JP KR BR MX NZ ZA SG HK AE IL TR RU UA CZ NG KE EG")
)


_TWO_TOWNS = re.compile(r"^(?P<a>[^,&/]+?)\s*(?:\s(?:and|und|et|y|e|och|og|en)\s|&|/)\s*(?P<b>[^,&/]+?)(?P<rest>,.*)?$")


# "Cincinnati OH", "Sydney NSW", "Auckland NZ": a town, then its state's or country's code, with no comma
_TOWN_AND_STATE = re.compile(r"(?P<town>[A-Z][^,]*?)\s+(?P<state>[A-Z]{2,3})")


_TOWN_BRACKETED_AREA = re.compile(r"(?P<town>[^(),]+?)\s*\((?P<area>[^()]+)\)")


def _firm_in_city_state(parts: list[str], last: str) -> bool:
    """ "Galeria Kaufhof, Wien", "Grab, Singapore": a region or country that is a city as well closes a place only
    after a known town ("Döbling, Wien", "Jurong West, Singapore"); after any other name it is the firm's city."""
    return last not in _NAMED_REGIONS and cv_places.is_city(parts[-1]) and not cv_places.is_city(parts[0], floor=15_000)


def is_place(text: str) -> bool:
    """ "Hanoi, Vietnam", "New York, NY", "Australia", "Remote": a place, never an employer or a title."""
    if (m := _TOWN_BRACKETED_AREA.fullmatch(text.strip(" .,"))) and (
        fold(m["area"]) in COUNTRIES or fold(m["area"]) in REGIONS
    ):
        # "Tralee (Ireland)", "Soria (España)": a known town, then its country or region in brackets ("Google
        # (Ireland)" names a firm's branch)
        return cv_places.is_city(m["town"], floor=15_000)
    if m and cv_places.town_in_subdivision(m["town"].strip(), m["area"]):
        return True  # "Bergamo (BG)", "Aurillac (Cantal)": a town, then its province or department
    t = re.sub(r"\s*\((?:remote|hybrid|on-?site)\)\s*$", "", text.strip(" .,"), flags=re.I).strip(" .,()")
    if not t or any(c.isdigit() for c in t):
        return False
    low = fold(t)
    if low in COUNTRIES or low in CITIES or _AREA.match(low) or cv_places.is_city(t) or _city_then_country(t):
        return True
    coded = (m := _TOWN_AND_STATE.fullmatch(t)) and (US_STATE.fullmatch(m["state"]) or m["state"] in _COUNTRY_CODES)
    if m and coded and cv_places.city_and_code(*m.groups()):
        return True  # "Cincinnati OH", "Sydney NSW": a town known in the state (or country) its code names
    if (m := _TWO_TOWNS.match(t)) and all(cv_places.is_city(m[k].strip(), floor=15_000) for k in ("a", "b")):
        # "Birmingham and Worcester, UK": two towns the post was held in, then their region or country
        return not m["rest"] or is_place(f"{m['b'].strip()}{m['rest']}")
    parts = [p.strip() for p in t.split(",")]
    # "Coon Rapids, MN", "Hanoi, Vietnam", "Amherst, MA, USA"; three parts only when the last is a country.
    last = fold(parts[-1])
    last_ok = (
        bool(
            US_STATE.match(parts[-1].replace(".", ""))
            or ((last in COUNTRIES or last in REGIONS) and not _firm_in_city_state(parts, last))
        )
        or parts[-1] in _COUNTRY_CODES
        or cv_places.city_and_code(parts[0], parts[-1])
        if len(parts) == 2
        # "Curitiba, PR, BR", "Calgary, AB, CA": a town and its state's code, then the country's code (any one, after
        # a state's: "CA" there is Canada, "IT" Italy)
        else last in COUNTRIES or _town_state_country(parts)
    )
    # "IBM Research, Zurich, Switzerland", "KU Leuven, Belgium": a part with an acronym before the city or country
    # names an organisation ("Washington DC, USA" names a city: its capitals are a region's code)
    code = (len(parts) == 2 and (cv_places.city_and_code(parts[0], parts[-1]) or _state_code(parts))) or (
        _town_state_country(parts)
    )
    acronyms = [a for a in re.findall(r"\b[A-Z]{2,}\b", parts[0]) if not US_STATE.match(a) and a != "DC"]
    named = bool(acronyms) and (len(parts) == 3 or not cv_places.is_city(parts[0], floor=15_000))
    return (
        2 <= len(parts) <= 3
        and last_ok
        and not named
        and (len(parts) == 2 or _three_part_place(parts))
        # a region's code is no organisation word: "Edmonton, AB" (Alberta, not a Swedish "AB"), "Minden, NV" (Nevada,
        # not a Dutch "NV"), "Ouray, CO": a state's code in capitals after a comma closes a town too small to know
        and all(
            len(p.split()) <= 3 and not has_org_word(p)
            for p in (parts[: 1 if len(parts) == 3 else -1] if code else parts)
        )
        # "Postdoctoral Fellow, Karolinska Institutet, Sweden" (a region's code is no post: "Hobart, TAS" is no "TAs")
        and not any(role_score(p) >= 1 and not p.isupper() for p in parts)
        # "Macy's, New York", "Kohl's, WI": a name in the possessive is a shop's, unless a known town ("St. John's")
        and not (re.search(r"\w['’]s$", parts[0]) and not cv_places.is_city(parts[0], floor=15_000))
    )


def _state_code(parts: list[str]) -> bool:
    """ "Gimli, MB", "Ouray, CO": a town too small to know, then its state's or province's code in capitals. A code
    that is also a legal form ("Volvo, AB", "Acme, NV") needs the town known in that US state, however small."""
    if len(parts) != 2 or not parts[-1].isupper() or US_STATE.match(parts[-1]) is None:
        return False
    return not has_org_word(parts[-1]) or cv_places.small_us_town(parts[0], parts[-1])


def _town_state_country(parts: list[str]) -> bool:
    """ "Curitiba, PR, BR", "Calgary, AB, CA", "Monterrey, N.L., MX": a town known with its state's code, then a
    country's two-letter code."""
    return (
        len(parts) == 3
        and re.fullmatch(r"[A-Z]{2}", parts[2]) is not None
        and re.fullmatch(r"[A-Z][A-Za-z.]{0,4}", parts[1]) is not None
        and is_place(", ".join(parts[:2]))
    )


def _three_part_place(parts: list[str]) -> bool:
    """ "Amherst, MA, USA", "Leeds, West Yorkshire, UK", "Reading, Berkshire, UK": a town, its region, its country.
    Past a middle part that is no region known, the first part must be a town known (of the country named, even when
    its name is a word: "Reading"): "Stripe, York, UK", "QuintilesIMS, Shanghai, China" and "Nike, Laakdal, Belgium"
    (a town too small to be known) name who, then where."""
    middle = parts[1].replace(".", "")
    if US_STATE.match(middle) or fold(middle) in REGIONS:
        return True
    return cv_places.is_city(parts[0], floor=0) or cv_places.town_of(parts[0], parts[2])


def _city_then_country(text: str) -> bool:
    """ "Berlin Germany", "Lyon France", "Curitiba Brasil": a GeoNames city, then its country, with no comma."""
    words = text.split()
    for n in (1, 2, 3):
        if len(words) > n and fold(" ".join(words[-n:])) in COUNTRIES:
            return cv_places.is_city(" ".join(words[:-n]), floor=15_000)
    return False


# "Freelance", "Self-employed", "Independent Consultant": working for oneself, written where an employer's name stands
OWN_ACCOUNT = frozenset(
    [
        "freelance", "freelancer", "self-employed", "self employed", "own account", "independent consultant",
        "independent contractor",
    ]
)  # fmt: skip


def own_account(text: str) -> bool:
    """The "employer" is the seeker themself: a letter says "on my own account", not "at Freelance"."""
    return fold(text).strip(" .,") in OWN_ACCOUNT


def ends_in_a_post_noun(piece: str) -> bool:
    """ "Team Lead", "OceanBase Database Kernel R&D Intern": the last word, the name's head, is a post's noun (and no
    organisation's: "Medicines Analysis Team", "Database Systems Group"), and the name is no place."""
    words = piece.split()
    return bool(words) and role_score(words[-1]) >= 1 and not has_org_word(words[-1]) and not is_place(piece)


def headed_by_a_post(piece: str) -> bool:
    """A name of two words or more headed by a post's noun names a post, whatever organisation words stand before
    the head ("OceanBase Database Kernel R&D Intern")."""
    return len(piece.split()) >= 2 and ends_in_a_post_noun(piece)
