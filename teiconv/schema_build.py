"""Regenerate ``schema/teiconv.rng`` from ``schema/teiconv.odd`` and TEI's ``tei_all.rng``.

Usage: ``python -m teiconv.schema_build [--tei-all PATH] [--check]``.

The TEI Stylesheets are not needed: the ODD only selects elements, so the schema is
tei_all pruned to them (see ``schema_prune``), which keeps it a strict subset of TEI, then
rid of the `notAllowed` the cut leaves (see ``schema_simplify``), which libxml2 validates an
order of magnitude faster and with clearer messages.
``--check`` lets CI fail when the committed schema no longer matches its sources.
"""

import argparse
import os
import re
import sys
from pathlib import Path

from lxml import etree

from .schema_prune import ANNOTATIONS_NS, TEI_NS, prune_grammar
from .schema_simplify import drop_not_allowed

REPO_ROOT = Path(__file__).resolve().parent.parent
ODD_PATH = REPO_ROOT / "schema" / "teiconv.odd"
RNG_PATH = REPO_ROOT / "schema" / "teiconv.rng"
TEI_ALL_ENV = "TEICONV_TEI_ALL"
DEFAULT_TEI_ALL = REPO_ROOT.parent / "shared" / "schema-ref" / "tei_all.rng"
BUILD_COMMAND = "python -m teiconv.schema_build"

# The "tei" module holds TEI's classes, macros and datatypes but no elements, so an
# ODD names it without an include list; any other module must list its elements.
INFRASTRUCTURE_MODULE = "tei"
_MODULE_REF = f"{{{TEI_NS}}}moduleRef"
_ELEMENT_REF = f"{{{TEI_NS}}}elementRef"
# tei_all writes a no-break space after "Version", hence \s rather than a space.
_TEI_EDITION = re.compile(r"TEI Edition: P5 Version\s+(\d+(?:\.\d+)*)")


def default_tei_all() -> Path:
    """Locate tei_all.rng: $TEICONV_TEI_ALL, else the shared copy beside the repository."""
    return Path(os.environ.get(TEI_ALL_ENV) or DEFAULT_TEI_ALL)


def odd_element_names(odd: etree._ElementTree) -> set[str]:
    """Return the elements an ODD selects: its moduleRef include lists and elementRefs.

    Any other customisation (elementSpec, except lists, ...) would be silently ignored by
    pruning, so it is refused instead.
    """
    schema_specs = odd.findall(f".//{{{TEI_NS}}}schemaSpec")
    if len(schema_specs) != 1:
        raise ValueError(f"expected one schemaSpec, found {len(schema_specs)}")
    names: set[str] = set()
    for child in schema_specs[0].iterchildren(tag=etree.Element):
        if child.tag == _ELEMENT_REF:
            names.add(child.get("key"))
        elif child.tag == _MODULE_REF and child.get("except") is None and child.get("key"):
            include = child.get("include")
            if include is None and child.get("key") != INFRASTRUCTURE_MODULE:
                raise ValueError(f"moduleRef key={child.get('key')!r} must have an include list")
            names.update((include or "").split())
        else:
            tag = etree.QName(child).localname
            raise ValueError(f"unsupported ODD customisation: <{tag}> {dict(child.attrib)}")
    return names


def build_schema(odd_path: Path, tei_all_path: Path) -> bytes:
    """Return the bytes of teiconv.rng for this ODD and tei_all, the same on every run."""
    tei_all = etree.parse(str(tei_all_path))
    edition = _tei_edition(tei_all)
    schema = prune_grammar(tei_all, odd_element_names(etree.parse(str(odd_path))))
    if not drop_not_allowed(schema):
        raise ValueError(f"{odd_path}: the schema it selects allows no document")
    root = schema.getroot()
    etree.cleanup_namespaces(
        schema,
        top_nsmap={"a": ANNOTATIONS_NS},
        keep_ns_prefixes=[prefix for prefix in root.nsmap if prefix],
    )
    etree.indent(schema, space="  ")
    root.addprevious(
        etree.Comment(
            f"\n  Generated file, do not edit. Made from schema/{odd_path.name} and the official"
            f"\n  TEI {edition} tei_all.rng by `{BUILD_COMMAND}`, whose check option"
            "\n  tells whether this file is up to date. The TEI licence notice that follows"
            "\n  inside <grammar> applies to this file.\n"
        )
    )
    return etree.tostring(schema, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def main(argv: list[str] | None = None) -> int:
    """Write schema/teiconv.rng, or with --check report whether it is up to date."""
    parser = argparse.ArgumentParser(
        prog=BUILD_COMMAND,
        description="Regenerate schema/teiconv.rng from schema/teiconv.odd and tei_all.rng.",
    )
    parser.add_argument(
        "--tei-all",
        type=Path,
        metavar="PATH",
        help=f"path to TEI P5 tei_all.rng (default: ${TEI_ALL_ENV}, else {DEFAULT_TEI_ALL})",
    )
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if schema/teiconv.rng is out of date"
    )
    args = parser.parse_args(argv)
    tei_all_path = args.tei_all or default_tei_all()
    if not tei_all_path.is_file():
        parser.error(f"tei_all.rng not found at {tei_all_path}: use --tei-all or ${TEI_ALL_ENV}")
    generated = build_schema(ODD_PATH, tei_all_path)
    if args.check:
        if not RNG_PATH.is_file() or RNG_PATH.read_bytes() != generated:
            print(f"{RNG_PATH} is out of date: run {BUILD_COMMAND}", file=sys.stderr)
            return 1
        print(f"{RNG_PATH} is up to date")
        return 0
    RNG_PATH.write_bytes(generated)
    print(f"wrote {RNG_PATH} ({len(generated)} bytes)")
    return 0


def _tei_edition(tei_all: etree._ElementTree) -> str:
    """Read the TEI release ("P5 Version 4.12.0") from tei_all's header comment."""
    for comment in tei_all.getroot().iterchildren(tag=etree.Comment):
        match = _TEI_EDITION.search(comment.text)
        if match:
            return f"P5 Version {match.group(1)}"
    raise ValueError("no 'TEI Edition' comment: is this a TEI-generated tei_all.rng?")


if __name__ == "__main__":
    sys.exit(main())
