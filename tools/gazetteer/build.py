#!/usr/bin/env python3
"""Builds the gazetteers in src/NewsDashboard.Extraction/Data/ from package data plus hand-written tables.

Usage: python3 tools/gazetteer/build.py --node-modules DIR [--zone-tab FILE]

DIR holds the npm packages i18n-iso-countries, cldr-dates-full and cldr-localenames-full (see README.md).
The zone table (tzdata zone.tab, public domain) maps CLDR time-zone ids to countries; by default it is looked
up in Python's zoneinfo search path.
"""
import argparse
import json
import os
import re
import sys
import unicodedata
import zoneinfo

HERE = os.path.dirname(os.path.abspath(__file__))
HAND = os.path.join(HERE, "hand")
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "src", "NewsDashboard.Extraction", "Data"))
LANGS = ["en", "ar", "fr", "ru", "es", "de"]


# ---------------------------------------------------------------- helpers

# Letters NFKD does not split into a base letter and a mark.
SLUG_LETTERS = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ß": "ss",
                              "æ": "ae", "œ": "oe", "ʻ": "", "ʼ": ""})


def slug(text):
    text = text.translate(SLUG_LETTERS)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("'", "").replace("\u2019", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def add(lst, *items):
    for item in items:
        item = item.strip()
        if item and item not in lst:
            lst.append(item)
    return lst


def read_table(name):
    """Rows of a hand table as dicts: '#' starts a comment line, cells are separated by ';', list items by '|'."""
    path = os.path.join(HAND, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        header = None
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = line.split(";")
            if header is None:
                header = cells
                continue
            if len(cells) > len(header):
                sys.exit(f"{name}:{lineno}: {len(cells)} cells, header has {len(header)}")
            cells += [""] * (len(header) - len(cells))
            row = {h: c.strip() for h, c in zip(header, cells)}
            row["_line"] = f"{name}:{lineno}"
            rows.append(row)
    return rows


def items(cell):
    if not cell or cell == "-":
        return []
    return [x.strip() for x in cell.split("|") if x.strip()]


def write_json(name, entries):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("[\n")
        for i, entry in enumerate(entries):
            f.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":")))
            f.write(",\n" if i < len(entries) - 1 else "\n")
        f.write("]\n")
    print(f"wrote {path}: {len(entries)} entries")


def lang_columns(row, prefix=""):
    names = {}
    for lang in LANGS:
        vals = add([], *items(row.get(prefix + lang, "")))
        if vals:
            names[lang] = vals
    return names


# ---------------------------------------------------------------- demonym rules

RU_ADJ = {
    # ending of the masculine nominative -> endings of every case, gender and number
    "velar": ["ий", "ого", "ому", "им", "ом", "ая", "ой", "ою", "ую", "ое", "ие", "их", "ими"],
    "ый": ["ый", "ого", "ому", "ым", "ом", "ая", "ой", "ою", "ую", "ое", "ые", "ых", "ыми"],
    "ой": ["ой", "ого", "ому", "ым", "ом", "ая", "ою", "ую", "ое", "ые", "ых", "ыми"],
}


def ru_adjective(word):
    if word.endswith("ий") and word[-3] in "кгх":
        return [word[:-2] + e for e in RU_ADJ["velar"]]
    if word.endswith("ый"):
        return [word[:-2] + e for e in RU_ADJ["ый"]]
    if word.endswith("ой"):
        stem = word[:-2]
        ends = RU_ADJ["ой"] if stem[-1] not in "кгх" else [e.replace("ы", "и") for e in RU_ADJ["ой"]]
        return [stem + e for e in ends]
    sys.exit(f"unsupported Russian adjective: {word}")


