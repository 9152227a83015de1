"""`teiconv init`: the files a new edition project starts with.

A project is a folder of plain texts (`seeds/`) that `teiconv build` turns into validated TEI
(`tei/`), with project-wide metadata in `teiconv.toml` and a CI workflow that runs `teiconv check`,
the gate that the committed editions are current and valid. `init` only adds what is missing and
never overwrites a file, so it is safe in a folder that already holds part of a project.
"""

from __future__ import annotations

from pathlib import Path

from . import __version__
from .batch import write_atomically
from .metadata import PROJECT_FILE

SAMPLE = "seeds/sample.txt"

_SAMPLE_TEXT = """\
Letter to the Editor

12 March 1921

Dear Sir,

I write to correct the account of our meeting printed in your issue of 5 March. The motion was
carried by the branch, not withdrawn, and the minutes say so.

I should be glad if you would print this letter, so that your readers may judge for themselves.

Yours faithfully,
A. Correspondent
"""

# Commented out, not filled with placeholder values: until someone fills them in, the editions
# say plainly that they are unpublished instead of naming a publisher "TODO".
_PROJECT_TOML = """\
# Metadata for every edition of this project; a text's own NAME.toml (beside NAME.txt) overrides it.
# TODO: fill in these placeholders and remove the leading "# " before publishing the editions.
# publisher = "TODO: the project or institution that publishes these editions"
# licence = "TODO: for example: The TEI markup of these editions is licensed CC BY 4.0."
# licence_url = "TODO: for example: https://creativecommons.org/licenses/by/4.0/"
"""

# Pinned: `teiconv check` fails on editions another teiconv version would write differently.
_WORKFLOW = f"""\
# Fails when tei/ is not what teiconv makes of seeds/, or when an edition is not valid TEI.
# After changing a text in seeds/, run `teiconv build` and commit tei/ with it.
name: teiconv
on: [push, pull_request]
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      # Or from its repository: pip install "teiconv @ git+https://github.com/OWNER/teiconv@v{__version__}"
      - run: pip install "teiconv=={__version__}"
      - run: teiconv check
"""

_GITIGNORE = """\
.venv/
__pycache__/
# The reading view: `teiconv html` makes it from tei/ whenever it is wanted.
site/
"""

FILES: dict[str, str] = {
    SAMPLE: _SAMPLE_TEXT,
    PROJECT_FILE: _PROJECT_TOML,
    ".github/workflows/teiconv.yml": _WORKFLOW,
    ".gitignore": _GITIGNORE,
}


def init_project(directory: Path) -> tuple[list[Path], list[Path]]:
    """Create the project files missing from `directory`; return those created and those kept."""
    created: list[Path] = []
    kept: list[Path] = []
    for name, content in FILES.items():
        path = directory / name
        if path.exists():
            kept.append(path)
            continue
        write_atomically(path, content.encode("utf-8"))
        created.append(path)
    return created, kept
