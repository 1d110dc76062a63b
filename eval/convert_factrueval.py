#!/usr/bin/env python3
"""Convert the factRuEval-2016 devset documents (../shared/corpus/ru) into articles + gold files.

usage: python3 eval/convert_factrueval.py OUT_DIR [--corpus DIR]

Reads the corpus at run time and writes OUT_DIR/book_N.txt and OUT_DIR/book_N.gold.json;
nothing is written into the repository. Mapping (see eval/README.md):
- article: a front-matter block (language), a "(untitled)" title line, a blank line, then the
  original text unchanged
  (the documents have no separate title; their first line is often a whole paragraph);
- entities: one per .coref cluster that carries a name (name / firstname / lastname);
  Person -> person, Org -> organization, Location/LocOrg -> country when the cluster's
  normalised name is a country, else place (an Org-majority cluster -> organization);
  aliases = the normalised name plus every distinct surface text of the cluster's objects;
  mentions = number of objects in the cluster. Country clusters carry no mention count,
  because factRuEval does not annotate adjectives (российский), which the contract counts;
- meetings: .facts of type Meeting; participants are the referenced clusters; status
  "planned" when the fact has the modality "будущее", else "held"; no kind/date/location
  (factRuEval does not give them).
"""
import argparse
import json
import os
import re
import sys
from common import dedupe

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.path.join(os.path.dirname(HERE), "..", "shared", "corpus", "ru")

# Country names in the nominative, as factRuEval normalises them (plus common variants).
SINGLE = set("""
Австралия Австрия Азербайджан Албания Алжир Ангола Аргентина Армения Афганистан Бангладеш Бахрейн Белоруссия Беларусь
Бельгия Болгария Боливия Бразилия Британия Великобритания Бурунди Бирма Мьянма Ватикан Венгрия Венесуэла Вьетнам Гана
Германия ФРГ Греция Грузия Дания Египет Израиль Индия Индонезия Иордания Ирак Иран Ирландия Исландия Испания Италия Йемен
Казахстан Камбоджа Канада Катар Кения Кипр Киргизия Китай КНР КНДР Корея Колумбия Куба Кувейт Латвия Ливан Ливия Литва
Лихтенштейн Люксембург Мексика Молдавия Молдова Монако Монголия Марокко Нигер Нигерия Нидерланды Голландия Норвегия ОАЭ
Оман Пакистан Палестина Панама Парагвай Перу Польша Португалия Россия РФ Румыния Сербия Сингапур Сирия Словакия Словения
США Америка Судан СССР Таджикистан Таиланд Тайвань Тунис Туркмения Туркменистан Турция Узбекистан Украина Уругвай
Филиппины Финляндия Франция Хорватия Черногория Чехия Чили Швейцария Швеция Шри-Ланка Эквадор Эритрея Эстония Эфиопия
ЮАР Япония
""".split())
MULTI = {"Босния и Герцеговина", "Соединённое Королевство", "Северная Корея", "Южная Корея", "Молдавская республика",
         "Новая Зеландия", "Объединённые Арабские Эмираты", "Объединенные Арабские Эмираты", "Палестинское государство",
         "Российская Федерация", "Саудовская Аравия", "Соединённые Штаты", "Соединенные Штаты", "Советский союз",
         "Советский Союз", "Турецкая республика", "Турецкая Республика", "Страна восходящего солнца",
         "Османская империя"}


def is_country(name):
    return bool(name) and (name in MULTI or name in SINGLE)


def read_lines(path):
    if not os.path.exists(path):
        return []
    return open(path, encoding="utf-8").read().split("\n")


def read_spans(path):
    spans = {}
    for line in read_lines(path):
        parts = line.split("#")[0].split()
        if len(parts) >= 4:
            spans[parts[0]] = (int(parts[2]), int(parts[2]) + int(parts[3]))
    return spans


def read_objects(path, spans, text):
    objects = {}
    for line in read_lines(path):
        parts = line.split("#")[0].split()
        if len(parts) < 3:
            continue
        ranges = [spans[s] for s in parts[2:] if s in spans]
        if not ranges:
            continue
        start, end = min(r[0] for r in ranges), max(r[1] for r in ranges)
        objects[parts[0]] = {"type": parts[1], "surface": re.sub(r"\s+", " ", text[start:end]).strip()}
    return objects


def read_coref(path):
    clusters = {}
    for block in "\n".join(read_lines(path)).split("\n\n"):
        lines = [l for l in block.split("\n") if l.strip()]
        if not lines:
            continue
        head = lines[0].split()
        attrs = {}
        for l in lines[1:]:
            key, _, value = l.partition(" ")
            value = value.strip()
            if value:
                attrs.setdefault(key.rstrip("0123456789"), []).append(value)
        clusters[head[0]] = {"objects": head[1:], "attrs": attrs}
    return clusters


