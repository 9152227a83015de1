"""In a real browser, headless Chromium driven by Selenium: every edition of tei/ rendered by
CETEIcean (the hand-off to TEI web tools), and every page of the reading view, with a footnote
followed to its note and back, and a screenshot of each.

Selenium rather than Playwright: Debian builds chromium and chromium-driver from one source at
one version, so the driver always speaks the browser's protocol, while Playwright's Python package
is made for its own Chromium builds (which cannot be downloaded here) and carries a Node runtime.

Skipped when Chromium, ChromeDriver, Selenium or CETEIcean is missing, and failing instead when
CI=true: `.ci/browser-setup` installs them all. One browser and one local HTTP server serve all
the tests. `TEICONV_DOCS_SCREENSHOTS=1` also writes docs/reading-view-letter.png and
docs/reading-view-conversation.png.
"""

from __future__ import annotations

import functools
import os
import shutil
import threading
from collections import Counter
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import lxml.html
import pytest
from lxml import etree
from lxml.html import builder as H

import teiconv
from teiconv.html import write_site
from teiconv.vocab import TEI_NS

from conftest import REPO

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:  # reported by the `browser` fixture, as a skip or (CI=true) a failure
    webdriver = None

EDITIONS = sorted((REPO / "tei").glob("*.xml"))
FIXTURE = "footnote-fixture"  # an edition with a footnote far from its note, made below
PAGES = [path.stem for path in EDITIONS] + [FIXTURE, "index"]
DOCS_SCREENSHOTS = {"001_": "reading-view-letter.png", "004_": "reading-view-conversation.png"}
DOCS_HEIGHT = 1800

# Without the networking flags Chromium's own connections are refused en masse on a closed network.
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--disable-quic", "--window-size=1200,900"]

# Loads the edition named in ?tei= with CETEIcean, then marks the page as ready for the test.
VIEWER_SCRIPT = """
const tei = new URLSearchParams(location.search).get("tei");
new CETEI().getHTML5(tei).then((dom) => {
  document.getElementById("edition").appendChild(dom);
  document.body.dataset.ready = "yes";
});
"""
# An element is in view when its middle is: the top of a superscript scrolled to may lie a pixel above.
IN_VIEW = "const box = arguments[0].getBoundingClientRect(), middle = (box.top + box.bottom) / 2; " \
          "return middle >= 0 && middle < window.innerHeight;"


def require(missing: str | None) -> None:
    """Skip for want of a tool, except in CI, where a skipped browser test would hide a failure."""
    if missing is None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{missing} (CI=true: browser tests may not be skipped; run .ci/browser-setup)")
    pytest.skip(f"{missing}: run .ci/browser-setup")


def ceteicean_script() -> Path:
    folder = Path(os.environ.get("TEICONV_CETEICEAN_DIR") or REPO / ".cache" / "ceteicean")
    return folder / "node_modules" / "CETEIcean" / "dist" / "CETEI.js"


def footnote_fixture() -> bytes:
    """A footnote whose note lies well below the first screen, so following it must scroll."""
    paragraphs = "\n\n".join(f"Paragraph {n} of a long text, long enough to need scrolling." for n in range(40))
    text = f"A Text with a Note\n\nThe opening sentence carries a note.[1]\n\n{paragraphs}\n\n[1] The note itself.\n"
    return teiconv.to_bytes(teiconv.convert_text(text, f"{FIXTURE}.txt"))


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the signature is http.server's
        """Requests are not logged: the test output is for failures."""


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    """The folder served: the reading view of tei/ and the fixture in site/."""
    folder = tmp_path_factory.mktemp("served")
    (folder / f"{FIXTURE}.xml").write_bytes(footnote_fixture())
    write_site([*EDITIONS, folder / f"{FIXTURE}.xml"], folder / "site")
    return folder


