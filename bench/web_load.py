"""Load on the web server: search req/s and latency, statement pages, streamed export.

    .venv/bin/python bench/web_load.py [ARCHIVE_DIR] [--seconds 20] [--clients 8]

The WH archive is built on first use (see bench/corpus.py). The server runs
in its own process on 127.0.0.1 (one uvicorn worker); this process drives it
with keep-alive HTTP clients on threads, each scenario bounded in time.
Prints: search requests/s with p50/p99 over the mixed query list (once with a pool of
Annals instances, once with one shared behind a lock, once with 2 worker processes),
statement page p50/p99, and the export rate with the server's RSS before, during
(peak) and after.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from bench.corpus import DEFAULT_ARCHIVE, open_wh_archive, search_paths

SERVER = """
import sys
from pathlib import Path
import uvicorn
from annals.settings import Settings
from annals.web import create_app
archive, sharing, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
app = create_app(Settings(archive=Path(archive)), sharing=sharing)
uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
"""
# Two worker processes, as `annals serve --workers 2` runs them.
WORKERS = [
    sys.executable,
    "-m",
    "annals",
    "--archive",
    "{archive}",
    "serve",
    "--port",
    "{port}",
    "--workers",
    "2",
]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


@contextmanager
def server(archive: Path, sharing: str) -> Iterator[tuple[str, int]]:
    port = free_port()
    if sharing == "2 workers":
        command = [part.format(archive=archive, port=port) for part in WORKERS]
    else:
        command = [sys.executable, "-c", SERVER, str(archive), sharing, str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(base + "/api/sources", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("the server did not start")
            time.sleep(0.1)
        yield base, process.pid
    finally:
        process.terminate()
        process.wait(timeout=10)


def drive(base: str, paths: list[str], seconds: float, clients: int) -> tuple[list[float], int]:
    """Request ``paths`` round-robin from ``clients`` threads for ``seconds``: latencies, errors."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client(offset: int) -> None:
        mine: list[float] = []
        failed = 0
        with httpx.Client(base_url=base, timeout=10) as http:
            index = offset
            while time.monotonic() < stop_at:
                started = time.perf_counter()
                response = http.get(paths[index % len(paths)])
                mine.append((time.perf_counter() - started) * 1000)
                failed += response.status_code != 200
                index += clients
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors[0]


def report(name: str, latencies: list[float], errors: int, seconds: float) -> None:
    rate = len(latencies) / seconds
    print(
        f"{name:34} {rate:7.0f} req/s   p50 {statistics.median(latencies):6.1f} ms"
        f"   p99 {percentile(latencies, 0.99):6.1f} ms   errors {errors}"
    )


def shuffled_search_paths() -> list[str]:
    paths = search_paths()
    random.Random(3).shuffle(paths)
    return paths


def export(base: str, pid: int, rows_wanted: int) -> None:
    peak = [rss_mb(pid)]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], rss_mb(pid))
            time.sleep(0.05)

    before = rss_mb(pid)
    sampler = threading.Thread(target=sample)
    sampler.start()
    rows = 0
    started = time.perf_counter()
    with httpx.stream("GET", base + "/export.csv", params={"q": ""}, timeout=120) as response:
        for _line in response.iter_lines():
            rows += 1
            if rows > rows_wanted:
                break
    took = time.perf_counter() - started
    done.set()
    sampler.join()
    rows -= 1  # the header
    print(
        f"{'export.csv':34} {rows / took:7.0f} rows/s   {rows:,} rows in {took:.2f} s"
        f"   server RSS {before:.0f} MB before, {peak[0]:.0f} MB peak,"
        f" {rss_mb(pid):.0f} MB after"
    )


def timed(name: str, seconds: float, run: Callable[[], tuple[list[float], int]]) -> None:
    latencies, errors = run()
    report(name, latencies, errors, seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("archive", nargs="?", type=Path, default=DEFAULT_ARCHIVE)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--clients", type=int, default=8)
    arguments = parser.parse_args()
    annals = open_wh_archive(arguments.archive)
    statements = annals.stats()["statements"]
    annals.close()
    paths = shuffled_search_paths()
    rng = random.Random(5)
    statement_paths = [f"/statements/{rng.randint(1, statements)}" for _ in range(2000)]
    print(
        f"{statements:,} statements, {len(paths)} search queries, {arguments.clients} clients,"
        f" {os.cpu_count()} CPUs, one server process"
    )
    seconds, clients = arguments.seconds, arguments.clients
    for sharing in ("pool", "lock", "2 workers"):
        with server(arguments.archive, sharing) as (base, pid):
            drive(base, paths[:50], 2, clients)  # warm up
            timed(
                f"search ({sharing})",
                seconds,
                lambda base=base: drive(base, paths, seconds, clients),
            )
            if sharing == "pool":
                timed(
                    "statement page",
                    seconds / 2,
                    lambda base=base: drive(base, statement_paths, seconds / 2, clients),
                )
                timed(
                    "statement page (1 client)",
                    seconds / 4,
                    lambda base=base: drive(base, statement_paths, seconds / 4, 1),
                )
                export(base, pid, 10_000)
                export(base, pid, statements)  # again, every row: memory should not grow


if __name__ == "__main__":
    main()
