"""The facade service: a bounded pool of instances, a readers-writer lock, a time limit."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import anyio
import pytest
from click.testing import CliRunner

from annals.api import Annals
from annals.cli import cli
from annals.search.engine import SearchRequest
from annals.settings import Settings
from annals.web.service import ArchiveService, ReadersWriterLock, SlowRequest


def test_concurrent_calls_share_a_bounded_pool(settings: Settings) -> None:
    service = ArchiveService(settings, pool_size=3)
    in_use = []
    busy = threading.Lock()
    active = [0]

    def search(annals: Annals) -> int:
        with busy:
            active[0] += 1
            in_use.append(active[0])
        time.sleep(0.01)
        total = annals.search(SearchRequest(query="port")).total
        with busy:
            active[0] -= 1
        return total

    with ThreadPoolExecutor(max_workers=8) as pool:
        totals = list(pool.map(lambda _: service.call(search), range(40)))
    service.close()
    assert len(set(totals)) == 1 and totals[0] > 0
    assert max(in_use) <= 3
    assert len(service._opened) <= 3


def test_a_writer_waits_for_readers_and_holds_back_new_ones() -> None:
    lock = ReadersWriterLock()
    events: list[str] = []
    reading = threading.Event()

    def reader() -> None:
        with lock.reading():
            reading.set()
            time.sleep(0.1)
            events.append("read done")

    def writer() -> None:
        reading.wait()
        with lock.writing():
            events.append("write")

    threads = [threading.Thread(target=reader), threading.Thread(target=writer)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert events == ["read done", "write"]


def test_run_stops_waiting_after_the_time_limit(settings: Settings) -> None:
    service = ArchiveService(settings, timeout_s=0.05)

    async def slow() -> None:
        await service.run(lambda annals: time.sleep(0.3))

    with pytest.raises(SlowRequest, match="narrow the search"):
        anyio.run(slow)
    time.sleep(0.3)  # let the abandoned call finish before the pool closes
    service.close()


def test_token_commands_create_list_and_revoke(tmp_path: Path) -> None:
    archive = str(tmp_path / "archive")
    runner = CliRunner()
    made = runner.invoke(cli, ["--archive", archive, "token", "create", "robot"])
    assert made.exit_code == 0 and made.output.startswith("annals_")
    with Annals(Settings(archive=tmp_path / "archive")) as annals:
        assert annals.check_token(made.output.strip())
    listed = runner.invoke(cli, ["--archive", archive, "token", "list"])
    assert "robot" in listed.output and "active" in listed.output
    assert made.output.strip() not in listed.output
    revoked = runner.invoke(cli, ["--archive", archive, "token", "revoke", "robot"])
    assert revoked.exit_code == 0 and "revoked 1 token" in revoked.output
    with Annals(Settings(archive=tmp_path / "archive")) as annals:
        assert not annals.check_token(made.output.strip())
    again = runner.invoke(cli, ["--archive", archive, "token", "revoke", "robot"])
    assert again.exit_code != 0 and "no active token" in again.output


def test_serve_command_documents_its_options() -> None:
    shown = CliRunner().invoke(cli, ["serve", "--help"])
    assert shown.exit_code == 0
    for option in ("--host", "--port", "--timeout", "--workers"):
        assert option in shown.output
