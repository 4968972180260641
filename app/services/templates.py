"""The seeker's Word templates: the newest valid *_CV.docx and *_CL.docx in the templates folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.documents import validate_docx
from app.documents.cv_structure import read_outline
from app.errors import DocumentError
from app.pipeline.orders import BlobRef
from app.runtime.blobs import BlobStore


def is_cv_file(path: Path) -> bool:
    return path.name.endswith("_CV.docx")


@dataclass
class Templates:
    cv: BlobRef | None = None
    cover_letter: BlobRef | None = None
    problems: list[str] = field(default_factory=list)


class TemplateFolder:
    """Reads the folder on each call; a file is validated and put in the blob store once per version."""

    def __init__(self, folder: Path, blobs: BlobStore) -> None:
        self.folder = folder
        self.blobs = blobs
        self._cache: dict[tuple[str, int, int], tuple[BlobRef | None, str | None]] = {}

    def current(self) -> Templates:
        """The newest valid CV and cover letter, and why each newer file was passed over."""
        out = Templates()
        for attr, pattern in (("cv", "*_CV.docx"), ("cover_letter", "*_CL.docx")):
            files = sorted(self.folder.glob(pattern), key=lambda p: p.stat().st_mtime, reverse=True)
            for path in files:
                ref, problem = self._template(path)
                if problem:
                    out.problems.append(problem)
                    continue
                setattr(out, attr, ref)
                break
        return out

    def _template(self, path: Path) -> tuple[BlobRef | None, str | None]:
        st = path.stat()
        key = (str(path), st.st_mtime_ns, st.st_size)
        if key not in self._cache:
            self._cache[key] = self._read(path)
        return self._cache[key]

    def _read(self, path: Path) -> tuple[BlobRef | None, str | None]:
        data = path.read_bytes()
        try:
            validate_docx(data, path.name)
            if is_cv_file(path) and (problem := no_text_problem(data)):
                raise DocumentError(problem)
        except DocumentError as exc:
            return None, f"{path.name}: {exc.message}"
        return BlobRef(name=path.name, sha256=self.blobs.put(data), size=len(data)), None


def no_text_problem(data: bytes) -> str | None:
    """ "this CV has no text ..." for a picture-only or empty CV (checked when the CV is first seen)."""
    try:
        outline = read_outline(data)
    except DocumentError:
        return None  # the file's own validation reports it
    return None if outline.has_text else outline.notes[0]
