"""The inline rule table. Order breaks ties between matches that start at the same place:

- links first: a URL may contain anything, including what looks like a date or a quotation;
- note markers before brackets: "[1]" is a marker, not supplied text, and "[Footnote: …]" a note,
  not an annotation;
- brackets and emphasis before quotations: they mark up words, quotations contain them;
- dates last: a date never contains other markup.
"""

from __future__ import annotations

from . import InlineRule
from .brackets import bracket
from .dates import date
from .emphasis import emphasis
from .links import email, url
from .notes import footnote
from .quotes import quotation

INLINE_RULES: list[tuple[str, InlineRule]] = [
    ("url", url),
    ("email", email),
    ("footnote", footnote),
    ("bracket", bracket),
    ("emphasis", emphasis),
    ("quotation", quotation),
    ("date", date),
]
