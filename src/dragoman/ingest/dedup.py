"""Near-duplicate articles (syndicated copies, lightly edited reprints) by MinHash with LSH banding.

An article's text becomes a set of word shingles (``SHINGLE_WORDS`` lower-cased words in a row). Its
MinHash signature holds, for each of ``PERMUTATIONS`` hash functions, the smallest hash of any shingle;
two signatures agree at a position with probability equal to the Jaccard similarity of the two shingle
sets, so the share of agreeing positions estimates it. The LSH index cuts a signature into ``BANDS``
bands of ``ROWS`` positions: articles sharing any whole band are candidates (likely when the similarity
is above about ``(1 / BANDS) ** (1 / ROWS)``, 0.42 here), and a candidate is a near-duplicate when the
estimated similarity reaches the threshold (``NEAR_DUPLICATE_THRESHOLD``, 0.6: a wire copy with its own
dateline and credit line and its last sentence cut stays above it, separate stories fall far below).

Hashing is deterministic across processes (BLAKE2b of the shingle, a fixed seed for the hash
functions), so signatures stored in one run are compared with those computed in the next. ``SCHEME``
names the parameters; a stored signature of another scheme is recomputed, never compared.

Texts under ``MIN_WORDS`` words are never near-duplicates: short briefs that differ in one word
(another day, another actor) report different events.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

SHINGLE_WORDS = 5
PERMUTATIONS = 128
BANDS = 32
ROWS = PERMUTATIONS // BANDS
MIN_WORDS = 40
NEAR_DUPLICATE_THRESHOLD = 0.6
_SEED = 20250704
SCHEME = f"minhash-v1-w{SHINGLE_WORDS}-p{PERMUTATIONS}-s{_SEED}"
"""Names the signature parameters; stored signatures of another scheme are recomputed."""

_WORD = re.compile(r"\w+")
_RNG = np.random.default_rng(_SEED)
# multiply-shift hashing of 32-bit shingle hashes: h(x) = ((a * x + b) mod 2**64) >> 32, with a odd
_MULTIPLIERS = _RNG.integers(1, 2**63, size=PERMUTATIONS, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_OFFSETS = _RNG.integers(0, 2**63, size=PERMUTATIONS, dtype=np.uint64)
_EMPTY = np.iinfo(np.uint32).max

Signature = npt.NDArray[np.uint32]


def words(text: str) -> list[str]:
    """The text's words, lower-cased (punctuation and whitespace are not words)."""
    return _WORD.findall(text.lower())


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The set of runs of ``size`` words; a text shorter than that is one shingle (none when empty)."""
    found = words(text)
    if len(found) <= size:
        return {" ".join(found)} if found else set()
    return {" ".join(found[i : i + size]) for i in range(len(found) - size + 1)}


def _shingle_hashes(items: Iterable[str]) -> npt.NDArray[np.uint64]:
    values = [
        int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=4).digest(), "little") for s in items
    ]
    return np.asarray(values, dtype=np.uint64)


def signature(text: str) -> Signature:
    """The MinHash signature of the text's shingles: ``PERMUTATIONS`` unsigned 32-bit values."""
    hashes = _shingle_hashes(shingles(text))
    if hashes.size == 0:
        return np.full(PERMUTATIONS, _EMPTY, dtype=np.uint32)
    products: npt.NDArray[np.uint64] = np.outer(_MULTIPLIERS, hashes) + _OFFSETS[:, None]  # mod 2**64
    mixed: npt.NDArray[np.uint64] = np.right_shift(products, np.uint64(32))
    smallest: Signature = mixed.min(axis=1).astype(np.uint32)
    return smallest


def similarity(first: Signature, second: Signature) -> float:
    """Estimated Jaccard similarity: the share of positions where the two signatures agree."""
    return float(np.count_nonzero(first == second)) / PERMUTATIONS


def signature_bytes(sig: Signature) -> bytes:
    """The signature as stored: little-endian 32-bit values."""
    return sig.astype("<u4").tobytes()


def signature_from_bytes(data: bytes) -> Signature:
    """The inverse of ``signature_bytes``; raises ``ValueError`` for data of the wrong length."""
    if len(data) != PERMUTATIONS * 4:
        raise ValueError(f"a stored signature has {len(data)} bytes, not {PERMUTATIONS * 4}")
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)


def is_candidate(text: str) -> bool:
    """Whether the text is long enough to be checked for near-duplicates (``MIN_WORDS`` words)."""
    return len(words(text)) >= MIN_WORDS


@dataclass(frozen=True, slots=True)
class Match:
    """The indexed article most similar to a query, with the estimated similarity."""

    article_id: str
    similarity: float


class NearDuplicateIndex:
    """An in-memory LSH index of signatures; ``find`` returns the best match at or over the threshold."""

    def __init__(self, threshold: float = NEAR_DUPLICATE_THRESHOLD) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"a near-duplicate threshold must be in (0, 1], not {threshold}")
        self.threshold = threshold
        self._signatures: dict[str, Signature] = {}
        self._buckets: list[defaultdict[bytes, list[str]]] = [defaultdict(list) for _ in range(BANDS)]

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._signatures

    def add(self, article_id: str, sig: Signature) -> None:
        """Index an article's signature; adding an indexed id again changes nothing."""
        if article_id in self._signatures:
            return
        self._signatures[article_id] = sig
        for band, key in enumerate(_band_keys(sig)):
            self._buckets[band][key].append(article_id)

    def find(self, sig: Signature) -> Match | None:
        """The most similar indexed article if its similarity reaches the threshold (ties: first indexed)."""
        seen: set[str] = set()
        best: Match | None = None
        for band, key in enumerate(_band_keys(sig)):
            for article_id in self._buckets[band].get(key, ()):
                if article_id in seen:
                    continue
                seen.add(article_id)
                score = similarity(sig, self._signatures[article_id])
                if score >= self.threshold and (best is None or score > best.similarity):
                    best = Match(article_id, score)
        return best


def _band_keys(sig: Signature) -> list[bytes]:
    return [sig[band * ROWS : (band + 1) * ROWS].tobytes() for band in range(BANDS)]
