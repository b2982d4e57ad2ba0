"""Tables that fit (issue 11, item 3) and the public links (item 4) in a real browser.

At 1280 px no staff data table is wider than its container and none reaches past the
viewport: the import mapping (its choices in view), the dashboard's group and comparison
tables, the results tables. At 320 px the page itself never scrolls sideways; a table wider
than the screen scrolls inside its own container, which is a keyboard-focusable region with
an accessible name (WCAG 1.4.10 reflow, 2.1.1 keyboard). The waves page shows the survey's
public links in read-only fields that also fit at 320 px. axe-core finds nothing on these pages."""

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

import checks
import survey
from survey import SURVEY

# A Webropol-style export with long column headings: the mapping table's widest case.
CSV = (
    "Vastausaika;Minkä kouluarvosanan (4–10) antaisit kirjastolle, jota käytät eniten?;"
    "Saitko viimeksi sen, mitä tulit hakemaan?;Mistä saat apua, kun et löydä etsimääsi kirjastossa?\n"
    "2.10.2017 12:00;9;Kyllä;Palvelutiskiltä / Puhelimitse\n"
    "3.10.2017 14:30;8;Osittain;Verkko-ohjeista\n"
)


def dashboard_url(base_url: str) -> str:
    """Lohja, 2017 against 2018: the group table by outlet and the wave comparison."""
    return f"{base_url}/staff/surveys/{SURVEY}/dashboard?library=lohja&a=2017&b=2018&by=outlet"


def waves_url(base_url: str) -> str:
    return f"{base_url}/staff/surveys/{SURVEY}/waves"


# Every table-scroll container: its size, whether it is a named, focusable region, and the
# box of the table it holds.
MEASURE = """
const viewport = document.documentElement.clientWidth;
return Array.from(document.querySelectorAll('table')).map(table => {
  const box = table.getBoundingClientRect();
  const container = table.closest('.table-scroll');
  const describe = table.caption ? table.caption.textContent.trim().slice(0, 60)
    : (table.closest('section, form, details')?.querySelector('h2, h3, summary')?.textContent.trim().slice(0, 60) || table.className);
  const result = {table: describe, left: box.left, right: box.right, width: box.width, viewport: viewport,
                  visible: box.width > 0, wrapped: !!container};
  if (container) {
    const labelled = (container.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean)
      .map(id => (document.getElementById(id)?.textContent || '').trim()).join(' ');
    Object.assign(result, {
      scrollWidth: container.scrollWidth, clientWidth: container.clientWidth,
      containerRight: container.getBoundingClientRect().right,
      role: container.getAttribute('role'), tabindex: container.getAttribute('tabindex'),
      name: labelled || (container.getAttribute('aria-label') || '').trim(),
    });
  }
  return result;
});
"""


def upload_mapping(driver, base_url, tmp_path) -> str:
    """Uploads the export to wave 2017 and returns the mapping page's address."""
    driver.get(f"{base_url}/staff/surveys/{SURVEY}/waves/2017/import")
    path = tmp_path / "webropol-wide.csv"
    path.write_text(CSV, encoding="utf-8")
    driver.find_element(By.ID, "file").send_keys(str(path))
    driver.find_element(By.ID, "source").send_keys("Webropol 2017")
    survey.submit_with(driver, driver.find_element(By.CSS_SELECTOR, "form[enctype] button[type=submit]"))
    assert driver.find_elements(By.CSS_SELECTOR, "table select"), driver.page_source[:2000]
    return driver.current_url


@pytest.fixture(scope="module")
def pages(staff_browser, base_url, tmp_path_factory):
    """name → address of each staff page with a data table (and the waves page's links)."""
    return {
        "import mapping": upload_mapping(staff_browser, base_url, tmp_path_factory.mktemp("import")),
        "dashboard, Lohja 2017 vs 2018 by outlet": dashboard_url(base_url),
        "results 2017": survey.results_url(base_url, "2017"),
        "results, all waves": survey.all_waves_results_url(base_url),
        "waves and public links": waves_url(base_url),
    }


def open_visible(driver) -> None:
    """Opens every folded data table and link group, as a reader would (no JavaScript: a click each)."""
    for summary in driver.find_elements(By.CSS_SELECTOR, "details:not([open]) > summary"):
        driver.execute_script("arguments[0].parentElement.open = true", summary)


