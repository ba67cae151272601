"""What every reader shares: failures from input errors, publication dates, bounded reads, JSON type names."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import BinaryIO

from dragoman.errors import BadDate, InputError, TooLarge
from dragoman.model import Failure

DEFAULT_MAX_BYTES = 5_000_000


def input_failure(origin: str, err: InputError, article_id: str = "", *, stage: str = "") -> Failure:
    """The ``Failure`` record for an input error at ``origin``; ``stage`` overrides the error's own stage."""
    return Failure(
        origin=origin, stage=stage or err.stage, code=err.code, reason=err.message, article_id=article_id
    )


def parse_published(value: str, where: str) -> date:
    """Parse an ISO date or datetime, or an RFC 2822 date (as in RSS), into the date as written.

    Raise ``BadDate`` naming ``where`` otherwise. Time zones are not applied: ``2025-07-04T23:30-05:00``
    is 4 July.
    """
    text = value.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    if "," in text or text[:1].isdigit():  # "Fri, 04 Jul 2025 09:30:00 GMT" or "4 Jul 2025 09:30 +0000"
        try:
            return parsedate_to_datetime(text).date()
        except (TypeError, ValueError, IndexError):
            pass
    raise BadDate(
        f"{where}: published value {value!r} is not an ISO date (YYYY-MM-DD), ISO datetime or RFC 2822 date"
    )


def read_bounded(stream: BinaryIO, origin: str, max_bytes: int) -> bytes:
    """At most ``max_bytes`` from ``stream``; raise ``TooLarge`` beyond that, ``InputError`` on OS errors."""
    try:
        raw = stream.read(max_bytes + 1)
    except OSError as err:
        raise InputError(f"{origin}: cannot read the input ({err.strerror or err})") from err
    if len(raw) > max_bytes:
        raise TooLarge(f"{origin}: more than the limit of {max_bytes} bytes; split the input")
    return raw


@dataclass(frozen=True, slots=True)
class Sampled:
    """A stream whose first bytes were read ahead: ``stream`` still yields them first."""

    sample: bytes
    stream: BinaryIO


class _Prefixed(io.RawIOBase):
    def __init__(self, prefix: bytes, rest: BinaryIO) -> None:
        self._prefix = prefix
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._prefix:
            size = min(len(buffer), len(self._prefix))
            buffer[:size] = self._prefix[:size]
            self._prefix = self._prefix[size:]
            return size
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def sample_stream(stream: BinaryIO, size: int) -> Sampled:
    """Read the first ``size`` bytes of a stream that may not seek (stdin) and give them back in front."""
    sample = stream.read(size)
    return Sampled(sample, io.BufferedReader(_Prefixed(sample, stream)))


def json_type(value: object) -> str:
    """The JSON name of a parsed value's type, with its article: ``a string``, ``an array``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"
