#!/usr/bin/env bash
# Screenshots of built pages with headless Chromium, to look at the design:
# phone (360 px) and desktop (1280 px) widths, and print (PDF pages as PNG).
#
#   scripts/screenshots.sh SITE_DIR OUT_DIR PAGE...     PAGE: path under SITE_DIR, e.g. index.html
#
# Needs Debian's chromium and poppler-utils (pdftoppm). Nothing is fetched from the network.
set -euo pipefail
site=$(cd "$1" && pwd); out=$2; shift 2
mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile")
for page in "$@"; do
  name=$(echo "${page%/index.html}" | tr '/' '_' | sed 's/\.html$//'); [ -n "$name" ] || name=home
  url="file://$site/$page"
  chromium "${flags[@]}" --window-size=360,2200 --screenshot="$out/$name-phone.png" "$url" 2>/dev/null
  chromium "${flags[@]}" --window-size=1280,1800 --screenshot="$out/$name-desktop.png" "$url" 2>/dev/null
  chromium "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/$name-print.pdf" "$url" 2>/dev/null
  pdftoppm -r 50 -png "$out/$name-print.pdf" "$out/$name-print"
  echo "$name: $(ls "$out"/"$name"-print*.png | wc -l) printed page(s)"
done
