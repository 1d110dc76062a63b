#!/usr/bin/env python3
"""Checks the gazetteers in src/NewsDashboard.Extraction/Data/: schema, ids, codes, references and counts.

Usage: python3 tools/gazetteer/validate.py   (exit code 1 when a check fails)
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

from build import read_table  # the hand tables are read the way the generator reads them

DATA = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src",
                                     "NewsDashboard.Extraction", "Data"))
LANGS = ["en", "ar", "fr", "ru", "es", "de"]
KEYS = {
    "countries.json": ({"code", "name", "names", "demonyms", "capital"}, {"ambiguous"}),
    "cities.json": ({"id", "name", "country", "capital", "names"}, {"ambiguous"}),
    "organizations.json": ({"id", "name", "kind", "country", "names", "acronyms"}, {"ambiguous"}),
    "people.json": ({"id", "name", "country", "role", "names"}, {"ambiguous"}),
}
ORG_KINDS = {"igo", "agency", "media", "ministry", "body", "party", "armed", "company"}
ROLES_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hand", "roles.txt")
STATE_STATUS = {"un", "observer", "partial"}
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        data = json.load(f)
    required, optional = KEYS[name]
    for e in data:
        keys = set(e)
        if not required <= keys or not keys <= required | optional:
            err(f"{name}: {e.get('id') or e.get('code')}: keys {sorted(keys)}")
    return data


def check_lang_map(name, eid, m, what):
    if not isinstance(m, dict):
        err(f"{name}: {eid}: {what} is not an object")
        return
    for lang, vals in m.items():
        if lang not in LANGS:
            err(f"{name}: {eid}: {what} has language {lang}")
        if not isinstance(vals, list) or not vals or not all(isinstance(v, str) and v.strip() == v and v for v in vals):
            err(f"{name}: {eid}: {what}.{lang} must be a non-empty list of trimmed strings")
        elif len(set(vals)) != len(vals):
            err(f"{name}: {eid}: {what}.{lang} has duplicates")
        for v in vals if isinstance(vals, list) else []:
            if lang == "ar" and re.search(r"[A-Za-zА-Яа-я]", v):
                err(f"{name}: {eid}: Arabic value with Latin/Cyrillic letters: {v}")
            # Russian news writes foreign media and brands in Latin letters (Reuters, Al Jazeera): allowed.
            if lang == "ru" and re.search(r"[\u0600-\u06ff]", v):
                err(f"{name}: {eid}: Russian value with Arabic letters: {v}")
            if lang in ("en", "fr", "es", "de") and re.search(r"[\u0400-\u04ff\u0600-\u06ff]", v):
                err(f"{name}: {eid}: {lang} value with Cyrillic/Arabic letters: {v}")


def check_ids(name, data, key):
    dup = [k for k, n in Counter(e[key] for e in data).items() if n > 1]
    if dup:
        err(f"{name}: duplicate {key}: {dup}")
    for e in data:
        if key == "id" and not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e[key]):
            err(f"{name}: bad id {e[key]}")


def check_ambiguous(name, e, eid):
    amb = e.get("ambiguous")
    if amb is None:
        return
    all_names = {v for m in (e.get("names", {}), e.get("demonyms", {}), e.get("acronyms", {})) for vs in m.values() for v in vs}
    if name == "people.json":  # a person's ambiguous surname is one word of a name (سلام of نواف سلام)
        all_names |= {w for vs in e["names"].values() for v in vs for w in v.split()}
    for a in amb:
        if a not in all_names:
            err(f"{name}: {eid}: ambiguous alias {a} is not one of its names")


def demonym_marks():
    """hand/demonyms.txt: per code, the languages whose cell is '-' (no demonym on purpose) and the row's note."""
    return {row["code"]: ({l for l in LANGS if row.get(l) == "-"}, row.get("note", "")) for row in read_table("demonyms.txt")}


def read_states(codes):
    """hand/states.txt: the sovereign states, code -> status (un, observer, partial)."""
    states = {}
    for row in read_table("states.txt"):
        code, status = row.get("code", ""), row.get("status", "")
        if code not in codes:
            err(f"states.txt: unknown country code {code}")
        if status not in STATE_STATUS:
            err(f"states.txt: {code}: status {status} (not one of {sorted(STATE_STATUS)})")
        if code in states:
            err(f"states.txt: {code} is listed twice")
        states[code] = status
    members = sum(1 for s in states.values() if s == "un")
    if members != 193:
        err(f"states.txt: {members} UN members, not 193")
    return states


