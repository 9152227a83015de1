"""The command line: a thin layer over the library. Errors go to stderr; exit 0 ok, 1 invalid or
stale, 2 bad usage or unreadable input."""

from __future__ import annotations

import difflib
import os
import sys
from pathlib import Path
from typing import Iterable, Iterator

import click

from . import __version__, reports
from .batch import (Action, EditionWriter, InputError, Outcome, Written, collect_inputs, compare, convert_one,
                    convert_paths, write_atomically)
from .html import INDEX, SiteError, write_site
from .manifest import FileState
from .scaffold import SAMPLE, init_project
from .validate import UNREADABLE, SchemaError, default_jobs, default_schema, validate_bytes, validate_paths

EXIT_INVALID = 1
EXIT_USAGE = 2
# A validation of fewer files is over before a progress bar would tell anything.
PROGRESS_MIN_FILES = 20


def _echo_err(message: str) -> None:
    click.echo(message, err=True)


def _report_outcome(outcome: Outcome) -> bool:
    """Print an outcome's diagnostics; True when the file could be converted."""
    for diagnostic in outcome.diagnostics:
        _echo_err(str(diagnostic))
    if outcome.error is not None:
        _echo_err(f"{outcome.error}")
        return False
    return True


class _InputProblem(click.ClickException):
    """Unusable inputs: exit 2, like a usage error."""

    exit_code = EXIT_USAGE


def _inputs(paths: tuple[Path, ...], default: str, suffix: str = ".txt") -> list[Path]:
    try:
        return collect_inputs(list(paths) or [Path(default)], suffix)
    except InputError as err:
        raise _InputProblem(str(err)) from None


def _validate_outputs(outcomes: list[Outcome], schema: Path) -> int:
    """Validate what was produced (the bytes, before or after writing); return the error count."""
    errors = 0
    for outcome in outcomes:
        if outcome.data is None or outcome.output is None:
            continue
        for problem in validate_bytes(outcome.data, str(outcome.output), schema):
            _echo_err(str(problem))
            errors += 1
    return errors


class _Group(click.Group):
    def invoke(self, ctx: click.Context):  # noqa: D102 - map library errors to exit 2
        try:
            return super().invoke(ctx)
        except SchemaError as err:
            _echo_err(f"error: {err}")
            ctx.exit(EXIT_USAGE)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="teiconv")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no per-file detail.")
@click.option("-v", "--verbose", is_flag=True, help="Say what happened to every file.")
@click.pass_context
def main(ctx: click.Context, quiet: bool, verbose: bool) -> None:
    """Turn plain-text documents into TEI P5 XML editions and validate them.

    \b
    Example:
      teiconv build                  # seeds/*.txt → tei/*.xml, validated
      teiconv convert letter.txt -o out/
      teiconv validate tei/ --schema tei_all.rng
    """


_FORCE = click.option("--force", is_flag=True, help="Overwrite editions even where they were edited by hand.")
_DRY_RUN = click.option("--dry-run", is_flag=True, help="Say what would be written; write nothing.")


_JOBS = click.option("-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default=True,
                     help="Files converted in parallel processes.")
_SCHEDULER = click.option("--scheduler", metavar="ADDRESS",
                          help="Run on a Dask cluster (tcp://host:8786); needs the 'dask' extra.")


def _progress(items: Iterable, length: int, label: str) -> Iterator:
    """Items as they come, with a progress bar on a terminal (not with -q, not when piped)."""
    ctx = click.get_current_context()
    quiet = (ctx.find_root().params or {}).get("quiet", False)
    if quiet or length < 2 or not sys.stderr.isatty():
        yield from items
        return
    with click.progressbar(items, length=length, label=label, file=sys.stderr) as bar:
        yield from bar


def _verbose() -> bool:
    return bool(click.get_current_context().find_root().params.get("verbose"))


def _dask_client(address: str | None):
    if address is None:
        return None
    try:
        from dask.distributed import Client
    except ImportError:
        raise _InputProblem("--scheduler needs Dask: pip install \"teiconv[dask]\"") from None
    return Client(address)


