#!/usr/bin/env python3
"""Build the gold files of the team's hand-written (fictional) fixture articles from compact specs.

usage: python3 eval/seed_gold.py [--check] [NAME_PREFIX ...]

The articles and their gold files live in tests/fixtures/articles/ (not in seeds/, which holds only the
real article the project was created from; its gold file is given, not generated).

The specs live in eval/seed_specs/*.py (each defines SPECS = {"NNN_lang_slug.txt": {...}}).
Mention counts are not typed by hand: every spelling of an entity (lexicon aliases, inflected
forms, demonyms) is searched in title + body, so a count always agrees with the text.
Arabic spellings also match behind the clitics و ف ب ل ك (and لل for ال).
Warnings list lexicon names that occur in an article but are missing from its spec.
"""
import ast
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ARTICLES = os.path.join(ROOT, "tests", "fixtures", "articles")
sys.path.insert(0, HERE)
from seed_lexicon import LEX  # noqa: E402
from common import dedupe

ARABIC = re.compile("[\u0600-\u06ff]")
APPOSITION_MARKS = "(\"«“„‹'"
APPOSITION_GAP = re.compile(r"[\s(\"«“„‹']+")


def read_article(path):
    raw = open(path, encoding="utf-8").read().replace("\r\n", "\n")
    lines = raw.split("\n")
    meta, i = {}, 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i < len(lines) and lines[i].strip() == "---":
        end = next(j for j in range(i + 1, len(lines)) if lines[j].strip() == "---")
        for line in lines[i + 1:end]:
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
        i = end + 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    title = lines[i].strip()
    body = "\n".join(lines[i + 1:]).strip("\n")
    return meta, title + "\n\n" + body


def form_regex(form):
    parts = []
    for tok in form.split():
        parts.append(re.escape(tok[:-1]) + r"\w*" if tok.endswith("*") else re.escape(tok))
    core = r"\s+".join(parts)
    if ARABIC.match(form):
        alts = [r"(?:[وفبلك]|و[بلك]|ف[بلك])?" + core]
        if form.startswith("ال"):
            alts.append(r"(?:[وف]?لل)" + r"\s+".join([re.escape(form.split()[0][2:])] + parts[1:]))
        core = "(?:" + "|".join(alts) + ")"
    return re.compile(r"(?<!\w)" + core + r"(?!\w)")


def find_spans(text, forms, exclude=()):
    masked = text
    for ex in exclude:
        for m in form_regex(ex).finditer(masked):
            masked = masked[:m.start()] + "\0" * (m.end() - m.start()) + masked[m.end():]
    spans = []
    for f in forms:
        for m in form_regex(f).finditer(masked):
            spans.append((m.start(), m.end(), f))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    chosen, last = [], -1
    for s in spans:
        if s[0] >= last:
            chosen.append(s)
            last = s[1]
    # a name followed by its short form in brackets or quotation marks is one mention:
    # 'Agence de presse saoudienne (SPA)', 'وكالة الأنباء الأردنية "بترا"'
    merged = []
    for s in chosen:
        if merged:
            gap = text[merged[-1][1]:s[0]]
            if gap and APPOSITION_GAP.fullmatch(gap) and any(c in gap for c in APPOSITION_MARKS):
                continue
        merged.append(s)
    return merged


def resolve(item):
    if isinstance(item, str):
        item = {"ref": item}
    base = dict(LEX[item["ref"]]) if "ref" in item else {}
    ent = {**base, **{k: v for k, v in item.items() if k != "ref"}}
    ent["key"] = item.get("id") or item.get("ref")
    ent.setdefault("forms", [])
    ent.setdefault("demonyms", [])
    ent.setdefault("exclude", [])
    ent["forms"] = list(ent["forms"]) + list(item.get("extra_forms", []))
    return ent


