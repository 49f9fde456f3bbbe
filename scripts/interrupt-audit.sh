#!/usr/bin/env bash
# Starts a build of the BBC corpus ROUNDS times, interrupts each at a random moment with SIGINT,
# SIGTERM, SIGHUP and SIGKILL in turn, counts the hidden temporary files (`.NAME.PID.RAND.tmp`)
# left beside the target after each, then runs once more to the end and counts again: a signal
# the tool can catch must leave none, a SIGKILL may leave one that the next run removes.
#
# Half the rounds are killed at a uniformly random moment of a whole run; the other half wait
# for a temporary file to appear beside the target and kill within the next 0-400 ms, because
# the writing window is short and a uniform moment would seldom hit it.
#
# usage: scripts/interrupt-audit.sh [CORPUS]     (default ../shared/data/bbc/articles)
# env:   BIN (default .build/release/briefing), ROUNDS (20)
set -uo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
BIN=${BIN:-$here/.build/release/briefing}
CORPUS=${1:-$here/../shared/data/bbc/articles}
ROUNDS=${ROUNDS:-20}
[ -x "$BIN" ] || { echo "no binary at $BIN" >&2; exit 2; }
[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS" >&2; exit 2; }

T=$(mktemp -d /tmp/interrupt-audit.XXXXXX)
trap 'rm -rf "$T"' EXIT
target=$T/out/bbc.pdf
mkdir -p "$T/out"
leftovers() { find "$T/out" -maxdepth 1 -name '.*.tmp' | wc -l; }
leftover_names() { find "$T/out" -maxdepth 1 -name '.*.tmp' -printf '%f\n' | sort; }
now_ms() { date +%s%3N; }

# One full run, to know how long a build lasts.
start=$(now_ms)
"$BIN" build "$CORPUS" -o "$target" --quiet --email 2>/dev/null
full_ms=$(( $(now_ms) - start ))
rm -rf "$T/out"; mkdir -p "$T/out"
echo "a full BBC build takes ${full_ms} ms"
printf '%-5s %-7s %-9s %8s %6s %9s %s\n' round signal moment 'after-ms' status 'tmp-left' 'other files (new temporaries)'

signals=(INT TERM HUP KILL)
caught_left=0; killed_left=0
for round in $(seq 1 "$ROUNDS"); do
    sig=${signals[$(( (round - 1) % 4 ))]}
    # A script's background job starts with SIGINT ignored; give it back its default.
    before=$(leftover_names)
    env --default-signal=INT,QUIT,HUP "$BIN" build "$CORPUS" -o "$target" --quiet --email 2>/dev/null &
    pid=$!; t0=$(now_ms)
    if [ $(( round % 2 )) = 1 ]; then
        moment=uniform
        sleep "$(awk -v r=$RANDOM -v f="$full_ms" 'BEGIN{printf "%.3f", r / 32767 * 0.9 * f / 1000}')"
    else
        moment=writing
        # A temporary of this run: one that was not there before it started.
        while kill -0 "$pid" 2>/dev/null && [ -z "$(comm -13 <(echo "$before") <(leftover_names))" ]; do sleep 0.005; done
        sleep "$(awk -v r=$RANDOM 'BEGIN{printf "%.3f", r / 32767 * 0.4}')"
    fi
    after=$(( $(now_ms) - t0 ))
    kill -s "$sig" "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null; status=$?
    new=$(comm -13 <(echo "$before") <(leftover_names) | grep -c . || true)
    left=$(leftovers)
    if [ "$sig" = KILL ]; then killed_left=$((killed_left + new)); else caught_left=$((caught_left + new)); fi
    other=$(ls -A "$T/out" | grep -v '\.tmp$' | tr '\n' ' ')
    [ "$new" -gt 0 ] && other="$other new: $(comm -13 <(echo "$before") <(leftover_names) | tr '\n' ' ')"
    printf '%-5s %-7s %-9s %8s %6s %9s %s\n' "$round" "SIG$sig" "$moment" "$after" "$status" "$left" "$other"
    # Leave SIGKILL's leftovers for the next run to remove (that is what is being checked).
done
before_final=$(leftovers)
"$BIN" build "$CORPUS" -o "$target" --quiet --email 2>/dev/null; final_status=$?
after_final=$(leftovers)
echo "new temporaries left by caught signals (INT/TERM/HUP): $caught_left"
echo "new temporaries left by SIGKILL (for later runs to remove): $killed_left"
echo "before the final run: $before_final; after it (status $final_status): $after_final"
[ "$caught_left" = 0 ] && [ "$after_final" = 0 ]
