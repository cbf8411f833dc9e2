"""Crawl benchmark: speed, a bounded watch, and resuming a killed crawl, on a local fixture site.

    .venv/bin/python bench/crawl_bench.py [--pages 2000] [--concurrency 4] [--watch-seconds 60]

Generates a site of ``--pages`` statement pages with a sitemap in a temporary
folder, serves it from a ThreadingHTTPServer on 127.0.0.1 in another process
(the request log goes to a file), then:

1. crawl: adds the sitemap as a source and crawls it with extraction, rate
   limit off (host_interval=0), ``--concurrency`` threads; prints pages/s.
2. watch: keeps the same archive watched for ``--watch-seconds`` of wall
   time with a compressed schedule (every page young, re-checked every 20 s;
   sitemap re-read every 10 s) while 1% of pages change every 10 s; prints
   rounds, outcomes and RSS at start and end.
3. kill and resume: a crawl of a fresh archive in a child process is killed
   with SIGKILL after about a quarter of the pages were requested; a second
   crawl resumes; prints how many pages were fetched twice, split into pages
   that had been stored before the kill (should be 0) and pages that were in
   flight (fetched but not yet stored) when it died.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import replace
from datetime import timedelta
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from annals.api import Annals  # noqa: E402
from annals.crawl import CollectSettings  # noqa: E402
from annals.crawl_sources import SourceOptions  # noqa: E402
from annals.settings import Settings  # noqa: E402
from annals.sources.fetch import FetchSettings  # noqa: E402

WORDS_TEXT = """
ministry water supply district reservoir maintenance residents schedule council statement
minister announced budget region infrastructure repair pipeline station quality analysis
results published report emergency services transport hours public notice agreement
cooperation delegation meeting session parliament decree
"""
WORDS = WORDS_TEXT.split()


# --- the fixture site --------------------------------------------------------------------


def page_html(number: int, revision: int = 0) -> str:
    rng = random.Random(number * 1000 + revision)
    title = " ".join(rng.choice(WORDS) for _ in range(6)).capitalize()
    paragraphs = "\n".join(
        "<p>" + " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 90))) + ".</p>"
        for _ in range(rng.randint(4, 8))
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        "</head><body><nav><a href='/'>Home</a> <a href='/about.html'>About</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>Press office. All rights reserved.</footer></body></html>"
    )


def build_site(root: Path, pages: int) -> None:
    (root / "s").mkdir(parents=True)
    urls = []
    for number in range(pages):
        (root / "s" / f"{number:05d}.html").write_text(page_html(number), encoding="utf-8")
        urls.append(f"<url><loc>{{BASE}}/s/{number:05d}.html</loc></url>")
    (root / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(urls)
        + "</urlset>",
        encoding="utf-8",
    )
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")


class LoggingHandler(SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    log_lock = threading.Lock()
    log_path = ""
    base = ""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - base signature
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        with self.log_lock, open(self.log_path, "a") as log:
            log.write(self.path + "\n")
        if self.path == "/sitemap.xml":  # the sitemap names the server's own address
            body = (Path(self.directory) / "sitemap.xml").read_bytes()
            body = body.replace(b"{BASE}", self.base.encode())
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()


def serve(root: str, log_path: str, port_file: str) -> None:
    """Run in the server process: serve ``root`` until killed."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(LoggingHandler, directory=root))
    server.daemon_threads = True
    server.handle_error = lambda request, client_address: None  # type: ignore[method-assign]
    LoggingHandler.log_path = log_path
    LoggingHandler.base = f"http://127.0.0.1:{server.server_address[1]}"
    Path(port_file).write_text(str(server.server_address[1]))
    server.serve_forever()


def start_server(root: Path, log_path: Path) -> tuple[subprocess.Popen[bytes], str]:
    port_file = root.parent / "port"
    process = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(root), str(log_path), str(port_file)]
    )
    for _ in range(200):
        if port_file.exists() and port_file.read_text():
            return process, f"http://127.0.0.1:{port_file.read_text()}"
        time.sleep(0.05)
    raise RuntimeError("fixture server did not start")


def requested(log_path: Path) -> Counter[str]:
    if not log_path.exists():
        return Counter()
    return Counter(line for line in log_path.read_text().splitlines() if line.startswith("/s/"))


# --- measurements --------------------------------------------------------------------------


def collect_settings(concurrency: int, **changes: object) -> CollectSettings:
    fetch = FetchSettings(allow_private=True, host_interval=0.0, concurrency=concurrency)
    return replace(CollectSettings(fetch=fetch), **changes)  # type: ignore[arg-type]


