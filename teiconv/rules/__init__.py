"""The block rule tables. Order matters: the first rule that claims a block wins.

- `catalogue` first: "Label:" fields at the top are metadata, whatever they look like.
- `note_bodies` before everything else that reads the text: a labelled block placed as a note body
  ("1. …" under "Notes", "[1] …" below its marker's paragraph, "* …" after a rule) is a note
  whatever else it looks like — a list item, a numbered comment, a heading — and "[Footnote: …]" is
  a note, not an annotation; it claims nothing outside those places.
- `annotation` before everything that reads prose: "[Handwritten: …]" is never text.
- `opener` before `dateline`: a date above a salutation is the letter's dateline.
- `comment` before `item_list` and `dateline`: a numbered block that ends in a timestamp is a
  comment, not a list item, and the timestamp belongs to it.
- `dateline` before `title`: a line that is only a date is never a title.
- `closer` and `postscript` before `heading`: a short valediction looks like a heading.
- `byline` before `heading`: "Written by …" is short and unpunctuated too.
- `item_list` before `heading`: two numbered lines are a list, not two headings.
- `speech` after the catalogue and letter rules, whose "Label:" fields ("From:", "Summary:") look like
  speaker labels, and after `quotation`; before `heading`, because a speaker's name alone on its line
  ("HAMLET") is shaped like a heading. It claims labels only in a text shaped like a dialogue.
- `paragraph` last: it claims anything.
"""

from __future__ import annotations

from ..reader import Rule
from .annotations import annotation
from .catalogue import catalogue
from .datelines import dateline
from .headings import heading, title
from .letters import closer, opener, postscript
from .lists import item_list
from .notes import note_bodies
from .paragraph import paragraph
from .posts import byline, comment, timestamp
from .quotations import email_quotation, quotation
from .speech import speech

BLOCK_RULES: list[tuple[str, Rule]] = [
    ("catalogue", catalogue),
    ("note_bodies", note_bodies),
    ("annotation", annotation),
    ("opener", opener),
    ("comment", comment),
    ("timestamp", timestamp),
    ("dateline", dateline),
    ("title", title),
    ("closer", closer),
    ("postscript", postscript),
    ("byline", byline),
    ("item_list", item_list),
    ("email_quotation", email_quotation),
    ("quotation", quotation),
    ("speech", speech),
    ("heading", heading),
    ("paragraph", paragraph),
]

# Inside a unit read as a whole (a comment): no titles, headings or letter parts.
NESTED_RULES: list[tuple[str, Rule]] = [
    ("note_bodies", note_bodies),
    ("annotation", annotation),
    ("item_list", item_list),
    ("email_quotation", email_quotation),
    ("quotation", quotation),
    ("paragraph", paragraph),
]
