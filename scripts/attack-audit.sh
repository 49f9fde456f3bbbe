#!/usr/bin/env bash
# Tries the release binary on every attack of issue 18 and its close variants, each built in a
# temporary folder and run under a memory cap and a time limit, and prints one line per attack:
#
#   name  exit  signal  wall-s  peak-MB  verdict  first line of standard error (or the reason)
#
# FAIL is a signal, more than LIMIT_SECONDS of wall time, more than LIMIT_MB of peak resident
# memory, or an outcome the attack rules out (exit 0 without the named message that is due, a
# briefing not written, a link that must not be there, a device replaced by a file ...).
#
# usage: scripts/attack-audit.sh [PATTERN]     (only the attacks whose name matches PATTERN)
# env:   BIN (default .build/release/briefing), LIMIT_SECONDS (10), LIMIT_MB (500),
#        AS_MB (address-space cap given to prlimit, default 4096: Swift reserves address space it
#        never touches, so the resident peak, not the reservation, is judged against LIMIT_MB),
#        KEEP=1 keeps the temporary folder.
set -uo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
BIN=${BIN:-$here/.build/release/briefing}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
LIMIT_SECONDS=${LIMIT_SECONDS:-10}
LIMIT_MB=${LIMIT_MB:-500}
AS_MB=${AS_MB:-4096}
PATTERN=${1:-.}
[ -x "$BIN" ] || { echo "no binary at $BIN (swift build -c release --product briefing)" >&2; exit 2; }
export SOURCE_DATE_EPOCH=1733356800   # fixed generation day, so two runs can be compared byte for byte

T=$(mktemp -d /tmp/attack-audit.XXXXXX)
chmod 755 "$T"
[ -n "${KEEP:-}" ] || trap 'chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
fails=0; passes=0

printf '%-34s %7s %-6s %6s %6s %6s %-4s %s\n' attack exit signal wall-s cpu-s peak-MB verdict 'stderr (first line) / reason'

# A good article, so that every attack has something a briefing can be built from.
good_text() {
    printf 'Ministers agree on new water plan %s\n\n' "$1"
    printf 'Water ministers from five countries agreed on Monday to share the river basin, officials said.\n'
    printf 'The plan, announced in Geneva by Anna Berg, sets limits on dams and pumping.\n'
}

