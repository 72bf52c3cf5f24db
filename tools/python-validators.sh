#!/usr/bin/env bash
# Creates .tools/venv (git-ignored) with the standards' own validators at pinned versions:
# libcovebods (Open Ownership, BODS 0.4) and followthemoney (the FtM model and the `ftm` CLI).
# Idempotent: a venv whose stamp matches the pins is kept. Prints the venv's bin directory.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.tools/venv"
pins="libcovebods==0.16.0 followthemoney==4.11.2"
stamp="$venv/.pins"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$pins" ]; then
  command -v python3 >/dev/null || { echo "python3 is required (apt-get install python3 python3-venv)" >&2; exit 1; }
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check $pins >&2
  echo "$pins" > "$stamp"
fi
echo "$venv/bin"
