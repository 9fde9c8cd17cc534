#!/bin/sh
# /usr/bin/tekseru: runs Tekseru from its installed layout in /opt/tekseru (installed by the tekseru .deb).
set -e
TEKSERU_HOME=/opt/tekseru
if [ ! -x "$TEKSERU_HOME/venv/bin/tekseru" ]; then
    echo "tekseru: $TEKSERU_HOME/venv is missing or incomplete; reinstall the package (sudo dpkg-reconfigure tekseru)" >&2
    exit 127
fi
# Bundled models, templates, rules, reason texts, demo data and compiled translations.
export TEKSERU_RESOURCES="$TEKSERU_HOME/resources"
# Nothing from the user's own Python setup leaks in; /opt stays clean when root runs it.
export PYTHONNOUSERSITE=1 PYTHONDONTWRITEBYTECODE=1
unset PYTHONPATH PYTHONHOME
exec "$TEKSERU_HOME/venv/bin/tekseru" "$@"
