#!/bin/sh
# Installs what the viewer's screenshot tests need on Debian/Ubuntu (run as root), see shared recipes §1 and §5:
# an X server to render into (Xvfb), Mesa's software OpenGL (llvmpipe; JavaFX 3D then needs
# -Dprism.order=es2 -Dprism.forceGPU=true, set in viewer/pom.xml), GTK 3 for JavaFX's glass layer, and
# ImageMagick's `compare` for looking at image diffs by hand (the tests themselves compare in Java).
# Then run the tests with:  xvfb-run -a mvn -B test -pl viewer
set -eu
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends \
  xvfb xauth libgl1-mesa-dri libglx-mesa0 libgl1 libegl1 libgtk-3-0 libxtst6 libxxf86vm1 imagemagick
