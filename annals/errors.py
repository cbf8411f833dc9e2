"""One exception tree, turned into user output in one place (CLI or web)."""

from __future__ import annotations


class AnnalsError(Exception):
    """Base of every error Annals reports to a user; the message says what to do next."""

    status = 500


class UsageError(AnnalsError):
    """The request or command was malformed."""

    status = 400


class QuerySyntaxError(UsageError):
    """A search query could not be parsed; ``position`` is the 0-based offset of the problem."""

    def __init__(self, message: str, query: str, position: int) -> None:
        self.query = query
        self.position = position
        pointer = " " * position + "^"
        super().__init__(f"{message} at position {position}:\n  {query}\n  {pointer}")


class InputError(AnnalsError):
    """An input file or record could not be read; the import skips it and records why."""

    status = 422

    def __init__(self, origin: str, reason: str) -> None:
        self.origin = origin
        self.reason = reason
        super().__init__(f"{origin}: {reason}")

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        # Import workers send these between processes; the default pickling loses the two fields.
        return (type(self), (self.origin, self.reason))


class NotFound(AnnalsError):
    """A statement, version or source does not exist."""

    status = 404


class FetchError(AnnalsError):
    """A URL could not be fetched, or may not be fetched (robots.txt, private address)."""

    status = 502


class ArchiveError(AnnalsError):
    """The archive directory cannot be opened or is in an unexpected state."""

    status = 500
