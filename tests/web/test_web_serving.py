"""Several server processes: a TCP socket each on one port, searches answered, a clean stop."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest

from annals.errors import AnnalsError
from annals.settings import Settings
from annals.web.serving import listening_sockets

SERVE = (
    "import sys; from annals.settings import load_settings; from annals.web.serving import serve;"
    " import os; serve(load_settings(os.environ), '127.0.0.1', int(sys.argv[1]), 2, 5.0)"
)


def test_worker_sockets_share_one_port_and_are_tcp_sockets() -> None:
    sockets = listening_sockets("127.0.0.1", 0, 2)
    try:
        assert len({sock.getsockname()[1] for sock in sockets}) == 1
        # asyncio sets TCP_NODELAY on accepted connections only when the socket says TCP.
        assert all(sock.proto == socket.IPPROTO_TCP for sock in sockets)
    finally:
        for sock in sockets:
            sock.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _get(url: str, seconds: float = 60) -> httpx.Response:
    deadline = time.monotonic() + seconds
    while True:
        try:
            return httpx.get(url, timeout=10)
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_two_server_processes_answer_searches_and_stop_on_sigterm(settings: Settings) -> None:
    port = _free_port()
    environment = {**os.environ, "ANNALS_ARCHIVE": str(settings.archive)}
    server = subprocess.Popen([sys.executable, "-c", SERVE, str(port)], env=environment)
    try:
        for _ in range(4):  # new connections each time: the kernel may send them to either
            found = _get(f"http://127.0.0.1:{port}/api/search?q=port")
            assert found.status_code == 200 and found.json()["total"] > 0
    finally:
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=30) == 0
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0  # no worker left listening


def test_a_port_in_use_is_an_error_not_a_shared_port() -> None:
    first = listening_sockets("127.0.0.1", 0, 2)
    try:
        with pytest.raises(AnnalsError, match="choose another --port"):
            listening_sockets("127.0.0.1", first[0].getsockname()[1], 2)
    finally:
        for sock in first:
            sock.close()
