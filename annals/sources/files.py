"""Local files: walk paths and hand each file to the reader that recognises it.

Every reader module has the same two functions, ``recognise(path)`` and
``read(path, options)``; ``READERS`` is the list that picks among them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType

from annals.errors import InputError
from annals.models import Document
from annals.sources import html_files, jsonlines, markdown_files, text_files, warc_files
from annals.sources.options import ReadOptions

READERS: tuple[ModuleType, ...] = (warc_files, jsonlines, markdown_files, html_files, text_files)


def iter_files(paths: Iterable[Path]) -> Iterator[Path | InputError]:
    """Every file under the given paths, directories walked in sorted order."""
    for item in iter_named_files(paths):
        yield item if isinstance(item, InputError) else item[0]


def iter_named_files(paths: Iterable[Path]) -> Iterator[tuple[Path, str] | InputError]:
    """Every file under the given paths with its name: its path inside the folder given, or
    its file name when the file itself was given (the statement's id when it has no other).

    Inside a directory only files a reader recognises are taken; a file named
    on the command line is always tried, so an unknown type there is an error.
    """
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith(".") and reader_for(child):
                    yield child, child.relative_to(path).as_posix()
        elif path.is_file():
            yield path, path.name
        else:
            yield InputError(str(path), "no such file or directory")


def reader_for(path: Path) -> ModuleType | None:
    """The reader module that recognises this file, if any."""
    return next((reader for reader in READERS if reader.recognise(path)), None)


UNKNOWN_TYPE = "unknown file type (expected .md .html .txt .jsonl[.gz] .warc[.gz])"


@dataclass(frozen=True, slots=True)
class ReadTask:
    """A unit of reading work: a whole file, or a piece of a JSON Lines file's lines."""

    path: Path
    first_line: int = 0
    lines: tuple[bytes, ...] | None = None
    name: str = ""  # the statement's id for a whole-file document that gives none


def plan_reading(paths: Iterable[Path]) -> Iterator[ReadTask | InputError]:
    """Split the work of reading files into tasks that can run in any process, in order."""
    for item in iter_named_files(paths):
        if isinstance(item, InputError):
            yield item
            continue
        path, name = item
        if not jsonlines.recognise(path):
            yield ReadTask(path, name=name)
            continue
        for piece in jsonlines.split(path):
            if isinstance(piece, InputError):
                yield piece
            else:
                yield ReadTask(path, piece[0], tuple(piece[1]))


def run_reading(task: ReadTask | InputError, options: ReadOptions) -> list[Document | InputError]:
    """The documents (or errors) one task reads."""
    if isinstance(task, InputError):
        return [task]
    if task.lines is not None:
        return list(jsonlines.read_lines(task.path, task.first_line, list(task.lines), options))
    reader = reader_for(task.path)
    if reader is None:
        return [InputError(str(task.path), UNKNOWN_TYPE)]
    try:
        return [_named(item, task.name) for item in reader.read(task.path, options)]
    except InputError as error:
        return [error]


def _named(item: Document | InputError, name: str) -> Document | InputError:
    if isinstance(item, InputError) or item.external_id or not name:
        return item
    return replace(item, external_id=name)


def read_paths(paths: Iterable[Path], options: ReadOptions) -> Iterator[Document | InputError]:
    """Documents from files and directories, in order; problems come as InputError values."""
    for task in plan_reading(paths):
        yield from run_reading(task, options)
