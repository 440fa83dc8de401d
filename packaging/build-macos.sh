#!/usr/bin/env bash
# Builds the macOS installer (.dmg) of LiveOps Console into target/installer. Run it on a Mac with a
# JDK 21+ (JAVA_HOME) and Xcode's command-line tools; the inputs (name, version, vendor, icon, JVM
# options, runtime modules) are the same as build-linux.sh's. The .icns icon is made from
# assets/icons/liveops-console-512.png with the system's iconutil.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK 21 or newer}"
version=$(sed -n 's|^  <version>\([0-9.]*\).*</version>|\1|p' pom.xml | head -1)
./mvnw -B -q -DskipTests package
rm -rf target/runtime target/installer target/jpackage-input target/liveops-console.iconset
mkdir -p target/jpackage-input target/installer target/liveops-console.iconset
cp target/liveops-console.jar target/jpackage-input/
for s in 16 32 128 256 512; do
  sips -z $s $s assets/icons/liveops-console-512.png --out "target/liveops-console.iconset/icon_${s}x${s}.png" >/dev/null
done
iconutil -c icns target/liveops-console.iconset -o target/liveops-console.icns
modules=$("$JAVA_HOME/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 21 target/liveops-console.jar)
"$JAVA_HOME/bin/jlink" --add-modules "$modules,jdk.crypto.ec,jdk.localedata,java.logging,java.xml" \
  --include-locales=en,de,fr,es,it,pt,nl,sv,pl,tr,ja,ko,zh --strip-debug --no-man-pages --no-header-files \
  --compress=zip-6 --output target/runtime
java_options=()
while IFS= read -r o; do case "$o" in ""|"#"*) ;; *) java_options+=(--java-options "$o") ;; esac; done < packaging/jvm-options
java_options+=(--java-options "--enable-native-access=ALL-UNNAMED")
"$JAVA_HOME/bin/jpackage" --type dmg --dest target/installer --name "LiveOps Console" --app-version "$version" \
  --vendor "LiveOps Console" --copyright "LiveOps Console authors" \
  --description "Operations console for the LiveOps director of a live game or product" \
  --input target/jpackage-input --main-jar liveops-console.jar --main-class io.liveops.console.app.Main \
  --runtime-image target/runtime --icon target/liveops-console.icns --mac-package-identifier io.liveops.console \
  "${java_options[@]}"
ls -l target/installer
