"""Writer stage: Document → TEI element tree. No I/O.

Every model type is handled here or the writer fails loudly (`assert_never`). Where a TEI content
model forces a choice, a comment says which.
"""

from __future__ import annotations

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
from .vocab import E, XML_ID, XML_LANG, tei

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

# Elements of a division by where TEI lets them stand (model.divTop, model.divBottom …).
_TOP_ONLY = {"head", "opener"}
_WRAPPERS = {"byline", "dateline", "salute", "signed", "address", "docAuthor", "docDate", "argument", "epigraph"}
_BOTTOM_ONLY = {"closer", "postscript", "trailer"}
_GLOBAL = {"note", "pb", "lb", "milestone", "anchor"}


def write_tei(document: Document, options: dict | None = None) -> etree._Element:
    """The whole TEI document for `document`."""
    text = E.text()
    if document.front:
        text.append(E.front(*_front(document.front)))
    body = E.body()
    for element in _arrange(_blocks(document.body)):
        body.append(element)
    if len(body) == 0:
        # TEI's body cannot be empty: a source that held only metadata says so with a gap.
        body.append(E.p(E.gap(reason="no text: the source holds only header metadata")))
    text.append(body)
    if document.back:
        text.append(E.back(*_arrange(_blocks(document.back))))
    root = E.TEI(build_header(document.metadata), text)
    root.set(XML_LANG, document.metadata.language)
    return root


def _front(nodes: list[Block]) -> list[etree._Element]:
    """Front matter: a title becomes docTitle, a date docDate (TEI's model.pLike.front)."""
    out: list[etree._Element] = []
    for node in nodes:
        match node:
            case Heading():
                out.append(E.docTitle(_inline(E.titlePart(type="main"), node.content)))
            case Dateline():
                out.append(_inline(E.docDate(), node.content))
            case Byline():
                out.append(_inline(E.byline(), node.content))
            case _:
                out.extend(_blocks([node]))
    return out


def _blocks(nodes: list[Block]) -> list[etree._Element]:
    return [_block(node) for node in nodes]


def _block(node: Block) -> etree._Element:
    match node:
        case Paragraph():
            paragraph = _inline(E.p(), node.content)
            if node.lang:
                paragraph.set(XML_LANG, node.lang)
            return paragraph
        case Heading():
            return _inline(E.head(), node.content)
        case Division() if node.kind == "comment":
            return _post(node)
        case Division():
            div = E.div(type=node.kind)
            if node.n:
                div.set("n", node.n)
            for element in _arrange(_blocks(node.children)):
                div.append(element)
            return div
        case Quotation():
            quote = E.quote(*_blocks(node.paragraphs))
            if node.source is None:
                return quote
            return E.cit(quote, _inline(E.bibl(), node.source))
        case ItemList():
            lst = E.list(type=node.kind) if node.kind != "unordered" else E.list()
            for item in node.items:
                element = _inline(E.item(), item.content)
                if item.n:
                    element.set("n", item.n)
                lst.append(element)
            return lst
        case Salutation():
            return _inline(E.salute(), node.content)
        case Signature():
            return _inline(E.signed(), node.content)
        case Dateline():
            return _inline(E.dateline(), node.content)
        case Byline():
            return _inline(E.byline(), node.content)
        case Address():
            return _inline(E.seg(type=node.role), node.content)
        case Opener():
            return E.opener(*_blocks(node.parts))
        case Closer():
            return E.closer(*_blocks(node.parts))
        case Postscript():
            return E.postscript(*_blocks(node.paragraphs))
        case Speech():
            sp = E.sp()
            if node.who:
                sp.set("who", f"#{node.who}")
            if node.speaker is not None:
                sp.append(_inline(E.speaker(), node.speaker))
            for element in _blocks(node.children):
                sp.append(element)
            return sp
        case StageDirection():
            return _inline(E.stage(), node.content)
        case Annotation():
            note = E.note(type=node.type)
            if is_hand(node.type):
                note.set("hand", f"#{hand_id(node.type)}")
            return _inline(note, node.content)
        case NoteBody():
            # A note body no marker claimed stays where it was, as the text it was.
            return _inline(E.p(), [Text(node.marker_text + " ")] + node.content)
        case PageBreakBlock():
            return E.pb()
        case _:
            assert_never(node)


def _post(comment: Division) -> etree._Element:
    """A comment as a TEI CMC post: its author in @who, its timestamp in @when, its number in @n."""
    post = E.post(type="comment")
    for name, value in (("n", comment.n), ("who", f"#{comment.who}" if comment.who else None), ("when", comment.when)):
        if value:
            post.set(name, value)
    for element in _blocks(comment.children):
        post.append(element)
    return post


