#!/usr/bin/env bash
# Writes one of each hostile or broken input file into the folder given, for the benchmark and
# for trying the reader by hand. Each must be skipped and named; none may stop a run.
set -euo pipefail
dir=${1:?usage: hostile-files.sh FOLDER}
mkdir -p "$dir"

# Billion laughs: nested entity expansion.
{
    echo '<?xml version="1.0"?>'
    printf '<!DOCTYPE rss [<!ENTITY lol "lol">'
    prev=lol
    for i in 1 2 3 4 5 6 7 8 9; do
        printf '<!ENTITY lol%s "' "$i"; for _ in 1 2 3 4 5 6 7 8 9 10; do printf '&%s;' "$prev"; done; printf '">'
        prev=lol$i
    done
    echo ']>'
    echo '<rss><channel><item><title>&lol9;</title></item></channel></rss>'
} > "$dir/bomb.xml"
# External entity (XXE).
printf '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<rss><channel><item><title>&x;</title></item></channel></rss>\n' > "$dir/xxe.rss"
# Malformed XML, JSON and front matter.
printf '<?xml version="1.0"?>\n<rss><channel>\n<item><title>Open</item>\n</channel></rss>\n' > "$dir/broken.xml"
printf '{\n  "title": "x",\n  "maintext": [1, 2,, 3]\n}\n' > "$dir/broken.json"
printf -- '---\ntitle: ok\ndate: [unclosed\n---\nBody\n' > "$dir/broken.md"
# Empty, binary noise, Windows-1252 text, and a file over the size limit the benchmark sets (8 MB).
: > "$dir/empty.txt"
head -c 65536 /dev/urandom > "$dir/noise.txt"
printf 'Caf\xe9 talks resume\nMinisters met again in the caf\xe9 on Monday.\n' > "$dir/latin1.txt"
head -c 9000000 /dev/zero | tr '\0' 'a' > "$dir/huge.txt"
