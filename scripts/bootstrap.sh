# Sourced by scripts/run and scripts/test: a virtual environment in .venv with the locked packages.
# Usage: . scripts/bootstrap.sh [requirements.lock|requirements-dev.lock]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lock="${1:-requirements.lock}"
py="${PYTHON:-python3}"
"$py" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
  || { echo "jobsmith needs Python 3.11 or newer (found: $("$py" --version 2>&1))" >&2; exit 1; }
if [ ! -x "$root/.venv/bin/python" ]; then
  echo "creating $root/.venv"
  "$py" -m venv "$root/.venv"
fi
stamp="$root/.venv/.installed-$(basename "$lock")"
want=$(cat "$root/$lock" "$root/pyproject.toml" | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "installing the packages in $lock (once)"
  "$root/.venv/bin/python" -m pip install -q --disable-pip-version-check uv
  "$root/.venv/bin/uv" pip install -q --python "$root/.venv/bin/python" -r "$root/$lock"
  "$root/.venv/bin/uv" pip install -q --python "$root/.venv/bin/python" --no-deps -e "$root"
  echo "$want" > "$stamp"
fi
export PATH="$root/.venv/bin:$PATH"
export GRADIO_ANALYTICS_ENABLED=False
cd "$root"
