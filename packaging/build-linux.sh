#!/usr/bin/env bash
# Builds the Linux installers of LiveOps Console into target/installer:
#   - a jlink runtime with only the JDK modules the console needs (target/runtime),
#   - an app image (target/installer/liveops-console/), and
#   - a .deb (target/installer/liveops-console_<version>_amd64.deb).
# Run through ./liveops package (which picks a JDK 21+). Needs fakeroot and dpkg-deb for the .deb
# (Debian packages fakeroot and dpkg). Prints the sizes at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:?run it as ./liveops package}"
log() { printf '[package] %s\n' "$*"; }

version=$(sed -n 's|^  <version>\([0-9.]*\).*</version>|\1|p' pom.xml | head -1)
[ -n "$version" ] || { echo "package: no <version> in pom.xml" >&2; exit 1; }
log "LiveOps Console $version with $JAVA_HOME"

log "Building the executable jar"
./mvnw -B -q -DskipTests package
rm -rf target/runtime target/installer target/jpackage-input
mkdir -p target/jpackage-input target/installer
cp target/liveops-console.jar target/jpackage-input/

# The JDK modules the jar uses (jdeps), plus TLS for PostgreSQL and locale data for number formats.
modules=$("$JAVA_HOME/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 21 target/liveops-console.jar)
modules="$modules,jdk.crypto.ec,jdk.localedata,java.logging,java.xml"
log "jlink runtime with $modules"
"$JAVA_HOME/bin/jlink" --add-modules "$modules" --include-locales=en,de,fr,es,it,pt,nl,sv,pl,tr,ja,ko,zh \
  --strip-debug --no-man-pages --no-header-files --compress=zip-6 --output target/runtime

# The window's JVM options, shared with ./liveops
java_options=()
while IFS= read -r o; do case "$o" in ""|"#"*) ;; *) java_options+=(--java-options "$o") ;; esac; done < packaging/jvm-options
java_options+=(--java-options "--enable-native-access=ALL-UNNAMED")
[ "$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release")" -ge 23 ] \
  && java_options+=(--java-options "--sun-misc-unsafe-memory-access=allow")

common=(--name liveops-console --app-version "$version" --vendor "LiveOps Console" --copyright "LiveOps Console authors"
  --description "Operations console for the LiveOps director of a live game or product"
  --input target/jpackage-input --main-jar liveops-console.jar --main-class io.liveops.console.app.Main
  --runtime-image target/runtime --icon assets/icons/liveops-console-256.png "${java_options[@]}")

log "App image"
"$JAVA_HOME/bin/jpackage" --type app-image --dest target/installer "${common[@]}"

if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  log ".deb"
  mkdir -p target/deb-resources
  cp packaging/linux/liveops-console.desktop packaging/linux/postinst packaging/linux/prerm target/deb-resources/
  "$JAVA_HOME/bin/jpackage" --type deb --dest target/installer "${common[@]}" --resource-dir target/deb-resources \
    --linux-package-name liveops-console --linux-app-category utils --linux-menu-group "Office" --linux-shortcut \
    --linux-deb-maintainer "liveops@example.org"
else
  log "No dpkg-deb/fakeroot: skipping the .deb (apt-get install fakeroot)"
fi

log "Sizes"
du -sh target/runtime target/installer/liveops-console | sed 's/^/[package]   /'
ls -l target/installer/*.deb 2>/dev/null | awk '{printf "[package]   %.1f MB  %s\n", $5/1048576, $9}'
