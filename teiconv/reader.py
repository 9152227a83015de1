"""Reader stage: blocks → document model, by an ordered table of block rules.

Each rule looks at the blocks at a position and either claims some of them (emitting model nodes
or header data) and returns how many it took, or declines with 0. The first rule that claims wins,
so the order of `rules.BLOCK_RULES` matters; paragraph is the fallback, last.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from .blocks import Block, Line
from .diagnostics import Reporter
from .model import Block as Node
from .model import Document, Metadata, PageBreakBlock
from .source import Source


@dataclass
class ReaderState:
    """What the rules share: the blocks, where output goes, and document-level observations."""

    source: Source
    blocks: list[Block]
    reporter: Reporter
    metadata: Metadata = field(default_factory=Metadata)
    front: list[Node] = field(default_factory=list)
    body: list[Node] = field(default_factory=list)
    back: list[Node] = field(default_factory=list)
    body_started: bool = False  # set once a block of the text proper has been read
    facts: dict[str, Any] = field(default_factory=dict)  # cached observations about the whole text
    nested_rules: list[tuple[str, Rule]] = field(default_factory=list)  # for the inside of a unit
    # The whole text's blocks as the blocks stage made them, shared with nested readers, for rules
    # that look at the document as a whole (the closing run of note bodies).
    document_blocks: tuple[Block, ...] = ()

    def emit(self, node: Node) -> None:
        self.body.append(node)
        self.body_started = True

    def fact(self, name: str, compute: Callable[[ReaderState], Any]) -> Any:
        """A document-level observation, computed once (e.g. 'this text is a letter')."""
        if name not in self.facts:
            self.facts[name] = compute(self)
        return self.facts[name]

    def read_nested(self, blocks: list[Block], strip_prefix: int = 0) -> list[Node]:
        """Read the blocks inside a unit (a comment, a post) with the nested rules.

        `strip_prefix` drops that many characters from the first line (a number that became `n`).
        """
        if strip_prefix:
            first = blocks[0]
            line = first.lines[0]
            stripped = Line(line.number, line.indent + strip_prefix, line.text[strip_prefix:])
            blocks = [Block((stripped,) + first.lines[1:], first.blank_before)] + list(blocks[1:])
        inner = ReaderState(self.source, list(blocks), self.reporter, self.metadata, body_started=True,
                            facts=self.facts, nested_rules=self.nested_rules, document_blocks=self.document_blocks)
        _run(inner, self.nested_rules)
        return inner.body

    def split_block(self, pos: int, count: int) -> None:
        """Make the first `count` lines of block `pos` a block of their own."""
        head, rest = self.blocks[pos].split(count)
        self.blocks[pos : pos + 1] = [head, rest]


Rule = Callable[[ReaderState, int], int]


def read(source: Source, blocks: list[Block], reporter: Reporter, rules: list[tuple[str, Rule]],
         nested_rules: list[tuple[str, Rule]]) -> Document:
    """Run the rule table over the blocks and return the document it builds."""
    state = ReaderState(source, list(blocks), reporter, nested_rules=nested_rules, document_blocks=tuple(blocks))
    _run(state, rules)
    return Document(state.metadata, state.front, state.body, state.back)


def _run(state: ReaderState, rules: list[tuple[str, Rule]]) -> None:
    pos = 0
    while pos < len(state.blocks):
        if state.blocks[pos].page_break_before and state.body_started:
            state.emit(PageBreakBlock(state.blocks[pos].line))
        for _name, rule in rules:
            taken = rule(state, pos)
            if taken:
                pos += taken
                break
        else:  # pragma: no cover - the paragraph rule always claims
            raise AssertionError(f"no rule claimed the block at line {state.blocks[pos].line}")
