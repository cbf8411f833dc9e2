"""Local files: walk paths and hand each file to the reader that recognises it.

Every reader module has the same two functions, ``recognise(path)`` and
``read(path, options)``; ``READERS`` is the list that picks among them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType

from annals.errors import InputError
from annals.models import Document
from annals.sources import html_files, jsonlines, markdown_files, text_files
from annals.sources.options import ReadOptions

READERS: tuple[ModuleType, ...] = (jsonlines, markdown_files, html_files, text_files)


def iter_files(paths: Iterable[Path]) -> Iterator[Path | InputError]:
    """Every file under the given paths, directories walked in sorted order.

    Inside a directory only files a reader recognises are taken; a file named
    on the command line is always tried, so an unknown type there is an error.
    """
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith(".") and reader_for(child):
                    yield child
        elif path.is_file():
            yield path
        else:
            yield InputError(str(path), "no such file or directory")


def reader_for(path: Path) -> ModuleType | None:
    """The reader module that recognises this file, if any."""
    return next((reader for reader in READERS if reader.recognise(path)), None)


def read_paths(paths: Iterable[Path], options: ReadOptions) -> Iterator[Document | InputError]:
    """Documents from files and directories; problems come as InputError values, in order."""
    for item in iter_files(paths):
        if isinstance(item, InputError):
            yield item
            continue
        reader = reader_for(item)
        if reader is None:
            yield InputError(str(item), "unknown file type (expected .md .html .txt .jsonl[.gz])")
            continue
        try:
            yield from reader.read(item, options)
        except InputError as error:
            yield error
