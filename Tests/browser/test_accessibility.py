"""axe-core (WCAG 2.0/2.1 A and AA rules) finds nothing on the respondent pages, the message
pages, the staff pages and the accessibility statement. axe needs JavaScript, so these run in
the JavaScript-on browser over the same server-rendered pages."""

from selenium.webdriver.common.by import By

import checks
import survey
from survey import FULL_ANSWERS, SURVEY


def test_axe_on_every_step_of_the_full_form(js_browser, base_url, axe_source):
    found: dict[str, list] = {}

    def check(name: str) -> None:
        found[name] = checks.axe_violations(js_browser, axe_source)

    js_browser.get(survey.survey_url(base_url, lang="fi"))
    check("intro (fi)")
    survey.submit_with(js_browser, js_browser.find_element(By.CSS_SELECTOR, "form.start-form button"))
    steps = 0
    while not survey.is_thanks_page(js_browser):
        label = survey.progress(js_browser)
        if label == "Vaihe 2/10":
            survey.press_next(js_browser)  # nothing chosen: the step comes back with its errors
            assert js_browser.find_elements(By.CSS_SELECTOR, ".error-summary")
            check(f"{label} with errors")
        if label == "Vaihe 3/10":
            survey.switch_language(js_browser, "sv")
            check("Steg 3/10 (after switching to Swedish)")
            survey.switch_language(js_browser, "fi")
        survey.answer_page(js_browser, FULL_ANSWERS)
        check(f"{label}: {survey.heading(js_browser)}")
        survey.press_next(js_browser)
        steps += 1
    check("thank-you page")
    assert steps == 10
    assert not any(found.values()), checks.describe_violations(found)


def test_axe_on_front_page_message_pages_and_the_accessibility_statement(js_browser, base_url, axe_source):
    pages = {
        "front page (fi)": "/?lang=fi",
        "front page (sv)": "/?lang=sv",
        "unknown survey": "/s/nope",
        "unknown survey (sv)": "/s/nope?lang=sv",
        "unknown outlet": f"/s/{SURVEY}?outlet=nowhere&lang=fi",
        "unknown form": f"/s/{SURVEY}?form=nope&lang=en",
        "doorstep intro (sv)": f"/s/{SURVEY}?outlet=lohja-main&lang=sv&form=doorstep",
        "accessibility statement (fi)": "/accessibility?lang=fi",
        "accessibility statement (sv)": "/accessibility?lang=sv",
        "accessibility statement (en)": "/accessibility?lang=en",
    }
    found = {}
    for name, path in pages.items():
        js_browser.get(base_url + path)
        assert js_browser.find_element(By.TAG_NAME, "h1").text, f"{name} has no heading"
        found[name] = checks.axe_violations(js_browser, axe_source)

    # An answer sent with a token the server does not know: the "start again" page.
    survey.start(js_browser, base_url)
    js_browser.execute_script("document.querySelector('input[name=token]').value = 'no-such-draft'")
    survey.press_next(js_browser)
    assert survey.heading(js_browser) == "Vastaaminen keskeytyi"
    found["expired answer"] = checks.axe_violations(js_browser, axe_source)
    assert not any(found.values()), checks.describe_violations(found)


def test_axe_on_staff_pages(js_browser, base_url, axe_source, admin_password):
    found = {}
    js_browser.get(base_url + "/staff/sign-in")
    js_browser.delete_all_cookies()
    js_browser.get(base_url + "/staff/sign-in")
    found["sign-in"] = checks.axe_violations(js_browser, axe_source)
    survey.sign_in(js_browser, base_url, "admin", "not the password")
    assert js_browser.find_elements(By.CSS_SELECTOR, ".error-summary")
    found["sign-in with an error"] = checks.axe_violations(js_browser, axe_source)

    survey.sign_in(js_browser, base_url, "admin", admin_password)
    assert survey.path_of(js_browser) == "/staff"
    found["staff home"] = checks.axe_violations(js_browser, axe_source)
    # One results page with its tables: axe takes seconds over them, and each wave's page
    # is the same template with other figures (wave 2018 alone may be too small for tables).
    js_browser.get(survey.all_waves_results_url(base_url))
    assert js_browser.find_elements(By.CSS_SELECTOR, "table.distribution")
    found["results, all waves"] = checks.axe_violations(js_browser, axe_source)
    js_browser.get(base_url + "/staff/password")
    found["change password"] = checks.axe_violations(js_browser, axe_source)
    survey.sign_out(js_browser)
    assert not any(found.values()), checks.describe_violations(found)


def test_axe_harness_reports_what_it_finds(js_browser, base_url, axe_source):
    """The checks above can fail: spoil a page on purpose and axe must say so."""
    js_browser.get(survey.survey_url(base_url, lang="fi"))
    js_browser.execute_script(
        "document.documentElement.removeAttribute('lang');"
        "document.querySelector('main').insertAdjacentHTML('beforeend', '<input type=text name=x>');")
    violations = checks.axe_violations(js_browser, axe_source)
    assert {"html-has-lang", "label"} <= {violation["id"] for violation in violations}
    report = checks.describe_violations({"spoiled intro": violations})
    assert "[serious] html-has-lang" in report and '<input type="text" name="x">' in report, report
