"""Fixtures for the browser suite: one Kaiku server on a throwaway SQLite database for the
whole session, and Chromium drivers with JavaScript off (how a respondent without scripts
sees Kaiku) and on (needed only to run axe-core).

Environment (scripts/test sets it): KAIKU_BIN, KAIKU_CHROMIUM, KAIKU_CHROMEDRIVER, KAIKU_AXE_JS.
"""

import os
import re
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import urllib.request

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

import survey


# What the admin's one-time password is changed to, once, by the staff_browser fixture.
ADMIN_PASSWORD = "Lukki-kirjastot-2018!"


def _required_env(name: str) -> str:
    value = os.environ.get(name, "")
    if not value:
        pytest.exit(f"{name} is not set: run the browser suite through scripts/test", returncode=2)
    return value


class KaikuServer:
    """`kaiku serve` on a free loopback port, with an empty database in a temporary directory."""

    def __init__(self, binary: str):
        self.directory = tempfile.mkdtemp(prefix="kaiku-browser-")
        self.port = _free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.lines: list[str] = []
        self.one_time_password: str | None = None
        self._password_seen = threading.Event()
        self.process = subprocess.Popen(
            [binary, "serve", "--host", "127.0.0.1", "--port", str(self.port),
             "--database", os.path.join(self.directory, "kaiku.sqlite")],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=self.directory,
        )
        threading.Thread(target=self._read_output, daemon=True).start()

    def _read_output(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))
            match = re.match(r"\s*one-time password:\s*(\S+)", line)
            if match:
                self.one_time_password = match.group(1)
                self._password_seen.set()

    def wait_until_ready(self, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"kaiku exited with {self.process.returncode}:\n{self.output_tail()}")
            try:
                with urllib.request.urlopen(self.base_url + "/health", timeout=2) as response:
                    if response.status == 200 and self._password_seen.wait(timeout=5):
                        return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"kaiku did not become healthy in {timeout} s:\n{self.output_tail()}")

    def output_tail(self, lines: int = 40) -> str:
        return "\n".join(self.lines[-lines:])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        shutil.rmtree(self.directory, ignore_errors=True)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def server():
    kaiku = KaikuServer(_required_env("KAIKU_BIN"))
    try:
        kaiku.wait_until_ready()
        yield kaiku
    finally:
        kaiku.stop()


@pytest.fixture(scope="session")
def base_url(server) -> str:
    return server.base_url


@pytest.fixture(scope="session")
def axe_source() -> str:
    with open(_required_env("KAIKU_AXE_JS"), encoding="utf-8") as file:
        return file.read()


def make_driver(*, javascript: bool, width: int, height: int = 900):
    """A headless Chromium whose page (the CSS viewport) is `width` × `height` pixels."""
    options = webdriver.ChromeOptions()
    options.binary_location = _required_env("KAIKU_CHROMIUM")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--no-first-run", "--disable-extensions", "--lang=fi-FI",
                     f"--window-size={max(width, 800)},{height}"):
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service(_required_env("KAIKU_CHROMEDRIVER")), options=options)
    driver.set_page_load_timeout(30)
    # A desktop window cannot be made 320 px wide; the DevTools metrics override sets the
    # viewport exactly, as a phone (or a zoomed desktop browser) would have it.
    survey.set_viewport(driver, width, height, phone=width < 800)
    return driver


@pytest.fixture(scope="session")
def browser():
    """JavaScript off, 1280 × 900: the respondent without scripts."""
    driver = make_driver(javascript=False, width=1280)
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def js_browser():
    """JavaScript on, 1280 × 900: only for running axe-core over the same pages."""
    driver = make_driver(javascript=True, width=1280)
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def narrow_browser():
    """JavaScript off, 320 px wide (WCAG 1.4.10 reflow); tests may re-set the viewport."""
    driver = make_driver(javascript=False, width=320, height=640)
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def staff_browser(server):
    """JavaScript off, 1280 × 900, signed in as the demo admin, who was made to change the
    printed one-time password on the first sign-in (as Kaiku demands). Reads staff pages."""
    driver = make_driver(javascript=False, width=1280)
    survey.sign_in(driver, server.base_url, "admin", server.one_time_password)
    assert survey.path_of(driver) == "/staff/password", "a one-time password must lead to the password change"
    survey.change_password(driver, server.one_time_password, ADMIN_PASSWORD)
    driver.get(server.base_url + "/staff")
    assert survey.path_of(driver) == "/staff", f"after the password change /staff led to {driver.current_url}"
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def admin_password(staff_browser) -> str:
    """The admin's own password, once the one-time password has been changed."""
    return ADMIN_PASSWORD
