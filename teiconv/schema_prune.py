"""Cut a RelaxNG grammar (such as TEI's tei_all.rng) down to a chosen set of elements.

The cut only ever restricts: an element pattern outside the chosen set becomes
``<notAllowed/>`` and definitions that can no longer be reached are dropped.  RelaxNG
is monotone in every position where a ``ref`` may occur, so a document valid against
the cut grammar is valid against the original one, and a document that uses only
chosen elements gets the same verdict from both.  The second property is what lets a
validator prune tei_all per document to the elements that document uses, and compile
a small grammar instead of the whole of TEI.
"""

from collections.abc import Iterable
from copy import deepcopy

from lxml import etree

RELAXNG_NS = "http://relaxng.org/ns/structure/1.0"
ANNOTATIONS_NS = "http://relaxng.org/ns/compatibility/annotations/1.0"
SCHEMATRON_NS = "http://purl.oclc.org/dsdl/schematron"
TEI_NS = "http://www.tei-c.org/ns/1.0"

_DEFINE = f"{{{RELAXNG_NS}}}define"
_ELEMENT = f"{{{RELAXNG_NS}}}element"
_NAME = f"{{{RELAXNG_NS}}}name"
_NOT_ALLOWED = f"{{{RELAXNG_NS}}}notAllowed"
_REF = f"{{{RELAXNG_NS}}}ref"
_START = f"{{{RELAXNG_NS}}}start"
_DOCUMENTATION = f"{{{ANNOTATIONS_NS}}}documentation"
_SCHEMATRON_ANY = f"{{{SCHEMATRON_NS}}}*"

# Constructs that pull in or nest other grammars; reachability by ref name alone would
# be wrong for them, so they are refused instead of guessed at (tei_all has none).
_UNSUPPORTED = tuple(
    f"{{{RELAXNG_NS}}}{tag}" for tag in ("include", "externalRef", "parentRef", "grammar", "div")
)


def prune_grammar(grammar: etree._ElementTree, keep: Iterable[str]) -> etree._ElementTree:
    """Return a copy of ``grammar`` that allows only the elements named in ``keep``.

    ``keep`` holds TEI local names ("p") or Clark names ("{ns}egXML") for elements in
    other namespaces.  Every definition whose pattern is a single fixed-name element not
    in ``keep`` becomes ``<notAllowed/>``; other definitions (macros, classes, attribute
    groups) are left as they are.  Definitions no longer reachable from ``<start>`` are
    dropped, and so are ``a:documentation`` and embedded Schematron, which RelaxNG
    validation ignores.  Nothing else is rewritten.  The input tree is not modified.
    """
    root = grammar.getroot()
    _refuse_unsupported(root)
    kept_names = {_clark(name) for name in keep}
    defines = _defines_by_name(root)
    pruned = {
        define
        for define in root.iterchildren(_DEFINE)
        if (name := _single_element_name(define)) is not None and name not in kept_names
    }
    reachable = _reachable_defines(root, defines, opaque=pruned)

    # etree.Element, not root.makeelement: the copy must not live in the input's document.
    new_root = etree.Element(root.tag, root.attrib, nsmap=root.nsmap)
    new_root.text = root.text
    for child in root:
        if _is_annotation(child) or (child.tag == _DEFINE and child not in reachable):
            continue
        new_root.append(_not_allowed_copy(child) if child in pruned else deepcopy(child))
    outermost_annotations = [
        node
        for node in new_root.iter(_DOCUMENTATION, _SCHEMATRON_ANY)
        if not _is_annotation(node.getparent())
    ]
    for annotation in outermost_annotations:
        _remove_keeping_tail(annotation)
    return etree.ElementTree(new_root)


def elements_defined(grammar: etree._ElementTree) -> set[str]:
    """Return the names of the fixed-name elements a document could use.

    Only element patterns in definitions reachable from ``<start>`` count.  Names follow
    ``prune_grammar``'s ``keep`` convention (local names for TEI, Clark names otherwise)
    so the two can be compared directly.  Wildcard-named elements are not listed.
    """
    root = grammar.getroot()
    _refuse_unsupported(root)
    names = set()
    for define in _reachable_defines(root, _defines_by_name(root), opaque=set()):
        for element in define.iter(_ELEMENT):
            name = _fixed_name(element)
            if name is not None:
                names.add(_short(name))
    return names