def _convert_and_write(paths: list[Path], out_dir: Path, encoding: str | None, force: bool, dry_run: bool,
                       jobs: int = 1, scheduler: str | None = None,
                       schema: Path | None = None) -> tuple[int, int, int, int]:
    """Convert, write (and with `schema`, validate) each file as it comes; return the counts of
    inputs, of inputs that failed, of refusals and of validation errors.

    An edition's bytes are let go once written: a batch holds one edition at a time, not all.
    """
    client = _dask_client(scheduler)
    failed = refused = errors = 0
    try:
        with EditionWriter(out_dir, force, dry_run) as writer:
            for outcome in _progress(convert_paths(paths, out_dir, encoding, jobs, client), len(paths), "Converting"):
                failed += not _report_outcome(outcome)
                if schema is not None:
                    errors += _validate_outputs([outcome], schema)
                result = writer.write(outcome)
                refused += result is not None and result.action is Action.REFUSED
                if result is not None:
                    _report_written(result, dry_run)
                outcome.data = None
    except OSError as err:
        raise _InputProblem(f"{out_dir}: cannot write: {err.strerror or err}") from None
    finally:
        if client is not None:
            client.close()
    return len(paths), failed, refused, errors


def _report_written(result: Written, dry_run: bool) -> None:
    output = result.outcome.output
    if result.action is Action.REFUSED:
        how = "was edited by hand since teiconv wrote it" if result.state is FileState.EDITED else \
            "was not written by teiconv"
        _echo_err(f"{output}: error: {how}; not overwritten. Move the changes into the source or its "
                  f"sidecar .toml, or run again with --force to overwrite [edited-by-hand]")
    elif dry_run and result.action is not Action.UNCHANGED:
        click.echo(f"would {result.action.value}: {output}")
    elif _verbose():
        _echo_err(f"{output}: {result.action.value}")


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("tei"),
              show_default=True, help="Folder for the editions.")
@click.option("--encoding", help="Encoding of the inputs when they are not UTF-8 (e.g. cp1252).")
@_FORCE
@_DRY_RUN
@_JOBS
@_SCHEDULER
def convert(inputs: tuple[Path, ...], out_dir: Path, encoding: str | None, force: bool, dry_run: bool, jobs: int,
            scheduler: str | None) -> None:
    """Convert text files (or the *.txt of folders; default: seeds/) into OUTPUT/NAME.xml.

    An edition changed by hand since teiconv wrote it is not overwritten without --force.

    \b
    Example:
      teiconv convert seeds/ -o tei/
      teiconv convert letter.txt -o out/ --dry-run
    """
    _count, failed, refused, _errors = _convert_and_write(_inputs(inputs, "seeds"), out_dir, encoding, force,
                                                          dry_run, jobs, scheduler)
    if failed:
        sys.exit(EXIT_USAGE)
    if refused:
        sys.exit(EXIT_INVALID)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--schema", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="RelaxNG schema (XML syntax). Default: schema/teiconv.rng.")
@click.option("--no-schematron", "skip_schematron", is_flag=True,
              help="Skip the Schematron rules of schema/teiconv.sch.")
@click.option("--format", "report_format", type=click.Choice(list(reports.FORMATS)), default="text",
              show_default=True, help="text: on stderr; json (JSON Lines), github, junit: on stdout.")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the report to this file instead.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=default_jobs, show_default="the CPUs",
              help="Files validated in parallel processes.")
def validate(paths: tuple[Path, ...], schema: Path | None, skip_schematron: bool, report_format: str,
             output: Path | None, jobs: int) -> None:
    """Validate TEI files (or the *.xml of folders; default: tei/) against a RelaxNG schema and
    teiconv's Schematron. Exit 0 when all are valid, 1 when one is not, 2 when one cannot be read.

    \b
    Example:
      teiconv validate tei/ --schema ../shared/schema-ref/tei_all.rng
      teiconv validate --format junit --output report.xml tei/
    """
    files = sorted(set(_inputs(paths, "tei", ".xml")))
    checks = validate_paths(files, schema, schematron=not skip_schematron, jobs=jobs)
    if len(files) > PROGRESS_MIN_FILES:
        checks = _progress(checks, len(files), "Validating")
    results = [(str(path), problems) for path, problems in zip(files, checks)]
    report = reports.FORMATS[report_format](results)
    if output is not None:
        try:
            write_atomically(output, report.encode("utf-8"))
        except OSError as err:
            raise _InputProblem(f"{output}: cannot write: {err.strerror or err}") from None
    else:
        click.echo(report, nl=False, err=report_format == "text")
    invalid = sum(bool(problems) for _, problems in results)
    errors = sum(len(problems) for _, problems in results)
    _echo_err(f"{len(files)} files, {invalid} invalid, {errors} errors")
    if any(problem.code == UNREADABLE for _, problems in results for problem in problems):
        sys.exit(EXIT_USAGE)
    if invalid:
        sys.exit(EXIT_INVALID)


