#!/usr/bin/env python3
"""Convert the GUM news documents (../shared/corpus/en) into articles + gold files.

usage: python3 eval/convert_gum.py OUT_DIR [--corpus DIR] [--required-quotes]

Reads the corpus at run time and writes OUT_DIR/GUM_news_X.txt (a front-matter block with the
publication date, then the corpus text unchanged: a title line, a blank line and the body) and OUT_DIR/GUM_news_X.gold.json.
Nothing is written into the repository. Mapping (see eval/README.md):
- entities: coreference chains (Entity= in MISC) of type person, place, organization or event
  that have at least one NAMED mention: a mention that owns a PROPN token (a proper noun that
  is not inside a smaller nested mention). place -> country when the chain's Wikipedia identity
  or its name is a country. aliases = the distinct surface strings of the named mentions plus
  the Wikipedia identity and the run of proper nouns at each named mention's syntactic head ('Raymond Chan'
  in 'Raymond Chan of People Power') and each surface without a leading "the" or a trailing "'s"
  (--surfaces-only leaves both out: the gold before session 5); mentions = the number of named mentions. Country chains carry no
  mention count (GUM does not mark demonyms such as "Saudi" as mentions; the contract counts
  them); events are optional (mostly descriptive phrases such as "Mecca crane collapse");
- quotes: <quote> spans (XML= in MISC); <q> spans are scare quotes and titles, so they are not
  quotes. The speaker is not annotated, so quotes are optional unless --required-quotes
  (then they count for quote F1, and attribution F1 on GUM means nothing);
- published: the document's dateCreated.
"""
import argparse
import glob
import json
import os
import re
import sys
from urllib.parse import unquote
from common import dedupe

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.path.join(os.path.dirname(HERE), "..", "shared", "corpus", "en")
SURFACES_ONLY = False
TITLE_WORDS = {"President", "Senator", "Minister", "Prime", "General", "Sheriff", "Governor", "Mayor", "King", "Queen",
               "Prince", "Princess", "Secretary", "Chairman", "Director", "Judge", "Justice", "Representative",
               "Ambassador", "Councillor", "Dr.", "Mr.", "Mrs.", "Ms.", "Sir", "Pope", "Chancellor", "Lieutenant",
               "Colonel", "Captain", "Commissioner", "Chief", "U.S.", "US", "Professor", "Emeritus"}
KEEP = {"person": "person", "place": "place", "organization": "organization", "event": "event"}

COUNTRIES = {
    "Afghanistan", "Albania", "Algeria", "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan", "Bahrain",
    "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia and Herzegovina", "Brazil", "Bulgaria", "Burma", "Myanmar",
    "Cambodia", "Cameroon", "Canada", "Chile", "China", "People's Republic of China", "Colombia", "Costa Rica",
    "Croatia", "Cuba", "Cyprus", "Czech Republic", "Denmark", "Egypt", "England", "Estonia", "Ethiopia", "Finland",
    "France", "Georgia", "Germany", "Ghana", "Great Britain", "Britain", "Greece", "Hungary", "Iceland", "India",
    "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kuwait",
    "Latvia", "Lebanon", "Libya", "Lithuania", "Luxembourg", "Malaysia", "Mexico", "Morocco", "Nepal", "Netherlands",
    "New Zealand", "Nigeria", "North Korea", "Norway", "Oman", "Pakistan", "Palestine", "Panama", "Peru",
    "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Saudi Arabia", "Scotland", "Serbia",
    "Singapore", "Slovakia", "Slovenia", "South Africa", "South Korea", "Korea", "Spain", "Sri Lanka", "Sudan",
    "Sweden", "Switzerland", "Syria", "Taiwan", "Thailand", "Tunisia", "Turkey", "Ukraine", "United Arab Emirates",
    "United Kingdom", "UK", "U.K.", "United States", "United States of America", "US", "U.S.", "USA", "America",
    "Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Wales", "Yemen", "Zimbabwe", "Hong Kong", "Soviet Union",
}


def parse_entity_field(value):
    """Yield ('open', grp, etype, identity, closes_here) and ('close', grp) events of one token."""
    i, n = 0, len(value)
    while i < n:
        if value[i] == "(":
            j = i + 1
            while j < n and value[j] not in "()":
                j += 1
            attrs = value[i + 1:j].split("-")
            grp, etype = attrs[0], attrs[1] if len(attrs) > 1 else ""
            identity = unquote("-".join(attrs[7:])) if len(attrs) > 7 else ""
            single = j < n and value[j] == ")"
            yield ("open", grp, etype, identity.replace("_", " "), single)
            i = j + 1 if single else j
        else:
            m = re.match(r"(\d+)\)", value[i:])
            if m:
                yield ("close", m.group(1))
                i += len(m.group(0))
            else:
                i += 1