def test_at_1280_no_table_is_cut_off(staff_browser, pages):
    driver = staff_browser
    survey.set_viewport(driver, 1280, 900)
    problems, seen = [], {}
    for name, url in pages.items():
        driver.get(url)
        open_visible(driver)
        tables = [t for t in driver.execute_script(MEASURE) if t["visible"]]
        seen[name] = len(tables)
        for t in tables:
            where = f"{name}: table '{t['table']}'"
            if not t["wrapped"]:
                problems.append(f"{where} is not inside a .table-scroll region")
                continue
            if t["scrollWidth"] > t["clientWidth"] + 1:
                problems.append(f"{where} is {t['scrollWidth']} px wide inside a {t['clientWidth']} px container")
            if t["right"] > t["viewport"] + 0.5 or t["containerRight"] > t["viewport"] + 0.5:
                problems.append(f"{where} reaches to {t['right']:.0f} px of a {t['viewport']} px viewport")
        try:
            checks.assert_no_horizontal_scroll(driver, name)
        except AssertionError as error:
            problems.append(str(error))
    assert seen["import mapping"] >= 1 and seen["dashboard, Lohja 2017 vs 2018 by outlet"] >= 3, seen
    assert seen["results 2017"] >= 10, seen
    assert not problems, "\n".join(problems)


def test_at_320_wide_tables_scroll_in_named_focusable_regions(narrow_browser, staff_browser, pages):
    driver = narrow_browser
    survey.set_viewport(driver, 320, 640, 1, phone=True)
    survey.share_session(staff_browser, driver, next(iter(pages.values())).split("/staff")[0])
    problems, scrolling = [], {}
    for name, url in pages.items():
        driver.get(url)
        open_visible(driver)
        try:
            checks.assert_no_horizontal_scroll(driver, name)
        except AssertionError as error:
            problems.append(str(error))
        scrolling[name] = 0
        for t in driver.execute_script(MEASURE):
            if not t["visible"]:
                continue
            where = f"{name}: table '{t['table']}'"
            if not t["wrapped"]:
                problems.append(f"{where} is not inside a .table-scroll region")
                continue
            if t["role"] != "region" or t["tabindex"] != "0" or not t["name"]:
                problems.append(f"{where}: its container is not a named, focusable region "
                                f"(role={t['role']}, tabindex={t['tabindex']}, name='{t['name']}')")
            if t["scrollWidth"] > t["clientWidth"] + 1:
                scrolling[name] += 1
    # The widest tables do not fit in 320 px: they must scroll inside their regions.
    for name in ("import mapping", "dashboard, Lohja 2017 vs 2018 by outlet"):
        if not scrolling[name]:
            problems.append(f"{name}: no table scrolls inside its region at 320 px (is it squeezed or clipped?)")
    assert not problems, "\n".join(problems)

    # A scrolling region takes the keyboard: focused with Tab, it scrolls with the arrow keys.
    driver.get(pages["import mapping"])
    region = driver.find_element(By.CSS_SELECTOR, ".table-scroll[aria-labelledby=columns-title]")
    driver.execute_script("arguments[0].focus()", region)
    assert driver.switch_to.active_element == region
    assert driver.execute_script("return arguments[0].scrollLeft", region) == 0
    ActionChains(driver).send_keys(Keys.ARROW_RIGHT * 5).perform()
    # Chromium scrolls smoothly: wait for the scroll to move.
    WebDriverWait(driver, 5, poll_frequency=0.05).until(
        lambda d: d.execute_script("return arguments[0].scrollLeft", region) > 0, "the region does not scroll with the keyboard")


def test_public_links_fit_at_320(narrow_browser, staff_browser, base_url):
    driver = narrow_browser
    survey.set_viewport(driver, 320, 640, 1, phone=True)
    survey.share_session(staff_browser, driver, base_url)
    driver.get(waves_url(base_url))
    open_visible(driver)
    fields = driver.find_elements(By.CSS_SELECTOR, ".public-links input[readonly]")
    assert len(fields) >= 3 * 12, f"expected the consortium's and every outlet's links in three languages, found {len(fields)}"
    values = [field.get_attribute("value") for field in fields]
    assert f"/s/{SURVEY}?outlet=lohja-main&lang=sv" in " ".join(values)
    for field in fields[:6]:
        label = driver.find_element(By.CSS_SELECTOR, f"label[for='{field.get_attribute('id')}']")
        assert label.text.strip(), "every link field has a visible label"
        box = field.rect
        assert box["x"] >= 0 and box["x"] + box["width"] <= 320, f"a link field reaches past the screen: {box}"
    checks.assert_no_horizontal_scroll(driver, "waves page with public links")


def test_axe_passes_on_the_table_pages(js_browser, staff_browser, base_url, axe_source, pages):
    survey.share_session(staff_browser, js_browser, base_url)
    found = {}
    for name, url in pages.items():
        js_browser.get(url)
        open_visible(js_browser)
        found[name] = checks.axe_violations(js_browser, axe_source)
    assert not any(found.values()), checks.describe_violations(found)
