#!/usr/bin/env bash
# Installs what Briefing needs on Debian/Ubuntu when it is missing; does nothing when all is there.
# Used by `make run`, `make test` and `make bench`, so a fresh machine needs no other set-up step.
set -euo pipefail

missing=()
pkg-config --exists cairo pangocairo 2>/dev/null || missing+=(libcairo2-dev libpango1.0-dev)
[ -f /usr/include/hyphen.h ] || missing+=(libhyphen-dev)
[ -f /usr/share/hyphen/hyph_en_US.dic ] || missing+=(hyphen-en-us)
for tool in pdfinfo pdftotext pdffonts pdftoppm; do
    command -v "$tool" >/dev/null || { missing+=(poppler-utils); break; }
done
# libxml2's HTML parser reads saved web pages.
pkg-config --exists libxml-2.0 2>/dev/null || missing+=(libxml2-dev)
command -v qpdf >/dev/null || missing+=(qpdf)
# The briefing archive: SQLite (through GRDB) and zlib for the stored models.
[ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
command -v pkg-config >/dev/null || missing+=(pkg-config)
[ -x /usr/bin/time ] || missing+=(time)
fc-list 2>/dev/null | grep -c "NotoSerif-Regular" >/dev/null || missing+=(fonts-noto-core)
fc-list 2>/dev/null | grep -c "DejaVuSans.ttf" >/dev/null || missing+=(fonts-dejavu-core)
# The English word list scripts/generate-name-lexicon.py derives the name tagger's lexicon from.
[ -f /usr/share/dict/american-english ] || missing+=(wamerican)
# Chinese, Japanese and Korean text in the sources: Pango falls back to these through fontconfig.
fc-list :lang=zh 2>/dev/null | grep -c . >/dev/null || missing+=(fonts-noto-cjk)

if [ ${#missing[@]} -gt 0 ]; then
    echo "install-deps: installing ${missing[*]}" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v swift >/dev/null || {
    echo "install-deps: Swift 6 is not on PATH; install it from swift.org (https://www.swift.org/install/linux/)" >&2
    exit 1
}
