""""What changed" between two waves (issue 11, item 2) as a director sees it in a browser.

A server of its own (its data must not change what the other browser tests count): the demo's
2017 baseline, and for 2018 nine in ten of Lohja's 2017 answers sent again on paper with the
school grade raised to 10 and "the library is up to date" lowered to 1, so two changes are
real and the rest are within chance (with small differences that must never read "−0,00").

With Lohja and 2017 against 2018 chosen, the section is the first thing in the main content,
within the first screen at 1280 × 900; the changes that hold come first, largest first, each
with its direction in words and by icon; the other comparisons are folded in a closed
<details>; a wave without answers in the selection is said so plainly; the printable report
has the same section (open for print) in Finnish, Swedish and English; at 320 px nothing in
the section reaches past the screen (wide tables scroll inside their own named regions); and
axe-core finds no violations on these pages."""

import datetime
import json
import os
import sqlite3
import subprocess
import urllib.request
import uuid

import pytest
from selenium.webdriver.common.by import By

import checks
import survey
from conftest import KaikuServer, make_driver
from survey import SURVEY

USERNAME, PASSWORD = "johtaja", "Lohjan vertailu 2017–2018"
QUERY = "library=lohja&a=2017&b=2018"


def kaiku(server, *args, stdin=None):
    return subprocess.run([os.environ["KAIKU_BIN"], *args, "--database", os.path.join(server.directory, "kaiku.sqlite")],
                          input=stdin, capture_output=True, text=True, timeout=300, check=True).stdout


