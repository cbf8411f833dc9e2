"""Running the web app: one server process, or one per core with a listening socket each.

``serve(settings, host, port, workers, timeout_s)`` is what ``annals serve`` calls.
A search is CPU-bound Python, so one process uses one core; more cores need
more processes. Two things in uvicorn's own ``--workers`` mode cost more than
the second process brought (``bench/web_wrk.py``: 155 requests/s with two
workers against 230 with one):

* its shared listening socket is made without ``IPPROTO_TCP``, so asyncio does
  not set ``TCP_NODELAY`` on the connections; the response body then waits for
  the client's delayed ACK of the headers (Nagle), about 40 ms a request;
* one worker wakes first and accepts every waiting connection, so a client's
  keep-alive connections all land on one process (8 of 8 under wrk).

Here each worker gets a socket of its own on the same port (``SO_REUSEPORT``),
so the kernel spreads connections over them, and the sockets are TCP sockets,
so asyncio turns Nagle off.
"""

from __future__ import annotations

import multiprocessing
import signal
import socket
from collections.abc import Sequence
from multiprocessing.connection import wait
from multiprocessing.process import BaseProcess
from types import FrameType
from typing import Any

from annals.errors import AnnalsError
from annals.settings import Settings

BACKLOG = 2048
STOP_GRACE_S = 10.0


def server_options(host: str, port: int) -> dict[str, Any]:
    """The uvicorn options every process runs with."""
    return {"host": host, "port": port, "log_level": "warning", "server_header": False}


def serve(settings: Settings, host: str, port: int, workers: int, timeout_s: float) -> None:
    """Serve ``settings.archive`` with ``workers`` processes until stopped."""
    import uvicorn

    from annals.web.app import create_app
    from annals.web.service import prepare_archive

    if workers == 1:
        uvicorn.run(create_app(settings, timeout_s=timeout_s), **server_options(host, port))
        return
    prepare_archive(settings)  # once here, not in every worker at the same time
    sockets = listening_sockets(host, port, workers)
    bound_port = sockets[0].getsockname()[1]
    context = multiprocessing.get_context("spawn")  # no threads or index handles inherited
    processes = [
        context.Process(target=_worker, args=(settings, timeout_s, sock, host, bound_port),
                        name=f"annals-web-{number}")
        for number, sock in enumerate(sockets, start=1)
    ]
    for process in processes:
        process.start()
    for sock in sockets:
        sock.close()  # the workers hold their own copies
    _supervise(processes)


def listening_sockets(host: str, port: int, count: int) -> list[socket.socket]:
    """``count`` TCP sockets listening on one port, one per worker where the OS allows.

    Without ``SO_REUSEPORT`` (not Linux or BSD) the workers share one socket.
    ``AnnalsError`` if the port is taken, even by another ``annals serve`` that
    would otherwise let these sockets join its own.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    reuse_port = hasattr(socket, "SO_REUSEPORT")
    port = _free(family, host, port)
    sockets: list[socket.socket] = []
    for _ in range(count if reuse_port else 1):
        # IPPROTO_TCP, not the default 0: asyncio sets TCP_NODELAY only on sockets that say so.
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind((host, port))
        sock.listen(BACKLOG)
        sockets.append(sock)
    return sockets if reuse_port else sockets * count


def _free(family: socket.AddressFamily, host: str, port: int) -> int:
    """``port`` (or a free one for 0) after checking nothing listens there."""
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            raise AnnalsError(
                f"cannot listen on {host}:{port} ({error.strerror}); stop what is using it"
                " or choose another --port"
            ) from error
        return int(probe.getsockname()[1])


def _worker(settings: Settings, timeout_s: float, sock: socket.socket, host: str,
            port: int) -> None:
    import uvicorn

    from annals.web.app import create_app

    config = uvicorn.Config(create_app(settings, timeout_s=timeout_s), **server_options(host, port))
    uvicorn.Server(config).run(sockets=[sock])


def _supervise(processes: Sequence[BaseProcess]) -> None:
    """Wait until a worker ends or the server is told to stop, then stop every worker.

    ``AnnalsError`` if a worker ended by itself (it could not open the archive, say).
    """

    def stop(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    ended: list[BaseProcess] = []
    try:
        wait([process.sentinel for process in processes])
        ended = [process for process in processes if not process.is_alive()]
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        _stop(processes)
    if ended:
        raise AnnalsError(
            f"server process {ended[0].name} stopped (exit status {ended[0].exitcode}), so the"
            " others were stopped too; its error is above: fix it and start `annals serve` again"
        )


def _stop(processes: Sequence[BaseProcess]) -> None:
    for process in processes:
        if process.is_alive():
            process.terminate()  # SIGTERM: uvicorn finishes the requests in flight
    for process in processes:
        process.join(STOP_GRACE_S)
        if process.is_alive():
            process.kill()
            process.join()
