#!/usr/bin/env bash
# Benchmark (not a test): wall time and peak memory of whole runs of the release binary.
# Reads ../shared/data when present; never copies it.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/briefing
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1733356800}

measure() {  # label, then the command
    local label=$1; shift
    local best=""
    for _ in 1 2 3; do
        /usr/bin/time -f "%e %M" -o "$out/time" "$@" >/dev/null 2>"$out/stderr" || {
            status=$?; [ $status -eq 3 ] || { cat "$out/stderr" >&2; exit $status; }
        }
        read -r secs kb < <(tail -n 1 "$out/time")
        if [ -z "$best" ] || awk "BEGIN{exit !($secs < ${best%% *})}"; then best="$secs $kb"; fi
    done
    read -r secs kb <<<"$best"
    printf "%-44s %7.3f s  %7.1f MB peak\n" "$label" "$secs" "$(awk "BEGIN{print $kb/1024}")"
}

echo "cores: $(nproc)   (best of 3 runs each)"
measure "seeds (5 articles) -> PDF" "$bin" build seeds -o "$out/seeds.pdf"
measure "seeds (5 articles) -> JSON" "$bin" analyze seeds --json -o "$out/seeds.json"
bbc=../shared/data/bbc/articles
if [ -d "$bbc" ]; then
    n=$(find "$bbc" -name '*.txt' | wc -l)
    measure "BBC dev ($n articles) -> PDF" "$bin" build "$bbc" -o "$out/bbc.pdf"
    measure "BBC dev ($n articles) -> JSON" "$bin" analyze "$bbc" --json -o "$out/bbc.json"
    echo "BBC PDF pages: $(pdfinfo "$out/bbc.pdf" | awk '/^Pages/{print $2}')"
    # The same articles plus one of each hostile file: the cost of the bad files should vanish.
    hostile="$out/hostile"
    mkdir -p "$hostile"
    cp -r "$bbc"/. "$hostile/"
    scripts/hostile-files.sh "$hostile/zz-hostile"
    measure "BBC dev + hostile files -> PDF" "$bin" build "$hostile" -o "$out/hostile.pdf" --max-file-size 8
    named=$("$bin" build "$hostile" -o "$out/hostile.pdf" --max-file-size 8 2>&1 | grep -c "skipped " || true)
    echo "hostile files named: $named (qpdf: $(qpdf --check "$out/hostile.pdf" >/dev/null 2>&1 && echo clean || echo damaged))"
else
    echo "skipped BBC: $bbc not present"
fi

pages=../shared/data/article_extraction/html
if [ -d "$pages" ]; then
    n=$(find "$pages" -name '*.html' | wc -l)
    measure "web pages ($n) -> JSON Lines (extract)" "$bin" extract "$pages" -o "$out/pages.jsonl"
else
    echo "skipped web pages: $pages not present"
fi

echo
echo "components (.build/release/briefing-bench):"
if [ -d ../shared/data ]; then
    .build/release/briefing-bench ../shared/data
else
    echo "skipped: ../shared/data not present"
fi
