#!/usr/bin/env python3
"""Reports which one-word gazetteer surfaces occur in a folder of news texts, to spot aliases that are common words.

Usage: python3 tools/gazetteer/corpus_check.py CORPUS_DIR [--top 60]

For Latin and Cyrillic surfaces it counts capitalised and lower-case occurrences: a surface met mostly in lower
case ("вена", "center") is probably an ordinary word. Arabic tokens are matched after removing one leading clitic
(و ف ب ل ك) and the article. It prints, per script, the most frequent surfaces with the entities they name.
The texts are only read; nothing from them is written anywhere.
"""
import argparse
import json
import os
import re
from collections import Counter, defaultdict

DATA = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src",
                                     "NewsDashboard.Extraction", "Data"))
AR_FOLD = str.maketrans("أإآٱىة", "اااايه")
AR_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")


def ar_key(word):
    word = AR_MARKS.sub("", word).translate(AR_FOLD)
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def ar_keys(token):
    token = AR_MARKS.sub("", token).translate(AR_FOLD)
    keys = {ar_key(token)}
    for prefix in ("و", "ف", "ب", "ل", "ك", "لل", "وب", "ول", "وال", "بال", "فال", "كال"):
        if token.startswith(prefix) and len(token) - len(prefix) >= 2:
            rest = token[len(prefix):]
            keys.add(ar_key(rest if not prefix.endswith("ل") or prefix == "ل" else "ال" + rest))
    return keys


def surfaces():
    owners = defaultdict(set)
    files = {"countries.json": ("names", "demonyms"), "cities.json": ("names",),
             "organizations.json": ("names", "acronyms"), "people.json": ("names",)}
    for file, fields in files.items():
        with open(os.path.join(DATA, file), encoding="utf-8") as f:
            for e in json.load(f):
                eid = file.split(".")[0] + "/" + (e.get("id") or e["code"])
                for field in fields:
                    for values in e.get(field, {}).values():
                        for v in values:
                            if " " not in v:
                                owners[v].add(eid)
    return owners


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--top", type=int, default=60)
    args = ap.parse_args()
    owners = surfaces()
    latin_cyr = defaultdict(set)
    arabic = defaultdict(set)
    for s, o in owners.items():
        if re.search(r"[\u0600-\u06ff]", s):
            arabic[ar_key(s)] |= o
        else:
            latin_cyr[s.lower()] |= o
    upper, lower, ar_hits = Counter(), Counter(), Counter()
    for root, _, names in os.walk(args.corpus):
        for name in names:
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
                text = f.read()
            for tok in re.findall(r"[^\W\d_][\w'’-]*", text):
                if re.match(r"[\u0600-\u06ff]", tok):
                    for k in ar_keys(tok):
                        if k in arabic:
                            ar_hits[k] += 1
                            break
                else:
                    k = tok.lower()
                    if k in latin_cyr:
                        (upper if tok[0].isupper() else lower)[k] += 1
    print("Latin/Cyrillic surfaces met in lower case at least as often as capitalised:")
    for k in sorted(lower, key=lambda k: -lower[k]):
        if lower[k] >= upper[k]:
            print(f"  {k}: lower {lower[k]}, capitalised {upper[k]} -> {', '.join(sorted(latin_cyr[k]))}")
    print(f"\nMost frequent capitalised Latin/Cyrillic surfaces (top {args.top}):")
    for k, n in upper.most_common(args.top):
        print(f"  {k}: {n} -> {', '.join(sorted(latin_cyr[k]))}")
    print(f"\nMost frequent Arabic surfaces (top {args.top}):")
    for k, n in ar_hits.most_common(args.top):
        print(f"  {k}: {n} -> {', '.join(sorted(arabic[k]))}")


if __name__ == "__main__":
    main()