def read_conllu(path):
    """Words (form, upos, space_after, misc) in document order, with multi-word tokens resolved."""
    words, meta, mwt_end, mwt_space, sent_start = [], {}, -1, True, 0
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            # token ids restart in every sentence
            mwt_end, sent_start = -1, len(words)
        if line.startswith("# meta::"):
            k, _, v = line[8:].partition(" = ")
            meta[k] = v
            continue
        parts = line.split("\t")
        if len(parts) != 10:
            continue
        tid = parts[0]
        if "-" in tid:
            a, b = tid.split("-")
            mwt_end, mwt_space = int(b), "SpaceAfter=No" not in parts[9]
            continue
        if "." in tid:
            continue
        idx = int(tid)
        space = "SpaceAfter=No" not in parts[9]
        if idx <= mwt_end:
            space = mwt_space if idx == mwt_end else False
        head = int(parts[6]) if parts[6].isdigit() else 0
        words.append({"form": parts[1], "upos": parts[3], "space": space, "misc": parts[9],
                      "head": sent_start + head - 1 if head else -1})
    return words, meta


def misc_value(misc, key):
    for item in misc.split("|"):
        if item.startswith(key + "="):
            return item[len(key) + 1:]
    return ""


def surface(words, start, end):
    out = []
    for w in words[start:end + 1]:
        out.append(w["form"])
        out.append(" " if w["space"] else "")
    return "".join(out).strip()


def mentions_of(words):
    """Every mention as (grp, etype, identity, start, end)."""
    stacks, mentions = {}, []
    for i, w in enumerate(words):
        for ev in parse_entity_field(misc_value(w["misc"], "Entity")):
            if ev[0] == "open":
                _, grp, etype, identity, single = ev
                if single:
                    mentions.append((grp, etype, identity, i, i))
                else:
                    stacks.setdefault(grp, []).append((etype, identity, i))
            else:
                grp = ev[1]
                if stacks.get(grp):
                    etype, identity, start = stacks[grp].pop()
                    mentions.append((grp, etype, identity, start, i))
    return mentions


def named(mentions, words):
    """Mentions that own a PROPN token (the innermost mention covering it) and are names:
    the syntactic head is a proper noun, the last token is one of the owned proper nouns
    ('director general Suleiman al-Amr'), or the mention links to a Wikipedia identity.
    So 'all Muslims who ... can' is not a name, though it holds a proper noun."""
    owner = {}
    for k, (_, _, _, s, e) in sorted(enumerate(mentions), key=lambda m: -(m[1][4] - m[1][3])):
        for t in range(s, e + 1):
            owner[t] = k  # shorter mentions are visited later and win
    owned = {}
    for t, w in enumerate(words):
        if w["upos"] == "PROPN" and t in owner:
            owned.setdefault(owner[t], set()).add(t)
    keep = []
    for k, (grp, etype, identity, s, e) in enumerate(mentions):
        if k not in owned:
            continue
        heads = [t for t in range(s, e + 1) if not s <= words[t]["head"] <= e]
        last = e
        while last > s and words[last]["upos"] in ("PUNCT", "PART"):
            last -= 1
        clause = any(words[t]["upos"] in ("VERB", "AUX") for t in range(s, e + 1))
        if last in owned[k] or (not clause and (identity or any(words[h]["upos"] == "PROPN" for h in heads))):
            keep.append(mentions[k])
    return keep


def name_tail(words, mention):
    """For a person: the trailing run of at least two proper nouns ('Suleiman al-Amr' in
    'director general Suleiman al-Amr'), usable as an alias. Other types keep their surfaces:
    their tails ('Security Council', 'Arabia') would name something else."""
    _, etype, _, s, e = mention
    if etype != "person":
        return ""
    t = e
    while t >= s and words[t]["upos"] in ("PUNCT", "PART"):
        t -= 1
    end, count = t, 0
    while t >= s and (words[t]["upos"] == "PROPN" or (words[t]["form"] == "-" and t > s)):
        count += words[t]["upos"] == "PROPN"
        t -= 1
    return surface(words, t + 1, end) if count >= 2 and t + 1 > s else ""


def name_at_head(words, mention):
    """For a person: the run of proper nouns around the mention's syntactic head, inside the mention: the name
    a mention like 'Raymond Chan of People Power' or 'pro-Beijing district councillor Wilson Or' is about
    ('Raymond Chan', 'Wilson Or'), as the training file en/gum.conll derives its name spans (see
    ../shared/corpus/train/README.md). Two proper nouns at least, after the last title word ('U.S. Senator
    John Cornyn' names 'John Cornyn'; 'U.S. Senator' alone is no name). Other types get nothing: their head runs ('States', 'Security Council', 'Church') would name
    something else. '' when the head is no proper noun."""
    _, etype, _, s, e = mention
    heads = [t for t in range(s, e + 1) if not s <= words[t]["head"] <= e]
    if not heads or words[heads[0]]["upos"] != "PROPN":
        return ""
    h = heads[0]

    def inside(t):
        return s <= t <= e and (words[t]["upos"] == "PROPN" or (
            words[t]["form"] == "-" and s <= t - 1 and t + 1 <= e
            and words[t - 1]["upos"] == "PROPN" and words[t + 1]["upos"] == "PROPN"))
    a = h
    while inside(a - 1):
        a -= 1
    b = h
    while inside(b + 1):
        b += 1
    # a title inside the run is not part of the name: 'Emeritus Professor John Burrows' names 'John Burrows'
    for t in range(a, b + 1):
        if words[t]["form"] in TITLE_WORDS:
            a = t + 1
    count = sum(words[t]["upos"] == "PROPN" for t in range(a, b + 1))
    if etype != "person" or count < 2:
        return ""
    return surface(words, a, b)


