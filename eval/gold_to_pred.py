#!/usr/bin/env python3
"""Turn gold files into the "perfect" contract prediction, to check that gold files are well formed.

usage: python3 eval/gold_to_pred.py DIR_OR_FILE... > pred.jsonl
       python3 ../shared/eval/score.py --gold DIR --pred pred.jsonl    (expect F1 1.0 everywhere)
"""
import glob
import json
import os
import sys


def first(aliases):
    return aliases[0] if aliases else None


def convert(gold):
    entities = []
    for e in gold.get("entities", []):
        entities.append({
            "id": e["type"] + "/" + first(e["aliases"]),
            "type": e["type"],
            "name": first(e["aliases"]),
            "country": e.get("country"),
            "mentions": e.get("mentions", 0),
            "surfaces": e["aliases"],
        })
    meetings = []
    for m in gold.get("meetings", []):
        parts = [{"entity": None, "name": first(p.get("aliases")), "country": p.get("country"), "role": p.get("role")}
                 for p in m["participants"]]
        meetings.append({
            "participants": parts,
            "location": first(m.get("location") or []),
            "date": m.get("date"),
            "status": m.get("status"),
            "kind": m.get("kind"),
            "evidence": "",
        })
    quotes = [{"speaker": first(q["speaker"]), "text": q["text"], "language": gold.get("language")}
              for q in gold.get("quotes", [])]
    return {"file": gold["file"], "language": gold.get("language"), "title": "",
            "published": gold.get("published"), "entities": entities, "meetings": meetings, "quotes": quotes}


def main():
    paths = []
    for p in sys.argv[1:]:
        paths += sorted(glob.glob(os.path.join(p, "**", "*.gold.json"), recursive=True)) if os.path.isdir(p) else [p]
    for p in paths:
        print(json.dumps(convert(json.load(open(p, encoding="utf-8"))), ensure_ascii=False))


if __name__ == "__main__":
    main()