def check_demonyms(countries):
    """Every country has demonyms in the six languages, or its row in hand/demonyms.txt marks the language '-' and
    says why in its note. Returns the codes with every language, and the codes with a marked gap."""
    marks = demonym_marks()
    complete, marked = [], {}
    for c in countries:
        code = c["code"]
        none, note = marks.get(code, (set(), ""))
        if none and not note:
            err(f"demonyms.txt: {code}: a cell is '-' but the row has no note saying why")
        missing = [l for l in LANGS if not c["demonyms"].get(l)]
        for lang in missing:
            if lang not in none:
                err(f"countries.json: {code}: no {lang} demonym (add one to hand/demonyms.txt, or mark the cell '-' "
                    f"with a note)")
        for lang in none - set(missing):
            err(f"countries.json: {code}: {lang} is marked '-' in hand/demonyms.txt but has demonyms")
        if not missing:
            complete.append(code)
        elif set(missing) <= none:
            marked[code] = missing
    return complete, marked


def main():
    countries = load("countries.json")
    cities = load("cities.json")
    orgs = load("organizations.json")
    people = load("people.json")
    codes = {c["code"] for c in countries}
    city_ids = {c["id"]: c for c in cities}

    check_ids("countries.json", countries, "code")
    full = 0
    for c in countries:
        if not re.fullmatch(r"[A-Z]{2}", c["code"]):
            err(f"countries.json: bad code {c['code']}")
        check_lang_map("countries.json", c["code"], c["names"], "names")
        check_lang_map("countries.json", c["code"], c["demonyms"], "demonyms")
        check_ambiguous("countries.json", c, c["code"])
        if c["names"].get("en", [None])[0] != c["name"]:
            err(f"countries.json: {c['code']}: name is not the first English name")
        if all(c["names"].get(l) for l in LANGS):
            full += 1
        cap = c["capital"]
        if cap is not None:
            if cap not in city_ids:
                err(f"countries.json: {c['code']}: capital {cap} is not in cities.json")
            elif not city_ids[cap]["capital"] or city_ids[cap]["country"] != c["code"]:
                err(f"countries.json: {c['code']}: capital {cap} is not marked capital of {c['code']}")

    check_ids("cities.json", cities, "id")
    capitals = {c["capital"] for c in countries if c["capital"]}
    for c in cities:
        check_lang_map("cities.json", c["id"], c["names"], "names")
        check_ambiguous("cities.json", c, c["id"])
        if c["country"] not in codes:
            err(f"cities.json: {c['id']}: unknown country {c['country']}")
        if c["capital"] != (c["id"] in capitals):
            err(f"cities.json: {c['id']}: capital flag disagrees with countries.json")
        if c["capital"] and not all(c["names"].get(l) for l in ("en", "ar", "fr", "ru")):
            err(f"cities.json: {c['id']}: capital without en/ar/fr/ru names")

    check_ids("organizations.json", orgs, "id")
    for o in orgs:
        check_lang_map("organizations.json", o["id"], o["names"], "names")
        check_lang_map("organizations.json", o["id"], o["acronyms"], "acronyms")
        check_ambiguous("organizations.json", o, o["id"])
        if o["kind"] not in ORG_KINDS:
            err(f"organizations.json: {o['id']}: kind {o['kind']}")
        if o["country"] is not None and o["country"] not in codes:
            err(f"organizations.json: {o['id']}: unknown country {o['country']}")

    roles = set()
    if os.path.exists(ROLES_FILE):
        with open(ROLES_FILE, encoding="utf-8") as f:
            roles = {l.strip() for l in f if l.strip() and not l.startswith("#")}
    check_ids("people.json", people, "id")
    for p in people:
        check_lang_map("people.json", p["id"], p["names"], "names")
        check_ambiguous("people.json", p, p["id"])
        if p["names"].get("en", [None])[0] != p["name"]:
            err(f"people.json: {p['id']}: name is not the first English name")
        if p["country"] is not None and p["country"] not in codes:
            err(f"people.json: {p['id']}: unknown country {p['country']}")
        if roles and p["role"] not in roles:
            err(f"people.json: {p['id']}: role {p['role']} is not in hand/roles.txt")
        if p["id"] != slug(p["name"]):
            err(f"people.json: {p['id']}: id is not the slug of {p['name']}")

    # The same surface naming two different entities makes the engine guess; list them for review. Surfaces are
    # compared the way the scorer compares them: case, diacritics and Arabic letter variants folded, ال dropped.
    owners = defaultdict(set)

    def own(value, owner):
        owners[fold(value)].add(owner)

    for c in countries:
        for m in (c["names"], c["demonyms"]):
            for vs in m.values():
                for v in vs:
                    own(v, "country/" + c["code"])
    for c in cities:
        for vs in c["names"].values():
            for v in vs:
                own(v, "city/" + c["id"])
    for o in orgs:
        for m in (o["names"], o["acronyms"]):
            for vs in m.values():
                for v in vs:
                    own(v, "org/" + o["id"])
    for p in people:
        for vs in p["names"].values():
            for v in vs:
                own(v, "person/" + p["id"])
    clashes = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    # A shared surface an owner lists as ambiguous was reviewed: that owner yields (demonyms: '?' in demonyms.txt).
    flagged = {"country/" + c["code"]: {fold(a) for a in c.get("ambiguous", [])} for c in countries}
    for e, prefix in ((cities, "city/"), (orgs, "org/"), (people, "person/")):
        for x in e:
            flagged[prefix + x["id"]] = {fold(a) for a in x.get("ambiguous", [])}
    complete, marked = check_demonyms(countries)
    states = read_states(codes)
    for code in sorted(set(marked) & set(states)):
        err(f"countries.json: {code} is a sovereign state (hand/states.txt) but has no demonym in "
            f"{' '.join(marked[code])}: every state needs one in all six languages")

    kinds = Counter(o["kind"] for o in orgs)
    print(f"countries: {len(countries)} ({full} with names in all 6 languages, "
          f"{len(complete)} with demonyms in all 6 languages, "
          f"{sum(1 for c in countries if c['capital'])} with a capital)")
    others = [c["code"] for c in countries if c["code"] not in states]
    state_gaps = {k: v for k, v in marked.items() if k in states}
    other_gaps = {k: v for k, v in marked.items() if k not in states}

    def gap_list(gaps):
        return ", ".join(f"{code} ({' '.join(langs) if len(langs) < 6 else 'all'})" for code, langs in sorted(gaps.items()))

    print(f"sovereign states (hand/states.txt): {sum(1 for c in complete if c in states)}/{len(states)} with demonyms "
          f"in all six languages{'; gaps: ' + gap_list(state_gaps) if state_gaps else ''}")
    print(f"territories and other areas: {sum(1 for c in complete if c not in states)}/{len(others)} with demonyms in "
          f"all six languages; gaps marked in hand/demonyms.txt ({len(other_gaps)}): {gap_list(other_gaps)}")
    print(f"cities: {len(cities)} ({sum(1 for c in cities if c['capital'])} capitals)")
    print(f"organizations: {len(orgs)} {dict(sorted(kinds.items()))} "
          f"(igo+agency+media: {kinds['igo'] + kinds['agency'] + kinds['media']})")
    print(f"people: {len(people)}")
    if clashes:
        # Reviewed: every owner but one lists the surface as ambiguous, so the engine knows which one it names.
        reviewed = defaultdict(list)
        for k, v in sorted(clashes.items()):
            if sum(1 for o in v if k not in flagged.get(o, ())) <= 1:
                reviewed[", ".join(o + (" (ambiguous)" if k in flagged.get(o, ()) else "") for o in v)].append(k)
        print(f"surfaces shared by two entities ({len(clashes)}):")
        for k, v in sorted(clashes.items()):
            if sum(1 for o in v if k not in flagged.get(o, ())) > 1:
                print(f"  {k}: {', '.join(v)}")
        for owners_text, keys in sorted(reviewed.items()):
            shown = ", ".join(keys[:4]) + (f" ... ({len(keys)} forms)" if len(keys) > 4 else "")
            print(f"  reviewed: {shown}: {owners_text}")
    if len(countries) < 240 or full < 240:
        err("fewer than 240 countries with names in all six languages")
    if len(cities) < 400:
        err("fewer than 400 cities")
    if kinds["igo"] + kinds["agency"] + kinds["media"] < 80:
        err("fewer than 80 organisations of kind igo/agency/media")
    if len(people) < 150:
        err("fewer than 150 people")
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


# Letters NFKD does not split into a base letter and a mark.
SLUG_LETTERS = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ß": "ss",
                              "æ": "ae", "œ": "oe", "ʻ": "", "ʼ": ""})


def fold(text):
    import unicodedata
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[\u064b-\u065f\u0670\u0640]", "", text)  # harakat, dagger alif, tatweel
    text = text.translate(str.maketrans("أإآٱىة", "اااايه"))
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"(^|\s)ال", r"\1", text)
    return re.sub(r"[^\w]+", " ", text).strip()


def slug(text):
    import unicodedata
    text = text.translate(SLUG_LETTERS)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("'", "").replace("\u2019", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


if __name__ == "__main__":
    sys.exit(main())
