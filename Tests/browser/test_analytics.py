"""The analytics pages in a real browser: the dashboard and the open answers pass axe-core,
do not scroll sideways at 320 px, and a director picks Lohja and two waves with the plain
filter form (no JavaScript) and reads the changes on one page."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

import checks
import survey
from survey import SURVEY


def dashboard_url(base_url: str, query: str = "") -> str:
    return f"{base_url}/staff/surveys/{SURVEY}/dashboard{query}"


def test_director_picks_lohja_and_two_waves(staff_browser, base_url):
    driver = staff_browser
    driver.get(dashboard_url(base_url))
    Select(driver.find_element(By.ID, "filter-library")).select_by_value("lohja")
    Select(driver.find_element(By.ID, "filter-a")).select_by_value("2017")
    Select(driver.find_element(By.ID, "filter-b")).select_by_value("2018")
    survey.submit_with(driver, driver.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]"))
    assert "library=lohja" in driver.current_url and "a=2017" in driver.current_url
    assert Select(driver.find_element(By.ID, "filter-library")).first_selected_option.get_attribute("value") == "lohja"
    headline = driver.find_element(By.CSS_SELECTOR, ".headline").text
    assert "vastausta" in headline or "responses" in headline
    # Every chart is an image with a name and a description; every question has its figures.
    charts = driver.find_elements(By.CSS_SELECTOR, "svg[role=img]")
    assert len(charts) > 10
    for chart in charts[:5]:
        assert chart.get_attribute("aria-labelledby")
    assert driver.find_elements(By.CSS_SELECTOR, "table.heat-table")


def test_axe_and_reflow_on_analytics_pages(js_browser, narrow_browser, staff_browser, base_url, axe_source):
    survey.share_session(staff_browser, js_browser, base_url)
    found = {}
    js_browser.get(dashboard_url(base_url, "?library=lohja&a=2017&b=2018"))
    assert js_browser.find_elements(By.CSS_SELECTOR, "svg[role=img]")
    found["dashboard, Lohja"] = checks.axe_violations(js_browser, axe_source)
    js_browser.get(dashboard_url(base_url, "?wave=1999"))
    found["dashboard with an error"] = checks.axe_violations(js_browser, axe_source)
    js_browser.get(f"{base_url}/staff/surveys/{SURVEY}/answers?key=best_moment&wave=2017")
    assert js_browser.find_elements(By.CSS_SELECTOR, ".answer-list blockquote")
    found["open answers"] = checks.axe_violations(js_browser, axe_source)
    assert not any(found.values()), checks.describe_violations(found)

    survey.set_viewport(narrow_browser, 320, 640, 1, phone=True)
    survey.share_session(staff_browser, narrow_browser, base_url)
    for name, path in [
        ("dashboard", dashboard_url(base_url, "?a=2017&b=2018")),
        ("open answers", f"{base_url}/staff/surveys/{SURVEY}/answers?key=best_moment"),
    ]:
        narrow_browser.get(path)
        checks.assert_no_horizontal_scroll(narrow_browser, name)
