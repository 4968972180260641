"""DOCX reading and writing, the fact gate, locale spelling, PDF and export.

The pipeline calls `tailor_application`; everything here is pure except `docx_to_pdf` (runs LibreOffice)
and `write_export` (writes the export folder).
"""

from app.documents.export import ExportResult, export_folder_name, safe_export_dir, write_export
from app.documents.model import CvDocument
from app.documents.outline import cv_prompt_text, template_prompt_text
from app.documents.pdf import PdfCheck, check_cv_pdf, check_pdf_text, docx_to_pdf, libreoffice_path
from app.documents.plan import CoverLetterDraft, TailoringPlan
from app.documents.reader import read_cv
from app.documents.safety import DocxLimits, validate_docx
from app.documents.tailor import TailoredDocuments, tailor_application

__all__ = [
    "CoverLetterDraft",
    "CvDocument",
    "DocxLimits",
    "ExportResult",
    "PdfCheck",
    "TailoredDocuments",
    "TailoringPlan",
    "check_cv_pdf",
    "check_pdf_text",
    "cv_prompt_text",
    "docx_to_pdf",
    "export_folder_name",
    "libreoffice_path",
    "read_cv",
    "safe_export_dir",
    "tailor_application",
    "template_prompt_text",
    "validate_docx",
    "write_export",
]
