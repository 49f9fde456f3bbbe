#!/usr/bin/env python3
"""Writes a synthetic corpus of plain-text news articles for the benchmark (never for tests).

Each article is made from one category of a source corpus laid out as CATEGORY/*.txt (the BBC
articles: title line, blank line, paragraphs separated by blank lines): the title of one article
of that category, four to ten paragraphs drawn across the category's articles, and one sentence
of its own. Long paragraphs are cut into pieces of at most three sentences first: two articles
that drew the same long paragraph would otherwise share most of their word shingles, and
near-duplicate merging (MinHash, Jaccard 0.6) would rightly make them one. So every article stays.

The same source, count and seed always give the same files.

usage: synthetic-corpus.py SOURCE OUT COUNT [--seed N]
"""
import argparse
import os
import random
import re
import sys

SENTENCE_END = re.compile(r'(?:(?<=[.!?])|(?<=[.!?]["\']))\s+(?=["\'A-Z])')


def read_category(folder):
    """Titles, paragraphs and the words of one category, in file-name order."""
    titles, paragraphs, words = [], [], set()
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
            blocks = [b.strip() for b in f.read().split("\n\n") if b.strip()]
        if len(blocks) < 2:
            continue
        titles.append(blocks[0])
        for block in blocks[1:]:
            sentences = SENTENCE_END.split(block)
            paragraphs.extend(" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3))
        for block in blocks[1:]:
            words.update(w for w in block.split() if w.isalpha() and w.islower() and len(w) > 3)
    return titles, paragraphs, sorted(words)


def unique_sentence(number, words, rng):
    """A sentence no other article has: a serial number and words drawn from the category."""
    drawn = " ".join(rng.choice(words) for _ in range(rng.randint(8, 14)))
    return f"Note {number:06d} adds that {drawn}."


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source")
    parser.add_argument("out")
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    categories = {}
    for name in sorted(os.listdir(args.source)):
        folder = os.path.join(args.source, name)
        if os.path.isdir(folder):
            titles, paragraphs, words = read_category(folder)
            if titles and paragraphs and words:
                categories[name] = (titles, paragraphs, words)
    if not categories:
        sys.exit(f"synthetic-corpus: no CATEGORY/*.txt articles under {args.source}")

    rng = random.Random(args.seed)
    names = sorted(categories)
    for number in range(args.count):
        category = names[number % len(names)]
        titles, paragraphs, words = categories[category]
        body = rng.sample(paragraphs, min(len(paragraphs), rng.randint(4, 10)))
        body.insert(rng.randint(0, len(body)), unique_sentence(number, words, rng))
        folder = os.path.join(args.out, category, f"{number // 1000:03d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"{number:06d}.txt"), "w", encoding="utf-8") as f:
            f.write(rng.choice(titles) + "\n\n" + "\n\n".join(body) + "\n")


if __name__ == "__main__":
    main()
