#!/usr/bin/env python3
"""Turns benchmark cases into articles, runs `factdiff extract`, maps its facts to the
scorer's prediction format (offsets in characters), scores them, and prints a Markdown
table with the peers' figures beside ours. Standard library only."""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

# Hedge words the issue names, and the qualifier each must give.
HEDGES = [("between", "range"), ("more than", "more-than"), ("at least", "at-least"),
          ("less than", "less-than"), ("up to", "at-most"), ("about", "approx"),
          ("around", "approx"), ("roughly", "approx"), ("some", "approx"), ("nearly", "nearly"),
          ("almost", "nearly"), ("over", "more-than"), ("under", "less-than")]

CATEGORIES = ["number", "length", "speed", "duration", "mass", "currency", "percentage",
              "temperature", "dimension-misc", "date", "date-holiday"]


def char_offsets(text):
    """Map from byte offset (UTF-8) to character offset."""
    table = {}
    b = 0
    for i, ch in enumerate(text):
        table[b] = i
        b += len(ch.encode("utf-8"))
    table[b] = len(text)
    return table


def hedges(extract_dir, preds_path, show):
    """Of the expected values with a hedge word right before them, how many of our claims
    carry the matching qualifier (and low/high)."""
    preds = {}
    for line in open(preds_path, encoding="utf-8"):
        r = json.loads(line)
        preds.setdefault(r["id"], []).extend(r["found"])
    seen, total, kept, missed = set(), 0, 0, []
    for name in sorted(os.listdir(extract_dir)):
        if not name.endswith(".jsonl"):
            continue
        for line in open(os.path.join(extract_dir, name), encoding="utf-8"):
            case = json.loads(line)
            for e in case["expect"]:
                key = (case["id"], e["start"], e["end"])
                if key in seen:
                    continue
                seen.add(key)
                before = case["text"][:e["start"]].lower().rstrip()
                for word, qualifier in HEDGES:
                    if re.search(r"(^|\W)" + word + r"$", before):
                        total += 1
                        got = [p for p in preds.get(case["id"], []) if p["start"] < e["end"] and e["start"] < p["end"]]
                        if any(p.get("qualifier") == qualifier and ("low" in p or "high" in p) for p in got):
                            kept += 1
                        else:
                            missed.append("  %r: %r after %r, got %s" % (case["text"], e["text"], word,
                                          [(p["text"], p.get("qualifier")) for p in got]))
                        break
    print("\nhedges: %d of %d expected values with a hedge word right before them carry its qualifier" % (kept, total))
    if show:
        print("\n".join(missed))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", required=True, help="directory with extract/, score_extract.py, peer-predictions/")
    ap.add_argument("--factdiff", required=True)
    ap.add_argument("--rules", required=True)
    ap.add_argument("--out", default=None, help="directory for predictions and scores (default: a temp dir)")
    ap.add_argument("--errors", type=int, default=0, help="print N misses and false alarms per category")
    a = ap.parse_args()

    extract_dir = os.path.join(a.bench, "extract")
    out = a.out or tempfile.mkdtemp(prefix="factdiff-bench-")
    os.makedirs(out, exist_ok=True)
    preds_path = os.path.join(out, "predictions.jsonl")
    with open(preds_path, "w", encoding="utf-8") as preds:
        for name in sorted(os.listdir(extract_dir)):
            if not name.endswith(".jsonl"):
                continue
            cases = [json.loads(l) for l in open(os.path.join(extract_dir, name), encoding="utf-8") if l.strip()]
            articles = os.path.join(out, "articles-" + name)
            with open(articles, "w", encoding="utf-8") as f:
                for c in cases:
                    art = {"id": c["id"], "text": c["text"]}
                    if c.get("reference_date"):
                        art["published"] = c["reference_date"]
                    f.write(json.dumps(art) + "\n")
            run = subprocess.run(
                [a.factdiff, "extract", "--no-default-rules", "--rules", a.rules,
                 "--input-format", "jsonl", "--format", "jsonl", articles],
                capture_output=True, text=True)
            if run.returncode not in (0, 2):
                sys.exit("factdiff failed on %s: %s" % (name, run.stderr))
            texts = {c["id"]: c["text"] for c in cases}
            found = {c["id"]: [] for c in cases}
            for line in run.stdout.splitlines():
                fact = json.loads(line)
                text = texts.get(fact["source"])
                if text is None:
                    continue
                offs = char_offsets(text)
                item = {"start": offs[fact["start"]], "end": offs[fact["end"]], "text": fact["text"],
                        "value": fact["value"], "unit": fact["unit"]}
                for k in ("qualifier", "low", "high"):
                    if k in fact:
                        item[k] = fact[k]
                if item not in found[fact["source"]]:
                    found[fact["source"]].append(item)
            for cid, items in found.items():
                preds.write(json.dumps({"id": cid, "found": items}) + "\n")

    scores_path = os.path.join(out, "scores.json")
    cmd = [sys.executable, os.path.join(a.bench, "score_extract.py"), extract_dir, preds_path, "--json", scores_path]
    if a.errors:
        cmd += ["--errors", str(a.errors)]
    scored = subprocess.run(cmd, capture_output=True, text=True)
    if scored.returncode != 0:
        sys.exit(scored.stderr)
    if a.errors:
        print(scored.stdout)
    ours = json.load(open(scores_path))
    peers = {}
    for peer in ("recognizers", "quantulum3"):
        p = os.path.join(a.bench, "peer-predictions", peer + ".scores.json")
        if os.path.exists(p):
            peers[peer] = json.load(open(p))
    print("| category | cases | factdiff P | factdiff R | factdiff F1 | Recognizers-Text F1 | quantulum3 F1 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for cat in CATEGORIES + ["all"]:
        if cat not in ours:
            continue
        s = ours[cat]
        peer_f1 = [("%.2f" % peers[p][cat]["F1"]) if p in peers and cat in peers[p] else "–"
                   for p in ("recognizers", "quantulum3")]
        name = "**all**" if cat == "all" else cat
        print("| %s | %d | %.2f | %.2f | %.2f | %s | %s |" % (name, s["n"], s["P"], s["R"], s["F1"], *peer_f1))
    hedges(extract_dir, preds_path, show=True)
    print("\npredictions and scores: %s" % out, file=sys.stderr)


if __name__ == "__main__":
    main()