# measure NAME DIR CMD...: runs CMD in DIR under the limits; leaves rc, sig, wall, mb, err1 and
# the files $out (stdout) and $err (stderr) for the attack's own checks.
measure() {
    name=$1; local dir=$2; shift 2
    out=$T/$name.stdout; err=$T/$name.stderr; local tv=$T/$name.time
    : > "$out"; chmod 666 "$out"   # so that an unprivileged run can open /dev/stdout again
    ( cd "$dir" && /usr/bin/time -v -o "$tv" timeout -s KILL $((LIMIT_SECONDS * 3)) \
        prlimit --as=$((AS_MB * 1024 * 1024)) -- "$@" >"$out" 2>"$err" ) </dev/null
    rc=$(sed -n 's/.*Exit status: //p' "$tv"); rc=${rc:-?}
    sig=$(sed -n 's/.*terminated by signal \([0-9]*\).*/\1/p' "$tv")
    [ -n "$sig" ] && rc="-"
    [[ $rc =~ ^[0-9]+$ ]] && [ "$rc" -gt 128 ] && sig=$((rc - 128))   # through timeout or sh -c
    local w; w=$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$tv")
    wall=$(awk -v t="$w" 'BEGIN{n=split(t,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; printf "%.1f", s}')
    mb=$(( $(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tv") / 1024 ))
    cpu=$(awk '/User time|System time/ {s += $NF} END {printf "%.1f", s}' "$tv")
    if awk -v w="$wall" -v l="$LIMIT_SECONDS" 'BEGIN{exit !(w >= 3 * l - 0.5)}'; then rc=timeout; sig=""; mb="?"; fi
    err1=$(grep -v '^\s*$' "$err" | head -1 | cut -c1-110)
    reason=""
}

# Verdict helpers: each attack calls want_* for what it requires, then report.
fail_because() { [ -n "$reason" ] || reason=$1; }
want_written() { # the named file holds a PDF (or an exit 0/3 JSON)
    case "$rc" in 0|3) ;; *) fail_because "exit $rc: nothing written"; return ;; esac
    [ -s "$1" ] || fail_because "$1 not written"
}
want_message() { # standard error carries a message matching the pattern (case-insensitive)
    grep -qiE "$1" "$err" || fail_because "no message matching /$1/"
}
want_refusal() { # a non-zero exit with the named message
    [ "$rc" != 0 ] || fail_because "exit 0 where a refusal is due"
    want_message "$1"
}
want_pages_at_most() {
    local pages; pages=$(pdfinfo "$1" 2>/dev/null | sed -n 's/^Pages: *//p')
    [ -n "$pages" ] && [ "$pages" -le "$2" ] || fail_because "$1 has ${pages:-no} pages (budget $2)"
}
report() {
    local verdict=PASS
    [ -n "$sig" ] && fail_because "signal $sig"
    awk -v w="$wall" -v l="$LIMIT_SECONDS" 'BEGIN{exit !(w > l)}' && fail_because "over ${LIMIT_SECONDS} s"
    [ "$rc" = timeout ] && fail_because "killed after $((LIMIT_SECONDS * 3)) s"
    [[ $mb =~ ^[0-9]+$ ]] && [ "$mb" -gt "$LIMIT_MB" ] && fail_because "over ${LIMIT_MB} MB"
    [ -n "$reason" ] && verdict=FAIL
    if [ $verdict = FAIL ]; then fails=$((fails + 1)); else passes=$((passes + 1)); fi
    printf '%-34s %7s %-6s %6s %6s %6s %-4s %s\n' "$name" "$rc" "${sig:-no}" "$wall" "$cpu" "$mb" "$verdict" \
        "${reason:+[$reason] }$err1"
}
selected() { [[ $1 =~ $PATTERN ]]; }
fresh() { rm -rf "${T:?}/$1"; mkdir -p "$T/$1"; echo "$T/$1"; }

# ---------------------------------------------------------------------------------------------
# 1. Dates with many digits after a colon, in every format that carries a date.
long_dates=("1:9999999999999999999" "12:99999999999999999999999999999999999999" \
            "2024-01-01T10:9999999999999999999" "2024-01-01 99999999999999999999:99:99" \
            "Mon, 02 Jan 2024 10:9999999999999999999 GMT" "9999999999999999999-01-01")
date_file() { # FORMAT DATE BODY-NUMBER -> writes one article carrying DATE
    local f=$1 d=$2 n=$3 dir=$4
    case $f in
    json)  printf '{"title": "Talks resume %s", "date_publish": "%s", "maintext": "Negotiators met again in Vienna on Monday, officials said. The talks will go on."}\n' "$n" "$d" > "$dir/a$n.json" ;;
    jsonl) printf '{"title": "Talks resume %s", "date_publish": "%s", "text": "Negotiators met again in Vienna on Monday, officials said."}\n{"title": "Second %s", "time": "%s", "text": "Another record on the same day, officials said."}\n' "$n" "$d" "$n" "$d" > "$dir/a$n.jsonl" ;;
    md)    printf -- '---\ntitle: Talks resume %s\ndate: %s\n---\nNegotiators met again in Vienna on Monday, officials said.\n' "$n" "$d" > "$dir/a$n.md" ;;
    rss)   printf '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Wire</title><pubDate>%s</pubDate><item><title>Talks resume %s</title><pubDate>%s</pubDate><description>Negotiators met again in Vienna on Monday, officials said.</description></item></channel></rss>\n' "$d" "$n" "$d" > "$dir/a$n.rss" ;;
    atom)  printf '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><updated>%s</updated><entry><title>Talks resume %s</title><published>%s</published><updated>%s</updated><summary>Negotiators met again in Vienna on Monday, officials said.</summary></entry></feed>\n' "$d" "$n" "$d" "$d" > "$dir/a$n.atom" ;;
    html)  printf '<html><head><title>Talks resume %s</title><meta property="article:published_time" content="%s"><meta name="date" content="%s"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks resume %s","datePublished":"%s"}</script></head><body><article><h1>Talks resume %s</h1><time datetime="%s">%s</time><p>Negotiators met again in Vienna on Monday, officials said. The talks will go on for a week, with ministers due on Friday.</p></article></body></html>\n' "$n" "$d" "$d" "$n" "$d" "$n" "$d" "$d" > "$dir/a$n.html" ;;
    toml)  printf 'Talks resume %s\n\nNegotiators met again in Vienna on Monday, officials said.\n' "$n" > "$dir/a$n.txt"
           printf '["a%s.txt"]\ndate = "%s"\n' "$n" "$d" > "$dir/sources.toml" ;;
    esac
}
for fmt in json jsonl md rss atom html toml; do
    name=date-colon-digits-$fmt; selected "$name" || continue
    d=$(fresh "$name"); i=0
    if [ $fmt = toml ]; then  # one sources.toml per folder: one folder per date
        for dt in "${long_dates[@]}"; do mkdir -p "$d/$i"; date_file $fmt "$dt" $i "$d/$i"; i=$((i + 1)); done
    else
        for dt in "${long_dates[@]}"; do date_file $fmt "$dt" $i "$d"; i=$((i + 1)); done
    fi
    measure "$name" "$d" "$BIN" build . -o out.pdf --quiet
    want_written "$d/out.pdf"; report
done

