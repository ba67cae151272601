"""The dateline a wire story opens with: "MOSCOW (Reuters) -", "KYIV, Ukraine (AP) —", "Beijing, May 9
(Xinhua) --". It tells where the story was filed and by which agency; its names are no actors of the story
(the city is not a government acting, the agency is not its country).
"""

from __future__ import annotations

import re

# a place in capitals ("MOSCOW", "NEW DELHI", "PORT-AU-PRINCE"), or in title case when an agency follows
_CAPS_PLACE = r"[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+)*"
_TITLE_PLACE = r"[A-Z][a-zA-Z.'\-]+(?:\s+[A-Z][a-zA-Z.'\-]+)*"
# ", Ukraine", ", May 9", ", Nov. 29": a country, state or date after the place
_MORE = r"(?:,\s*[A-Z][a-zA-Z.]*(?:\s+[A-Z0-9][a-zA-Z0-9.]*)*)*"
_AGENCY = r"\(\s*[A-Za-z][A-Za-z .&\-]{0,30}\)"
_DASH = r"(?:-{1,2}|\u2014|\u2013)"
# (the story after it opens a sentence: "NATO - the alliance said" is no dateline)
_DATELINE = re.compile(
    rf"\s*(?:{_CAPS_PLACE}{_MORE}\s*(?:{_AGENCY})?|{_TITLE_PLACE}{_MORE}\s*{_AGENCY})\s*{_DASH}\s+"
    r"(?=[A-Z0-9\"'\u201c])"
)


def dateline_end(text: str) -> int:
    """Where the dateline the text opens with ends (the first character of the story); 0 if it has none."""
    match = _DATELINE.match(text)
    return match.end() if match is not None else 0