def send_lohja_2018(server) -> int:
    """Nine in ten of Lohja's 2017 answers again in 2018, grade 10 and "up to date" 1."""
    token = kaiku(server, "token", "create", USERNAME).strip().split()[-1]
    with sqlite3.connect(os.path.join(server.directory, "kaiku.sqlite")) as connection:
        rows = connection.execute(
            "SELECT form, outlet_id, language, answers FROM responses WHERE wave_id = '2017' AND library_id = 'lohja' ORDER BY seq"
        ).fetchall()
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    posted = []
    for index, (form, outlet, language, answers) in enumerate(rows):
        if index % 10 == 9:
            continue
        answers = json.loads(answers)
        # Only where asked: the doorstep form has no "up to date".
        answers.update({key: value for key, value in (("grade", 10), ("image.modern", 1)) if key in answers})
        posted.append({"id": str(uuid.uuid4()), "survey": SURVEY, "version": 1, "form": form, "channel": "paper",
                       "outlet": outlet, "language": language, "startedAt": now, "submittedAt": now, "answers": answers})
    request = urllib.request.Request(server.base_url + "/api/v1/responses", method="POST",
                                     data=json.dumps({"responses": posted}).encode(),
                                     headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        statuses = {item["status"] for item in json.loads(response.read())["results"]}
    assert statuses == {201}, statuses
    return len(posted)


@pytest.fixture(scope="module")
def lohja():
    server = KaikuServer(os.environ["KAIKU_BIN"])
    try:
        server.wait_until_ready()
        kaiku(server, "user", "add", USERNAME, "--role", "admin", "--password-stdin", stdin=PASSWORD + "\n")
        assert send_lohja_2018(server) >= 50
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def director(lohja):
    """JavaScript off, 1280 × 900, signed in as the director (Finnish)."""
    driver = make_driver(javascript=False, width=1280)
    survey.sign_in(driver, lohja.base_url, USERNAME, PASSWORD)
    assert survey.path_of(driver) == "/staff", driver.current_url
    yield driver
    driver.quit()


def dashboard(server, query=QUERY) -> str:
    return f"{server.base_url}/staff/surveys/{SURVEY}/dashboard?{query}"


def report(server, language, query=QUERY) -> str:
    return f"{server.base_url}/staff/surveys/{SURVEY}/report?{query}&lang={language}"


# Where the section starts, and what comes before it in the main content.
PLACE = """
const section = document.getElementById('what-changed');
const main = document.querySelector('main');
const before = Array.from(main.querySelectorAll('h2, section, table, form, details'))
  .filter(element => !section.contains(element) && (element.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING));
return {top: section.getBoundingClientRect().top + window.scrollY, before: before.map(e => e.tagName + '#' + e.id),
        height: document.documentElement.scrollHeight};
"""

# The rows that hold: the item, the direction cell's text and icon, and its colour class.
HELD = """
return Array.from(document.querySelectorAll('#what-changed table.changes-held tbody tr')).map(row => ({
  item: row.querySelector('th').textContent.trim(),
  direction: row.cells[1].textContent.replace(/\\s+/g, ' ').trim(),
  icon: row.cells[1].querySelector('.change-icon')?.textContent,
  iconHidden: row.cells[1].querySelector('.change-icon')?.getAttribute('aria-hidden'),
  colour: row.cells[1].className, holds: row.dataset.holds, a: row.cells[2].textContent, b: row.cells[3].textContent,
}));
"""


def test_the_section_comes_first_with_the_real_changes_first(director, lohja):
    driver = director
    survey.set_viewport(driver, 1280, 900)
    driver.get(dashboard(lohja))
    place = driver.execute_script(PLACE)
    assert not place["before"], f"before the section in the main content: {place['before']}"
    assert place["top"] < 900, f"the section starts {place['top']:.0f} px down (the first screen is 900 px)"
    assert driver.find_element(By.ID, "changes-heading").text == "Mikä muuttui: Lähtötaso 2017 → Seurantakysely 2018"

    held = driver.execute_script(HELD)
    assert [row["item"] for row in held][:2] == ["Kirjasto on mielestäni… – ajanmukainen", "Minkä kouluarvosanan (4–10) antaisit kirjastolle, jota käytät eniten?"], held
    assert len(held) == 2, f"only the two real changes hold: {held}"
    modern, grade = held
    assert modern["direction"] == "▼ laski" and modern["colour"] == "change-fell", modern
    assert grade["direction"] == "▲ nousi" and grade["colour"] == "change-rose", grade
    assert all(row["iconHidden"] == "true" and row["holds"] == "true" for row in held)
    assert grade["b"].strip() == "10,00" or grade["b"].strip().startswith("10"), grade

    # The chance sentence, then the rest folded: a closed <details> whose rows are not shown.
    chance = driver.find_element(By.CSS_SELECTOR, "#what-changed .changes-chance")
    assert chance.is_displayed() and "pelkästä sattumasta" in chance.text, chance.text
    rest = driver.find_element(By.CSS_SELECTOR, "#what-changed details.changes-rest")
    assert rest.get_attribute("open") is None
    summary = rest.find_element(By.TAG_NAME, "summary")
    assert summary.is_displayed() and summary.text.startswith("Muut vertailut")
    rows = rest.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert len(rows) >= 20 and not any(row.is_displayed() for row in rows)
    assert all(row.get_attribute("data-holds") == "false" for row in rows)
    # Summary, held table and rest all sit above the filters.
    filters = driver.find_element(By.CSS_SELECTOR, "form.filters").location["y"]
    assert summary.location["y"] < filters

    source = driver.page_source
    for signed_zero in ("−0,00", "-0,00", "−0.00", "-0.00", "+0,00", "+0.00"):
        assert signed_zero not in source, f"{signed_zero} on the page"


def test_a_wave_without_answers_is_said_plainly(director, lohja):
    driver = director
    survey.set_viewport(driver, 1280, 900)
    # Lohja's 2018 answers came on paper: none through the kiosk.
    driver.get(dashboard(lohja, QUERY + "&channel=kiosk"))
    message = driver.find_element(By.CSS_SELECTOR, "#what-changed .changes-too-few")
    assert message.is_displayed()
    assert "Kierroksella ”Seurantakysely 2018” ei ole tässä valinnassa yhtään vastausta." in message.text, message.text
    assert message.location["y"] < 900
    assert not driver.find_elements(By.CSS_SELECTOR, "#what-changed .changes-held, #what-changed .changes-rest")


def test_a_wave_with_no_answers_at_all_is_said_plainly():
    """The demo as it starts: 2018 is open but nobody has answered yet. Choosing 2017 against
    2018 must say so, not show nothing (the shared server's 2018 may have answers by now)."""
    fresh = KaikuServer(os.environ["KAIKU_BIN"])
    driver = None
    try:
        fresh.wait_until_ready()
        kaiku(fresh, "user", "add", USERNAME, "--role", "admin", "--password-stdin", stdin=PASSWORD + "\n")
        driver = make_driver(javascript=False, width=1280)
        survey.sign_in(driver, fresh.base_url, USERNAME, PASSWORD)
        driver.get(dashboard(fresh, "a=2017&b=2018"))
        message = driver.find_element(By.CSS_SELECTOR, "#what-changed .changes-too-few")
        assert message.is_displayed() and message.location["y"] < 900
        assert "Kierroksella ”Seurantakysely 2018” ei ole tässä valinnassa yhtään vastausta." in message.text, message.text
    finally:
        if driver:
            driver.quit()
        fresh.stop()


@pytest.mark.parametrize("language, heading, fell, rose, chance", [
    ("fi", "Mikä muuttui: Lähtötaso 2017 → Seurantakysely 2018", "laski", "nousi", "pelkästä sattumasta"),
    ("sv", "Vad förändrades: Utgångsläge 2017 → Uppföljning 2018", "sjönk", "steg", "av ren slump"),
    ("en", "What changed: Baseline 2017 → Follow-up 2018", "fell", "rose", "by chance alone"),
])
def test_the_printable_report_has_the_same_section(director, lohja, language, heading, fell, rose, chance):
    driver = director
    survey.set_viewport(driver, 1280, 900)
    driver.get(report(lohja, language))
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == language
    assert driver.find_element(By.ID, "changes-heading").text == heading
    place = driver.execute_script(PLACE)
    assert place["top"] < 900, place
    held = driver.execute_script(HELD)
    assert [row["direction"] for row in held] == [f"▼ {fell}", f"▲ {rose}"], held
    assert chance in driver.find_element(By.CSS_SELECTOR, "#what-changed .changes-chance").text
    # Open for print: a closed <details> would not print its table.
    rest = driver.find_element(By.CSS_SELECTOR, "#what-changed details.changes-rest")
    assert rest.get_attribute("open") is not None
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert driver.find_element(By.ID, "what-changed").is_displayed()
        assert all(row.is_displayed() for row in rest.find_elements(By.CSS_SELECTOR, "tbody tr")[:5])
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert not any(zero in driver.page_source for zero in ("−0,00", "-0,00", "−0.00", "-0.00"))


# Everything in the section that reaches past the viewport, except what is inside a table's
# own scrolling region (which scrolls there, by design).
SECTION_OVERFLOW = """
const width = document.documentElement.clientWidth;
const section = document.getElementById('what-changed');
const out = [];
for (const element of [section, ...section.querySelectorAll('*')]) {
  if (element.parentElement.closest('.table-scroll')) continue;
  const box = element.getBoundingClientRect();
  if (box.width === 0) continue;
  // A table's region may hold more than it shows (it scrolls); its own box must fit.
  const right = element.classList.contains('table-scroll') ? box.right : Math.max(box.right, box.left + element.scrollWidth);
  if (box.left < -0.5 || right > width + 0.5) out.push(element.tagName + '.' + element.className + ' ' + Math.round(box.left) + '…' + Math.round(right));
}
return {width: width, out: out, sectionScroll: section.scrollWidth - section.clientWidth};
"""


@pytest.mark.parametrize("page", ["dashboard", "report"])
def test_nothing_in_the_section_overflows_at_320(director, lohja, page):
    driver = director
    survey.set_viewport(driver, 320, 640, 1, phone=True)
    try:
        driver.get(dashboard(lohja) if page == "dashboard" else report(lohja, "sv"))
        for details in driver.find_elements(By.CSS_SELECTOR, "#what-changed details:not([open]) > summary"):
            details.click()
        found = driver.execute_script(SECTION_OVERFLOW)
        assert found["width"] == 320
        assert not found["out"] and found["sectionScroll"] <= 0, found
        checks.assert_no_horizontal_scroll(driver, f"{page} at 320 px")
        for region in driver.find_elements(By.CSS_SELECTOR, "#what-changed .table-scroll"):
            assert region.get_attribute("role") == "region" and region.get_attribute("tabindex") == "0"
    finally:
        survey.set_viewport(driver, 1280, 900)


def test_axe_finds_nothing_on_the_section(director, lohja, axe_source):
    driver = make_driver(javascript=True, width=1280)
    try:
        survey.share_session(director, driver, lohja.base_url)
        found = {}
        for name, url in (("dashboard", dashboard(lohja)), ("dashboard, a wave without answers", dashboard(lohja, QUERY + "&channel=kiosk")),
                          ("report (en)", report(lohja, "en"))):
            driver.get(url)
            assert driver.find_elements(By.ID, "what-changed"), name
            driver.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
            found[name] = checks.axe_violations(driver, axe_source)
        assert not any(found.values()), checks.describe_violations(found)
    finally:
        driver.quit()
