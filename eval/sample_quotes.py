#!/usr/bin/env python3
"""Deterministic sample of extracted quotes, printed for a human to check the speaker.

Reads the JSON lines of `newsdash extract` over corpus files and, per language, picks quotes in a fixed order (a
hash of file name and quote start, so the same quote is picked again after a change of the engine) with at most
--per-file quotes per article. Prints per quote: file, the quote's first characters, the speaker, and the sentence
around the quote in the article, so the reader can judge "correct speaker / wrong speaker / no speaker / not a
quote". Corpus text is only printed, never written anywhere.

    N="dotnet src/NewsDashboard.Cli/bin/Release/net10.0/newsdash.dll"
    $N extract --published 2025-01-01 ../shared/corpus/ar/*.txt ../shared/corpus/en/*.txt \
        ../shared/corpus/ru/*.txt > /tmp/pred.jsonl
    python3 eval/sample_quotes.py --pred /tmp/pred.jsonl --corpus ../shared/corpus --take ar=35,en=35,ru=30

Standard library only.
"""
import argparse
import hashlib
import json
import os
import sys

CONTEXT = 160


def load(pred_path):
    with open(pred_path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                yield json.loads(line)


def key(file_name, text):
    return hashlib.sha1(f"{file_name}\t{text[:40]}".encode("utf-8")).hexdigest()


def find_text(corpus, lang, file_name):
    for d in (os.path.join(corpus, lang), corpus):
        p = os.path.join(d, file_name)
        if os.path.isfile(p):
            with open(p, encoding="utf-8") as f:
                return f.read()
    return None


def context(article, quote):
    """The stretch of the article around the quote's first words (sentence-ish, CONTEXT chars each side)."""
    if article is None:
        return "(article not found)"
    probe = quote[:30]
    at = article.find(probe)
    if at < 0:
        probe = quote[:12]
        at = article.find(probe)
    if at < 0:
        return "(quote text not found verbatim)"
    start = max(0, at - CONTEXT)
    end = min(len(article), at + len(quote) + CONTEXT)
    return " ".join(article[start:end].split())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pred", required=True, help="JSON lines of newsdash extract")
    ap.add_argument("--corpus", required=True, help="corpus root with one folder per language")
    ap.add_argument("--take", default="ar=35,en=35,ru=30", help="quotes per language")
    ap.add_argument("--per-file", type=int, default=3, help="at most this many quotes per article")
    ap.add_argument("--tsv", action="store_true", help="one line per quote: lang, file, quote start, speaker")
    args = ap.parse_args()

    take = dict((k, int(v)) for k, v in (p.split("=") for p in args.take.split(",")))
    by_lang = {}
    for doc in load(args.pred):
        lang = doc.get("language") or "?"
        for q in doc.get("quotes") or []:
            by_lang.setdefault(lang, []).append((key(doc["file"], q["text"]), doc["file"], q))

    for lang in sorted(take):
        items = sorted(by_lang.get(lang, []), key=lambda t: (t[0], t[1], t[2]["text"]))
        per_file = {}
        picked = []
        for _, file_name, q in items:
            if len(picked) >= take[lang]:
                break
            if per_file.get(file_name, 0) >= args.per_file:
                continue
            per_file[file_name] = per_file.get(file_name, 0) + 1
            picked.append((file_name, q))
        total = len(by_lang.get(lang, []))
        print(f"## {lang}: {len(picked)} sampled of {total} quotes", file=sys.stderr)
        picked.sort(key=lambda p: (p[0], p[1]["text"]))
        for i, (file_name, q) in enumerate(picked, 1):
            start = " ".join(q["text"].split())[:40]
            speaker = q.get("speaker") or "-"
            if args.tsv:
                print(f"{lang}\t{i}\t{file_name}\t{start}\t{speaker}")
                continue
            article = find_text(args.corpus, lang, file_name)
            print(f"[{lang} {i}] {file_name}")
            print(f"  quote:   {start}")
            print(f"  speaker: {speaker}")
            print(f"  context: {context(article, q['text'])}")
            print()


if __name__ == "__main__":
    main()
