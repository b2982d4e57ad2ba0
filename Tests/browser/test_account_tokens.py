"""Personal API tokens on the account page in a real browser: created with an expiry, listed
with created, last used and expiry, revoked; the page with its token table under axe-core."""

import json
import urllib.error
import urllib.request

from selenium.webdriver.common.by import By

import checks
import survey


def api_status(base_url: str, token: str) -> int:
    request = urllib.request.Request(base_url + "/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(request) as response:
            json.load(response)
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_a_token_is_created_with_an_expiry_listed_and_revoked(js_browser, base_url, axe_source, admin_password):
    driver = js_browser
    survey.sign_in(driver, base_url, "admin", admin_password)
    driver.get(base_url + "/staff/account")
    driver.find_element(By.ID, "token-label").send_keys("raportointi")
    driver.find_element(By.ID, "token-days").send_keys("30")
    survey.submit_with(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/staff/account/tokens'] button[type=submit]"))
    token = driver.find_element(By.ID, "new-token").get_attribute("value")
    assert token.startswith("kaiku_")
    assert "Tunnus vanhenee" in driver.find_element(By.TAG_NAME, "main").text
    assert api_status(base_url, token) == 200

    driver.get(base_url + "/staff/account")
    rows = driver.find_elements(By.CSS_SELECTOR, "#tokens-caption ~ tbody tr")
    cells = [row.find_element(By.TAG_NAME, "th").text for row in rows]
    assert "raportointi" in cells
    row = rows[cells.index("raportointi")]
    used = row.find_elements(By.TAG_NAME, "td")[1].text
    assert used != "ei vielä", "the use just made is shown"
    found = {"account with tokens": checks.axe_violations(driver, axe_source)}
    assert not any(found.values()), checks.describe_violations(found)

    survey.submit_with(driver, row.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert "Tunnus raportointi on poistettu käytöstä" in driver.find_element(By.TAG_NAME, "main").text
    assert api_status(base_url, token) == 401