@main.command()
@_FORCE
@_JOBS
def build(force: bool, jobs: int) -> None:
    """The main job: convert seeds/ into tei/ and validate the editions.

    \b
    Example:
      teiconv build
    """
    count, failed, refused, errors = _convert_and_write(_inputs((), "seeds"), Path("tei"), None, force, False, jobs,
                                                        schema=default_schema())
    _echo_err(f"{count} converted into tei/, {failed} failed, {refused} not overwritten, "
              f"{errors} validation errors")
    if failed:
        sys.exit(EXIT_USAGE)
    if errors or refused:
        sys.exit(EXIT_INVALID)


@main.command()
@click.option("--seeds", "seeds_dir", type=click.Path(path_type=Path), default=Path("seeds"), show_default=True)
@click.option("--tei", "tei_dir", type=click.Path(path_type=Path), default=Path("tei"), show_default=True)
def check(seeds_dir: Path, tei_dir: Path) -> None:
    """The CI gate: fail when tei/ is not what the converter produces now, or is invalid.

    It tells apart editions edited by hand, editions whose source changed (stale) and editions
    the current converter would write differently (outdated).

    \b
    Example:
      teiconv check
    """
    outcomes = [convert_one(path, tei_dir) for path in _inputs((seeds_dir,), str(seeds_dir))]
    failed = sum(not _report_outcome(outcome) for outcome in outcomes)
    drift = compare(outcomes, tei_dir)
    for path in drift.missing:
        _echo_err(f"{path}: missing: run `teiconv build`")
    for path in drift.edited:
        _echo_err(f"{path}: edited by hand since teiconv wrote it: move the change into the source or its sidecar")
        _diff(path, outcomes)
    for path in drift.stale:
        _echo_err(f"{path}: stale: its source changed since it was converted; run `teiconv build`")
    for path in drift.outdated:
        _echo_err(f"{path}: outdated: teiconv {__version__} converts its source differently; run `teiconv build`")
        _diff(path, outcomes)
    errors = _validate_outputs(outcomes, default_schema())
    _echo_err(f"{len(outcomes)} editions checked: {len(drift.missing)} missing, {len(drift.edited)} edited by hand, "
              f"{len(drift.stale)} stale, {len(drift.outdated)} outdated, {errors} validation errors")
    if failed:
        sys.exit(EXIT_USAGE)
    if drift or errors:
        sys.exit(EXIT_INVALID)


def _diff(path: Path, outcomes: list[Outcome]) -> None:
    """The first lines of the difference between an edition on disk and the converter's output."""
    data = next(o.data for o in outcomes if o.output == path)
    assert data is not None
    diff = difflib.unified_diff(
        path.read_text(encoding="utf-8", errors="replace").splitlines(), data.decode("utf-8").splitlines(),
        f"{path} (on disk)", f"{path} (converted now)", lineterm="", n=1,
    )
    for line in list(diff)[:20]:
        _echo_err(f"  {line}")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("site"),
              show_default=True, help="Folder for the site.")
def html(paths: tuple[Path, ...], out_dir: Path) -> None:
    """Write a static reading view of TEI files (or the *.xml of folders; default: tei/).

    OUTPUT/index.html lists the editions; each gets a page and its TEI beside it. The pages need
    no JavaScript and nothing from the network: open them from disk or put them on any web server.

    \b
    Example:
      teiconv html                   # tei/ → site/
      teiconv html tei/ -o public/
    """
    files = list(dict.fromkeys(_inputs(paths, "tei", ".xml")))  # a file named twice is one edition
    try:
        write_site(files, out_dir)
    except SiteError as err:
        _echo_err(str(err))
        sys.exit(EXIT_USAGE)
    except OSError as err:
        raise _InputProblem(f"{out_dir}: cannot write: {err.strerror or err}") from None
    _echo_err(f"{len(files)} editions: {out_dir / INDEX}")


@main.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path), default=Path("."))
def init(directory: Path) -> None:
    """Start an edition project in DIRECTORY (default: here); existing files are kept.

    It writes a sample text in seeds/, a teiconv.toml whose placeholders to fill in are marked
    TODO, a GitHub workflow that runs `teiconv check`, and a .gitignore.

    \b
    Example:
      teiconv init letters && cd letters && teiconv build
    """
    try:
        created, kept = init_project(directory)
    except OSError as err:
        raise _InputProblem(f"{directory}: cannot write: {err.strerror or err}") from None
    for path in created:
        _echo_err(f"created {path}")
    for path in kept:
        _echo_err(f"{path}: exists; left as it is")
    _echo_err(f"Next: put your texts in {directory / 'seeds'}/ (see {directory / SAMPLE}), fill in the TODOs of "
              f"{directory / 'teiconv.toml'}, then run `teiconv build` there and commit seeds/ and tei/.")
