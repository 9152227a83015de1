"""teiconv: plain text to TEI P5 XML editions, validated.

The library API; the command line is a thin layer over it::

    import teiconv
    tree = teiconv.convert_text(text, name="letter.txt")
    problems = teiconv.validate(tree)
"""

__version__ = "0.1.0"

from .convert import Conversion, convert_path, convert_source, convert_text  # noqa: E402
from .diagnostics import Diagnostic, TeiconvError  # noqa: E402
from .serialise import to_bytes  # noqa: E402
from .validate import validate  # noqa: E402


def convert_file(path, metadata=None, encoding=None):
    """Convert one file and return its TEI root element (raises TeiconvError if unreadable)."""
    return convert_path(path, metadata, encoding).tree


__all__ = [
    "Conversion",
    "Diagnostic",
    "TeiconvError",
    "convert_file",
    "convert_path",
    "convert_source",
    "convert_text",
    "to_bytes",
    "validate",
    "__version__",
]
