"""Passes: Document → Document transformations run after the reader, each with one job.

Order matters where a pass needs another's result: broken paragraphs are joined while their text
is still raw; divisions are nested before letters are grouped within them; people are identified
late, when every name has been found.
"""

from __future__ import annotations

from typing import Callable

from ..diagnostics import Reporter
from ..model import Document
from .divisions import nest_divisions
from .inlines import parse_inlines
from .letters import group_letter_sections
from .pagebreaks import join_broken_paragraphs
from .people import identify_people
from .recorder import find_recorders
from .title import derive_title

Pass = Callable[[Document, Reporter], Document]

PASSES: list[Pass] = [
    join_broken_paragraphs,
    find_recorders,
    parse_inlines,
    nest_divisions,
    group_letter_sections,
    identify_people,
    derive_title,
]
