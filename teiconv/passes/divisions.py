"""Nest the flat run of blocks into divisions opened by headings; gather comment threads.

- A heading of level L opens a division that runs to the next heading of level ≤ L.
- Headings with nothing but other headings, bylines or datelines between them head one division
  together (a title and its subtitles), rather than opening empty divisions.
- A dateline just before a heading dates the division that heading opens (a dated post or entry).
- Consecutive comments form one thread, a division of their own after the post they answer.
- On a page with a comment thread, dated divisions are posts; the text before the first post is
  a post too, headed by the page's title.
"""

from __future__ import annotations

from ..diagnostics import Reporter
from ..model import Block, Byline, Dateline, Division, Document, Heading

_TOP = (Heading, Byline, Dateline)


def nest_divisions(document: Document, reporter: Reporter) -> Document:
    body = _gather_comments(_nest(document.body))
    if any(isinstance(node, Division) and node.kind == "comments" for node in body):
        body = _posts(document, body)
    document.body = body
    return document


def _nest(nodes: list[Block]) -> list[Block]:
    result: list[Block] = []
    stack: list[tuple[int, Division]] = []
    for node in nodes:
        target = stack[-1][1].children if stack else result
        if isinstance(node, Heading):
            if stack and _only_top(stack[-1][1]):
                stack[-1][1].children.append(node)  # a subtitle of the division just opened
                continue
            leading: list[Block] = []
            while target and isinstance(target[-1], Dateline):
                leading.insert(0, target.pop())
            while stack and stack[-1][0] >= node.level:
                stack.pop()
            target = stack[-1][1].children if stack else result
            division = Division(leading + [node], (leading[0] if leading else node).line,
                                kind="dated" if leading else "section")
            target.append(division)
            stack.append((node.level, division))
        elif isinstance(node, Division) and node.kind == "comment":
            heads: list[Block] = []
            if stack and _only_top(stack[-1][1]):
                # A heading over the thread ("Comments", "12 Responses") heads the thread.
                empty = stack.pop()[1]
                (stack[-1][1].children if stack else result).remove(empty)
                heads = empty.children
            stack.clear()  # a comment thread answers the whole post: it stands outside its sections
            result.append(Division(heads + [node], node.line, kind="comments") if heads else node)
        else:
            target.append(node)
    return result


def _only_top(division: Division) -> bool:
    return all(isinstance(child, _TOP) for child in division.children)


def _gather_comments(nodes: list[Block]) -> list[Block]:
    result: list[Block] = []
    for node in nodes:
        previous = result[-1] if result else None
        if isinstance(node, Division) and node.kind == "comment":
            if isinstance(previous, Division) and previous.kind == "comments":
                previous.children.append(node)
            else:
                result.append(Division([node], node.line, kind="comments"))
        else:
            result.append(node)
    return result


def _posts(document: Document, body: list[Block]) -> list[Block]:
    """Dated divisions are posts; what precedes the first post is a post headed by the title."""
    for node in body:
        if isinstance(node, Division) and node.kind == "dated":
            node.kind = "post"
    first_post = next((i for i, n in enumerate(body) if isinstance(n, Division) and n.kind == "post"), None)
    title = document.front[0] if len(document.front) == 1 and isinstance(document.front[0], Heading) else None
    if first_post and title is not None:
        document.front = []
        title.level = 1
        body = [Division([title] + body[:first_post], title.line, kind="post")] + body[first_post:]
    return body
