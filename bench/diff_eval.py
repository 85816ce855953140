"""Simulated corrections and regressions on story clusters, through `factdiff diff --git`.

Usage: python3 bench/diff_eval.py target/release/factdiff DIR...
where each DIR holds cluster folders of .txt articles (the evaluation clusters are real news
and kept outside the repository; `python3 bench/diff_eval.py target/release/factdiff fixtures`
runs it on the bundled ones).

For each cluster: a git repository in a temporary folder; for each conflict at warning or
above, a commit that rewrites every outlier claim with the consensus figure (expected:
`resolves`, or `changes` when the consensus itself holds several figures); for each fact two
or more sources agree on, a commit that changes the figure of one source stating it once
(expected: `introduces` or `worsens`, unless the new figure still fits a hedged bound such as
"more than $4 billion"). Counts the verdict `factdiff diff` gives for that fact, findings at
warning and above that a correction introduces or worsens elsewhere (side effects), and the
time of each diff. Standard library only."""
import json, os, re, shutil, subprocess, sys, tempfile, time, collections

BIN = os.path.abspath(sys.argv[1])
DIRS = sys.argv[2:]
G = ["git", "-c", "user.email=e@x", "-c", "user.name=e", "-c", "commit.gpgsign=false"]

def run(cmd, cwd):
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)

def report(cwd, *args):
    p = run([BIN, "check", ".", "--format", "json", "--show-agreements", "--fail-on", "never", *args], cwd)
    if not p.stdout:
        raise SystemExit(f"{cwd}: {p.stderr}")
    return json.loads(p.stdout)

def repo_of(cluster):
    d = tempfile.mkdtemp(prefix="fdx-")
    for n in sorted(os.listdir(cluster)):
        if n.endswith(".txt") and n != "SOURCES.txt":
            shutil.copy(os.path.join(cluster, n), d)
    run(G + ["init", "-q", "."], d); run(G + ["add", "-A"], d); run(G + ["commit", "-qm", "base"], d)
    return d

def edit(d, edits):
    """edits: list of (path, start, end, new) byte spans."""
    by = collections.defaultdict(list)
    for p, s, e, new in edits:
        by[p].append((s, e, new))
    for p, es in by.items():
        b = open(os.path.join(d, p), "rb").read()
        for s, e, new in sorted(es, reverse=True):
            b = b[:s] + new.encode() + b[e:]
        open(os.path.join(d, p), "wb").write(b)
    run(G + ["commit", "-qam", "edit"], d)

def diff(d):
    t = time.time()
    p = run([BIN, "diff", "--git", "HEAD~1..HEAD", "--format", "json", "--fail-on", "never"], d)
    dt = time.time() - t
    if p.returncode not in (0, 1):
        return None, dt, p.stderr
    if not p.stdout:
        raise SystemExit(f"{cwd}: {p.stderr}")
    return json.loads(p.stdout), dt, ""

stats = collections.Counter(); times = []; examples = collections.defaultdict(list)
for top in DIRS:
    clusters = [os.path.join(top, c) for c in sorted(os.listdir(top)) if os.path.isdir(os.path.join(top, c)) and not c.startswith("_") ]
    for c in clusters:
        if not any(n.endswith(".txt") for n in os.listdir(c)):
            continue
        d = repo_of(c)
        r = report(d)
        paths = {s["id"]: os.path.basename(s["path"]) for s in r["sources"]}
        def claims_ok(cl):
            b = open(os.path.join(d, paths[cl["source"]]), "rb").read()
            return b[cl["start"]:cl["end"]].decode("utf-8", "replace") == cl["text"]
        # Corrections.
        for f in r["findings"]:
            if f["kind"] != "conflict" or f["severity"] == "info":
                continue
            good = [cl for cl in f["claims"] if cl["group"] == 0]
            bad = [cl for cl in f["claims"] if cl["group"] != 0]
            if not good or not bad or not all(claims_ok(cl) for cl in f["claims"]):
                stats["correction skipped"] += 1; continue
            edit(d, [(paths[cl["source"]], cl["start"], cl["end"], good[0]["text"]) for cl in bad])
            out, dt, err = diff(d); times.append(dt)
            run(G + ["reset", "-q", "--hard", "HEAD~1"], d)
            if out is None:
                stats["correction error"] += 1; examples["error"].append((c, err)); continue
            vs = [e["verdict"] for a in out["articles"] for e in a["effects"] if e["fact"] == f["fact"] and e["kind"] == "conflict" and e.get("subject", "") == f.get("subject", "")]
            key = "resolves" if "resolves" in vs else ("changes" if "changes" in vs else "/".join(vs) or "none")
            stats["correction " + key] += 1
            if key not in ("resolves",):
                examples["correction " + key].append((c, f["message"][:160], vs))
            side = [(e["verdict"], e["fact"]) for a in out["articles"] for e in a["effects"] if e["verdict"] in ("introduces", "worsens") and e["severity"] != "info"]
            if side:
                stats["correction with side effect"] += 1; examples["side"].append((c, f["fact"], side))
        # Regressions.
        for ag in r["agreements"]:
            srcs = {cl["source"] for cl in ag["claims"]}
            if len(srcs) < 2:
                continue
            counts = collections.Counter(c["source"] for c in ag["claims"])
            single = [c for c in ag["claims"] if counts[c["source"]] == 1]
            if not single:
                stats["regression skipped (no single claim)"] += 1; continue
            cl = single[-1]
            if not claims_ok(cl):
                stats["regression skipped"] += 1; continue
            m = re.search(r"\d[\d,]*(\.\d+)?", cl["text"])
            if m:
                num = float(m.group(0).replace(",", ""))
                new = cl["text"][:m.start()] + str(int(num * 3 + 7)) + cl["text"][m.end():]
            elif cl.get("unit", "") == "" and isinstance(cl.get("value"), (int, float)):
                new = str(int(cl["value"] * 3 + 7))
            else:
                stats["regression skipped"] += 1; continue
            edit(d, [(paths[cl["source"]], cl["start"], cl["end"], new)])
            out, dt, err = diff(d); times.append(dt)
            run(G + ["reset", "-q", "--hard", "HEAD~1"], d)
            if out is None:
                stats["regression error"] += 1; examples["error"].append((c, err)); continue
            vs = [e["verdict"] for a in out["articles"] for e in a["effects"] if e["fact"] == ag["fact"] and e["kind"] in ("conflict", "update", "internal", "quote-drift", "relation")]
            changed = [ch for a in out["articles"] for ch in a["changes"] if ch.get("fact") == ag["fact"]]
            key = "introduces" if "introduces" in vs else ("worsens" if "worsens" in vs else "/".join(vs) or "none")
            stats["regression " + key] += 1
            if not changed:
                stats["regression fact change not listed"] += 1
                examples["not listed"].append((c, ag["fact"], cl["text"], new))
            if key not in ("introduces", "worsens"):
                examples["regression " + key].append((c, ag["fact"], cl["text"], new, vs))
        shutil.rmtree(d)

for k in sorted(stats):
    print(f"{k}: {stats[k]}")
times.sort()
if times:
    print(f"diff runs: {len(times)}, median {times[len(times)//2]:.2f} s, max {times[-1]:.2f} s")
for k, v in examples.items():
    print(f"\n## {k} ({len(v)})")
    for x in v[:12]:
        print("  ", x)