def _refuse_unsupported(root: etree._Element) -> None:
    """Fail loudly on grammar features that name-based reachability cannot handle."""
    for element in root.iterdescendants(*_UNSUPPORTED):
        raise ValueError(f"unsupported RelaxNG construct: <{etree.QName(element).localname}>")


def _defines_by_name(root: etree._Element) -> dict[str, list[etree._Element]]:
    """Group the top-level definitions by name (several share one with ``combine``)."""
    defines: dict[str, list[etree._Element]] = {}
    for define in root.iterchildren(_DEFINE):
        defines.setdefault(define.get("name"), []).append(define)
    return defines


def _reachable_defines(
    root: etree._Element,
    defines: dict[str, list[etree._Element]],
    opaque: set[etree._Element],
) -> set[etree._Element]:
    """Follow ``ref``s from ``<start>``; refs inside ``opaque`` definitions are ignored."""
    pending = [ref.get("name") for start in root.iterchildren(_START) for ref in start.iter(_REF)]
    seen_names: set[str] = set()
    reachable: set[etree._Element] = set()
    while pending:
        name = pending.pop()
        if name in seen_names:
            continue
        seen_names.add(name)
        for define in defines.get(name, ()):
            reachable.add(define)
            if define not in opaque:
                pending.extend(ref.get("name") for ref in define.iter(_REF))
    return reachable


def _single_element_name(define: etree._Element) -> str | None:
    """Return the element's Clark name if the define is one fixed-name element, else None."""
    patterns = [child for child in define if _is_relaxng(child)]
    if len(patterns) == 1 and patterns[0].tag == _ELEMENT:
        return _fixed_name(patterns[0])
    return None


def _fixed_name(element: etree._Element) -> str | None:
    """Return the Clark name of an element pattern with one fixed name, else None.

    The name is either the ``name`` attribute or a leading ``<name>`` child; an
    unprefixed name takes the nearest ``ns`` attribute, a prefixed one its namespace.
    """
    name, holder = element.get("name"), element
    if name is None:
        name_class = next((child for child in element if _is_relaxng(child)), None)
        if name_class is None or name_class.tag != _NAME:
            return None
        name, holder = name_class.text.strip(), name_class
    if ":" in name:
        prefix, local = name.split(":", 1)
        return f"{{{holder.nsmap[prefix]}}}{local}"
    node = holder
    while node is not None and node.get("ns") is None:
        node = node.getparent()
    namespace = node.get("ns") if node is not None else ""
    return f"{{{namespace}}}{name}" if namespace else name


def _not_allowed_copy(define: etree._Element) -> etree._Element:
    """Copy a definition with its pattern replaced by ``<notAllowed/>``."""
    copy = etree.Element(define.tag, define.attrib)
    copy.text, copy.tail = define.text, define.tail
    etree.SubElement(copy, _NOT_ALLOWED).tail = define[-1].tail
    return copy


def _remove_keeping_tail(node: etree._Element) -> None:
    """Remove ``node`` but not the text after it, which lxml would drop with it."""
    parent, previous = node.getparent(), node.getprevious()
    if node.tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + node.tail
        else:
            parent.text = (parent.text or "") + node.tail
    parent.remove(node)


def _is_relaxng(node: etree._Element) -> bool:
    """Tell RelaxNG patterns from comments and foreign-namespace annotations."""
    return isinstance(node.tag, str) and node.tag.startswith(f"{{{RELAXNG_NS}}}")


def _is_annotation(node: etree._Element) -> bool:
    """Tell the annotations ``prune_grammar`` drops: documentation and Schematron."""
    return isinstance(node.tag, str) and (
        node.tag == _DOCUMENTATION or node.tag.startswith(f"{{{SCHEMATRON_NS}}}")
    )


def _clark(name: str) -> str:
    """Turn a TEI local name into its Clark name; leave Clark names as they are."""
    return name if name.startswith("{") else f"{{{TEI_NS}}}{name}"


def _short(clark_name: str) -> str:
    """Turn a Clark name back into a local name when it is in the TEI namespace."""
    tei_prefix = f"{{{TEI_NS}}}"
    return clark_name.removeprefix(tei_prefix)
