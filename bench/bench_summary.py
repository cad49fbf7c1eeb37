#!/usr/bin/env python3
"""Summarises a bench/bench.sh run directory as markdown (stdout).

Reads OUT/main.csv (bench/all.sh: every peer, one run), OUT/main/kiln-full*/result.csv (the full
example app on each provider, run right after), OUT/rounds/r<N>/<label>/result.csv (the
interleaved rounds) and OUT/startup.csv, all but the last with the columns of bench/lib/columns.csv.
Prints the one-run table, Kiln against the best peer, medians and spread over the rounds, the
start-up launches, and the ratios against the targets of issue 15 (each Kiln bench entry against
its hand-written twin on the same provider, the whole app against the bench entry).

Usage: bench/bench_summary.py OUT
"""
import csv
import glob
import os
import re
import statistics
import sys

ENDPOINTS = ["GET /hello", "GET /items/{id}", "POST /items"]
# bench/lib/columns.csv: the header of all.sh's CSV; run.sh's result.csv has no header line
COLUMNS = ["peer", "endpoint", "startup_ms", "rss_start_mib", "req_per_s", "p50_ms", "p99_ms", "non_2xx",
           "socket_errors", "requests", "server_cpu_pct", "rss_after_mib", "peak_rss_mib", "processes",
           "checks_passed"]
NUMERIC = ["startup_ms", "rss_start_mib", "req_per_s", "p50_ms", "p99_ms", "non_2xx",
           "socket_errors", "requests", "server_cpu_pct", "rss_after_mib", "peak_rss_mib"]


def read_rows(path, label=None):
    rows = []
    if not os.path.isfile(path):
        return rows
    with open(path, newline="") as f:
        lines = [line for line in f if line.strip()]
    if lines and not lines[0].startswith("peer,"):
        lines.insert(0, ",".join(COLUMNS) + "\n")
    for row in csv.DictReader(lines):
        if label:
            row["peer"] = label
        for k in NUMERIC:
            try:
                row[k] = float(row[k])
            except (KeyError, TypeError, ValueError):
                row[k] = None
        rows.append(row)
    return rows


def fmt(v, digits=0):
    if v is None:
        return "n/a"
    return f"{v:,.{digits}f}" if digits else f"{v:,.0f}"


def ratio(a, b):
    return None if a is None or b in (None, 0) else a / b


def check(r, target, higher_is_better):
    if r is None:
        return "n/a"
    ok = r >= target if higher_is_better else r <= target
    return "yes" if ok else "**no**"


def index(rows):
    return {(r["peer"], r["endpoint"]): r for r in rows}


# Each Kiln bench entry and its hand-written twin of the harness, on the same provider.
TWINS = {"kiln": "jdk-raw", "kiln-robaho": "jdk-raw-robaho-nodelay", "kiln-jetty": "jdk-raw-jetty"}
# The whole example app and the bench entry on the same provider.
FULL = {"kiln-full": "kiln", "kiln-full-robaho": "kiln-robaho", "kiln-full-jetty": "kiln-jetty"}
# The peers Kiln on its recommended provider must be ahead of (issue 15): not the hand-written twins.
def is_framework_peer(peer):
    return not peer.startswith("kiln") and not peer.startswith("jdk-raw")


# (what, peer, reference, metric, target, higher is better, per endpoint?)
TARGETS = (
    [("req/s", k, t, "req_per_s", 0.97, True, True) for k, t in TWINS.items()]
    + [("req/s", f, k, "req_per_s", 0.95, True, True) for f, k in FULL.items()]
    + [("p99", k, t, "p99_ms", 1.2, False, True) for k, t in TWINS.items()]
    + [("startup", k, t, "startup_ms", 1.0, False, False) for k, t in TWINS.items()]
    + [("RSS after start", "kiln", "jdk-raw", "rss_start_mib", 1.1, False, False),
       ("RSS after load", "kiln", "jdk-raw", "rss_after_mib", 1.1, False, False)])


def target_table(get, title):
    """get(peer, endpoint, metric) -> value or None."""
    print(f"### {title}\n")
    print("| what | endpoint | peer | reference | peer value | reference value | ratio | target | met |")
    print("| --- | --- | --- | --- | ---: | ---: | ---: | ---: | --- |")
    for what, peer, ref, metric, target, higher, per_endpoint in TARGETS:
        for ep in (ENDPOINTS if per_endpoint else [ENDPOINTS[0]]):
            a, b = get(peer, ep, metric), get(ref, ep, metric)
            if a is None and b is None:
                continue
            r = ratio(a, b)
            digits = 2 if metric.endswith("_ms") and metric != "startup_ms" else (1 if "mib" in metric else 0)
            sign = ">=" if higher else "<="
            print(f"| {what} | {ep if per_endpoint else 'all'} | {peer} | {ref} | {fmt(a, digits)} | {fmt(b, digits)} "
                  f"| {fmt(r, 3)} | {sign} {target} | {check(r, target, higher)} |")
    print()


