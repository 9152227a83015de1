"""Lists: runs of numbered, lettered, bulleted or "> "-prefixed short items.

An item's number or letter is kept in `n`; bullets are layout and leave the text. A single
numbered line is not a list (it is more likely a heading), so a list needs two items.
"""

from __future__ import annotations

import re

from ..model import ItemList, ListItem, Text
from ..reader import ReaderState
from .text import ends_sentence, more_words_than

_ITEM = re.compile(
    r"^(?:(?P<number>\d{1,3})[.)]|\((?P<paren>\d{1,3}|[a-z]|[ivx]{1,5})\)|(?P<letter>[a-z])[.)]"
    r"|(?P<bullet>[-*•–·▪◦])|(?P<link>>))\s+(?P<text>\S.*)$",
    re.S,
)
MAX_ITEM_WORDS = 60


def _item(text: str) -> tuple[str, str | None, str] | None:
    """(kind, n, text) of a list item line, else None."""
    match = _ITEM.match(text)
    if not match:
        return None
    if match.group("link") is not None:
        kind, n = "links", None
    elif match.group("bullet") is not None:
        kind, n = "unordered", None
    else:
        kind, n = "ordered", match.group("number") or match.group("paren") or match.group("letter")
    return kind, n, match.group("text")


def _items_of_block(text_lines: list[str]) -> list[tuple[str, str | None, str]] | None:
    """A block's items: each line an item, or the whole block one item (wrapped)."""
    items = [_item(line) for line in text_lines]
    if all(items):
        return items  # type: ignore[return-value]
    first = _item("\n".join(text_lines))
    return [first] if first and not any(items[1:]) else None


def item_list(state: ReaderState, pos: int) -> int:
    if not _ITEM.match(state.blocks[pos].text):
        return 0  # the first block opens with an item (its first line is one, or all of it is)
    collected: list[ListItem] = []
    kind = None
    taken = 0
    for index in range(pos, len(state.blocks)):
        block = state.blocks[index]
        items = _items_of_block(block.text.split("\n"))
        if not items or (kind and items[0][0] != kind) or (taken and block.blank_before > 1):
            break
        if any(more_words_than(text, MAX_ITEM_WORDS) for _k, _n, text in items):
            break
        if items[0][0] == "links" and any(ends_sentence(text) and more_words_than(text, 12) for _k, _n, text in items):
            break  # "> " before prose is quoting, not a list
        kind = items[0][0]
        if len(items) == block.line_count:
            collected.extend(ListItem([Text(text)], line.number, n) for (_k, n, text), line in zip(items, block.lines))
        else:
            collected.append(ListItem([Text(items[0][2])], block.line, items[0][1]))
        taken += 1
    if len(collected) < 2:
        return 0
    state.emit(ItemList(collected, state.blocks[pos].line, kind or "unordered"))
    return taken