def build(name, spec, warn):
    meta, text = read_article(os.path.join(ARTICLES, name))
    lang = meta.get("language") or spec["language"]
    published = (meta.get("published") or spec["published"])[:10]
    ents, by_key = [], {}
    for item in spec["entities"]:
        e = resolve(item)
        name_forms = [a for a in e["aliases"] if "*" not in a] + e["forms"]
        # datelines are written in capitals (MOSCOW, LE CAIRE)
        name_forms += [f.upper() for f in name_forms if f.upper() != f and not ARABIC.match(f)]
        spans = find_spans(text, name_forms + e["demonyms"], e["exclude"])
        demonym_set = set(e["demonyms"])
        seen_names = [text[a:b] for a, b, f in spans if f not in demonym_set]
        seen_names = [re.sub(r"\s+", " ", s) for s in seen_names]
        # strip Arabic clitics from what was seen: keep only the form itself as alias
        seen_clean = []
        for a, b, f in spans:
            if f in demonym_set:
                continue
            s = re.sub(r"\s+", " ", text[a:b])
            if ARABIC.match(f):
                s = f
            seen_clean.append(s)
        aliases = dedupe([a for a in e["aliases"] if "*" not in a] + seen_clean)
        g = {"type": e["type"], "aliases": aliases}
        if e.get("country") and e["type"] != "country":
            g["country"] = e["country"]
        if e.get("optional"):
            g["optional"] = True
        else:
            g["mentions"] = e.get("mentions", len(spans))
            if not spans and "mentions" not in e:
                warn(f"{name}: entity {e['key']} has no mention in the text")
        if e.get("note"):
            g["note"] = e["note"]
        ents.append(g)
        by_key[e["key"]] = (e, g)
    listed = set(by_key)
    for key, entry in LEX.items():
        if key in listed:
            continue
        forms = [a for a in entry["aliases"]] + entry.get("forms", []) + entry.get("demonyms", [])
        hits = find_spans(text, forms, entry.get("exclude", []))
        if hits:
            warn(f"{name}: lexicon {key} occurs ({', '.join(sorted({text[a:b] for a, b, _ in hits}))}) but is not listed")

    def aliases_of(key):
        e, g = by_key[key]
        return g["aliases"]

    meetings = []
    for m in spec.get("meetings", []):
        parts = []
        for p in m["participants"]:
            if isinstance(p, str):
                e, g = by_key[p]
                part = {"aliases": aliases_of(p), "country": e.get("country")}
            else:
                part = {"aliases": [], "country": p["country"], "role": p["role"]}
            parts.append(part)
        gm = {}
        if m.get("optional"):
            gm["optional"] = True
        if m.get("note"):
            gm["note"] = m["note"]
        gm["participants"] = parts
        loc = m.get("location")
        if isinstance(loc, str):
            loc = [a for a in LEX[loc]["aliases"]] if loc in LEX else [loc]
        if loc:
            gm["location"] = loc
        for k in ("date", "status", "kind"):
            if m.get(k):
                gm[k] = m[k]
        meetings.append(gm)

    flat = re.sub(r"\s+", " ", text)
    quotes = []
    for q in spec.get("quotes", []):
        if re.sub(r"\s+", " ", q["text"]) not in flat:
            warn(f"{name}: quote text not found verbatim: {q['text'][:60]}")
        gq = {}
        if q.get("optional"):
            gq["optional"] = True
        if q.get("note"):
            gq["note"] = q["note"]
        sp = q["speaker"]
        gq["speaker"] = aliases_of(sp) if isinstance(sp, str) else sp
        gq["text"] = q["text"]
        quotes.append(gq)

    gold = {"file": name, "language": lang, "published": published}
    if spec.get("note"):
        gold["note"] = spec["note"]
    gold["entities"] = ents
    gold["meetings"] = meetings
    gold["quotes"] = quotes
    return gold, text


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = "--show" in sys.argv
    specs = {}
    for f in sorted(glob.glob(os.path.join(HERE, "seed_specs", "*.py"))):
        specs.update(ast.literal_eval(open(f, encoding="utf-8").read().split("=", 1)[1]))
    warnings = []
    for name, spec in sorted(specs.items()):
        if args and not any(name.startswith(a) for a in args):
            continue
        gold, text = build(name, spec, warnings.append)
        out = os.path.join(ARTICLES, name[:-4] + ".gold.json")
        with open(out, "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        words = len(text.split())
        print(f"{name}: {words} words, {len(gold['entities'])} entities, {len(gold['meetings'])} meetings, "
              f"{len(gold['quotes'])} quotes")
        if show:
            for e in gold["entities"]:
                print("   ", e["type"], e["aliases"][0], e.get("mentions", "opt"))
    for w in warnings:
        print("WARNING", w)
    return 1 if warnings else 0


if __name__ == "__main__":
    sys.exit(main())
