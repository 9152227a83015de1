"""Writer stage: Document → TEI element tree. No I/O.

Every model type is handled here or the writer fails loudly (`assert_never`). Where a TEI content
model forces a choice, a comment says which.
"""

from __future__ import annotations

import re
from typing import assert_never

from lxml import etree

from .header import build_header, hand_id, is_hand
from .model import (
    Address,
    Annotation,
    Block,
    Byline,
    Closer,
    Dateline,
    Division,
    Document,
    Heading,
    Inline,
    ItemList,
    Note,
    NoteBody,
    NoteMarker,
    Opener,
    PageBreak,
    PageBreakBlock,
    Paragraph,
    Postscript,
    Quotation,
    Salutation,
    Signature,
    Span,
    Speech,
    StageDirection,
    Text,
)
from .vocab import TEI_NS, XML_ID, XML_LANG, tei

# Which TEI element a span kind becomes, and how its attributes are named there.
_SPAN_ELEMENTS: dict[str, tuple[str, dict[str, str]]] = {
    "date": ("date", {"when": "when", "from": "from", "to": "to"}),
    "quoted": ("q", {}),
    "link": ("ref", {"target": "target"}),
    "supplied": ("supplied", {"reason": "reason"}),
    "emphasis": ("hi", {"rend": "rend"}),
    "foreign": ("foreign", {"lang": XML_LANG}),
    "person": ("persName", {"ref": "ref"}),
    "organisation": ("orgName", {"ref": "ref"}),
    "place": ("placeName", {"ref": "ref"}),
    # An author's or editor's interpolation inside quoted words is not part of the quotation.
    "remark": ("note", {"type": "type", "place": "place", "resp": "resp"}),
    "annotation": ("note", {"type": "type", "place": "place", "hand": "hand"}),
}
_SPAN_DEFAULTS: dict[str, dict[str, str]] = {
    "remark": {"type": "editorial", "place": "inline"},
    "annotation": {"place": "inline"},
}

# Elements of a division by where TEI lets them stand (model.divTop, model.divBottom …), as Clark
# names: an element's tag is tested as it is.
_TOP_ONLY = frozenset(map(tei, ("head", "opener")))
_WRAPPERS = frozenset(map(tei, ("byline", "dateline", "salute", "signed", "address", "docAuthor", "docDate",
                                "argument", "epigraph")))
_BOTTOM_ONLY = frozenset(map(tei, ("closer", "postscript", "trailer")))
_GLOBAL = frozenset(map(tei, ("note", "pb", "lb", "milestone", "anchor")))
_FRAMING = _TOP_ONLY | _WRAPPERS | _BOTTOM_ONLY | _GLOBAL
_BEFORE_TEXT = _TOP_ONLY | _WRAPPERS | _GLOBAL  # what may come before a division's text
_AFTER_TEXT = _WRAPPERS | _BOTTOM_ONLY | _GLOBAL  # what may come after it
_HEAD, _DIV = tei("head"), tei("div")
_NSMAP = {None: TEI_NS}


# What follows a role's name in a cast list: a separator, then its description.
_ROLE_DESCRIPTION = re.compile(r"([,.:;]?\s+|[,:;]\s*)(\S.*)", re.DOTALL)


def _new(name: str, attrib: dict[str, str] | None = None) -> etree._Element:
    """A TEI element not yet placed. lxml's own constructor, not an ElementMaker: the writer makes
    every element of the edition, and ElementMaker's call costs twice as much."""
    return etree.Element(tei(name), attrib, nsmap=_NSMAP)


def _child(parent: etree._Element, name: str, attrib: dict[str, str] | None = None) -> etree._Element:
    """A TEI element made in place, the cheapest way: it takes its namespace from `parent`."""
    return etree.SubElement(parent, tei(name), attrib)


def write_tei(document: Document, options: dict | None = None) -> etree._Element:
    """The whole TEI document for `document`."""
    root = _new("TEI")
    root.append(build_header(document.metadata))
    text = _child(root, "text")
    if document.front:
        _child(text, "front").extend(_front(document.front))
    body = _child(text, "body")
    body.extend(_arrange(_blocks(document.body)))
    if len(body) == 0:
        # TEI's body cannot be empty: a source that held only metadata says so with a gap.
        _child(_child(body, "p"), "gap", {"reason": "no text: the source holds only header metadata"})
    if document.back:
        _child(text, "back").extend(_arrange(_blocks(document.back)))
    root.set(XML_LANG, document.metadata.language)
    return root


def _front(nodes: list[Block]) -> list[etree._Element]:
    """Front matter: a title becomes docTitle, a date docDate (TEI's model.pLike.front)."""
    out: list[etree._Element] = []
    for node in nodes:
        match node:
            case Heading():
                title = _new("docTitle")
                _inline(_child(title, "titlePart", {"type": "main"}), node.content)
                out.append(title)
            case Dateline():
                out.append(_inline(_new("docDate"), node.content))
            case Byline():
                out.append(_inline(_new("byline"), node.content))
            case _:
                out.extend(_blocks([node]))
    return out


