"""Validation reports: the problems of a run of files, written for a reader or for a CI system.

Each format is a function from the files, in order, each with its problems, to the report's
text; the caller decides where it goes. Formats:

text    ``path:line:col: error: message [rule]``, file after file (what a compiler prints)
json    JSON Lines: one object per problem with file, line, column, severity, rule, message;
        nothing for a valid file, so an empty report means a valid run
github  GitHub Actions workflow commands, ``::error file=…,line=…,col=…,title=rule::message``,
        which the runner turns into annotations on the pull request
junit   JUnit XML: one testcase per file, one failure per problem (an unreadable file is an
        error), as GitLab, Jenkins and most CI dashboards read it
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from lxml import etree

from .diagnostics import Diagnostic
from .validate import UNREADABLE

Results = Sequence[tuple[str, Sequence[Diagnostic]]]


def text(results: Results) -> str:
    return "".join(f"{problem}\n" for _, problems in results for problem in problems)


def json_lines(results: Results) -> str:
    return "".join(
        json.dumps({
            "file": problem.file,
            "line": problem.line,
            "column": problem.column,
            "severity": problem.severity.value,
            "rule": problem.code,
            "message": problem.message,
        }, ensure_ascii=False) + "\n"
        for _, problems in results
        for problem in problems
    )


def github(results: Results) -> str:
    """Workflow commands; GitHub decodes %-escapes, and properties end at "," or "::"."""
    lines = []
    for _, problems in results:
        for problem in problems:
            properties = {"file": problem.file, "line": problem.line, "col": problem.column,
                          "title": problem.code}
            listed = ",".join(f"{key}={_escape(str(value), True)}"
                              for key, value in properties.items() if value is not None)
            lines.append(f"::{problem.severity.value} {listed}::{_escape(problem.message, False)}\n")
    return "".join(lines)


def _escape(value: str, is_property: bool) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if is_property else value


def junit(results: Results) -> str:
    """One testsuite named for the command; its counts are of files, as JUnit counts tests.

    A file that cannot be read is an error (the run went wrong), a problem of a document a
    failure (the test found something).
    """
    suite = etree.Element("testsuite", name="teiconv validate")
    failed = errored = 0
    for name, problems in results:
        case = etree.SubElement(suite, "testcase", classname="teiconv.validate", name=name, file=name)
        unreadable = any(problem.code == UNREADABLE for problem in problems)
        errored += unreadable
        failed += bool(problems) and not unreadable
        for problem in problems:
            place = ":".join(str(part) for part in (problem.line, problem.column) if part is not None)
            etree.SubElement(
                case, "error" if problem.code == UNREADABLE else "failure", type=problem.code,
                message=f"{place}: {problem.message}" if place else problem.message,
            ).text = str(problem)
    counts = {"tests": str(len(results)), "failures": str(failed), "errors": str(errored)}
    suite.attrib.update({**counts, "skipped": "0"})
    suites = etree.Element("testsuites", counts, name="teiconv validate")
    suites.append(suite)
    etree.indent(suites)
    return etree.tostring(suites, encoding="UTF-8", xml_declaration=True).decode() + "\n"


FORMATS: dict[str, Callable[[Results], str]] = {
    "text": text,
    "json": json_lines,
    "github": github,
    "junit": junit,
}
