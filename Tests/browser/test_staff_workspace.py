"""The staff workspace in a real browser: inviting a user who then chooses a password through
the link, the user, account, audit and import pages under axe-core, and at 320 px."""

from selenium.webdriver.common.by import By

import checks
import conftest
import survey


def submit_form(driver, selector: str) -> None:
    survey.submit_with(driver, driver.find_element(By.CSS_SELECTOR, f"{selector} button[type=submit]"))


def main_text(driver) -> str:
    return driver.find_element(By.TAG_NAME, "main").text


def test_an_invited_user_chooses_a_password_and_sees_only_their_library(staff_browser, base_url):
    """The admin invites a Swedish-speaking interviewer of Lohja by the form, as a person would."""
    driver = staff_browser
    driver.get(base_url + "/staff/users/new")
    driver.find_element(By.ID, "field-username").send_keys("anna.intervjuare")
    driver.find_element(By.CSS_SELECTOR, "label[for=role-interviewer]").click()
    driver.find_element(By.CSS_SELECTOR, "label[for=library-lohja]").click()
    driver.find_element(By.CSS_SELECTOR, "#field-language option[value=sv]").click()
    submit_form(driver, "form.narrow-form")
    assert survey.heading(driver) == "Käyttäjä on luotu"
    link = driver.find_element(By.ID, "invitation-link").get_attribute("value")
    assert "/staff/invitation/" in link

    invited = conftest.make_driver(javascript=False, width=1280)
    try:
        invited.get(link)
        assert survey.html_lang(invited) == "sv"
        assert survey.heading(invited) == "Välj ett lösenord"
        invited.find_element(By.ID, "new").send_keys("ett långt eget lösenord")
        invited.find_element(By.ID, "repeat").send_keys("ett långt eget lösenord")
        submit_form(invited, "form.narrow-form")
        assert survey.path_of(invited) == "/staff"
        text = main_text(invited)
        assert "Du har rollen intervjuare, så resultaten visas inte för dig." in text
        invited.get(survey.results_url(base_url))
        assert survey.heading(invited) == "Ingen behörighet"
        invited.get(link)
        assert "Den här inbjudningslänken har redan använts." in main_text(invited)
    finally:
        invited.quit()

    driver.get(base_url + "/staff/audit?q=anna.intervjuare")
    rows = driver.find_elements(By.CSS_SELECTOR, "main table tbody tr")
    actions = [row.find_elements(By.TAG_NAME, "td")[2].text for row in rows]
    assert actions == ["user.invitation_accepted", "user.create"]


def test_axe_on_the_staff_workspace_pages(js_browser, base_url, axe_source, admin_password):
    found = {}
    driver = js_browser
    driver.get(base_url + "/staff/sign-in")
    driver.delete_all_cookies()
    survey.sign_in(driver, base_url, "admin", admin_password)
    assert survey.path_of(driver) == "/staff"
    driver.get(base_url + "/staff/users")
    found["users"] = checks.axe_violations(driver, axe_source)
    driver.get(base_url + "/staff/users/new")
    found["new user"] = checks.axe_violations(driver, axe_source)
    driver.find_element(By.ID, "field-username").send_keys("Väärä Muoto")
    driver.execute_script("document.getElementById('field-username').removeAttribute('required')")
    submit_form(driver, "form.narrow-form")
    assert driver.find_elements(By.CSS_SELECTOR, ".error-summary a[href='#field-username']")
    found["new user with errors"] = checks.axe_violations(driver, axe_source)
    driver.find_element(By.CSS_SELECTOR, ".error-summary a[href='#field-role']").click()
    assert driver.switch_to.active_element.get_attribute("id") == "field-role", "the summary link moves focus to the field"

    driver.get(base_url + "/staff/users")
    driver.find_element(By.LINK_TEXT, "admin").click()
    found["edit user"] = checks.axe_violations(driver, axe_source)
    driver.get(base_url + "/staff/account")
    found["account"] = checks.axe_violations(driver, axe_source)
    driver.get(base_url + "/staff/audit")
    found["audit log"] = checks.axe_violations(driver, axe_source)
    driver.get(base_url + "/staff/surveys/import")
    found["import"] = checks.axe_violations(driver, axe_source)
    survey.sign_out(driver)
    driver.get(base_url + "/staff/invitation/no-such-link")
    found["unknown invitation"] = checks.axe_violations(driver, axe_source)
    assert not any(found.values()), checks.describe_violations(found)


def test_staff_workspace_pages_reflow_at_320_px(staff_browser, narrow_browser, base_url):
    survey.share_session(staff_browser, narrow_browser, base_url)
    for path in ("/staff/users", "/staff/users/new", "/staff/audit", "/staff/account", "/staff/surveys/import"):
        narrow_browser.get(base_url + path)
        assert survey.path_of(narrow_browser) == path
        checks.assert_no_horizontal_scroll(narrow_browser, path)
