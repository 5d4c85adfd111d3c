#!/usr/bin/env bash
# Runs every test of Toplaag. On a fresh machine it first installs what the tests need (as root, with apt):
# Xvfb and Mesa for the JavaFX 3D screenshot tests, ImageMagick for image comparison, Node.js for the validators of
# the glTF and IFC exports (scripts/validators, installed with npm ci).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
need=()
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb xauth)
command -v /usr/bin/compare >/dev/null 2>&1 || need+=(imagemagick)
dpkg -s libgl1-mesa-dri >/dev/null 2>&1 || need+=(libgl1-mesa-dri libglx-mesa0 libgl1 libegl1)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || need+=(libgtk-3-0 libxtst6 libxxf86vm1)
command -v node >/dev/null 2>&1 || need+=(nodejs npm)
if ((${#need[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "test.sh: installing ${need[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "test.sh: missing ${need[*]}; install them with apt (as root) for the screenshot and export tests" >&2
  fi
fi
cd "$here"
# the independent validators the export tests run (the Khronos glTF validator, web-ifc), pinned in package-lock.json
if command -v npm >/dev/null 2>&1 && [[ ! -d scripts/validators/node_modules ]]; then
  npm ci --prefix scripts/validators --no-audit --no-fund --loglevel=error >&2
fi
if command -v xvfb-run >/dev/null 2>&1; then
  exec xvfb-run -a -s "-screen 0 1280x1024x24" mvn -B verify "$@"
else
  exec mvn -B verify "$@"
fi
