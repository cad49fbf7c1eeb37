#!/usr/bin/env python3
"""The bounded mixed load of bench/scale-out.sh (standard library only).

Usage: scale_out_load.py BASE_URL PHASE OUT.json STOP_FILE [--workers N] [--max-seconds S]
                          [--id-base B] [--pause-ms P]

Each worker owns its pets: it creates one (POST /pet, a new id), then loops over reads
(GET /pet/{id} of a pet it created and was answered 2xx for) and updates (PUT /pet with a new
name), one request at a time, until STOP_FILE exists or --max-seconds passed (whichever is
first), with at most MAX_REQUESTS_PER_WORKER requests. Every request goes on a new connection
(nginx answers with Connection: close), times out after 10 s, and is never retried here:
retries are nginx's (idempotent requests only).

OUT.json records every request: method, pet id, name written, start and end (time.time()),
status (0 when no answer came), and the upstream nginx named (X-Upstream).
"""
import argparse
import http.client
import json
import os
import sys
import threading
import time
import urllib.parse

MAX_REQUESTS_PER_WORKER = 20_000
TIMEOUT_S = 10
# every /pet operation requires the Petstore's petstore_auth: the example app's demo token, or
# PETSTORE_ACCESS_TOKEN when the app was started with another
TOKEN = os.environ.get('PETSTORE_ACCESS_TOKEN', 'special-key')


def request(host, port, method, path, body):
    started = time.time()
    status, upstream = 0, ''
    conn = http.client.HTTPConnection(host, port, timeout=TIMEOUT_S)
    try:
        headers = {'Accept': 'application/json', 'Authorization': f'Bearer {TOKEN}'}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers['Content-Type'] = 'application/json'
        conn.request(method, path, body=data, headers=headers)
        resp = conn.getresponse()
        resp.read()
        status, upstream = resp.status, resp.getheader('X-Upstream', '')
    except (OSError, http.client.HTTPException):
        pass
    finally:
        conn.close()
    return started, time.time(), status, upstream


def worker(index, args, host, port, deadline, records, lock, errors):
    try:
        run(index, args, host, port, deadline, records, lock)
    except Exception as e:  # a bug here, not a failed request: the run is void
        errors.append(f'worker {index}: {e!r}')


def run(index, args, host, port, deadline, records, lock):
    pet_id = args.id_base + index * 1_000_000
    created, version, sent = [], 0, 0
    mine = []
    while sent < MAX_REQUESTS_PER_WORKER and time.time() < deadline \
            and not os.path.exists(args.stop_file):
        sent += 1
        choice = sent % 10
        if not created or choice == 0:  # 10 %: a new pet
            pet_id += 1
            name = f'w{index}-p{pet_id}-v0'
            rec = ('POST', pet_id, name) + request(host, port, 'POST', '/pet', {
                'id': pet_id, 'name': name, 'photoUrls': [], 'status': 'available'})
            if 200 <= rec[5] < 300:
                created.append(pet_id)
        elif choice < 4:  # 30 %: an update of one of its pets
            target = created[sent % len(created)]
            version += 1
            name = f'w{index}-p{target}-v{version}'
            rec = ('PUT', target, name) + request(host, port, 'PUT', '/pet', {
                'id': target, 'name': name, 'photoUrls': [], 'status': 'available'})
        else:  # 60 %: a read
            target = created[sent % len(created)]
            rec = ('GET', target, None) + request(host, port, 'GET', f'/pet/{target}', None)
        mine.append(rec)
        if args.pause_ms:
            time.sleep(args.pause_ms / 1000)
    with lock:
        records.extend(mine)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('base')
    parser.add_argument('phase')
    parser.add_argument('out')
    parser.add_argument('stop_file')
    parser.add_argument('--workers', type=int, default=8)
    parser.add_argument('--max-seconds', type=float, default=300)
    parser.add_argument('--id-base', type=int, default=10_000_000)
    parser.add_argument('--pause-ms', type=int, default=5)
    args = parser.parse_args()
    url = urllib.parse.urlsplit(args.base)
    deadline = time.time() + args.max_seconds
    records, lock, errors = [], threading.Lock(), []
    threads = [threading.Thread(target=worker, daemon=True,
                                args=(i, args, url.hostname, url.port, deadline, records, lock,
                                      errors))
               for i in range(args.workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(args.max_seconds + 2 * TIMEOUT_S)
    keys = ('method', 'pet', 'name', 'start', 'end', 'status', 'upstream')
    with open(args.out, 'w') as f:
        json.dump({'phase': args.phase, 'requests': [dict(zip(keys, r)) for r in records]}, f)
    print(f'{args.phase}: {len(records)} requests')
    if errors:
        sys.exit('load generator failed: ' + '; '.join(errors))


if __name__ == '__main__':
    main()
