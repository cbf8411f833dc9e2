"""Bytes to text for files whose encoding is not declared."""

from __future__ import annotations

from annals.errors import InputError

_CONTROL_BYTES = bytes(range(0, 9)) + bytes(range(14, 32))


def looks_binary(raw: bytes) -> bool:
    """True for data that is not text: NUL bytes or many control characters in its start."""
    head = raw[:8192]
    if b"\x00" in head:
        return True
    controls = sum(head.count(bytes([byte])) for byte in _CONTROL_BYTES)
    return controls > len(head) * 0.05


def decode_text(raw: bytes, origin: str, declared: str | None = None) -> str:
    """Decode text: the declared encoding, else UTF-8 (with or without BOM), else a detected one.

    Raises InputError for binary data or bytes no encoding explains.
    """
    if looks_binary(raw):
        raise InputError(origin, "the file is binary data, not text")
    for encoding in filter(None, (declared, "utf-8-sig")):
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:200_000]).best()
    if best is None:
        raise InputError(
            origin, "the text is not valid UTF-8 and its encoding could not be detected"
        )
    return raw.decode(best.encoding, errors="replace")
