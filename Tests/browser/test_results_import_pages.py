"""The import of earlier results in a real browser: the upload, mapping (also with a field in
error) and preview pages pass axe-core, and the wide mapping table scrolls inside its region at
320 px, not the page."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

import checks
import survey
from survey import SURVEY

CSV = (
    "Vastausaika;Minkä kouluarvosanan (4–10) antaisit kirjastolle, jota käytät eniten?;Saitko viimeksi sen, mitä tulit hakemaan?;Apu\n"
    "2.10.2017 12:00;9;Kyllä;Palvelutiskiltä / Puhelimitse\n"
    "3.10.2017 14:30;8;Osittain;Verkko-ohjeista\n"
    "4.10.2017 9:15;11;Ehkä;\n"
)


def test_axe_and_reflow_on_the_import_pages(js_browser, narrow_browser, staff_browser, base_url, axe_source, tmp_path):
    survey.share_session(staff_browser, js_browser, base_url)
    found = {}
    upload = f"{base_url}/staff/surveys/{SURVEY}/waves/2017/import"
    js_browser.get(upload)
    found["import upload"] = checks.axe_violations(js_browser, axe_source)

    path = tmp_path / "webropol.csv"
    path.write_text(CSV, encoding="utf-8")
    js_browser.find_element(By.ID, "file").send_keys(str(path))
    js_browser.find_element(By.ID, "source").send_keys("Webropol 2017")
    survey.submit_with(js_browser, js_browser.find_element(By.CSS_SELECTOR, "form[enctype] button[type=submit]"))
    assert js_browser.find_elements(By.CSS_SELECTOR, "table select"), js_browser.page_source[:2000]
    mapping = js_browser.current_url
    found["import mapping"] = checks.axe_violations(js_browser, axe_source)

    # A multiple-choice column brings the separator field; a date that cannot be read, an error.
    Select(js_browser.find_element(By.ID, "col-3")).select_by_value("answer:help_channels")
    survey.submit_with(js_browser, js_browser.find_element(By.CSS_SELECTOR, "button.primary"))
    js_browser.get(mapping)
    separator = js_browser.find_element(By.ID, "multi-separator")
    separator.clear()
    separator.send_keys(" / ")
    js_browser.find_element(By.ID, "default-date").send_keys("31.2.2017")
    survey.submit_with(js_browser, js_browser.find_element(By.CSS_SELECTOR, "button.primary"))
    assert js_browser.find_elements(By.CSS_SELECTOR, ".error-summary a[href='#default-date']"), js_browser.page_source[:3000]
    found["import mapping, a field in error"] = checks.axe_violations(js_browser, axe_source)
    js_browser.find_element(By.ID, "default-date").clear()

    survey.submit_with(js_browser, js_browser.find_element(By.CSS_SELECTOR, "button.primary"))
    found["import preview"] = checks.axe_violations(js_browser, axe_source)
    assert not any(found.values()), checks.describe_violations(found)

    survey.set_viewport(narrow_browser, 320, 640, 1, phone=True)
    survey.share_session(staff_browser, narrow_browser, base_url)
    for name, url in [("import upload", upload), ("import mapping", mapping)]:
        narrow_browser.get(url)
        checks.assert_no_horizontal_scroll(narrow_browser, name)
