"""Search throughput of `annals serve` measured with wrk (a C load generator, Debian's `wrk`).

    .venv/bin/python -m bench.web_wrk [ARCHIVE_DIR] [--seconds 15] [--workers 2] [--connections 8]

Starts `annals serve` on 127.0.0.1 in its own process, then runs wrk from
another with one thread, cycling through the mixed query list of
bench/corpus.py (rare and common words, phrases, date-filtered) against
/api/search. wrk takes little CPU, so on a 2-core machine the server gets most
of both cores; bench/web_load.py measures the same with a Python client.
Prints wrk's requests/s and latency distribution.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import DEFAULT_ARCHIVE, open_wh_archive, search_paths

LUA = """
local paths = {%s}
local count = 0
request = function()
  count = count + 1
  return wrk.format("GET", paths[(count %% #paths) + 1])
end
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not start")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("archive", nargs="?", type=Path, default=DEFAULT_ARCHIVE)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    arguments = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: apt-get install wrk")
    open_wh_archive(arguments.archive).close()
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "annals",
            "--archive",
            str(arguments.archive),
            "serve",
            "--port",
            str(port),
            "--workers",
            str(arguments.workers),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(port)
        paths = search_paths()
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            script.write(LUA % ", ".join(f'"{path}"' for path in paths))
        base = f"http://127.0.0.1:{port}"
        warm = ["wrk", "-t1", "-c2", "-d3s", "-s", script.name, base]
        subprocess.run(warm, capture_output=True, check=True)
        run = [
            "wrk",
            "-t1",
            f"-c{arguments.connections}",
            f"-d{arguments.seconds}s",
            "--latency",
            "-s",
            script.name,
            base,
        ]
        print(
            f"{len(paths)} search paths, {arguments.workers} server workers, "
            f"{arguments.connections} connections, {arguments.seconds} s"
        )
        print(subprocess.run(run, capture_output=True, text=True, check=True).stdout)
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
