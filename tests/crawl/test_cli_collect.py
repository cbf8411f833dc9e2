"""The collecting commands end to end: source add/list/show/remove, crawl, events, export."""

from __future__ import annotations

from click.testing import CliRunner

from annals.cli import cli


def run(archive, *args):
    result = CliRunner().invoke(cli, ["--archive", str(archive), *args], catch_exceptions=False)
    return result


def test_source_crawl_events_versions_and_export(site, tmp_path):
    archive = tmp_path / "archive"
    added = run(
        archive,
        "source",
        "add",
        site.url("/changing.html"),
        "--name",
        "notice",
        "--kind",
        "page",
        "--allow-private",
    )
    assert "added source 'notice': page" in added.output

    first = run(archive, "crawl", "--host-interval", "0")
    assert first.exit_code == 0 and "1 new, 0 changed" in first.output
    site.state["version"] = 2
    second = run(archive, "crawl", "notice", "--host-interval", "0")
    assert "0 new, 1 changed" in second.output

    events = run(archive, "events", "--source", "notice").output.splitlines()
    assert [line.split("\t")[2] for line in events] == ["added", "edited"]
    assert "Version [-1-]{+2+}" in run(archive, "diff", "1").output
    assert "notice\tpage" in run(archive, "source", "list").output
    assert "1 statements" in run(archive, "source", "show", "notice").output
    exported = run(archive, "export", "--warc", str(tmp_path / "warc"))
    assert "notice.warc.gz: 2 records" in exported.output

    assert "its statements are kept" in run(archive, "source", "remove", "notice").output
    assert run(archive, "source", "list").output == ""
    assert "v2" in run(archive, "versions", "1").output