def read_facts(path):
    facts = []
    for block in "\n".join(read_lines(path)).split("\n\n"):
        lines = [l for l in block.split("\n") if l.strip()]
        if not lines:
            continue
        head = lines[0].split()
        roles = []
        for l in lines[1:]:
            parts = l.split()
            roles.append((parts[0], parts[1] if len(parts) > 1 else "", " ".join(parts[2:])))
        facts.append({"id": head[0], "type": head[1] if len(head) > 1 else "", "roles": roles})
    return facts


def normalised_name(attrs):
    if attrs.get("name"):
        return attrs["name"][0]
    parts = [attrs[k][0] for k in ("firstname", "patronymic", "lastname") if attrs.get(k)]
    return " ".join(parts) if parts else None


def drop_shared_aliases(entities, alias_by_cluster):
    """A surface shared by two clusters ('Бут' for Виктор Бут and Алла Бут) names neither for sure:
    keep it only where it is the normalised name (the first alias)."""
    owners = {}
    for e in entities:
        for a in e["aliases"]:
            owners.setdefault(a.casefold(), set()).add(id(e))
    for e in entities:
        keep = [a for i, a in enumerate(e["aliases"]) if i == 0 or len(owners[a.casefold()]) == 1]
        e["aliases"][:] = keep
    for cid, aliases in alias_by_cluster.items():
        alias_by_cluster[cid] = aliases


def convert(book, corpus, out_dir):
    base = os.path.join(corpus, book)
    text = open(base + ".txt", encoding="utf-8").read()
    spans = read_spans(base + ".spans")
    objects = read_objects(base + ".objects", spans, text)
    clusters = read_coref(base + ".coref")
    entities, alias_by_cluster = [], {}
    for cid, cl in clusters.items():
        name = normalised_name(cl["attrs"])
        objs = [objects[o] for o in cl["objects"] if o in objects]
        if not name or not objs:
            continue
        types = [o["type"] for o in objs]
        if "Person" in types:
            typ = "person"
        elif is_country(name) and any(t in ("Location", "LocOrg") for t in types):
            typ = "country"
        elif types.count("Org") * 2 > len(types):
            typ = "organization"
        elif any(t in ("Location", "LocOrg") for t in types):
            typ = "place"
        else:
            typ = "organization"
        aliases = dedupe([name] + [o["surface"] for o in objs])
        if typ == "person":
            attrs = cl["attrs"]
            if attrs.get("firstname") and attrs.get("lastname"):
                aliases = dedupe(aliases + [attrs["firstname"][0] + " " + attrs["lastname"][0]])
        ent = {"type": typ, "aliases": aliases}
        if typ != "country":
            ent["mentions"] = len(objs)
        else:
            ent["note"] = "factRuEval does not mark adjectives; no mention count"
        entities.append(ent)
        alias_by_cluster[cid] = aliases
    drop_shared_aliases(entities, alias_by_cluster)
    meetings = []
    for fact in read_facts(base + ".facts"):
        if fact["type"] != "Meeting":
            continue
        parts, status = [], "held"
        for role, ref, _ in fact["roles"]:
            if role == "Participant" and ref.startswith("obj") and ref[3:] in alias_by_cluster:
                parts.append({"aliases": alias_by_cluster[ref[3:]]})
            if role == "Модальность" and "будущ" in " ".join([ref, _]):
                status = "planned"
        if parts:
            meetings.append({"participants": parts, "status": status})
    name = book + ".txt"
    with open(os.path.join(out_dir, name), "w", encoding="utf-8") as fh:
        fh.write("---\nsource: factRuEval-2016\nlanguage: ru\n---\n(untitled)\n\n" + text)
    gold = {"file": name, "language": "ru", "published": None,
            "note": "Converted at run time from factRuEval-2016 (devset); see eval/convert_factrueval.py",
            "entities": entities, "meetings": meetings, "quotes": []}
    with open(os.path.join(out_dir, book + ".gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return len(entities), len(meetings)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS, help="factRuEval folder (default ../shared/corpus/ru)")
    a = ap.parse_args()
    corpus = os.path.normpath(a.corpus)
    books = sorted({f[:-4] for f in os.listdir(corpus) if f.startswith("book_") and f.endswith(".txt")},
                   key=lambda b: int(b.split("_")[1]))
    if not books:
        print(f"convert_factrueval: no book_*.txt in {corpus}", file=sys.stderr)
        return 2
    os.makedirs(a.out_dir, exist_ok=True)
    total_e = total_m = 0
    for book in books:
        e, m = convert(book, corpus, a.out_dir)
        total_e += e
        total_m += m
    print(f"{len(books)} documents, {total_e} entities, {total_m} meetings -> {a.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