def best_peer_table(rows):
    """Each Kiln bench entry against the best framework peer of the one run, per endpoint."""
    peers = [r for r in rows if is_framework_peer(r["peer"]) and r["req_per_s"] is not None]
    if not peers:
        return
    print("### Kiln against the best peer of the run (Go, fastify, Javalin, avaje-jex, FastAPI, ...)\n")
    print("Ahead = more req/s than the best peer on that endpoint; p99 compared with the lowest p99 of the peers.\n")
    print("| Kiln entry | endpoint | req/s | best peer | its req/s | ratio | ahead | p99 ms | best peer p99 ms | p99 no worse |")
    print("| --- | --- | ---: | --- | ---: | ---: | --- | ---: | ---: | --- |")
    for kiln in TWINS:
        for ep in ENDPOINTS:
            k = next((r for r in rows if r["peer"] == kiln and r["endpoint"] == ep), None)
            same = [r for r in peers if r["endpoint"] == ep]
            if k is None or not same:
                continue
            best = max(same, key=lambda r: r["req_per_s"])
            p99s = [r["p99_ms"] for r in same if r["p99_ms"] is not None]
            best_p99 = min(p99s) if p99s else None
            r = ratio(k["req_per_s"], best["req_per_s"])
            p99_ok = "n/a" if k["p99_ms"] is None or best_p99 is None else (
                "yes" if k["p99_ms"] <= best_p99 else "**no**")
            print(f"| {kiln} | {ep} | {fmt(k['req_per_s'])} | {best['peer']} | {fmt(best['req_per_s'])} "
                  f"| {fmt(r, 3)} | {'n/a' if r is None else ('yes' if r > 1.0 else '**no**')} "
                  f"| {fmt(k['p99_ms'], 2)} | {fmt(best_p99, 2)} | {p99_ok} |")
    print()


