"""The respondent's last step, in a browser with JavaScript off, in Swedish: on a step whose
answer decides whether a follow-up step is shown (NPS ≤ 6 → "what should we improve?"), the
button says "Nästa", not "Skicka svaren", and the progress does not claim the last step; a
detractor reaches the follow-up, a promoter gets "Skicka svaren" on the step after which nothing can follow."""
import datetime
import uuid

from selenium.webdriver.common.by import By

import survey
from forms import press, set_value

SURVEY_ID = "rekommendation-" + uuid.uuid4().hex[:6]

DEFINITION = f"""kaiku: 1
id: {SURVEY_ID}
title: {{fi: Suosittelisitko kirjastoa?, sv: Skulle du rekommendera biblioteket?, en: Would you recommend the library?}}
languages: [fi, sv, en]
pages:
  - id: recommend
    questions:
      - {{id: nps, type: nps, required: true, text: {{fi: Suosittelisitko kirjastoa ystävällesi?, sv: Skulle du rekommendera biblioteket för en vän?, en: Would you recommend the library to a friend?}}}}
  - id: improve
    questions:
      - {{id: improve, type: text, show_if: "nps <= 6", text: {{fi: Mitä meidän pitäisi parantaa?, sv: Vad borde vi förbättra?, en: What should we improve?}}}}
  - id: praise
    questions:
      - {{id: praise, type: text, show_if: "nps >= 9", text: {{fi: Mistä pidit eniten?, sv: Vad tyckte du bäst om?, en: What did you like best?}}}}
"""




def publish(driver, base_url: str) -> None:
    """Creates the survey, writes its source, publishes it and opens a wave from yesterday."""
    driver.get(base_url + "/staff/surveys")
    field = driver.find_element(By.ID, "f-id")
    field.clear()
    field.send_keys(SURVEY_ID)
    for code, text in (("fi", "Suosittelu"), ("sv", "Rekommendation"), ("en", "Recommendation")):
        driver.find_element(By.ID, f"f-title_{code}").send_keys(text)
    press(driver, "form[action='/staff/surveys'] button[type=submit]")
    driver.get(f"{base_url}/staff/surveys/{SURVEY_ID}/source")
    set_value(driver, "f-source", DEFINITION)
    press(driver, f"form[action='/staff/surveys/{SURVEY_ID}/source'] button[type=submit]")
    driver.get(f"{base_url}/staff/surveys/{SURVEY_ID}/edit")
    driver.find_element(By.ID, "f-confirm").click()
    press(driver, f"form[action='/staff/surveys/{SURVEY_ID}/publish'] button")
    driver.get(f"{base_url}/staff/surveys/{SURVEY_ID}/waves")
    driver.find_element(By.ID, "f-id").send_keys("2026")
    for code, text in (("fi", "Kevät 2026"), ("sv", "Våren 2026"), ("en", "Spring 2026")):
        driver.find_element(By.ID, f"f-name_{code}").send_keys(text)
    yesterday = (datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=1)).date().isoformat()
    set_value(driver, "f-opens_date", yesterday)
    set_value(driver, "f-opens_time", "08:00")
    press(driver, "form[action$='/waves'] button[type=submit]")


def start_in_swedish(driver, base_url: str) -> None:
    driver.get(f"{base_url}/s/{SURVEY_ID}?lang=sv")
    press(driver, "form.start-form button[type=submit]")
    assert "Skulle du rekommendera biblioteket för en vän?" in driver.find_element(By.TAG_NAME, "main").text


def test_a_detractor_sees_next_and_reaches_the_follow_up_a_promoter_sends(staff_browser, browser, base_url):
    publish(staff_browser, base_url)

    start_in_swedish(browser, base_url)
    assert survey.next_button(browser).text == "Nästa", "a follow-up step may come: not 'Skicka svaren'"
    assert survey.progress(browser) == "Steg 1/3"
    survey.choose(browser, "nps", "4")
    survey.press_next(browser)
    assert "Vad borde vi förbättra?" in browser.find_element(By.TAG_NAME, "main").text
    assert survey.next_button(browser).text == "Skicka svaren"
    assert survey.progress(browser) == "Steg 2/2"
    survey.type_text(browser, "improve", "Längre öppettider.")
    survey.press_next(browser)
    assert survey.is_thanks_page(browser)

    # A promoter reaches the praise step, after which nothing can follow.
    start_in_swedish(browser, base_url)
    assert survey.next_button(browser).text == "Nästa"
    survey.choose(browser, "nps", "10")
    survey.press_next(browser)
    assert "Vad tyckte du bäst om?" in browser.find_element(By.TAG_NAME, "main").text
    assert survey.next_button(browser).text == "Skicka svaren"
    assert survey.progress(browser) == "Steg 2/2"
    survey.press_next(browser)
    assert survey.is_thanks_page(browser)

    # A passive: neither follow-up applies, so "Nästa" on the NPS step ends the survey.
    start_in_swedish(browser, base_url)
    survey.choose(browser, "nps", "8")
    survey.press_next(browser)
    assert survey.is_thanks_page(browser)
