#!/usr/bin/env python3
"""Turns bench/scale-out.sh's load records and database dump into its report.

Usage: scale_out_report.py ROLLING.json KILL.json PETS.tsv KILL_INFO.json OUT.json

PETS.tsv: 'id<TAB>name' of every pet in PostgreSQL after the run. KILL_INFO.json:
{"time": seconds since the epoch just before the SIGKILL, "dead": once the process was gone,
"upstream": "127.0.0.1:PORT"}.

A request failed when it got no answer or a non-2xx one. A write (POST or PUT /pet) was
acknowledged when it got a 2xx. An acknowledged write is lost when its pet is missing from the
database, or holds a name that is neither the last acknowledged one nor one written after it by a
request whose outcome the client does not know (no answer or a failure: it may have committed).
In the kill phase a failure is counted as "in flight on the killed instance" when the request
started before the process was gone (a dying process's listening socket still completes
connections), ended after the SIGKILL, and nginx named the killed instance as (one of) its
upstream(s), or it got no answer at all. Exits 1 when a target is missed.
"""
import collections
import json
import sys


def load(path):
    with open(path) as f:
        return json.load(f)['requests']


def ok(status):
    return 200 <= status < 300


def lost_writes(requests, pets):
    writes = collections.defaultdict(list)
    for r in requests:
        if r['method'] in ('POST', 'PUT'):
            writes[r['pet']].append(r)
    lost = []
    for pet, history in writes.items():
        history.sort(key=lambda r: r['start'])
        acked = [i for i, r in enumerate(history) if ok(r['status'])]
        if not acked:
            continue
        last = acked[-1]
        allowed = {history[last]['name']} | {r['name'] for r in history[last + 1:]}
        if pets.get(pet) not in allowed:
            lost.append({'pet': pet, 'expected': history[last]['name'], 'found': pets.get(pet)})
    return lost


def summary(requests, pets):
    failed = [r for r in requests if not ok(r['status'])]
    by_status = collections.Counter(str(r['status']) if r['status'] else 'no answer'
                                    for r in failed)
    by_method = collections.Counter(r['method'] for r in requests)
    lost = lost_writes(requests, pets)
    return {
        'sent': len(requests),
        'answered': sum(1 for r in requests if r['status']),
        'failed': len(failed),
        'failed_by_status': dict(sorted(by_status.items())),
        'sent_by_method': dict(sorted(by_method.items())),
        'writes_acknowledged': sum(1 for r in requests
                                   if r['method'] != 'GET' and ok(r['status'])),
        'lost_writes': len(lost),
        'lost_examples': lost[:5],
    }, failed


def main():
    rolling_path, kill_path, pets_path, kill_info_path, out_path = sys.argv[1:6]
    pets = {}
    with open(pets_path) as f:
        for line in f:
            if line.strip():
                pet, name = line.rstrip('\n').split('\t', 1)
                pets[int(pet)] = name
    with open(kill_info_path) as f:
        kill_info = json.load(f)
    rolling, _ = summary(load(rolling_path), pets)
    kill, failed = summary(load(kill_path), pets)
    killed_at, dead, killed = kill_info['time'], kill_info['dead'], kill_info['upstream']
    in_flight = [r for r in failed if r['start'] <= dead and r['end'] >= killed_at
                 and (killed in r['upstream'] or not r['status'])]
    kill['killed_instance'] = killed
    kill['failed_in_flight_on_killed'] = len(in_flight)
    kill['failed_other'] = kill['failed'] - len(in_flight)
    report = {'rolling': rolling, 'kill': kill}
    with open(out_path, 'w') as f:
        json.dump(report, f, indent=2)
        f.write('\n')
    print(json.dumps(report, indent=2))
    misses = []
    for phase in ('rolling', 'kill'):
        if not report[phase]['sent'] or not report[phase]['writes_acknowledged']:
            misses.append(f'{phase}: no load (nothing sent or no write acknowledged)')
    if rolling['failed']:
        misses.append(f"rolling restart: {rolling['failed']} failed requests")
    for phase in ('rolling', 'kill'):
        if report[phase]['lost_writes']:
            misses.append(f"{phase}: {report[phase]['lost_writes']} acknowledged writes lost")
    if kill['failed_other']:
        misses.append(f"kill: {kill['failed_other']} failures not in flight on the killed instance")
    for miss in misses:
        print('TARGET MISSED: ' + miss, file=sys.stderr)
    sys.exit(1 if misses else 0)


if __name__ == '__main__':
    main()