def _blocks(nodes: list[Block]) -> list[etree._Element]:
    return [_block(node) for node in nodes]


def _block(node: Block) -> etree._Element:
    match node:
        case Paragraph():
            paragraph = _inline(_new("p"), node.content)
            if node.lang:
                paragraph.set(XML_LANG, node.lang)
            return paragraph
        case Heading():
            return _inline(_new("head"), node.content)
        case Division() if node.kind == "comment":
            return _post(node)
        case Division():
            div = _new("div", {"type": node.kind})
            if node.n:
                div.set("n", node.n)
            div.extend(_arrange(_blocks(node.children)))
            return div
        case Quotation():
            quote = _new("quote")
            quote.extend(_blocks(node.paragraphs))
            if node.source is None:
                return quote
            cit = _new("cit")
            cit.append(quote)
            _inline(_child(cit, "bibl"), node.source)
            return cit
        case ItemList(kind="cast"):
            cast = _new("castList")
            if node.head is not None:
                _inline(_child(cast, "head"), node.head)
            for item in node.items:
                _cast_item(_child(cast, "castItem"), item.content)
            return cast
        case ItemList():
            lst = _new("list", {"type": node.kind} if node.kind != "unordered" else None)
            if node.head is not None:
                _inline(_child(lst, "head"), node.head)
            for item in node.items:
                element = _inline(_child(lst, "item"), item.content)
                if item.n:
                    element.set("n", item.n)
            return lst
        case Salutation():
            return _inline(_new("salute"), node.content)
        case Signature():
            return _inline(_new("signed"), node.content)
        case Dateline():
            return _inline(_new("dateline"), node.content)
        case Byline():
            return _inline(_new("byline"), node.content)
        case Address():
            return _inline(_new("seg", {"type": node.role}), node.content)
        case Opener():
            return _holding("opener", node.parts)
        case Closer():
            return _holding("closer", node.parts)
        case Postscript():
            return _holding("postscript", node.paragraphs)
        case Speech():
            sp = _new("sp")
            if node.who:
                sp.set("who", f"#{node.who}")
            if node.speaker is not None:
                _inline(_child(sp, "speaker"), node.speaker)
            sp.extend(_blocks(node.children))
            return sp
        case StageDirection():
            return _inline(_new("stage", {"type": node.type} if node.type else None), node.content)
        case Annotation():
            note = _new("note", {"type": node.type})
            if is_hand(node.type):
                note.set("hand", f"#{hand_id(node.type)}")
            return _inline(note, node.content)
        case NoteBody():
            # A note body no marker claimed stays where it was, as the text it was.
            return _inline(_new("p"), [Text(node.marker_text + " ")] + node.content)
        case PageBreakBlock():
            return _new("pb")
        case _:
            assert_never(node)


def _holding(name: str, blocks: list[Block]) -> etree._Element:
    """An element that holds the blocks, as written."""
    element = _new(name)
    element.extend(_blocks(blocks))
    return element


def _post(comment: Division) -> etree._Element:
    """A comment as a TEI CMC post: its author in @who, its timestamp in @when, its number in @n."""
    post = _new("post", {"type": "comment"})
    for name, value in (("n", comment.n), ("who", f"#{comment.who}" if comment.who else None), ("when", comment.when)):
        if value:
            post.set(name, value)
    post.extend(_blocks(comment.children))
    return post


def _arrange(elements: list[etree._Element]) -> list[etree._Element]:
    """Fit elements to TEI's division model: top wrappers, then text, then bottom wrappers.

    A wrapper (dateline, byline …) that stands between paragraphs cannot be one in TEI; it becomes
    an `ab` of that type so that its words and inline markup stay where they were. A division must
    hold some text: when it holds only wrappers (a letter of a salutation and a valediction), they
    all become `ab`s; when it holds only notes, a paragraph holds them.
    """
    tags = [element.tag for element in elements]
    if elements and all(tag in _GLOBAL for tag in tags):
        paragraph = _new("p")  # only notes and breaks: a paragraph holds them
        paragraph.extend(elements)
        return [paragraph]
    if elements and all(tag in _FRAMING for tag in tags):
        return [flat for element in elements for flat in _flatten(element)]
    first_text = next((i for i, tag in enumerate(tags) if tag not in _BEFORE_TEXT), len(tags))
    last_text = max((i for i, tag in enumerate(tags) if tag not in _AFTER_TEXT), default=-1)
    arranged: list[etree._Element] = []
    for index, (element, tag) in enumerate(zip(elements, tags)):
        misplaced_wrapper = tag in _WRAPPERS and first_text < index < last_text
        misplaced_bottom = tag in _BOTTOM_ONLY and index < last_text
        if misplaced_wrapper or (tag == _HEAD and index > first_text) or misplaced_bottom:
            arranged.extend(_flatten(element))
        else:
            arranged.append(element)
    return _text_after_divisions(arranged)