def bare(text):
    """A surface without a leading article or a trailing possessive: 'the Democratic Party' and "New People
    Party's" name 'Democratic Party' and 'New People Party'; '' when nothing changes."""
    out = re.sub(r"^(the|The)\s+", "", text)
    out = re.sub(r"\s*['’]s?$", "", out)
    return out if out != text and out else ""


def quotes_of(words):
    quotes, start = [], None
    for i, w in enumerate(words):
        xml = misc_value(w["misc"], "XML")
        if start is None and re.search(r"<quote[ >]", xml):
            start = i
        if start is not None and "</quote>" in xml:
            toks = list(range(start, i + 1))
            while toks and words[toks[0]]["upos"] == "PUNCT":
                toks.pop(0)
            while toks and words[toks[-1]]["upos"] == "PUNCT":
                toks.pop()
            if toks:
                quotes.append(surface(words, toks[0], toks[-1]))
            start = None
    return quotes


def convert(conllu, out_dir, required_quotes):
    words, meta = read_conllu(conllu)
    chains = {}
    for m in named(mentions_of(words), words):
        grp, etype, identity, s, e = m
        if etype not in KEEP:
            continue
        c = chains.setdefault(grp, {"types": [], "surfaces": [], "tails": [], "identity": ""})
        c["types"].append(etype)
        c["surfaces"].append(surface(words, s, e))
        c["tails"].append(name_tail(words, m))
        if not SURFACES_ONLY:
            c["tails"].append(name_at_head(words, m))
            c["tails"].append(bare(surface(words, s, e)))
        c["identity"] = c["identity"] or identity
    entities = []
    for grp, c in chains.items():
        etype = max(set(c["types"]), key=c["types"].count)
        typ = KEEP[etype]
        aliases = dedupe(c["surfaces"] + ([c["identity"]] if c["identity"] else []) + c["tails"])
        if typ == "place" and (c["identity"] in COUNTRIES or any(a in COUNTRIES for a in aliases)):
            typ = "country"
        ent = {"type": typ, "aliases": aliases}
        if typ == "event":
            ent["optional"] = True
        elif typ == "country":
            ent["note"] = "GUM does not mark demonyms; no mention count"
        else:
            ent["mentions"] = len(c["surfaces"])
        entities.append(ent)
    # a surface shared by two chains names neither for sure; keep it only as a chain's first alias
    owners = {}
    for k, e in enumerate(entities):
        for a in e["aliases"]:
            owners.setdefault(a.casefold(), set()).add(k)
    for e in entities:
        e["aliases"] = [a for i, a in enumerate(e["aliases"]) if i == 0 or len(owners[a.casefold()]) == 1]
    quotes = []
    for text in quotes_of(words):
        q = {"speaker": [], "text": text}
        if not required_quotes:
            q = {"optional": True, "note": "speaker not annotated in GUM", **q}
        quotes.append(q)
    name = os.path.basename(conllu)[:-7] + ".txt"
    published = (meta.get("dateCreated") or "")[:10] or None
    gold = {"file": name, "language": "en", "published": published,
            "note": "Converted at run time from GUM (news); see eval/convert_gum.py",
            "entities": entities, "meetings": [], "quotes": quotes}
    with open(os.path.join(out_dir, name[:-4] + ".gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    # a front-matter block gives the engine the publication date (relative dates); the text is unchanged
    text = open(conllu[:-7] + ".txt", encoding="utf-8").read()
    with open(os.path.join(out_dir, name), "w", encoding="utf-8") as fh:
        head = "---\nsource: Wikinews (GUM corpus)\nlanguage: en\n"
        if published:
            head += f"published: {published}\n"
        fh.write(head + "---\n" + text)
    return len(entities), len(quotes)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS, help="GUM folder (default ../shared/corpus/en)")
    ap.add_argument("--required-quotes", action="store_true", help="score <quote> spans as required quotes")
    ap.add_argument("--surfaces-only", action="store_true",
                    help="aliases without the proper-noun run at each mention's head (the gold before session 5)")
    a = ap.parse_args()
    global SURFACES_ONLY
    SURFACES_ONLY = a.surfaces_only
    files = sorted(glob.glob(os.path.join(os.path.normpath(a.corpus), "GUM_news_*.conllu")))
    if not files:
        print(f"convert_gum: no GUM_news_*.conllu in {a.corpus}", file=sys.stderr)
        return 2
    os.makedirs(a.out_dir, exist_ok=True)
    te = tq = 0
    for f in files:
        e, q = convert(f, a.out_dir, a.required_quotes)
        te += e
        tq += q
    print(f"{len(files)} documents, {te} entities, {tq} quotes -> {a.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
