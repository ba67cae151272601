"""Readers: files, folders, URLs and stdin into ``Article`` records (bad input into ``Failure`` records)."""

from dragoman.ingest.common import DEFAULT_MAX_BYTES, input_failure, parse_published
from dragoman.ingest.fetch import USER_AGENT, Fetcher, FetchPolicy
from dragoman.ingest.frontmatter import FrontMatter, split_front_matter
from dragoman.ingest.language import ENGLISH, Language, check_language, detect_language
from dragoman.ingest.readers import (
    STDIN,
    SUPPORTED_SUFFIXES,
    InputFormat,
    input_format,
    iter_input_files,
    read_inputs,
    sniff_format,
)
from dragoman.ingest.tables import DEFAULT_FIELDS, FieldMap

__all__ = [
    "DEFAULT_FIELDS",
    "DEFAULT_MAX_BYTES",
    "ENGLISH",
    "STDIN",
    "SUPPORTED_SUFFIXES",
    "USER_AGENT",
    "FetchPolicy",
    "Fetcher",
    "FieldMap",
    "FrontMatter",
    "InputFormat",
    "Language",
    "check_language",
    "detect_language",
    "input_failure",
    "input_format",
    "iter_input_files",
    "parse_published",
    "read_inputs",
    "sniff_format",
    "split_front_matter",
]