def _text_after_divisions(elements: list[etree._Element]) -> list[etree._Element]:
    """After a division, TEI allows only divisions and, at the very end, closing matter: other
    elements that follow a division get a division of their own ("continuation")."""
    tags = [element.tag for element in elements]
    last_text = max((i for i, tag in enumerate(tags) if tag not in _AFTER_TEXT), default=-1)
    result: list[etree._Element] = []
    pending: list[etree._Element] = []
    seen_division = False
    for index, (element, tag) in enumerate(zip(elements, tags)):
        if tag == _DIV or not seen_division or index > last_text or (tag in _GLOBAL and not pending):
            if pending:
                result.append(_continuation(pending))
                pending = []
            seen_division = seen_division or tag == _DIV
            result.append(element)
        else:
            pending.append(element)
    if pending:
        result.append(_continuation(pending))
    return result


def _continuation(elements: list[etree._Element]) -> etree._Element:
    div = _new("div", {"type": "continuation"})
    div.extend(_arrange(elements))
    return div


def _flatten(element: etree._Element) -> list[etree._Element]:
    """An element that cannot stand where it is, as elements that can stand among paragraphs."""
    name = etree.QName(element).localname
    if name in ("opener", "closer", "postscript"):
        return [flat for part in element for flat in _flatten(part)]
    if element.tag in _WRAPPERS or element.tag in _TOP_ONLY:
        return [_as_ab(element, name)]
    if name == "seg":
        ab = _new("ab", {"type": element.get("type", "seg")})
        ab.append(element)
        return [ab]
    return [element]


def _as_ab(element: etree._Element, name: str) -> etree._Element:
    ab = _new("ab", {"type": name})
    ab.text = element.text
    for child in element:
        ab.append(child)
    return ab


def _cast_item(item: etree._Element, content: list[Inline]) -> None:
    """A cast list's line: the name that opens it is the role, what follows a comma or a full stop
    after it the role's description ("NAME, a description"); any other line is kept as it is."""
    match content:
        case [Span(kind="person") as name, Text(text=rest)] if (split := _ROLE_DESCRIPTION.fullmatch(rest)):
            _inline(_child(item, "role"), [name])
            separator, description = split.groups()
            item[-1].tail = separator
            _child(item, "roleDesc").text = description
        case _:
            _inline(item, content)


def _inline(parent: etree._Element, content: list[Inline]) -> etree._Element:
    """Append inline content to `parent`, text and tails in order.

    Runs of text are joined once (not added piece by piece, which is quadratic on long runs), and
    the last child is remembered (lxml's len() counts children one by one).
    """
    pending: list[str] = []
    last: etree._Element | None = None
    for node in content:
        match node:
            case Text() | NoteMarker():
                pending.append(node.text)
                continue
            case Span():
                child = _span(parent, node)
            case Note():
                child = _note(parent, node)
            case PageBreak():
                child = _child(parent, "pb")
            case _:
                assert_never(node)
        if pending:  # the text before the child: `parent`'s text or the tail of the child before
            _add_text(parent, last, pending)
            pending = []
        last = child
    if pending:
        _add_text(parent, last, pending)
    return parent


def _add_text(parent: etree._Element, last: etree._Element | None, pieces: list[str]) -> None:
    """Add a run of text after `last`, or at the start of `parent` when there is no child yet."""
    text = "".join(pieces)
    if last is None:
        parent.text = (parent.text or "") + text
    else:
        last.tail = (last.tail or "") + text


def _span(parent: etree._Element, span: Span) -> etree._Element:
    name, attribute_names = _SPAN_ELEMENTS[span.kind]
    element = _child(parent, name)
    values = {**_SPAN_DEFAULTS.get(span.kind, {}), **span.attrs}
    for key, value in sorted(values.items()):
        element.set(attribute_names.get(key, key), value)
    return _inline(element, span.children)


def _note(parent: etree._Element, note: Note) -> etree._Element:
    """A footnote; its body is phrase content or, for a note of several paragraphs, `p`s."""
    element = _child(parent, "note", {"place": "foot"})
    if note.n:
        element.set("n", note.n)
    if note.type:
        element.set("type", note.type)
    if note.id:
        element.set(XML_ID, note.id)
    if all(isinstance(child, _INLINE_TYPES) for child in note.children):
        return _inline(element, note.children)
    for child in note.children:
        if isinstance(child, _INLINE_TYPES):
            _inline(_child(element, "p"), [child])
        else:
            element.append(_block(child))
    return element


_INLINE_TYPES = (Text, Span, NoteMarker, Note, PageBreak)
