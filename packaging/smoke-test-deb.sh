#!/usr/bin/env bash
# Installs the .deb built by ./liveops package, starts the installed console under Xvfb on a fresh
# home, checks that it opened the demo warehouse (its log says so), takes a screenshot, and
# uninstalls it. Needs root (apt-get), Xvfb and ImageMagick's import (installed when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(ls target/installer/liveops-console_*_amd64.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "smoke: no .deb in target/installer: run ./liveops package first" >&2; exit 1; }
log() { printf '[smoke] %s\n' "$*"; }
command -v Xvfb >/dev/null && command -v import >/dev/null \
  || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb imagemagick >/dev/null

log "Installing $deb ($(du -h "$deb" | cut -f1))"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
log "Installed size: $(du -sh /opt/liveops-console | cut -f1)"
home=$(mktemp -d)
display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1440x900x24 >/dev/null 2>&1 & xvfb=$!
cleanup() { kill "$app" 2>/dev/null || true; kill "$xvfb" 2>/dev/null || true; rm -rf "$home"; }
trap cleanup EXIT
sleep 1
start=$(date +%s)
DISPLAY="$display" LIVEOPS_HOME="$home" /opt/liveops-console/bin/liveops-console > "$home/terminal.txt" 2>&1 & app=$!
ok=0
for _ in $(seq 1 120); do
  if grep -q "Using warehouse Demo warehouse" "$home/data/logs/liveops-console.log" 2>/dev/null; then ok=1; break; fi
  sleep 1
done
sleep 5
DISPLAY="$display" import -window root target/installer/smoke-test.png
kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true
if [ $ok -eq 1 ]; then log "The installed console opened the demo warehouse after $(( $(date +%s) - start )) s (screenshot target/installer/smoke-test.png)"
else log "The installed console did not open the demo warehouse within 120 s; its log:"; tail -20 "$home/data/logs/liveops-console.log" || true; fi
log "Terminal output of the installed console: $(wc -l < "$home/terminal.txt") lines"
cat "$home/terminal.txt"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq liveops-console >/dev/null
[ -d /opt/liveops-console ] && { log "Uninstall left /opt/liveops-console behind"; exit 1; }
log "Uninstalled"
[ $ok -eq 1 ]
