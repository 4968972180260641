# jobsmith: one image for the app (API + UI) and the workers.
# The install steps are the README's (scripts/bootstrap.sh), so CI exercises them on every run.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 GRADIO_ANALYTICS_ENABLED=False \
    API_HOST=0.0.0.0 PATH=/app/.venv/bin:$PATH

# LibreOffice turns the tailored DOCX into PDF; without it jobsmith still writes DOCX.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-dejavu-core curl \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml requirements.lock README.md ./
COPY scripts ./scripts
COPY app ./app
RUN bash -c '. scripts/bootstrap.sh requirements.lock' \
 && mkdir -p config data current_cv_coverletter export_cv_cover_letter

EXPOSE 8000 7860
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
  CMD curl -fsS http://127.0.0.1:8000/health || exit 1
CMD ["jobsmith", "up", "--host", "0.0.0.0"]
