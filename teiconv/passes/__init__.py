"""Passes: Document → Document transformations run after the reader, each with one job.

Order matters where a pass needs another's result: broken paragraphs are joined while their text
is still raw; divisions are nested before letters are grouped within them; people are identified
late, when every name has been found.

- `anchor_notes` right after `parse_inlines`: note markers exist only once the inline rules have
  run (and the note bodies have been parsed with them); before `nest_divisions`, while a "Notes"
  heading and the bodies under it are still siblings.
- `reported_speech` after `identify_people`, so that a record's reported speakers are matched
  against the participants it lists, and after `nest_divisions`, so that no turn runs across a
  heading.
"""

from __future__ import annotations

from typing import Callable

from ..diagnostics import Reporter
from ..model import Document
from .divisions import nest_divisions
from .inlines import parse_inlines
from .languages import mark_languages
from .letters import group_letter_sections
from .notes import anchor_notes
from .pagebreaks import join_broken_paragraphs
from .people import identify_people
from .recorder import find_recorders
from .speech import reported_speech
from .title import derive_title

Pass = Callable[[Document, Reporter], Document]

PASSES: list[Pass] = [
    join_broken_paragraphs,
    mark_languages,
    find_recorders,
    parse_inlines,
    anchor_notes,
    nest_divisions,
    group_letter_sections,
    identify_people,
    reported_speech,
    derive_title,
]
