"""Raw bytes to text: UTF-8 only, with a clear coded error when the bytes are not text."""

from __future__ import annotations

from dragoman.errors import BinaryInput, EncodingError

UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
SAMPLE_BYTES = 8192  # how much of an input is inspected to decide whether it is text at all
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D} | {0x7F}
_MAX_CONTROL_SHARE = 0.10


def looks_binary(sample: bytes) -> bool:
    """True when ``sample`` holds a NUL byte or over 10% control bytes (tab, newline, CR and FF are text)."""
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    return controls / len(sample) > _MAX_CONTROL_SHARE


def check_text_sample(sample: bytes, where: str) -> None:
    """Raise ``EncodingError`` for UTF-16 input and ``BinaryInput`` for bytes that are not text at all."""
    if sample.startswith(_UTF16_BOMS):
        raise EncodingError(
            f"{where}: the input is UTF-16 (it starts with a UTF-16 byte order mark); "
            "convert it to UTF-8, e.g. `iconv -f UTF-16 -t UTF-8 FILE > NEW`"
        )
    if looks_binary(sample):
        raise BinaryInput(
            f"{where}: binary content (NUL or control bytes), not text; "
            "give a .txt, .md or .jsonl file in UTF-8"
        )


def decode_utf8(raw: bytes, where: str, *, offset: int = 0) -> str:
    """Decode ``raw`` as UTF-8, dropping a leading BOM.

    ``offset`` is where ``raw`` starts in its file, so that the byte offset in an ``EncodingError`` is
    the offset in the file. Raises ``BinaryInput`` or ``EncodingError``.
    """
    check_text_sample(raw[:SAMPLE_BYTES], where)
    if raw.startswith(UTF8_BOM):
        raw = raw[len(UTF8_BOM) :]
        offset += len(UTF8_BOM)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        bad = raw[err.start : err.start + 1].hex()
        raise EncodingError(
            f"{where}: not valid UTF-8 at byte offset {offset + err.start} (byte 0x{bad}: {err.reason}); "
            "convert the file to UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8 FILE > NEW`"
        ) from err
