"""Remove `notAllowed` from a RelaxNG grammar the way RelaxNG's own simplification does.

A pruned grammar (see `schema_prune`) says `notAllowed` for every element it cuts, and keeps
the references to it: `<choice><ref name="p"/><ref name="table"/></choice>` with `table` cut.
libxml2 simplifies a `notAllowed` it meets directly, but not one behind a `ref`; and it compiles
a content model into a fast deterministic automaton only when no `notAllowed` is left in it.
Elsewhere it falls back to a backtracking validator, an order of magnitude slower on long
documents (and with vaguer messages). This module applies the rules of section 4.20 of the
RelaxNG specification through references, so the pruned grammar allows exactly the same
documents and libxml2 compiles it like the full one:

- a `choice` loses its `notAllowed` alternatives, and is `notAllowed` when none is left;
- `group`, `interleave`, `mixed`, `list`, `oneOrMore`, `attribute`, `element` and `define`
  are `notAllowed` when one of their patterns is (an element whose content matches nothing
  matches nothing);
- `optional` and `zeroOrMore` of `notAllowed` are `empty`;
- a `ref` is `notAllowed` when its definition is (definitions combined by choice when all are,
  by interleave when one is).
"""

from __future__ import annotations

from lxml import etree

from .schema_prune import RELAXNG_NS

_DEFINE = f"{{{RELAXNG_NS}}}define"
_START = f"{{{RELAXNG_NS}}}start"
_REF = f"{{{RELAXNG_NS}}}ref"
_NOT_ALLOWED = f"{{{RELAXNG_NS}}}notAllowed"
_CHOICE = f"{{{RELAXNG_NS}}}choice"
_ELEMENT = f"{{{RELAXNG_NS}}}element"
_ATTRIBUTE = f"{{{RELAXNG_NS}}}attribute"
_DATA = f"{{{RELAXNG_NS}}}data"
_EMPTY = f"{{{RELAXNG_NS}}}empty"
_EMPTY_WHEN_NOT_ALLOWED = {f"{{{RELAXNG_NS}}}{tag}" for tag in ("optional", "zeroOrMore")}
_NOT_ALLOWED_WHEN_ONE_IS = {
    f"{{{RELAXNG_NS}}}{tag}"
    for tag in ("group", "interleave", "mixed", "list", "oneOrMore", "attribute", "element", "define", "start")
}


def drop_not_allowed(grammar: etree._ElementTree) -> bool:
    """Simplify ``grammar`` in place, dropping the definitions that match nothing; return False
    when it allows no document at all.

    Whitespace between patterns is not kept where a pattern is removed: it means nothing in a
    grammar, and a simplified one is compiled, not read.
    """
    root = grammar.getroot()
    excluded = _rewrite_defines(root)
    # No reference to them is left: every one has been removed with the pattern holding it.
    for define in [define for define in root.iterchildren(_DEFINE) if define.get("name") in excluded]:
        root.remove(define)
    return not all([_rewrite(start, excluded) for start in root.iterchildren(_START)])


def _rewrite_defines(root: etree._Element) -> set[str]:
    """Rewrite every definition; return the names of those that match nothing.

    To a fixpoint, since one that matches nothing can make others so: a definition is rewritten
    again whenever one it refers to turns out to match nothing. Rewriting with fewer names known
    is never wrong, only incomplete.
    """
    defines: dict[str, list[etree._Element]] = {}
    for define in root.iterchildren(_DEFINE):
        defines.setdefault(define.get("name"), []).append(define)
    users: dict[str, set[str]] = {}
    for name, parts in defines.items():
        for part in parts:
            for ref in part.iter(_REF):
                users.setdefault(ref.get("name"), set()).add(name)
    excluded: set[str] = set()
    pending = set(defines)
    while pending:
        name = pending.pop()
        parts = [_rewrite(part, excluded) for part in defines[name]]
        interleaved = any(part.get("combine") == "interleave" for part in defines[name])
        if any(parts) if interleaved else all(parts):
            excluded.add(name)
            pending |= users.get(name, set()) - excluded
    return excluded


def _patterns(node: etree._Element) -> list[etree._Element]:
    """The pattern children of a pattern: not its name class, not annotations."""
    children = [child for child in node if isinstance(child.tag, str) and child.tag.startswith(f"{{{RELAXNG_NS}}}")]
    if node.tag in (_ELEMENT, _ATTRIBUTE) and node.get("name") is None and children:
        children = children[1:]
    return children


def _rewrite(node: etree._Element, excluded: set[str]) -> bool:
    """Rewrite a pattern's descendants bottom-up; return whether the pattern matches nothing."""
    if node.tag == _NOT_ALLOWED:
        return True
    if node.tag == _REF:
        return node.get("name") in excluded
    if node.tag == _DATA:
        return False
    children = _patterns(node)
    matches_nothing = [_rewrite(child, excluded) for child in children]
    if node.tag == _CHOICE:
        for child, nothing in zip(children, matches_nothing):
            if nothing:
                node.remove(child)
        if all(matches_nothing):
            etree.SubElement(node, _NOT_ALLOWED)
            return True
        return False
    if node.tag in _EMPTY_WHEN_NOT_ALLOWED and any(matches_nothing):
        _make_empty(node)
        return False
    return node.tag in _NOT_ALLOWED_WHEN_ONE_IS and any(matches_nothing)


def _make_empty(node: etree._Element) -> None:
    """Turn an optional or zeroOrMore of nothing into the empty pattern it is.

    Among other patterns, outside a choice, it is dropped rather than made <empty/>: libxml2
    miscompiles an empty that follows an optional in a group (it reports "Did not expect
    element" for what the group allows).
    """
    parent = node.getparent()
    if parent.tag != _CHOICE and len(_patterns(parent)) > 1:
        parent.remove(node)
    else:
        parent.replace(node, etree.Element(_EMPTY))