def main():
    out = sys.argv[1]
    main_rows = read_rows(os.path.join(out, "main.csv"))
    for full in FULL:
        main_rows += read_rows(os.path.join(out, "main", full, "result.csv"), full)
    one = index(main_rows)

    print(f"# Kiln benchmark summary: `{out}`\n")
    info = os.path.join(out, "run-info.txt")
    if os.path.isfile(info):
        text = open(info).read()
        print("```")
        print(text.rstrip())
        print("```\n")
        short = []
        if "WARMUP_S=20 " not in text or "MEASURE_S=10 " not in text:
            short.append("a shorter warm-up or measurement than WARMUP_S=20, MEASURE_S=10")
        m = re.search(r"ROUNDS=(\d+)", text)
        if m and int(m.group(1)) < 5:
            short.append("fewer than 5 rounds")
        m = re.search(r"STARTUP_RUNS=(\d+)", text)
        if m and 0 < int(m.group(1)) < 10:
            short.append("fewer than 10 start-up launches")
        if short:
            print("**Not a result** (less than the method): " + "; ".join(short) + ".\n")

    # ---- one run ------------------------------------------------------------------------------
    print("## One run, every peer\n")
    print("Same machine, same run (bench/all.sh, then kiln-full with bench/run.sh right after). "
          "Ratios are to jdk-raw on the same endpoint.\n")
    print("| peer | endpoint | req/s | x jdk-raw | p50 ms | p99 ms | startup ms | RSS start MiB | RSS after MiB | srv CPU % | non-2xx | checks |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for r in main_rows:
        base = one.get(("jdk-raw", r["endpoint"]))
        rr = ratio(r["req_per_s"], base["req_per_s"]) if base else None
        print(f"| {r['peer']} | {r['endpoint']} | {fmt(r['req_per_s'])} | {fmt(rr, 2)} | {fmt(r['p50_ms'], 2)} "
              f"| {fmt(r['p99_ms'], 2)} | {fmt(r['startup_ms'])} | {fmt(r['rss_start_mib'], 1)} "
              f"| {fmt(r['rss_after_mib'], 1)} | {fmt(r['server_cpu_pct'])} | {fmt(r['non_2xx'])} | {r.get('checks_passed', '')} |")
    print()
    expected = [p for pair in TWINS.items() for p in pair] + list(FULL)
    missing = [p for p in expected if not any(r["peer"] == p for r in main_rows)]
    if missing:
        print(f"Missing from the one run: {', '.join(missing)} (see the logs in `{out}`).\n")
    target_table(lambda p, e, m: (one.get((p, e)) or {}).get(m), "Targets, one run")
    best_peer_table(main_rows)

    # ---- rounds -------------------------------------------------------------------------------
    rounds = {}  # round -> rows
    for d in sorted(glob.glob(os.path.join(out, "rounds", "r*", "*", "result.csv"))):
        label = os.path.basename(os.path.dirname(d))
        rnd = os.path.basename(os.path.dirname(os.path.dirname(d)))
        rounds.setdefault(rnd, []).extend(read_rows(d, label))
    if not rounds:
        print("No rounds found.\n")
        return
    all_rows = [r for rows in rounds.values() for r in rows]
    labels = list(dict.fromkeys(r["peer"] for r in all_rows))
    print(f"## {len(rounds)} interleaved round{'s' if len(rounds) != 1 else ''}\n")
    print("Median over the rounds, with min-max and spread = (max - min) / median.\n")
    print("| peer | endpoint | n | req/s median | min | max | spread | p50 ms | p99 ms median | p99 max | startup ms | RSS start MiB | RSS after MiB |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    med = {}
    for label in labels:
        for ep in ENDPOINTS:
            rows = [r for r in all_rows if r["peer"] == label and r["endpoint"] == ep]
            if not rows:
                continue
            m = {}
            for k in NUMERIC:
                vals = [r[k] for r in rows if r[k] is not None]
                m[k] = statistics.median(vals) if vals else None
            med[(label, ep)] = m
            rps = [r["req_per_s"] for r in rows if r["req_per_s"] is not None]
            p99 = [r["p99_ms"] for r in rows if r["p99_ms"] is not None]
            spread = (max(rps) - min(rps)) / m["req_per_s"] if rps and m["req_per_s"] else None
            print(f"| {label} | {ep} | {len(rows)} | {fmt(m['req_per_s'])} | {fmt(min(rps) if rps else None)} "
                  f"| {fmt(max(rps) if rps else None)} | {'n/a' if spread is None else f'{100 * spread:.1f} %'} "
                  f"| {fmt(m['p50_ms'], 2)} | {fmt(m['p99_ms'], 2)} | {fmt(max(p99) if p99 else None, 2)} "
                  f"| {fmt(m['startup_ms'])} | {fmt(m['rss_start_mib'], 1)} | {fmt(m['rss_after_mib'], 1)} |")
    print()
    target_table(lambda p, e, k: (med.get((p, e)) or {}).get(k), "Targets, medians over the rounds")

    # per-round ratios: the two peers ran minutes apart in the same round
    pairs = list(TWINS.items()) + list(FULL.items())
    print("### req/s ratio per round (same round, minutes apart)\n")
    print("| ratio | endpoint | " + " | ".join(sorted(rounds)) + " | median |")
    print("| --- | --- | " + " | ".join("---:" for _ in rounds) + " | ---: |")
    for a, b in pairs:
        if a not in labels or b not in labels:
            continue
        for ep in ENDPOINTS:
            rs = []
            for rnd in sorted(rounds):
                ix = index(rounds[rnd])
                x, y = ix.get((a, ep)), ix.get((b, ep))
                rs.append(ratio(x["req_per_s"], y["req_per_s"]) if x and y else None)
            valid = [r for r in rs if r is not None]
            print(f"| {a} / {b} | {ep} | " + " | ".join(fmt(r, 3) for r in rs)
                  + f" | {fmt(statistics.median(valid) if valid else None, 3)} |")
    print()


def startup_section(out):
    """The start-up launches of bench.sh's start-up phase (OUT/startup.csv: label,ms)."""
    path = os.path.join(out, "startup.csv")
    if not os.path.exists(path):
        return
    data = {}
    with open(path) as f:
        for line in f:
            if line.strip():
                label, ms = line.strip().split(",")
                data.setdefault(label, []).append(int(ms))
    if not data:
        return
    n = max(len(v) for v in data.values())
    print(f"## Start-up, {n} interleaved launches\n")
    print("Spawn to the first 200 on `GET /hello`, ms, each launch stopped after its first answer; "
          "the same pinning and polling as bench/run.sh.\n")
    print("| peer | n | median | min | max | x jdk-raw |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    med = {label: statistics.median(v) for label, v in data.items()}
    base = med.get("jdk-raw")
    for label, v in data.items():
        print(f"| {label} | {len(v)} | {fmt(med[label])} | {min(v)} | {max(v)} | {fmt(ratio(med[label], base), 3)} |")
    print()
    pairs = [(k, t) for k, t in TWINS.items() if k in med and t in med]
    if pairs:
        print("| what | peer | reference | peer value | reference value | ratio | target | met |")
        print("| --- | --- | --- | ---: | ---: | ---: | ---: | --- |")
        for kiln, twin in pairs:
            r = ratio(med[kiln], med[twin])
            print(f"| startup ({n} launches, median) | {kiln} | {twin} | {fmt(med[kiln])} "
                  f"| {fmt(med[twin])} | {fmt(r, 3)} | <= 1.0 | {check(r, 1.0, False)} |")
        print()


if __name__ == "__main__":
    main()
    startup_section(sys.argv[1])
