"""Word lists the reader, the fact gate and the offline engine share.

The skill list is not the seeker's skills: it is the set of terms that, written into a tailored sentence,
would be a claim of a skill. The gate refuses any of them that the CV does not contain, so a posting's
"Kafka" cannot slip into a bullet. Terms from the posting and the match are added at run time.
"""

from __future__ import annotations

import re

SECTION_KINDS: list[tuple[str, tuple[str, ...]]] = [
    ("summary", ("summary", "profile", "about me", "about", "objective", "overview", "personal statement")),
    ("skills", ("skills", "competencies", "expertise", "technologies", "tools", "technical", "strengths")),
    ("experience", ("experience", "employment", "work history", "career", "positions", "professional history")),
    ("education", ("education", "qualifications", "academic", "degrees", "training")),
    ("certifications", ("certifications", "certificates", "licences", "licenses", "accreditations")),
    ("languages", ("languages",)),
    ("projects", ("projects", "portfolio", "publications")),
    ("volunteering", ("volunteering", "volunteer", "community")),
    ("referees", ("referees", "references")),
    ("interests", ("interests", "hobbies")),
]

ROLE_NOUNS = (
    "engineer", "manager", "analyst", "scientist", "developer", "architect", "director", "consultant",
    "officer", "administrator", "designer", "lead", "specialist", "coordinator", "head", "advisor",
    "adviser", "owner", "trustee", "intern", "programmer", "technician", "executive", "president",
    "founder", "partner", "associate", "researcher", "lecturer", "tutor", "accountant", "editor",
)
SENIORITY = (
    "junior", "graduate", "senior", "lead", "principal", "staff", "head", "chief", "distinguished",
    "associate", "assistant", "deputy", "vp", "vice", "executive", "general",
)

# Phrases such as "Senior Data Engineer" or "head of data": seniority word, up to three words, role noun.
TITLE_PHRASE = re.compile(
    r"\b(?:" + "|".join(SENIORITY) + r")\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:" + "|".join(ROLE_NOUNS) + r")s?\b"
    r"|\bhead\s+of\s+[\w-]+(?:\s+[\w-]+)?",
    re.IGNORECASE,
)

CERT_WORDS = re.compile(
    r"\b(certified|certification|certificate|accredited|accreditation|chartered|licensed|practitioner)\b",
    re.IGNORECASE,
)
CERT_ACRONYMS = (
    "pmp", "capm", "prince2", "msp", "mop", "pmi-acp", "csm", "cspo", "itil", "togaf", "cissp",
    "cism", "cisa", "ceh", "oscp", "cka", "ckad", "cfa", "cpa", "acca", "cima", "six sigma",
    "ccna", "ccnp", "mcse", "comptia", "pmq",
)
EXAM_CODE = re.compile(r"\b[A-Z]{2,5}-\d{2,4}\b")

SKILLS = (
    "python", "sql", "pyspark", "spark", "scala", "java", "javascript", "typescript", "golang", "rust",
    "c#", "c++", "bash", "powershell", "kotlin", "swift", "ruby", "php", "perl", "matlab", "sas",
    "azure", "aws", "gcp", "google cloud", "bigquery", "redshift", "snowflake", "databricks", "synapse",
    "data factory", "azure data factory", "azure synapse", "azure devops", "azure functions",
    "aws glue", "athena", "emr", "kinesis", "aws lambda", "s3", "dynamodb", "cosmos db",
    "postgres", "postgresql", "mysql", "sql server", "oracle", "mongodb", "cassandra", "redis",
    "elasticsearch", "kafka", "flink", "apache beam", "airflow", "dagster", "prefect", "luigi", "dbt", "delta lake",
    "iceberg", "hudi", "hadoop", "hive", "presto", "trino", "ssis", "informatica", "talend", "fivetran",
    "docker", "kubernetes", "terraform", "ansible", "helm", "jenkins", "github actions", "gitlab",
    "ci/cd", "git", "linux", "tableau", "power bi", "looker", "qlik", "pandas", "numpy",
    "scikit-learn", "tensorflow", "pytorch", "keras", "mlops", "mlflow", "llm", "nlp", "react", "angular",
    "vue", "node.js", "django", "flask", "fastapi", "graphql", "microservices", "jira",
    "confluence", "microsoft project", "ms project", "smartsheet", "asana", "trello", "servicenow", "sap",
    "salesforce", "workday", "scrum", "kanban", "agile", "waterfall", "prince2", "msp", "itil",
    "six sigma", "okrs", "g-cloud", "sharepoint", "visio", "figma",
)

# Capitalised words that say nothing about the seeker's history: allowed in any written sentence.
NEUTRAL_CAPITALISED = {
    "i", "i'm", "i've", "i'd", "i'll", "dear", "hiring", "team", "kind", "regards", "yours", "sincerely",
    "thank", "thanks", "best", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "mr", "ms", "mrs", "mx", "dr", "cv", "the", "a", "an", "in", "at", "my", "as",
    "and", "with", "for", "this", "that", "your", "you", "we", "our", "it", "before", "after", "since",
    "recruitment", "people", "talent", "present", "english",
}


def section_kind(title: str) -> str:
    low = title.lower().strip(" :")
    for kind, words in SECTION_KINDS:
        if any(low == w or low.startswith(w + " ") or low.endswith(" " + w) or w == low for w in words):
            return kind
    for kind, words in SECTION_KINDS:
        if any(w in low for w in words):
            return kind
    return "other"


def has_role_noun(text: str) -> bool:
    low = text.lower()
    return any(re.search(rf"\b{re.escape(n)}s?\b", low) for n in ROLE_NOUNS)


# Words that may open a sentence without being names. A capitalised first word that is none of these,
# has no common English ending and is not in the cited text is treated as a name ("Atlassian hired me").
_STARTERS = """
a an the i my as at in on with over for from to by after before during since across through while when where
this that these those our your their its it we you he she they both each every most more many several all
under up then now also and but so yet not no two three four five six seven eight nine ten first second
led built cut ran won grew made set drove wrote took began taught brought oversaw sold kept rebuilt spun held
saw gave found met shipped lead build run drive deliver manage design own help create develop ship mentor
coach plan chair launch scale migrate automate reduce improve increase grow save support partner hands-on
strong proven known senior junior seasoned skilled comfortable passionate dedicated adept versed able keen
overall previously currently recently together key core relevant highlights
"""
SENTENCE_STARTERS = frozenset(_STARTERS.split())
COMMON_ENDINGS = ("ed", "ing", "ly", "s", "ful", "ive", "able", "ible", "ous", "al", "ent", "ant", "ise", "ize")