@pytest.fixture(scope="module")
def server(root):
    """A local HTTP server on a free port, in a thread; its base URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    require(None if webdriver else "Selenium is not installed (pip install selenium)")
    chromium, chromedriver = shutil.which("chromium"), shutil.which("chromedriver")
    require(None if chromium else "chromium not found (Debian package chromium)")
    require(None if chromedriver else "chromedriver not found (Debian package chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(chromedriver), options=options)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def ceteicean(root) -> str:
    """The CETEIcean viewer page beside the site; its path on the server."""
    script = ceteicean_script()
    require(None if script.is_file() else f"CETEIcean not found at {script}")
    shutil.copyfile(script, root / "CETEI.js")
    page = H.HTML(
        H.HEAD(H.META(charset="utf-8"), H.TITLE("CETEIcean"), H.LINK(rel="icon", href="data:,"),
               H.SCRIPT(src="CETEI.js")),
        H.BODY(H.DIV(id="edition"), H.SCRIPT(VIEWER_SCRIPT)),
    )
    (root / "ceteicean.html").write_bytes(lxml.html.tostring(page, doctype="<!DOCTYPE html>", encoding="utf-8"))
    return "ceteicean.html"


def open_page(browser, url: str) -> None:
    browser.get_log("browser")  # drop what earlier pages logged
    browser.get(url)


def console_errors(browser) -> list[str]:
    return [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]


def tei_element_counts(path: Path) -> Counter:
    return Counter(etree.QName(e).localname for e in etree.parse(str(path)).iter(f"{{{TEI_NS}}}*"))


@pytest.mark.parametrize("edition", EDITIONS, ids=lambda path: path.stem)
def test_ceteicean_renders_the_edition(browser, server, ceteicean, edition):
    open_page(browser, f"{server}{ceteicean}?tei=site/{edition.name}")
    WebDriverWait(browser, 10).until(lambda driver: driver.execute_script("return document.body.dataset.ready"))
    expected = tei_element_counts(edition)
    found = browser.execute_script(
        "const out = {}; for (const name of arguments[0]) "
        "out[name] = document.querySelectorAll('tei-' + name.toLowerCase()).length; return out;",
        list(expected),
    )
    assert {"TEI", "text", "p"} <= set(expected)
    assert {name: count for name, count in found.items() if count < expected[name]} == {}
    for name in ("note", "sp", "post", "speaker"):
        assert bool(found.get(name)) == bool(expected[name]), name
    assert console_errors(browser) == []


@pytest.mark.parametrize("name", PAGES)
def test_reading_view_in_the_browser(browser, server, name, tmp_path):
    open_page(browser, f"{server}site/{name}.html")
    assert browser.title
    # reading.css applies, and nothing came from anywhere but the site itself.
    assert browser.execute_script(
        "return [...document.styleSheets].some(s => s.href.endsWith('/reading.css') && s.cssRules.length > 0)")
    resources = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert resources and all(url.startswith(server) for url in resources), resources
    screenshot = tmp_path / f"{name}.png"
    assert browser.save_screenshot(str(screenshot)) and screenshot.read_bytes().startswith(b"\x89PNG")
    docs = next((file for prefix, file in DOCS_SCREENSHOTS.items() if name.startswith(prefix)), None)
    if docs and os.environ.get("TEICONV_DOCS_SCREENSHOTS"):
        save_tall_screenshot(browser, REPO / "docs" / docs)
    refs = browser.find_elements(By.CSS_SELECTOR, "sup.footnote-ref a")
    if name == FIXTURE:
        assert refs, "the fixture edition has a footnote"
    if refs:
        note_was_in_view = follow_footnote_and_back(browser, refs[0])
        assert not note_was_in_view or name != FIXTURE, "following the fixture's footnote should scroll"
    assert console_errors(browser) == []


def follow_footnote_and_back(browser, ref) -> bool:
    """Click a footnote's number, then the note's back link; whether the note was in view at first."""
    note_id = ref.get_attribute("href").rsplit("#", 1)[1]
    note = browser.find_element(By.ID, note_id)
    was_in_view = browser.execute_script(IN_VIEW, note)
    ref.click()
    assert browser.execute_script("return location.hash") == f"#{note_id}"
    assert browser.execute_script(IN_VIEW, note)
    note.find_element(By.CSS_SELECTOR, "a.footnote-back").click()
    assert browser.execute_script("return location.hash") == f"#{ref.get_attribute('id')}"
    assert browser.execute_script(IN_VIEW, ref)
    return was_in_view


def save_tall_screenshot(browser, path: Path) -> None:
    """For the README: a window tall enough to show the header panel and the text's beginning."""
    size = browser.get_window_size()
    browser.set_window_size(size["width"], DOCS_HEIGHT)
    path.parent.mkdir(exist_ok=True)
    browser.save_screenshot(str(path))
    browser.set_window_size(size["width"], size["height"])
