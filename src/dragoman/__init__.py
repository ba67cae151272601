"""Dragoman: news in, a verifiable record of international relations out.

``from dragoman import Dragoman`` gives the facade; it is imported on first use so that light modules
(``dragoman.model``, ``dragoman.kb``) can be imported without loading spaCy.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dragoman.api import Dragoman

try:
    __version__ = version("dragoman")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

__all__ = ["Dragoman", "__version__"]


def __getattr__(name: str) -> Any:
    if name == "Dragoman":
        from dragoman.api import Dragoman

        return Dragoman
    raise AttributeError(f"module 'dragoman' has no attribute {name!r}")