def ru_noun(word):
    """Case forms of a masculine noun for a citizen: -ец (fleeting e), -анин/-янин, or a hard consonant."""
    if word.endswith("анин") or word.endswith("янин"):
        stem = word[:-2]  # россиян
        sg = [word + e for e in ["", "а", "у", "ом", "е"]]
        return sg + [stem + e for e in ["е", "", "ам", "ами", "ах"]]
    if word.endswith("ец"):
        stem = word[:-2]
        stem = stem + ("й" if stem[-1] in "аеиоуэюя" else "") + "ц"
        return [word] + [stem + e for e in ["а", "у", "ем", "е", "ы", "ев", "ам", "ами", "ах"]]
    if word[-1] in "кгх":
        return [word + e for e in ["", "а", "у", "ом", "е", "и", "ов", "ам", "ами", "ах"]]
    if word[-1] in "бвдзлмнпрстф":
        return [word + e for e in ["", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах"]]
    sys.exit(f"unsupported Russian noun: {word}")


def ar_nisba(word):
    if not word.endswith("ي"):
        sys.exit(f"Arabic nisba must end in ي: {word}")
    # masc., fem., masc. plural (nominative, oblique = masc. dual oblique), fem. plural, then the duals
    return [word, word[:-1] + "ية", word + "ون", word + "ين", word[:-1] + "يات",
            word + "ان", word[:-1] + "يتان", word[:-1] + "يتين"]


def ar_nisba_phrase(phrase):
    """'كوري جنوبي' -> the same forms on every word, then each with ال on the words after the first (كوري الجنوبي):
    the engine strips the article of a phrase's first word only. A word that is not a nisba stays as it is in every
    form (رأس أخضري -> رأس أخضرية, الرأس الأخضري; سان ماريني -> سان مارينية); the last word must be one."""
    words = phrase.split()
    if not words[-1].endswith("ي"):
        sys.exit(f"the last word of an Arabic nisba phrase must end in ي: {phrase}")
    forms = [ar_nisba(w) if w.endswith("ي") else [w] * 8 for w in words]
    bare = [" ".join(f[i] for f in forms) for i in range(len(forms[0]))]
    definite = [" ".join([f[i] if j == 0 or not words[j].endswith("ي") else "ال" + f[i] for j, f in enumerate(forms)])
                for i in range(len(forms[0]))]
    return bare + definite


def fr_adjective(w):
    for end, forms in [("ien", ["ienne", "iens", "iennes"]), ("ain", ["aine", "ains", "aines"]),
                       ("ais", ["aise", "ais", "aises"]), ("ois", ["oise", "ois", "oises"]),
                       ("en", ["enne", "ens", "ennes"]), ("e", ["es"]), ("an", ["ane", "ans", "anes"]), ("in", ["ine", "ins", "ines"]),
                       ("ol", ["ole", "ols", "oles"]), ("i", ["ie", "is", "ies"]), ("on", ["onne", "ons", "onnes"])]:
        if w.endswith(end):
            return [w] + [w[: len(w) - len(end)] + f for f in forms]
    return [w, w + "e", w + "s", w + "es"]


def es_adjective(w):
    if w.endswith("o"):
        return [w, w[:-1] + "a", w + "s", w[:-1] + "as"]
    if w.endswith("és"):
        return [w, w[:-2] + "esa", w[:-2] + "eses", w[:-2] + "esas"]
    if w.endswith("ón"):
        return [w, w[:-2] + "ona", w[:-2] + "ones", w[:-2] + "onas"]
    if w.endswith("án"):
        return [w, w[:-2] + "ana", w[:-2] + "anes", w[:-2] + "anas"]
    if w.endswith("í"):
        return [w, w + "es", w + "s"]
    if w.endswith("e") or w.endswith("a"):
        return [w, w + "s"]
    if w.endswith("l") or w.endswith("n") or w.endswith("r"):
        return [w, w + "a", w + "es", w + "as"]
    return [w]


def de_word(w):
    if w[0].islower():  # adjective
        return [w + e for e in ["", "e", "en", "er", "es", "em"]]
    if w.endswith("er"):
        return [w, w + "n", w + "in", w + "innen"]
    if w.endswith("e"):
        return [w, w + "n", w[:-1] + "in", w[:-1] + "innen"]
    return [w]


def en_word(w):
    if re.search(r"(sh|ch|ese|ss|x|z|ic)$", w) or " " in w:
        return [w]
    return [w, w + "s"]


EXPAND = {"en": en_word, "fr": fr_adjective, "es": es_adjective, "de": de_word,
          "ar": lambda w: ar_nisba_phrase(w) if " " in w else ar_nisba(w)}


def expand_demonyms(row):
    """Each cell item is expanded by the rules of its language; an item starting with '!' is taken as is. An item
    starting with '?' counts only when the article names the country: it is shared with a country that has it plain
    (Congolese: DR Congo), or it is also a common word (Arabic قمري "lunar"); its forms also go to the entry's
    `ambiguous` list. A cell '-' has no demonym on purpose (the row's note says why).
    Returns the forms per language and the ambiguous forms."""
    out = {}
    ambiguous = []
    for lang in ["en", "ar", "fr", "ru", "es", "de"]:
        forms = []
        for item in items(row.get(lang, "")):
            shared = item.startswith("?")
            item = item[1:] if shared else item
            if item.startswith("!"):
                new = [item[1:]]
            elif lang == "ru":
                new = ru_adjective(item) if item.endswith(("ий", "ый", "ой")) else ru_noun(item)
            else:
                new = EXPAND[lang](item)
            add(forms, *new)
            if shared:
                add(ambiguous, *new)
        if forms:
            out[lang] = forms
    return out, ambiguous


# ---------------------------------------------------------------- countries

BAD_NAME = re.compile(r"[,;]|о-в| - |\bSAR\b|\(САР\)|Sonderverwaltungs|\bRAE\b|R\.A\.S\.|منطقة إدارية")


def clean_names(raw):
    """Package names minus the catalogue forms ("Korea, Republic of", "Congo (DRC)", "о-ва") never written in news."""
    out = []
    for name in raw:
        if name and not BAD_NAME.search(name) and not re.search(r"[()]", name):
            add(out, name)
    return out


def load_country_sources(nm):
    iso = {}
    for lang in LANGS:
        with open(os.path.join(nm, "i18n-iso-countries", "langs", lang + ".json"), encoding="utf-8") as f:
            iso[lang] = json.load(f)["countries"]
    cldr = {}
    for lang in LANGS:
        with open(os.path.join(nm, "cldr-localenames-full", "main", lang, "territories.json"), encoding="utf-8") as f:
            cldr[lang] = json.load(f)["main"][lang]["localeDisplayNames"]["territories"]
    return iso, cldr


def build_countries(nm):
    iso, cldr = load_country_sources(nm)
    hand = {r["code"]: r for r in read_table("countries.txt")}
    dem = {r["code"]: r for r in read_table("demonyms.txt")}
    codes = sorted(iso["en"].keys())
    for c in list(hand) + list(dem):
        if c not in codes:
            sys.exit(f"unknown country code {c}")
    entries = []
    for code in codes:
        h = hand.get(code, {})
        names = {}
        for lang in LANGS:
            lst = []
            add(lst, *items(h.get(lang, "")))
            t = cldr[lang]
            add(lst, *clean_names([t[k] for k in (code, code + "-alt-short", code + "-alt-variant") if k in t]))
            v = iso[lang].get(code)
            add(lst, *clean_names(v if isinstance(v, list) else [v] if v else []))
            drop = set(items(h.get("drop", "")))
            lst = [x for x in lst if x not in drop]
            if lst:
                names[lang] = lst
        name = h.get("name") or names["en"][0]
        if names["en"][0] != name:
            names["en"].remove(name) if name in names["en"] else None
            names["en"].insert(0, name)
        demonyms, dem_amb = expand_demonyms(dem[code]) if code in dem else ({}, [])
        entry = {"code": code, "name": name, "names": names, "demonyms": demonyms,
                 "capital": h.get("capital") or None}
        amb = add(items(h.get("ambiguous", "")), *dem_amb)
        if amb:
            entry["ambiguous"] = amb
        entries.append(entry)
    return entries


# ---------------------------------------------------------------- cities

# Old CLDR zone ids whose current tzdata name differs.
ZONE_RENAMES = {"Europe/Kiev": "UA", "America/Coral_Harbour": "CA", "America/Godthab": "GL", "Pacific/Truk": "FM",
                "Pacific/Ponape": "FM", "Pacific/Enderbury": "KI", "Asia/Calcutta": "IN", "Asia/Rangoon": "MM",
                "Asia/Katmandu": "NP", "Asia/Saigon": "VN", "Africa/Asmera": "ER", "Atlantic/Faeroe": "FO"}


def zone_countries(zone_tab):
    m = dict(ZONE_RENAMES)
    with open(zone_tab, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) >= 3:
                m[cells[2]] = cells[0]
                # CLDR keeps old ids (America/Buenos_Aires, Asia/Calcutta): match on the last part too.
                m.setdefault(cells[2].split("/")[-1], cells[0])
    return m


def walk_zones(tree, prefix=""):
    for k, v in tree.items():
        if not isinstance(v, dict):
            continue
        zid = prefix + k
        if v.get("_type") == "zone" or "exemplarCity" in v:
            yield zid, v
        elif "long" not in v and "short" not in v:
            yield from walk_zones(v, zid + "/")


def build_cities(nm, zone_tab, countries):
    z2c = zone_countries(zone_tab)
    zones = {}
    for lang in LANGS:
        with open(os.path.join(nm, "cldr-dates-full", "main", lang, "timeZoneNames.json"), encoding="utf-8") as f:
            tree = json.load(f)["main"][lang]["dates"]["timeZoneNames"]["zone"]
        for zid, v in walk_zones(tree):
            if "exemplarCity" in v:
                zones.setdefault(zid, {})[lang] = v["exemplarCity"]
    hand_rows = read_table("cities.txt")
    skip = {r["id"] for r in read_table("cities_skip.txt")}
    country_names = {l: {n.lower() for c in countries for n in c["names"].get(l, [])} for l in LANGS}
    capital_ids = {c["capital"] for c in countries if c["capital"]}
    by_id = {}
    order = []
    for zid, loc in sorted(zones.items()):
        cc = z2c.get(zid) or z2c.get(zid.split("/")[-1])
        # Antarctic stations and sub-zones (America/Indiana/Knox, America/Argentina/Salta) are not news cities.
        if not cc or cc == "AQ" or zid.count("/") > 1:
            continue
        # CLDR leaves out a locale's exemplar city when it equals the root name (the zone id's last part),
        # which is the right spelling in the Latin-script locales.
        root = zid.split("/")[-1].replace("_", " ")
        for lang in ("en", "fr", "es", "de"):
            loc.setdefault(lang, root)
        en = loc["en"]
        # A zone named after its country ("Asia/Kuwait", "America/Panama") is not a city name.
        if en.lower() in country_names["en"]:
            continue
        cid = slug(en)
        if cid in skip:
            continue
        names = {}
        for lang in LANGS:
            # "Tripoli (Libye)", "Yangón (Rangún)": the part before the brackets is the name.
            v = re.sub(r"\s*\(.*\)\s*$", "", loc.get(lang) or "")
            # A CLDR city spelled like a country in the same language (الجزائر, Тунис, Kuwait) is left
            # to the country; hand rows give the city's own form (الجزائر العاصمة).
            if v and v.lower() not in country_names[lang]:
                names[lang] = [v]
        by_id[cid] = {"id": cid, "name": en, "country": cc, "capital": cid in capital_ids, "names": names}
        order.append(cid)
    for r in hand_rows:
        name = r["name"]
        cid = r.get("id") or slug(name)
        names = lang_columns(r)
        if "en" not in names:
            names["en"] = [name]
        elif names["en"][0] != name:
            names["en"].insert(0, name)
        if cid in by_id:  # hand row completes or corrects a CLDR city: hand names first
            old = by_id[cid]
            for lang, lst in names.items():
                old["names"][lang] = add(list(lst), *old["names"].get(lang, []))
            if r.get("country"):
                old["country"] = r["country"]
            old["name"] = name
            continue
        if not r.get("country"):
            sys.exit(f"{r['_line']}: {cid} is not a CLDR city, so it needs a country")
        entry = {"id": cid, "name": name, "country": r["country"], "capital": cid in capital_ids, "names": names}
        amb = items(r.get("ambiguous", ""))
        if amb:
            entry["ambiguous"] = amb
        by_id[cid] = entry
        order.append(cid)
    for r in hand_rows:
        cid = r.get("id") or slug(r["name"])
        drop = set(items(r.get("drop", "")))
        if drop:
            e = by_id[cid]
            e["names"] = {l: [x for x in v if x not in drop] for l, v in e["names"].items()}
        amb = items(r.get("ambiguous", ""))
        if amb:
            by_id[cid]["ambiguous"] = amb
    entries = [by_id[c] for c in order]
    for e in entries:
        clash = [v for l, vs in e["names"].items() for v in vs if v.lower() in country_names[l]]
        if clash:
            e["ambiguous"] = add(list(e.get("ambiguous", [])), *clash)
        e["names"] = {l: e["names"][l] for l in LANGS if l in e["names"]}
    return entries


# ---------------------------------------------------------------- organisations and people

def build_organizations():
    entries = []
    for r in read_table("organizations.txt"):
        oid = r.get("id") or slug(r["name"])
        names = lang_columns(r)
        if "en" not in names:
            names["en"] = [r["name"]]
        entry = {"id": oid, "name": r["name"], "kind": r["kind"], "country": r.get("country") or None,
                 "names": names, "acronyms": lang_columns(r, "acr_")}
        amb = items(r.get("ambiguous", ""))
        if amb:
            entry["ambiguous"] = amb
        entries.append(entry)
    return entries


def build_ministries(countries):
    """Foreign and defence ministries of the countries in hand/ministries.txt, named from their demonyms:
    الخارجية الروسية, МИД России / российского МИД, ministère russe des Affaires étrangères, ..."""
    by_code = {c["code"]: c for c in countries}
    dem_rows = {r["code"]: r for r in read_table("demonyms.txt")}
    entries = []
    for r in read_table("ministries.txt"):
        code = r["code"]
        country = by_code[code]
        d = dem_rows[code]
        en_adj = items(d["en"])[0].lstrip("!")
        ar_fem = []
        for base in items(d["ar"]):
            if base.startswith("!"):
                continue
            forms = ar_nisba_phrase(base) if " " in base else ar_nisba(base)
            add(ar_fem, " ".join("ال" + w for w in forms[1].split()))
        ru_adj = next(ru_adjective(x) for x in items(d["ru"]) if x.endswith("ий"))
        fr_adj = items(d["fr"])[0].lstrip("!")
        es_adj = items(d["es"])[0].lstrip("!")
        de_adj = next(x for x in items(d["de"]) if x[0].islower())
        gens = items(r["ru_gen"])
        country_en = country["name"]

        def ru_ministry(word_cases, short, gen_list, adj_idx):
            out = []
            for g in gen_list:
                add(out, f"{short} {g}")
                for w in word_cases:
                    add(out, f"{w} {g}")
            for i in adj_idx:
                add(out, f"{ru_adj[i]} {short}")
            return out

        ministry = ["Министерство", "Министерства", "Министерству", "Министерством", "Министерстве"]
        if r["which"] in ("foreign", "both"):
            name = f"{en_adj} Foreign Ministry"
            entries.append({
                "id": slug(name), "name": name, "kind": "ministry", "country": code,
                "names": {
                    "en": [name, f"{en_adj} Ministry of Foreign Affairs", f"{country_en}'s Foreign Ministry",
                           f"Foreign Ministry of {country_en}"],
                    "ar": [f"وزارة الخارجية {a}" for a in ar_fem] + [f"الخارجية {a}" for a in ar_fem],
                    "fr": [f"ministère {fr_adj} des Affaires étrangères", f"ministère des Affaires étrangères {fr_adj}"],
                    "ru": ru_ministry([m + " иностранных дел" for m in ministry], "МИД", gens, [0, 1, 2, 3, 4]),
                    "es": [f"Ministerio de Asuntos Exteriores {es_adj}", f"Ministerio {es_adj} de Asuntos Exteriores",
                           f"Ministerio de Exteriores {es_adj}"],
                    "de": [f"{de_adj}{e} Außenministerium{s}" for e, s in (("e", ""), ("en", ""), ("en", "s"), ("es", ""))],
                },
                "acronyms": {}})
        if r["which"] in ("defence", "both"):
            name = f"{en_adj} Defence Ministry"
            entries.append({
                "id": slug(name), "name": name, "kind": "ministry", "country": code,
                "names": {
                    "en": [name, f"{en_adj} Defense Ministry", f"{en_adj} Ministry of Defence",
                           f"{en_adj} Ministry of Defense", f"{country_en}'s Defence Ministry"],
                    "ar": [f"وزارة الدفاع {a}" for a in ar_fem] + [f"الدفاع {a}" for a in ar_fem],
                    "fr": [f"ministère {fr_adj} de la Défense", f"ministère de la Défense {fr_adj}"],
                    "ru": ru_ministry([m + " обороны" for m in ministry], "Минобороны", gens, [9, 1, 2, 3, 4]),
                    "es": [f"Ministerio de Defensa {es_adj}", f"Ministerio {es_adj} de Defensa"],
                    "de": [f"{de_adj}{e} Verteidigungsministerium{s}" for e, s in (("e", ""), ("en", ""), ("en", "s"), ("es", ""))],
                },
                "acronyms": {}})
    for e in entries:
        e["names"] = {l: v for l, v in e["names"].items() if v}
    return entries


def build_people():
    entries = []
    for r in read_table("people.txt"):
        pid = r.get("id") or slug(r["name"])
        names = lang_columns(r)
        en = names.setdefault("en", [r["name"]])
        if en[0] != r["name"]:
            if r["name"] in en:
                en.remove(r["name"])
            en.insert(0, r["name"])
        entry = {"id": pid, "name": r["name"], "country": r.get("country") or None, "role": r["role"],
                 "names": names}
        amb = items(r.get("ambiguous", ""))
        if amb:
            entry["ambiguous"] = amb
        entries.append(entry)
    return entries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--node-modules", required=True)
    default_tab = next((os.path.join(p, "zone.tab") for p in zoneinfo.TZPATH
                        if os.path.exists(os.path.join(p, "zone.tab"))), None)
    ap.add_argument("--zone-tab", default=default_tab)
    args = ap.parse_args()
    if not args.zone_tab:
        sys.exit("no zone.tab found; pass --zone-tab")
    countries = build_countries(args.node_modules)
    cities = build_cities(args.node_modules, args.zone_tab, countries)
    write_json("countries.json", countries)
    write_json("cities.json", cities)
    write_json("organizations.json", build_organizations() + build_ministries(countries))
    write_json("people.json", build_people())


if __name__ == "__main__":
    main()
