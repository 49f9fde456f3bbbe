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

bbc=../shared/data/bbc/articles
# Synthetic corpora at scale (scripts/synthetic-corpus.py): each size is generated into the
# temporary folder, built once under a memory limit and a time limit, and deleted. Beside it,
# `wc -w` over the same files: the floor any reader of them pays.
# BENCH_SIZES="10000" limits the sizes; BENCH_MEMORY_GB and BENCH_TIMEOUT bound each run.
# `scripts/bench.sh scale` runs this part alone.
words_seconds() {  # folder -> wall seconds of wc -w over its files
    /usr/bin/time -f "%e" -o "$out/wctime" sh -c "find '$1' -type f -print0 | wc -w --files0-from=- >/dev/null"
    tail -n 1 "$out/wctime"
}

synthetic() {  # count
    local n=$1 dir="$out/synthetic-$1" limit=$(( ${BENCH_MEMORY_GB:-8} * 1024 * 1024 ))
    python3 scripts/synthetic-corpus.py "$bbc" "$dir" "$n" --seed 1
    local wc_secs; wc_secs=$(words_seconds "$dir")
    local status=0
    ( ulimit -v "$limit"; exec /usr/bin/time -f "%e %U %S %M" -o "$out/time" \
        timeout "${BENCH_TIMEOUT:-900}" "$bin" build "$dir" -o "$out/synthetic.pdf" --timings --no-archive ) \
        >/dev/null 2>"$out/stderr" || status=$?
    if [ $status -ne 0 ] && [ $status -ne 3 ]; then
        printf "%-44s stopped (exit %d) after %s s; limits %s GB, %s s\n" "synthetic $n -> PDF" "$status" \
            "$(tail -n 1 "$out/time" | cut -d' ' -f1)" "${BENCH_MEMORY_GB:-8}" "${BENCH_TIMEOUT:-900}"
    else
        read -r secs user sys kb < <(tail -n 1 "$out/time")
        printf "%-44s %7.2f s  %7.2f s CPU (%.2f cores)  %7.1f MB peak  wc -w %.2f s (%.0fx)\n" "synthetic $n -> PDF" \
            "$secs" "$(awk "BEGIN{print $user+$sys}")" "$(awk "BEGIN{print ($user+$sys)/($secs>0?$secs:1)}")" \
            "$(awk "BEGIN{print $kb/1024}")" "$wc_secs" "$(awk "BEGIN{print $secs/($wc_secs>0?$wc_secs:0.01)}")"
        grep '^briefing: timing: [a-z]' "$out/stderr" | grep -v 'total\|side by side' | sed 's/^briefing: timing: /    /; s/ so far//'
    fi
    rm -rf "$dir"
}

scale() {  # the BBC articles against wc -w, then the synthetic corpora
    [ -d "$bbc" ] || { echo "skipped scale: $bbc not present"; return; }
    local wc_secs secs n
    # Best of three of each, taken alternately, so both read the files from a warm cache and a
    # single slow run (a cold cache, another process) does not decide the ratio.
    local best_wc="" best=""
    for _ in 1 2 3; do
        wc_secs=$(words_seconds "$bbc")
        /usr/bin/time -f "%e" -o "$out/time" "$bin" build "$bbc" -o "$out/bbc.pdf" --no-archive >/dev/null 2>&1 || true
        secs=$(tail -n 1 "$out/time")
        if [ -z "$best_wc" ] || awk "BEGIN{exit !($wc_secs < $best_wc)}"; then best_wc=$wc_secs; fi
        if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; fi
    done
    printf "%-44s %7.2f s  wc -w %.3f s  ratio %.0fx\n" "BBC dev, best of 3, wall / wc -w" "$best" "$best_wc" \
        "$(awk "BEGIN{print $best/($best_wc>0?$best_wc:0.001)}")"
    for n in ${BENCH_SIZES:-10000 50000 100000}; do synthetic "$n"; done
}

if [ "${1:-}" = scale ]; then
    echo "cores: $(nproc)   (BBC best of 3; each synthetic size one run)"
    scale
    exit 0
fi

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

scale

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