# 2. Articles at the calendar's edges whose text speaks of periods beyond them; analyze's days
#    must stay within years 1-9999 so that render takes its own model back.
for edge in 0001-01-01 9999-12-31; do
    name=edge-day-$edge; selected "$name" || continue
    d=$(fresh "$name"); mkdir "$d/in"
    for phrase in "last month" "next year" "yesterday" "next week" "last year" "tomorrow" "the previous decade" "next month"; do
        slug=${phrase// /-}
        printf '{"title": "Report %s", "date_publish": "%s 23:59:59", "maintext": "The council met %s, officials said. It will meet again %s in Geneva, said Anna Berg. On %s the vote was held."}\n' \
            "$slug" "$edge" "$phrase" "$phrase" "$edge" > "$d/in/$slug.json"
    done
    measure "$name" "$d" "$BIN" build in -o out.pdf --quiet
    want_written "$d/out.pdf"; report
    name=edge-day-$edge-analyze-render; selected "$name" || continue
    measure "$name" "$d" sh -c "'$BIN' analyze in --json -o m.json --quiet; '$BIN' render m.json -o r.pdf"
    want_written "$d/r.pdf"
    grep -qE '"(0000|[1-9][0-9]{4,})-[0-9]{2}-[0-9]{2}' "$d/m.json" 2>/dev/null && fail_because "model holds a day outside years 1-9999"
    report
done

# 3. Where the PDF goes.
out_dir() { local d; d=$(fresh "$1"); mkdir "$d/in"; cp "$here"/seeds/*.txt "$d/in/"; echo "$d"; }
if selected out-one-char; then
    d=$(out_dir out-one-char); measure out-one-char "$d" "$BIN" build in -o a --quiet
    want_written "$d/a"; report
fi
if selected out-dash-stdout; then
    d=$(out_dir out-dash-stdout); measure out-dash-stdout "$d" "$BIN" build in -o - --quiet
    head -c 5 "$out" | grep -q '%PDF-' || fail_because "standard output is no PDF"
    [ -e "$d/-" ] && fail_because "a file named '-' was written"
    report
fi
if selected out-devnull-copy; then  # our own device node: root must write through it, never replace it
    d=$(out_dir out-devnull-copy); mknod "$d/null" c 1 3
    measure out-devnull-copy "$d" "$BIN" build in -o null --quiet
    [ -c "$d/null" ] || fail_because "device node replaced"
    [ "$rc" = 0 ] || fail_because "exit $rc"; report
fi
if selected out-devnull-real; then  # the real /dev/null, as an unprivileged user so no mistake can replace it
    d=$(out_dir out-devnull-real); chmod 777 "$d"
    measure out-devnull-real "$d" setpriv --reuid=65534 --regid=65534 --clear-groups "$BIN" build in -o /dev/null --quiet
    [ -c /dev/null ] || fail_because "/dev/null replaced"
    [ "$rc" = 0 ] || fail_because "exit $rc"; report
fi
if selected out-devstdout-link; then
    d=$(out_dir out-devstdout-link); chmod 777 "$d"
    measure out-devstdout-link "$d" setpriv --reuid=65534 --regid=65534 --clear-groups "$BIN" build in -o /dev/stdout --quiet
    head -c 5 "$out" | grep -q '%PDF-' || fail_because "standard output is no PDF"; report
fi
if selected out-devstdout-pipe; then
    d=$(out_dir out-devstdout-pipe); chmod 777 "$d"
    measure out-devstdout-pipe "$d" sh -c "setpriv --reuid=65534 --regid=65534 --clear-groups '$BIN' build in -o /dev/stdout --quiet | cat"
    head -c 5 "$out" | grep -q '%PDF-' || fail_because "standard output is no PDF"; report
fi
if selected out-devfull-copy; then
    d=$(out_dir out-devfull-copy); mknod "$d/full" c 1 7
    measure out-devfull-copy "$d" "$BIN" build in -o full --quiet
    [ -c "$d/full" ] || fail_because "device node replaced"
    want_refusal 'space|full|write'; report
fi
if selected out-devfull-real; then
    d=$(out_dir out-devfull-real); chmod 777 "$d"
    measure out-devfull-real "$d" setpriv --reuid=65534 --regid=65534 --clear-groups "$BIN" build in -o /dev/full --quiet
    [ -c /dev/full ] || fail_because "/dev/full replaced"
    want_refusal 'space|full|write'; report
fi
if selected out-symlink; then
    d=$(out_dir out-symlink); mkdir "$d/real"; echo old > "$d/real/target.pdf"; ln -s real/target.pdf "$d/link.pdf"
    measure out-symlink "$d" "$BIN" build in -o link.pdf --quiet
    [ -L "$d/link.pdf" ] || fail_because "symlink replaced by a file"
    head -c 5 "$d/real/target.pdf" | grep -q '%PDF-' || fail_because "the link's target holds no PDF"; report
fi
if selected out-dangling-symlink; then
    d=$(out_dir out-dangling-symlink); mkdir "$d/real"; ln -s real/new.pdf "$d/link.pdf"
    measure out-dangling-symlink "$d" "$BIN" build in -o link.pdf --quiet
    [ -L "$d/link.pdf" ] || fail_because "symlink replaced by a file"
    head -c 5 "$d/real/new.pdf" 2>/dev/null | grep -q '%PDF-' || fail_because "the link's target holds no PDF"; report
fi
if selected out-fifo; then
    d=$(out_dir out-fifo); mkfifo "$d/pipe.pdf"
    ( cat "$d/pipe.pdf" > "$d/received" ) & reader=$!
    measure out-fifo "$d" "$BIN" build in -o pipe.pdf --quiet
    kill "$reader" 2>/dev/null; wait "$reader" 2>/dev/null
    [ -p "$d/pipe.pdf" ] || fail_because "FIFO replaced"
    head -c 5 "$d/received" | grep -q '%PDF-' || fail_because "the reader got no PDF"; report
fi
if selected out-folder; then
    d=$(out_dir out-folder); mkdir "$d/adir"
    measure out-folder "$d" "$BIN" build in -o adir --quiet
    [ -d "$d/adir" ] || fail_because "folder replaced"
    want_refusal 'folder|director'; report
fi
if selected out-missing-parent; then
    d=$(out_dir out-missing-parent)
    measure out-missing-parent "$d" "$BIN" build in -o deep/er/x.pdf --quiet
    [ "$rc" = 0 ] && [ -s "$d/deep/er/x.pdf" ] || want_refusal 'cannot|no such|folder'; report
fi
if selected analyze-stdout-devfull; then
    d=$(out_dir analyze-stdout-devfull)
    measure analyze-stdout-devfull "$d" sh -c "'$BIN' analyze in --json --quiet > /dev/full"
    want_refusal 'space|full|write'; report
fi
if selected analyze-o-devfull; then
    d=$(out_dir analyze-o-devfull); mknod "$d/full" c 1 7
    measure analyze-o-devfull "$d" "$BIN" analyze in --json -o full --quiet
    [ -c "$d/full" ] || fail_because "device node replaced"
    want_refusal 'space|full|write'; report
fi
if selected extract-stdout-devfull; then
    d=$(out_dir extract-stdout-devfull)
    measure extract-stdout-devfull "$d" sh -c "'$BIN' extract in > /dev/full"
    want_refusal 'space|full|write'; report
fi
if selected stderr-devfull; then
    d=$(out_dir stderr-devfull)
    measure stderr-devfull "$d" sh -c "'$BIN' build in -o out.pdf 2>/dev/full"
    want_written "$d/out.pdf"; report
fi
if selected tag-stdout-devfull; then
    d=$(fresh tag-stdout-devfull); printf -- '-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n' > "$d/t.conll"
    measure tag-stdout-devfull "$d" sh -c "'$BIN' tag --conll t.conll > /dev/full"
    want_refusal 'space|full|write'; report
fi
if selected history-stdout-devfull; then
    d=$(out_dir history-stdout-devfull); "$BIN" build "$d/in" -o "$d/out.pdf" --quiet 2>/dev/null
    measure history-stdout-devfull "$d" sh -c "'$BIN' history --archive archive.sqlite > /dev/full"
    want_refusal 'space|full|write'; report
fi
if selected out-dash-closed-pipe; then  # the reader goes away early: SIGPIPE is the Unix answer; no temporary left
    d=$(out_dir out-dash-closed-pipe); before=$(ls -A /tmp | grep -c 'briefing-output' || true)
    measure out-dash-closed-pipe "$d" sh -c "'$BIN' build in -o - --quiet | head -c 100 > /dev/null; exit 0"
    after=$(ls -A /tmp | grep -c 'briefing-output' || true)
    [ "$after" -gt "$before" ] && fail_because "temporary left in /tmp"; report
fi
if selected charts-onto-file; then
    d=$(out_dir charts-onto-file); echo x > "$d/charts"
    measure charts-onto-file "$d" "$BIN" build in -o out.pdf --charts charts --quiet
    [ "$rc" = 3 ] || fail_because "exit $rc, not 3"
    [ -s "$d/out.pdf" ] || fail_because "PDF not written"
    grep -q 'NSError\|Error Domain' "$err" && fail_because "raw NSError"
    want_message 'chart'; report
fi

# 4. YAML front matter whose aliases nest (billion laughs, 392 bytes) and its variants.
yaml_bomb() { # PREFIX -> front matter of 9 anchors of 9 aliases each
    printf -- '---\n'
    printf 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    local prev=a
    for n in b c d e f g h i; do
        printf '%s: &%s [*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s]\n' $n $n $prev $prev $prev $prev $prev $prev $prev $prev $prev
        prev=$n
    done
}
if selected yaml-alias-bomb; then
    d=$(fresh yaml-alias-bomb)
    { yaml_bomb; printf 'title: *i\n---\nBody text of the bomb.\n'; } > "$d/bomb.md"
    good_text 1 > "$d/good.txt"
    measure yaml-alias-bomb "$d" "$BIN" build . -o out.pdf --quiet
    want_written "$d/out.pdf"; want_message 'bomb\.md'; report
fi
if selected yaml-alias-bomb-mapping; then  # aliases of mappings, merged with <<
    d=$(fresh yaml-alias-bomb-mapping)
    { printf -- '---\na: &a {x: lol, y: lol, z: lol}\n'; prev=a
      for n in b c d e f g h i j k; do printf '%s: &%s {p: *%s, q: *%s, r: *%s, s: *%s, t: *%s, u: *%s, v: *%s, w: *%s, <<: *%s}\n' $n $n $prev $prev $prev $prev $prev $prev $prev $prev $prev; prev=$n; done
      printf 'date: *k\n---\nBody.\n'; } > "$d/bomb.md"
    good_text 1 > "$d/good.txt"
    measure yaml-alias-bomb-mapping "$d" "$BIN" build . -o out.pdf --quiet
    want_written "$d/out.pdf"; want_message 'bomb\.md'; report
fi
if selected yaml-deep-nesting; then
    d=$(fresh yaml-deep-nesting)
    { printf -- '---\ntitle: '; head -c 200000 /dev/zero | tr '\0' '['; printf '\n---\nBody.\n'; } > "$d/deep.md"
    good_text 1 > "$d/good.txt"
    measure yaml-deep-nesting "$d" "$BIN" build . -o out.pdf --quiet
    want_written "$d/out.pdf"; report
fi

# 5. Markdown whose inline syntax nests or never closes.
md_attack() { # NAME BYTES UNIT
    selected "$1" || return 0
    local d; d=$(fresh "$1")
    { printf '# Heading of the run\n\nIntro sentence, said Anna Berg.\n\n'
      yes -- "$3" | tr -d '\n' | head -c "$2"; printf '\n'; } > "$d/run.md"
    good_text 1 > "$d/good.txt"
    measure "$1" "$d" "$BIN" build . -o out.pdf --quiet
    want_written "$d/out.pdf"; report
}
md_attack md-brackets-40k 40000 '['
md_attack md-brackets-200k 200000 '['
md_attack md-brackets-balanced-200k 200000 '[[[[[[[[[[]]]]]]]]]]'
md_attack md-bang-brackets-200k 200000 '!['
md_attack md-link-opens-200k 200000 '[a]('
md_attack md-close-brackets-200k 200000 ']'
md_attack md-brackets-parens-200k 200000 '[('
md_attack md-emphasis-200k 200000 '*_'
md_attack md-stars-200k 200000 '*'
md_attack md-backticks-200k 200000 '`a'
md_attack md-angle-200k 200000 '<'
md_attack md-html-comments-200k 200000 '<!--'
md_attack md-ref-links-200k 200000 '[a][b]'
md_attack md-ampersands-200k 200000 '&'
md_attack md-html-in-links-200k 200000 '[<b>](u)'
md_attack md-table-pipes-200k 200000 '|'
md_attack md-list-nesting-200k 200000 '- '
md_attack md-quote-nesting-200k 200000 '>'
if selected md-brackets-lines-200k; then  # the same, split over lines
    d=$(fresh md-brackets-lines-200k)
    { printf '# Lines\n\n'; for _ in $(seq 2000); do head -c 100 /dev/zero | tr '\0' '['; echo; done; } > "$d/run.md"
    good_text 1 > "$d/good.txt"
    measure md-brackets-lines-200k "$d" "$BIN" build . -o out.pdf --quiet
    want_written "$d/out.pdf"; report
fi

# 6. XML prologs: entities, external entities, and a ']' where the guard might stop scanning.
quad_feed() { # FILE HIDING-PLACE
    local body; body=$(head -c 100000 /dev/zero | tr '\0' 'A')
    { printf '<?xml version="1.0"?>\n<!DOCTYPE rss [\n%s\n<!ENTITY a "%s">\n]>\n<rss version="2.0"><channel><title>Wire</title><item><title>Talks</title><description>' "$2" "$body"
      yes '&a;' | head -n 400000 | tr -d '\n'
      printf '</description></item></channel></rss>\n'; } > "$1"
}
for hide in 'comment:<!-- ] -->' 'pi:<?x ] ?>' 'quoted:<!ENTITY q "]">' 'attlist:<!ATTLIST x y CDATA "]]>">' \
            'squote:<!ENTITY q '"'"']'"'"'>' 'none:'; do
    name=dtd-quadratic-${hide%%:*}; selected "$name" || continue
    d=$(fresh "$name"); quad_feed "$d/feed.rss" "${hide#*:}"; good_text 1 > "$d/good.txt"
    measure "$name" "$d" "$BIN" build . -o out.pdf --quiet
    want_written "$d/out.pdf"; want_message 'feed\.rss'; report
done
if selected dtd-quadratic-atom-comment; then
    d=$(fresh dtd-quadratic-atom-comment); body=$(head -c 100000 /dev/zero | tr '\0' 'A')
    { printf '<?xml version="1.0"?>\n<!DOCTYPE feed [<!-- ]> -->\n<!ENTITY a "%s">]>\n<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title><summary>' "$body"
      yes '&a;' | head -n 400000 | tr -d '\n'; printf '</summary></entry></feed>\n'; } > "$d/feed.atom"
    good_text 1 > "$d/good.txt"
    measure dtd-quadratic-atom-comment "$d" "$BIN" build . -o out.pdf --quiet
    want_written "$d/out.pdf"; want_message 'feed\.atom'; report
fi
if selected dtd-quadratic-html; then  # libxml2's HTML parser and a DOCTYPE with entities
    d=$(fresh dtd-quadratic-html); body=$(head -c 100000 /dev/zero | tr '\0' 'A')
    { printf '<!DOCTYPE html [<!-- ] -->\n<!ENTITY a "%s">]>\n<html><head><title>Page</title></head><body><article><p>' "$body"
      yes '&a;' | head -n 400000 | tr -d '\n'; printf '</p></article></body></html>\n'; } > "$d/page.html"
    good_text 1 > "$d/good.txt"
    measure dtd-quadratic-html "$d" "$BIN" build . -o out.pdf --quiet
    want_written "$d/out.pdf"; report
fi
xml_bomb() { # ROOT-OPEN ROOT-CLOSE -> billion laughs
    printf '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY lol "lol">'
    local prev=lol
    for i in 1 2 3 4 5 6 7 8 9; do
        printf '<!ENTITY lol%s "' "$i"; for _ in 1 2 3 4 5 6 7 8 9 10; do printf '&%s;' "$prev"; done; printf '">'
        prev=lol$i
    done
    printf ']>\n%s&lol9;%s\n' "$1" "$2"
}
for kind in rss atom html rdf; do
    name=billion-laughs-$kind; selected "$name" || continue
    d=$(fresh "$name"); good_text 1 > "$d/good.txt"
    case $kind in
    rss)  xml_bomb '<rss><channel><item><title>' '</title></item></channel></rss>' > "$d/bomb.xml" ;;
    atom) xml_bomb '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>' '</title></entry></feed>' > "$d/bomb.xml" ;;
    html) xml_bomb '<html><body><article><p>' '</p></article></body></html>' > "$d/bomb.html" ;;
    rdf)  xml_bomb '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item><title>' '</title></item></rdf:RDF>' > "$d/bomb.xml" ;;
    esac
    measure "$name" "$d" "$BIN" build . -o out.pdf --quiet
    want_written "$d/out.pdf"; [ $kind = html ] || want_message 'bomb'; report
done
xxe_check() { # the secret must appear nowhere in what was read
    grep -q 'SECRET-XXE-CONTENT' "$d/out.jsonl" "$out" 2>/dev/null && fail_because "external file read"
}
for kind in general parameter xinclude html utf16; do
    name=xxe-$kind; selected "$name" || continue
    d=$(fresh "$name"); echo 'SECRET-XXE-CONTENT' > "$T/$name.secret"; s="file://$T/$name.secret"
    case $kind in
    general)   printf '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM "%s">]>\n<rss><channel><item><title>T &x;</title><description>Body &x; said.</description></item></channel></rss>\n' "$s" > "$d/x.rss" ;;
    parameter) printf '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY %% p SYSTEM "%s"> %%p;]>\n<rss><channel><item><title>T</title><description>Body said.</description></item></channel></rss>\n' "$s" > "$d/x.rss" ;;
    xinclude)  printf '<?xml version="1.0"?>\n<rss xmlns:xi="http://www.w3.org/2001/XInclude"><channel><item><title>T</title><description><xi:include href="%s" parse="text"/> Body said.</description></item></channel></rss>\n' "$s" > "$d/x.rss" ;;
    html)      printf '<!DOCTYPE html [<!ENTITY x SYSTEM "%s">]>\n<html><head><title>T</title></head><body><article><p>Body &x; said, with enough words to be an article of its own here.</p></article></body></html>\n' "$s" > "$d/x.html" ;;
    utf16)     printf '<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM "%s">]>\n<rss><channel><item><title>T &x;</title><description>Body &x;</description></item></channel></rss>\n' "$s" | iconv -f UTF-8 -t UTF-16 > "$d/x.rss" ;;
    esac
    measure "$name" "$d" "$BIN" extract . -o out.jsonl
    xxe_check; report
done

# 7. Many tiny files.
for count in 10000 20000; do
    name=tiny-files-$count; selected "$name" || continue
    d=$(fresh "$name")
    ( cd "$d" && awk -v n="$count" 'BEGIN{
        split("Aberdeen Bristol Cardiff Dundee Exeter Fife Glasgow Hull Leeds", town, " ")
        for (i = 0; i < n; i++) {
            f = sprintf("%05d.txt", i)
            printf "Note %d on %s\n\nCouncil %d in %s met on Monday, officials said.\n", i, town[i % 9 + 1], i, town[i % 9 + 1] > f
            close(f) } }' )
    measure "$name" "$d" "$BIN" build . -o out.pdf --quiet
    want_written "$d/out.pdf"; want_pages_at_most "$d/out.pdf" 8; report
done

# 8. Watchlists: many terms, many topics, and NUL bytes.
if selected watchlist-200k-terms; then
    d=$(out_dir watchlist-200k-terms)
    { printf '[[topic]]\nlabel = "everything"\nterms = ['; seq -f '"term%g"' 1 200000 | paste -sd,; printf ']\n'; } > "$d/w.toml"
    measure watchlist-200k-terms "$d" "$BIN" build in -o out.pdf --topics w.toml --quiet
    want_written "$d/out.pdf"; report
fi
if selected watchlist-200k-phrases; then  # multi-word terms sharing prefixes with the text
    d=$(out_dir watchlist-200k-phrases)
    { printf '[[topic]]\nlabel = "phrases"\nterms = ['; seq -f '"the minister said %g"' 1 200000 | paste -sd,; printf ']\n'; } > "$d/w.toml"
    measure watchlist-200k-phrases "$d" "$BIN" build in -o out.pdf --topics w.toml --quiet
    want_written "$d/out.pdf"; report
fi
if selected watchlist-200k-topics; then
    d=$(out_dir watchlist-200k-topics)
    awk 'BEGIN{print "[topics]"; for (i = 1; i <= 200000; i++) printf "\"topic %d\" = [\"term%d\"]\n", i, i}' > "$d/w.toml"
    measure watchlist-200k-topics "$d" "$BIN" build in -o out.pdf --topics w.toml --quiet
    want_written "$d/out.pdf"; want_pages_at_most "$d/out.pdf" 8; report
fi
if selected watchlist-nul; then
    d=$(out_dir watchlist-nul)
    printf '[[topic]]\nlabel = "water"\x00\nterms = ["dam"]\n' > "$d/w.toml"
    measure watchlist-nul "$d" "$BIN" build in -o out.pdf --topics w.toml --quiet
    want_refusal 'NUL|null|zero byte'; report
fi
if selected sources-toml-nul; then
    d=$(fresh sources-toml-nul); mkdir "$d/in"; good_text 1 > "$d/in/a.txt"
    printf '["a.txt"]\nsource = "Wire"\x00\ndate = 2024-12-05\n' > "$d/in/sources.toml"
    measure sources-toml-nul "$d" "$BIN" build in -o out.pdf --quiet
    want_written "$d/out.pdf"; want_message 'sources\.toml.*(NUL|null|zero)|(NUL|null|zero).*sources\.toml'
    [ "$rc" = 3 ] || fail_because "exit $rc, not 3"; report
fi

# 9. JSON Lines full of bad records.
for count in 40000 1000000; do
    name=bad-jsonl-$count; selected "$name" || continue
    d=$(fresh "$name")
    awk -v n="$count" 'BEGIN{
        for (i = 0; i < n; i++) {
            if (i % (n / 20) == 0) printf "{\"title\": \"Council vote %d\", \"text\": \"The council in Leeds voted on Monday on plan %d, officials said. Anna Berg said the plan would pass.\"}\n", i, i
            else printf "{\"title\": bad %d\n", i } }' > "$d/feed.jsonl"
    measure "$name" "$d" "$BIN" build . -o out.pdf --quiet
    want_written "$d/out.pdf"; want_pages_at_most "$d/out.pdf" 8; want_message 'feed\.jsonl'; report
done
if selected bad-json-array-records; then  # a news-please array of 40,000 records of the wrong shape
    d=$(fresh bad-json-array-records)
    { printf '['; seq 40000 | awk '{printf "%s{\"title\": %d}", (NR>1?",":""), $1}'; printf ',{"title":"Good one","maintext":"The council in Leeds voted on Monday, officials said."}]\n'; } > "$d/all.json"
    good_text 1 > "$d/good.txt"
    measure bad-json-array-records "$d" "$BIN" build . -o out.pdf --quiet
    want_written "$d/out.pdf"; want_pages_at_most "$d/out.pdf" 8; report
fi

# 10. Links from article metadata: only http, https and mailto may become links.
if selected link-schemes; then
    d=$(fresh link-schemes); i=0
    for u in 'javascript:alert(1)' 'JaVaScRiPt:alert(2)' ' javascript:alert(3)' 'java&#x09;script:alert(4)' \
             'file:///etc/passwd' 'FILE:///etc/shadow' 'data:text/html,<script>alert(5)</script>' 'vbscript:msgbox(6)' \
             'https://example.com/ok'; do
        printf '{"title": "Story %d of the council", "date_publish": "2024-12-0%d", "source_domain": "wire%d.example", "url": "%s", "maintext": "The council in Leeds %d voted on Monday, officials said. Anna Berg said plan %d would pass."}\n' \
            $i $((i % 9 + 1)) $i "$u" $i $i > "$d/s$i.json"; i=$((i + 1))
    done
    printf 'Town hall story\n\nThe mayor of York spoke on Tuesday, officials said.\n' > "$d/t.txt"
    printf '["t.txt"]\nurl = "javascript:alert(7)"\n' > "$d/sources.toml"
    printf -- '---\ntitle: Front matter story\nurl: file:///etc/hosts\nsource: javascript:alert(8)\n---\nThe mayor of Hull spoke on Tuesday, officials said.\n' > "$d/f.md"
    printf '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>W</title><link>javascript:alert(9)</link><item><title>Feed story</title><link>javascript:alert(10)</link><guid>file:///etc/group</guid><description>The mayor of Derby spoke on Tuesday, officials said.</description></item></channel></rss>\n' > "$d/f.rss"
    printf '<html><head><title>Web story</title><link rel="canonical" href="javascript:alert(11)"><meta property="og:url" content="file:///etc/passwd"></head><body><article><p>The mayor of Bath spoke on Tuesday, officials said, and the council agreed to meet again next week in the hall.</p><p><a href="javascript:alert(12)">click</a></p></article></body></html>\n' > "$d/w.html"
    measure link-schemes "$d" "$BIN" build . -o out.pdf --detail full --quiet
    want_written "$d/out.pdf"
    if [ -s "$d/out.pdf" ]; then
        qpdf --qdf --object-streams=disable "$d/out.pdf" "$d/qdf.pdf" 2>/dev/null
        bad=$(grep -aoiE '/URI *\((\s|\\t)*(java|file|data|vbscript|FILE)[^)]*' "$d/qdf.pdf" | head -3 | tr '\n' ' ')
        [ -n "$bad" ] && fail_because "PDF links: $bad"
        grep -aoiE '/URI *\(https://example.com/ok' "$d/qdf.pdf" >/dev/null || fail_because "the https link is gone too"
    fi
    report
fi

# 11. Links, loops, unreadable folders, undecodable names.
if selected symlinked-articles; then
    d=$(fresh symlinked-articles); mkdir -p "$d/in" "$d/elsewhere/sub"
    good_text 1 > "$d/elsewhere/one.txt"; good_text 2 | sed 's/water/energy/' > "$d/elsewhere/sub/two.txt"
    ln -s ../elsewhere/one.txt "$d/in/one.txt"; ln -s ../elsewhere/sub "$d/in/sub"; good_text 3 > "$d/in/own.txt"
    measure symlinked-articles "$d" "$BIN" extract in -o out.jsonl
    [ "$(wc -l < "$d/out.jsonl" 2>/dev/null || echo 0)" -eq 3 ] || fail_because "$(wc -l < "$d/out.jsonl" 2>/dev/null) of 3 articles read"; report
fi
if selected symlink-loop; then
    d=$(fresh symlink-loop); mkdir -p "$d/in/a"; good_text 1 > "$d/in/a/one.txt"
    ln -s .. "$d/in/a/up"; ln -s ../in "$d/in/a/again"; ln -s x "$d/in/y"; ln -s y "$d/in/x"
    measure symlink-loop "$d" "$BIN" build in -o out.pdf --quiet
    want_written "$d/out.pdf"; want_message 'loop|cycle|circular|already read|levels of symbolic'; report
fi
for strict in "" --strict; do
    name=unreadable-folder${strict:+-strict}; selected "$name" || continue
    d=$(fresh "$name"); chmod 777 "$d"; mkdir -p "$d/in/locked"; good_text 1 > "$d/in/one.txt"; good_text 2 > "$d/in/locked/two.txt"
    chmod 000 "$d/in/locked"
    measure "$name" "$d" setpriv --reuid=65534 --regid=65534 --clear-groups "$BIN" build in -o out.pdf --quiet $strict
    if [ -z "$strict" ]; then [ "$rc" = 3 ] || fail_because "exit $rc, not 3"; want_message 'locked'
    else want_refusal 'locked'; fi
    report
done
if selected non-utf8-name; then
    d=$(fresh non-utf8-name); good_text 1 > "$d/$(printf 'caf\xe9.txt')"; good_text 2 > "$d/ok.txt"
    measure non-utf8-name "$d" "$BIN" extract . -o out.jsonl
    n=$(wc -l < "$d/out.jsonl" 2>/dev/null || echo 0)
    [ "$n" -eq 2 ] || { [ "$rc" = 3 ] && want_message 'caf|name'; } || fail_because "$n of 2 read, nothing said"; report
fi

# 12. Encodings and line ends.
enc_attack() { # NAME ICONV-TARGET BOM-HEX
    selected "$1" || return 0
    local d; d=$(fresh "$1")
    { [ -n "$3" ] && printf "$3"; printf 'Dam talks resume in Geneva\n\nWater ministers met on Monday, officials said. Anna Berg led the talks.\n' | iconv -f UTF-8 -t "$2"; } > "$d/a.txt"
    measure "$1" "$d" "$BIN" extract . -o out.jsonl
    grep -q '"title":"Dam talks resume in Geneva"' "$d/out.jsonl" 2>/dev/null || grep -q '"title": *"Dam talks resume in Geneva"' "$d/out.jsonl" 2>/dev/null || fail_because "title not read: $(head -c 80 "$d/out.jsonl" 2>/dev/null)"
    report
}
enc_attack utf16le-bom UTF-16LE '\xff\xfe'
enc_attack utf16be-bom UTF-16BE '\xfe\xff'
enc_attack utf16le-nobom UTF-16LE ''
enc_attack utf16be-nobom UTF-16BE ''
enc_attack utf32le-bom UTF-32LE '\xff\xfe\x00\x00'
enc_attack utf32be-bom UTF-32BE '\x00\x00\xfe\xff'
enc_attack utf32le-nobom UTF-32LE ''
enc_attack utf32be-nobom UTF-32BE ''
enc_attack utf8-bom UTF-8 '\xef\xbb\xbf'
for le in cr crlf mixed; do
    name=line-ends-$le; selected "$name" || continue
    d=$(fresh "$name")
    case $le in
    cr)    printf 'Dam talks resume in Geneva\r\rWater ministers met on Monday, officials said.\rAnna Berg led the talks.\r' > "$d/a.txt" ;;
    crlf)  printf 'Dam talks resume in Geneva\r\n\r\nWater ministers met on Monday, officials said.\r\n' > "$d/a.txt" ;;
    mixed) printf 'Dam talks resume in Geneva\r\r\nWater ministers met on Monday, officials said.\nAnna Berg led the talks.\r' > "$d/a.txt" ;;
    esac
    printf -- '---\rtitle: Front matter over CR\rdate: 2024-12-05\r---\rThe mayor of York spoke on Tuesday, officials said.\r' > "$d/b.md"
    measure "$name" "$d" "$BIN" extract . -o out.jsonl
    grep -q '"title": *"Dam talks resume in Geneva"' "$d/out.jsonl" 2>/dev/null || fail_because "txt title not read"
    grep -q '"title": *"Front matter over CR"' "$d/out.jsonl" 2>/dev/null || fail_because "md front matter not read"
    report
done

# 13. Every input failing: the reason must be shown.
for kind in size dtd binary mixed empty-folder; do
    name=all-inputs-fail-$kind; selected "$name" || continue
    d=$(fresh "$name"); mkdir "$d/in"; extra=(); want=""
    case $kind in
    size)   head -c 3000000 /dev/zero | tr '\0' 'a' > "$d/in/big.txt"; extra=(--max-file-size 1); want='big\.txt.*(size|larger|MB)|(size|larger|MB).*big\.txt' ;;
    dtd)    xml_bomb '<rss><channel><item><title>' '</title></item></channel></rss>' > "$d/in/bomb.xml"; want='bomb\.xml.*(DTD|entit)' ;;
    binary) head -c 4096 /dev/urandom > "$d/in/noise.txt"; want='noise\.txt.*(binary|decod)' ;;
    mixed)  head -c 4096 /dev/urandom > "$d/in/noise.txt"; xml_bomb '<rss><channel><item><title>' '</title></item></channel></rss>' > "$d/in/bomb.xml"
            : > "$d/in/empty.txt"; printf '{"title": ' > "$d/in/cut.json"; want='noise\.txt' ;;
    empty-folder) want='no article|nothing|empty|no file' ;;
    esac
    measure "$name" "$d" "$BIN" build in -o out.pdf --quiet "${extra[@]}"
    want_refusal "$want"; report
done

# 14. --max-file-size at the edges of the integers.
if selected extract-max-file-size-2e43; then
    d=$(out_dir extract-max-file-size-2e43)
    measure extract-max-file-size-2e43 "$d" "$BIN" extract in -o out.jsonl --max-file-size 8796093022208
    [ "$rc" = 0 ] && [ -s "$d/out.jsonl" ] || want_refusal 'max-file-size'; report
fi
for size in 8796093022208 9223372036854775807 9223372036854775808 -1 0 99999999999999999999999; do
    name=max-file-size-$size; selected "$name" || continue
    d=$(out_dir "$name")
    measure "$name" "$d" "$BIN" build in -o out.pdf --quiet --max-file-size="$size"
    [ "$rc" = 0 ] && [ -s "$d/out.pdf" ] || want_refusal 'max-file-size'; report
done

# 15. The same files in different orders give byte-identical JSON and PDF.
if selected input-order; then
    d=$(fresh input-order); mkdir -p "$d/one" "$d/two"
    mk_order() { # FOLDER FILE-ORDER...
        local f=$1; shift
        for n in "$@"; do
            case $n in
            arr)  printf '[{"title":"Array one","maintext":"The council in Leeds voted on Monday, officials said."},{"title":"Array two","maintext":"The council in Leeds voted on Monday, officials said."},{"title":"Array three","maintext":"Anna Berg met the mayor of York on Friday."}]\n' > "$f/002.json" ;;
            dup1) good_text 1 > "$f/dup1.txt" ;;
            dup2) good_text 1 > "$f/dup2.txt" ;;
            lines) printf '{"text":"Ministers in Hull met on Monday, officials said."}\n{"text":"Ministers in Hull met on Monday, officials said."}\n{"text":"Anna Berg spoke in Hull on Tuesday."}\n' > "$f/002.jsonl" ;;
            txt)  cp "$here"/seeds/*.txt "$f/" ;;
            esac
        done
    }
    mk_order "$d/one" arr dup1 dup2 lines txt; mk_order "$d/two" txt lines dup2 dup1 arr
    mkdir "$d/three"; for f in $(ls "$d/one" | sort -r); do cp "$d/one/$f" "$d/three/$f"; done
    # Folder order, then explicit arguments in two orders.
    measure input-order "$d" sh -c "
        for x in one two three; do (cd \$x && '$BIN' analyze . --json -o ../\$x.json --quiet; '$BIN' build . -o ../\$x.pdf --quiet); done
        cd one && '$BIN' analyze \$(ls | sort) --json -o ../fwd.json --quiet; '$BIN' analyze \$(ls | sort -r) --json -o ../rev.json --quiet
        '$BIN' build \$(ls | sort) -o ../fwd.pdf --quiet; '$BIN' build \$(ls | sort -r) -o ../rev.pdf --quiet; exit 0"
    for pair in "one two" "one three" "fwd rev"; do
        set -- $pair
        cmp -s "$d/$1.json" "$d/$2.json" || fail_because "$1.json != $2.json"
        cmp -s "$d/$1.pdf" "$d/$2.pdf" || fail_because "$1.pdf != $2.pdf"
        [ -s "$d/$1.pdf" ] || fail_because "$1.pdf missing"
    done
    report
fi

echo "passed $passes, failed $fails"
[ $fails = 0 ]