def _arrange(elements: list[etree._Element]) -> list[etree._Element]:
    """Fit elements to TEI's division model: top wrappers, then text, then bottom wrappers.

    A wrapper (dateline, byline …) that stands between paragraphs cannot be one in TEI; it becomes
    an `ab` of that type so that its words and inline markup stay where they were. A division must
    hold some text: when it holds only wrappers (a letter of a salutation and a valediction), they
    all become `ab`s; when it holds only notes, a paragraph holds them.
    """
    names = [etree.QName(element).localname for element in elements]
    framing = _TOP_ONLY | _WRAPPERS | _BOTTOM_ONLY | _GLOBAL
    if elements and all(name in _GLOBAL for name in names):
        return [E.p(*elements)]  # only notes and breaks: a paragraph holds them
    if elements and all(name in framing for name in names):
        return [flat for element in elements for flat in _flatten(element)]
    first_text = next((i for i, name in enumerate(names) if name not in _TOP_ONLY | _WRAPPERS | _GLOBAL), len(names))
    last_text = max((i for i, name in enumerate(names) if name not in _WRAPPERS | _BOTTOM_ONLY | _GLOBAL), default=-1)
    arranged: list[etree._Element] = []
    for index, (element, name) in enumerate(zip(elements, names)):
        misplaced_wrapper = name in _WRAPPERS and first_text < index < last_text
        misplaced_bottom = name in _BOTTOM_ONLY and index < last_text
        if misplaced_wrapper or (name == "head" and index > first_text) or misplaced_bottom:
            arranged.extend(_flatten(element))
        else:
            arranged.append(element)
    return _text_after_divisions(arranged)


def _text_after_divisions(elements: list[etree._Element]) -> list[etree._Element]:
    """After a division, TEI allows only divisions and, at the very end, closing matter: other
    elements that follow a division get a division of their own ("continuation")."""
    framing = _GLOBAL | _BOTTOM_ONLY | _WRAPPERS
    names = [etree.QName(element).localname for element in elements]
    last_text = max((i for i, name in enumerate(names) if name not in framing), default=-1)
    result: list[etree._Element] = []
    pending: list[etree._Element] = []
    seen_division = False
    for index, (element, name) in enumerate(zip(elements, names)):
        if name == "div" or not seen_division or index > last_text or (name in _GLOBAL and not pending):
            if pending:
                result.append(E.div(*_arrange(pending), type="continuation"))
                pending = []
            seen_division = seen_division or name == "div"
            result.append(element)
        else:
            pending.append(element)
    if pending:
        result.append(E.div(*_arrange(pending), type="continuation"))
    return result


def _flatten(element: etree._Element) -> list[etree._Element]:
    """An element that cannot stand where it is, as elements that can stand among paragraphs."""
    name = etree.QName(element).localname
    if name in ("opener", "closer", "postscript"):
        return [flat for part in element for flat in _flatten(part)]
    if name in _WRAPPERS or name in _TOP_ONLY:
        return [_as_ab(element, name)]
    if name == "seg":
        return [E.ab(element, type=element.get("type", "seg"))]
    return [element]


def _as_ab(element: etree._Element, name: str) -> etree._Element:
    ab = E.ab(type=name)
    ab.text = element.text
    for child in element:
        ab.append(child)
    return ab


def _inline(parent: etree._Element, content: list[Inline]) -> etree._Element:
    """Append inline content to `parent`, text and tails in order.

    Runs of text are joined once (not added piece by piece, which is quadratic on long runs), and
    the last child is remembered (lxml's len() counts children one by one).
    """
    pending: list[str] = []
    last: etree._Element | None = None

    def flush() -> None:
        if pending:
            text = "".join(pending)
            if last is None:
                parent.text = (parent.text or "") + text
            else:
                last.tail = (last.tail or "") + text
            pending.clear()

    for node in content:
        match node:
            case Text() | NoteMarker():
                pending.append(node.text)
                continue
            case Span():
                child = _span(node)
            case Note():
                child = _note(node)
            case PageBreak():
                child = E.pb()
            case _:
                assert_never(node)
        flush()
        parent.append(child)
        last = child
    flush()
    return parent


def _span(span: Span) -> etree._Element:
    name, attribute_names = _SPAN_ELEMENTS[span.kind]
    element = E(name)
    values = {**_SPAN_DEFAULTS.get(span.kind, {}), **span.attrs}
    for key, value in sorted(values.items()):
        element.set(attribute_names.get(key, key), value)
    return _inline(element, span.children)


def _note(note: Note) -> etree._Element:
    """A footnote; its body is phrase content or, for a note of several paragraphs, `p`s."""
    element = E.note(place="foot")
    if note.n:
        element.set("n", note.n)
    if note.type:
        element.set("type", note.type)
    if note.id:
        element.set(XML_ID, note.id)
    if all(isinstance(child, _INLINE_TYPES) for child in note.children):
        return _inline(element, note.children)
    for child in note.children:
        element.append(_inline(E.p(), [child]) if isinstance(child, _INLINE_TYPES) else _block(child))
    return element


_INLINE_TYPES = (Text, Span, NoteMarker, Note, PageBreak)
