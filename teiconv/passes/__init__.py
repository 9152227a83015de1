"""Passes: Document → Document transformations run after the reader, each with one job.

Order matters where a pass needs another's result: divisions are nested before letters are
grouped within them, and people are identified last, when every name has been found.
"""

from __future__ import annotations

from typing import Callable

from ..diagnostics import Reporter
from ..model import Document
from .divisions import nest_divisions
from .letters import group_letter_sections
from .people import identify_people
from .title import derive_title

Pass = Callable[[Document, Reporter], Document]

PASSES: list[Pass] = [
    nest_divisions,
    group_letter_sections,
    identify_people,
    derive_title,
]