def add_sitemap_source(annals: Annals, base: str) -> None:
    options = SourceOptions(
        name="bench", kind="sitemap", include=r"/s/\d+\.html$", allow_private=True, interval="10s"
    )
    annals.add_source(base + "/sitemap.xml", options)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def bench_crawl(archive: Path, base: str, concurrency: int) -> None:
    with Annals(Settings(archive=archive)) as annals:
        add_sitemap_source(annals, base)
        started = time.perf_counter()
        report = annals.crawl(collector=annals.collector(collect_settings(concurrency)))
        elapsed = time.perf_counter() - started
    pages = report.counts["new"] + report.counts["failed"]
    print(f"crawl: {report.summary()}")
    print(
        f"crawl: {pages} pages in {elapsed:.1f} s = {pages / elapsed:.0f} pages/s "
        f"(concurrency {concurrency}, extraction and index included, {os.cpu_count()} cores)"
    )


def change_pages(site: Path, pages: int, stop: threading.Event) -> None:
    revision = 0
    while not stop.wait(10):
        revision += 1
        for number in random.Random(revision).sample(range(pages), max(1, pages // 100)):
            path = site / "s" / f"{number:05d}.html"
            path.write_text(page_html(number, revision), encoding="utf-8")


def bench_watch(archive: Path, site: Path, pages: int, concurrency: int, seconds: float) -> None:
    tiers = ((timedelta(days=365), timedelta(seconds=20)), (timedelta.max, timedelta(seconds=20)))
    settings = collect_settings(concurrency, tiers=tiers, max_idle_seconds=5.0)
    with Annals(Settings(archive=archive)) as annals:
        collector = annals.collector(settings)
        # Every page young: checked every 20 s from now on.
        annals.archive.db.execute("UPDATE checks SET next_check_at = '2000-01-01'")
        totals: Counter[str] = Counter()
        rounds = 0

        def on_round(report: object) -> None:
            nonlocal rounds
            rounds += 1
            totals.update(report.counts)  # type: ignore[attr-defined]
            if os.environ.get("BENCH_VERBOSE"):
                counts = dict(report.counts)  # type: ignore[attr-defined]
                print(f"  round {rounds}: {counts} RSS {rss_mb():.0f} MB")

        stop_changes = threading.Event()
        changer = threading.Thread(target=change_pages, args=(site, pages, stop_changes))
        changer.start()
        timer = threading.Timer(seconds, collector.stop_event.set)
        timer.start()
        start_rss = rss_mb()
        started = time.perf_counter()
        annals.watch(collector, on_round=on_round)
        elapsed = time.perf_counter() - started
        stop_changes.set()
        changer.join()
        end_rss = rss_mb()
    checked = sum(totals.values())
    print(
        f"watch: {elapsed:.0f} s, {rounds} rounds, {checked} checks: "
        + ", ".join(f"{count} {name}" for name, count in sorted(totals.items()))
    )
    print(f"watch: RSS {start_rss:.0f} MB at start, {end_rss:.0f} MB at end")


def bench_kill(archive: Path, base: str, log_path: Path, pages: int, concurrency: int) -> None:
    log_path.write_text("")
    child = subprocess.Popen(
        [sys.executable, __file__, "--crawl-child", str(archive), base, str(concurrency)]
    )
    kill_after = pages // 4
    while sum(requested(log_path).values()) < kill_after and child.poll() is None:
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.wait()
    before = requested(log_path)
    with Annals(Settings(archive=archive)) as annals:
        stored = {
            url.split("/", 3)[3]
            for (url,) in annals.archive.db.execute(
                "SELECT url FROM checks WHERE last_checked_at IS NOT NULL"
            )
        }
        report = annals.crawl(collector=annals.collector(collect_settings(concurrency)))
    after = requested(log_path)
    twice = [path for path, count in after.items() if count > 1]
    stored_twice = [path for path in twice if path.lstrip("/") in stored]
    print(
        f"kill: child killed after {sum(before.values())} page requests, "
        f"{len(stored)} pages stored before the kill"
    )
    print(f"kill: resumed crawl {report.summary()}")
    print(
        f"kill: refetched {len(twice)} pages: {len(stored_twice)} that had been stored, "
        f"{len(twice) - len(stored_twice)} in flight when killed; "
        f"{len(after)} of {pages} pages fetched in all"
    )


def crawl_child(archive: str, base: str, concurrency: str) -> None:
    with Annals(Settings(archive=Path(archive))) as annals:
        add_sitemap_source(annals, base)
        annals.crawl(collector=annals.collector(collect_settings(int(concurrency))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--watch-seconds", type=float, default=60.0)
    parser.add_argument("--serve", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--crawl-child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(*args.serve)
        return
    if args.crawl_child:
        crawl_child(*args.crawl_child)
        return
    with tempfile.TemporaryDirectory(prefix="annals-crawl-bench-") as temp:
        root = Path(temp)
        build_site(root / "site", args.pages)
        log_path = root / "requests.log"
        server, base = start_server(root / "site", log_path)
        try:
            bench_crawl(root / "archive", base, args.concurrency)
            if args.watch_seconds > 0:
                bench_watch(
                    root / "archive",
                    root / "site",
                    args.pages,
                    args.concurrency,
                    args.watch_seconds,
                )
            bench_kill(root / "killed", base, log_path, args.pages, args.concurrency)
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
