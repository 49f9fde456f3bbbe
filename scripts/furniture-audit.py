#!/usr/bin/env python3
"""Counts page furniture in the reader-facing text of briefings (issue 15).

Runs `briefing analyze --json` on each corpus given (or on the dev corpora under DATA) and
looks at what a reader sees: executive summary headlines and text, watch items, story titles
and summaries, timeline labels, topic labels, reaction quotes and the top participants' names.
Each item is tested against patterns for KINDS of furniture -- comment-system lines, photo
credits, bylines, transcript speaker tags, datelines, time stamps, contact lines, escaping
residue, share/subscribe prompts, broadcast schedule listings, page labels and counters,
navigation -- never against strings of one article. A hit is suspicious, not proven: run with
-v and read them.

    scripts/furniture-audit.py [-v] [--binary B] [--data D] [--keep DIR] [CORPUS...]
    scripts/furniture-audit.py --json briefing.json      # audit an existing briefing
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter

MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
KINDS = {
    "comment": [
        r"\|\s*(?:Reply|Report abuse|Permalink|Recommend)\b",
        r"\bReport abuse\b",
        r"^(?:Reply|Recommend|Flag)\b\s*$",
        r"\b\d{1,2}:\d{2}\s?(?:am|pm|AM|PM)\s*\|",
        r"\b(?:\d{4}|[ap]m),?\s+[^,]{1,30},?\s+wrote:",
    ],
    "credit": [
        r"\b(?:Photograph|Photo|Picture|Image|Illustration|Composite)s?(?: by| credit| copyright)?\s*:",
        r"\bImage copyright\b",
        r"\b[A-Z][a-z]+/(?:AP|AFP|Reuters|Getty|PA|EPA|Rex)\b",
        r"\bGetty Images\b",
        r"\b(?:Presenters?|Producers?|Readers?|Directors?|Editors?)/[A-Z]",
    ],
    "byline": [
        r"^By (?:the )?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" + MONTH[3:-1] + r")\b)[A-Z][a-z]+ [A-Z]",
        r"\bWire Staff\b",
        r"\bBy [A-Z][a-z]+ [A-Z][a-z]+,? (?:BBC|CNN|Guardian|Reuters|AP)\b",
        r"^[A-Z][a-z]+ [A-Z][a-z]+(?: and [A-Z][a-z]+ [A-Z][a-z]+)? for the [A-Z][a-z]+$",
    ],
    "speaker tag": [
        r"(?:^|[.!?\"”] )[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)+(?:, [A-Z][A-Z0-9 .,'\-]+)?: ",
        r"(?:^|[.!?\"”] )[A-Z][A-Z.'\-]+, [A-Z][A-Z0-9 .,'\-]+: ",
        r"\((?:BEGIN|END) (?:VIDEO|AUDIO)[A-Z ]*\)",
    ],
    "dateline": [
        r"^[A-Z][A-Z .'\-]{2,}(?:, [A-Za-z .]+)? \((?:CNN|AP|Reuters|AFP|UPI)\)",
        r"\((?:CNN|AP|Reuters|AFP)\)\s*(?:--|—|–|-)",
    ],
    "timestamp": [
        r"\b(?:Last updated|Page last updated|First published|Updated|Published|Posted)\b\s*(?:at|on|:)?\s*\d",
        # A page's stamp: a clock and zone followed by the day ("16:55 UK time, Tuesday, 23 March 2010").
        r"\b\d{1,2}[:.]\d{2}\s?(?:GMT|BST|UTC|ET|EST|EDT|UK time|UK)\s*,?\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2} " + MONTH + r")",
        r"\b\d{1,2}:\d{2}\s?(?:UK time)\b",
        r"^(?:Posted|Last modified|Updated)\b.{0,40}\b\d{1,2}[:.]\d{2}\b",
        # A caption or headline run into the text through a bare date: "... in court 25 January 2011 The doctor ..."
        r"[a-z,] \d{1,2} " + MONTH + r" \d{4} [A-Z]",
    ],
    "contact": [
        r"\bswitchboard\b",
        r"\b(?:tel|telephone|phone|fax)\b[:.]?\s*\+?\(?\d[\d ()\-]{6,}",
        r"[\w.+\-]+@[\w\-]+\.[\w.]+",
    ],
    "escaped": [r"\\/", r"&(?:amp|quot|#\d+|nbsp);"],
    "prompt": [
        r"(?i)(?:^|[.!?] )(?:share this|subscribe (?:to|for|now)|sign up (?:for|to)|follow us|click here|read more|"
        r"have your say|send us your|join the conversation|email us|tweet this|download (?:our|the) app)\b",
    ],
    "schedule": [
        r"\b\d{1,2}[.:]\d{2}\s?(?:am|pm|noon)?\s?[-–]\s?\d{1,2}\s?[.:]\s?\d{2}\s?(?:am|pm)\b",
        r"\bBBC (?:RADIO|ONE|TWO|THREE|FOUR|NEWS CHANNEL)\b",
        r"\((?:Schedule|schedule) (?:update|change|addition|Addition)\b",
        r"\bTransmission details\b",
        r"\b[Ww]eek \d{1,2}: \d",
        r"\bcan be (?:heard|seen) on\b",
        r"\b\d{4} ?(?:&|and) ?\d{4} ?(?:GMT|BST)\b",
        r"(?i)\b(?:is|are|will be) (?:broadcast|repeated|screened|shown)\b[^.]{0,80}\b(?:at )?\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)\b",
        r"(?i)\b(?:is|are|will be) (?:broadcast|repeated|screened|shown)\b[^.]{0,80}\b\d{4} ?(?:GMT|BST)\b",
        r"(?i)^(?:watch|listen to) [^.]{0,80}\b(?:at )?\d{4} ?(?:GMT|BST)\b",
        r"\b(?:on|at) (?:BBC )?(?:Radio \d|One|Two)\b[^.]{0,40}\b(?:at|between|from) \d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)\b",
    ],
    "label": [
        r"(?i)^(?:filed under|tags:|topics:|categories:|image caption|media caption|picture caption|caption:|story highlights|article history)",
        r"\bMedia playback is\b",
        r"(?i)\bcontributed (?:to this report|reporting)\b",
        r"(?i)\badditional reporting by\b",
        r"\b(?:Recommend|Comments|Shares?|Replies)\s*\(\d+\)",
        r"^(?:Slideshow|Gallery)\b.*\(\d+ (?:images|photos|Images|Photos)\)",
    ],
    "navigation": [
        r"\bSkip to\b",
        r"\bBack to top\b",
        r"\bPage \d+ of \d+\b",
    ],
}
COMPILED = {kind: [re.compile(p) for p in patterns] for kind, patterns in KINDS.items()}
# Names that are furniture words when they stand as a participant.
FURNITURE_NAMES = re.compile(
    r"^(?:Photograph|Photo|Picture|Image|Getty(?: Images)?|Reply|Report|Recommend|Comment|Comments|Share|"
    r"Subscribe|Updated|Posted|Published|GMT|BST|Copyright|Producer|Presenter|Reader|Switchboard|Advertisement|"
    r"Email|Print|Tweet|Skip)$", re.I)
TOP_PARTICIPANTS = 60  # the renderer's default participant limit


def reader_items(briefing):
    """(field, text) for every reader-facing item of a briefing."""
    for item in briefing.get("executiveSummary", []):
        yield "executiveSummary.headline", item.get("headline") or ""
        yield "executiveSummary.text", item.get("text") or ""
    for item in briefing.get("watch", []):
        yield "watch.text", item.get("text") or ""
    for story in briefing.get("stories", []):
        yield "stories.title", story.get("title") or ""
        for sentence in story.get("summary", []):
            yield "stories.summary", sentence
    for entry in briefing.get("timeline", []):
        yield "timeline.label", entry.get("label") or ""
    for topic in briefing.get("topics", []):
        yield "topics.label", topic.get("label") or ""
    for theme in briefing.get("reactions", []):
        for quote in theme.get("quotes", []):
            yield "reactions.quote", quote.get("text") or ""
    for participant in briefing.get("participants", [])[:TOP_PARTICIPANTS]:
        yield "participants.name", participant.get("name") or ""


def kinds_of(field, text):
    if field == "participants.name":
        return ["participant"] if FURNITURE_NAMES.match(text) or re.search(r"[/:|@]", text) else []
    return [kind for kind, patterns in COMPILED.items() if any(p.search(text) for p in patterns)]


def audit(briefing):
    """Suspicious items: a list of (field, kinds, text), each distinct item once."""
    found, seen = [], set()
    for field, text in reader_items(briefing):
        kinds = kinds_of(field, text)
        if kinds and (field, text) not in seen:
            seen.add((field, text))
            found.append((field, kinds, text))
    return found


def analyze(binary, corpus, keep):
    name = corpus.rstrip("/").split("/data/")[-1].replace("/", "_")
    out = os.path.join(keep or tempfile.mkdtemp(), name + ".json")
    # Exit 3: the briefing was written, but some files or records were skipped (named on stderr).
    run = subprocess.run([binary, "analyze", corpus, "--json", "-o", out, "--quiet"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if run.returncode not in (0, 3):
        raise SystemExit(f"briefing analyze {corpus} failed with exit status {run.returncode}")
    return name, out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="*")
    parser.add_argument("--binary", default=".build/release/briefing")
    parser.add_argument("--data", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../shared/data"))
    parser.add_argument("--json", action="append", default=[], help="audit an existing briefing JSON instead")
    parser.add_argument("--keep", help="folder to keep the briefings in")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every suspicious item")
    args = parser.parse_args()
    data = os.path.normpath(args.data)
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)
    briefings = [(os.path.basename(path), path) for path in args.json]
    if not briefings:
        corpora = args.corpora or [
            f"{data}/timeline17/MJ_bbc/articles.jsonl", f"{data}/timeline17/bpoil_bbc/articles.jsonl",
            f"{data}/bbc/articles", f"{data}/giveme5w1h/google_news/data",
        ]
        briefings = [analyze(args.binary, corpus, args.keep) for corpus in corpora]
    total = 0
    for name, path in briefings:
        with open(path) as handle:
            found = audit(json.load(handle))
        total += len(found)
        by_kind = Counter(kind for _, kinds, _ in found for kind in kinds)
        print(f"{name}: {len(found)} suspicious items " + " ".join(f"{k}={n}" for k, n in sorted(by_kind.items())))
        if args.verbose:
            for field, kinds, text in found:
                print(f"  [{','.join(kinds)}] {field}: {text[:220]}")
    print(f"total {total}")


if __name__ == "__main__":
    sys.exit(main())
