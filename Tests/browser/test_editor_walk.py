"""Issue 11's "done means", as a new coordinator meets the editor with JavaScript off: a
three-question survey built on the starter scales, with a follow-up step shown when NPS ≤ 6,
without one confusing message (no "0 problems", no bare "translation missing: sv"), a saved
confirmation after each save and a confirm page before a question goes; published, a wave
opened, its public link read from the waves page, and a detractor answering in Swedish
through that link reaches the follow-up. axe-core finds nothing on the editor pages met."""

import datetime
import re
import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

import checks
from forms import fill, press, set_value, write_texts
import survey

SURVEY_ID = "palaute-" + uuid.uuid4().hex[:6]
BASE = f"/staff/surveys/{SURVEY_ID}"
SAVED = "Muutokset on tallennettu."





def main_text(driver) -> str:
    return driver.find_element(By.TAG_NAME, "main").text


def notice(driver) -> str:
    found = driver.find_elements(By.CSS_SELECTOR, ".notice[role=status]")
    return found[0].text if found else ""


def assert_says_what_it_means(driver, where: str) -> None:
    """No count of zero problems and no message that names only a language."""
    text = main_text(driver)
    assert not re.search(r"korjattavaa: 0\b", text), f"{where}: '0 problems' on the page:\n{text}"
    assert not re.search(r"käännös puuttuu|translation missing|missing translation", text, re.IGNORECASE), (
        f"{where}: a generic 'translation missing' message:\n{text}")



def add_question(driver, base_url: str, page: int, type_name: str) -> None:
    driver.get(base_url + BASE + "/edit")
    Select(driver.find_element(By.ID, f"f-type-{page}")).select_by_value(type_name)
    press(driver, f"form[action$='/pages/{page}/questions'] button[type=submit]")
    assert "/questions/" in survey.path_of(driver), driver.current_url


def save_question(driver) -> None:
    press(driver, ".question-editor .navigation button[value=save]")
    assert notice(driver) == SAVED, f"no saved confirmation after saving: {main_text(driver)}"
    assert_says_what_it_means(driver, "question after saving")


def build_survey(driver, base_url: str, axe_pages: list[str]) -> None:
    """Creates the survey in the editor, as a coordinator would, noting the pages to run axe on."""
    driver.get(base_url + "/staff/surveys")
    fill(driver, "f-id", SURVEY_ID)
    write_texts(driver, "title", "Asiakaspalaute", "Kundrespons", "Customer feedback")
    press(driver, "form[action='/staff/surveys'] button[type=submit]")
    assert survey.path_of(driver) == BASE + "/edit"
    assert_says_what_it_means(driver, "new survey")
    axe_pages.append(BASE + "/edit")

    # The starter scales are there, in all three languages.
    driver.get(base_url + BASE + "/scales")
    values = [field.get_attribute("value") for field in driver.find_elements(By.CSS_SELECTOR, "main input[type=text]")]
    for words in ("agree5", "satisfied5", "importance5", "Täysin samaa mieltä", "Mycket nöjd", "Very important"):
        assert words in values, f"starter scale text {words!r} missing from the scales page"
    axe_pages.append(BASE + "/scales")

    # 1. Satisfaction on the starter satisfaction scale.
    add_question(driver, base_url, 1, "scale")
    fresh = main_text(driver)
    assert "Ruotsinkielinen kysymysteksti puuttuu" in fresh, f"the missing text is not named at its field:\n{fresh}"
    assert_says_what_it_means(driver, "new question")
    axe_pages.append(survey.path_of(driver))
    fill(driver, "f-id", "satisfaction")
    write_texts(driver, "text", "Kuinka tyytyväinen olit käyntiisi?", "Hur nöjd var du med ditt besök?", "How satisfied were you with your visit?")
    assert driver.find_element(By.ID, "f-source-scale").is_selected(), "a new scale question starts on a starter scale"
    Select(driver.find_element(By.ID, "f-scale")).select_by_value("satisfied5")
    save_question(driver)

    # 2. NPS, required: its answer decides whether the follow-up step is shown.
    add_question(driver, base_url, 1, "nps")
    fill(driver, "f-id", "nps")
    write_texts(driver, "text", "Kuinka todennäköisesti suosittelisit kirjastoa ystävällesi?",
                "Hur sannolikt är det att du skulle rekommendera biblioteket för en vän?",
                "How likely are you to recommend the library to a friend?")
    driver.find_element(By.ID, "f-required").click()
    save_question(driver)

    # 3. The follow-up on a page of its own, only for detractors.
    driver.get(base_url + BASE + "/edit")
    press(driver, f"form[action='{BASE}/pages'] button")
    assert notice(driver) == SAVED
    add_question(driver, base_url, 2, "text")
    fill(driver, "f-id", "improve")
    write_texts(driver, "text", "Mitä meidän pitäisi parantaa?", "Vad borde vi förbättra?", "What should we improve?")
    fill(driver, "f-show_if", "nps <= 6")
    save_question(driver)
    assert not driver.find_elements(By.ID, "f-show_if-errors"), main_text(driver)

    # A question added by mistake goes, after a confirm page.
    add_question(driver, base_url, 2, "short_text")
    mistake = survey.path_of(driver).rsplit("/", 1)[-1]
    driver.get(base_url + BASE + "/edit")
    press(driver, f"form[action='{BASE}/questions/{mistake}'] button[value=remove]")
    assert survey.path_of(driver) == f"{BASE}/questions/{mistake}", "the confirm page answers the removal's post"
    assert driver.find_element(By.TAG_NAME, "h1").text == "Poistetaanko kysymys?"
    assert f"{BASE}/questions/{mistake}" in driver.page_source, "the question is still there until confirmed"
    press(driver, ".confirm-form button[type=submit]")
    assert notice(driver) == SAVED
    assert not driver.find_elements(By.CSS_SELECTOR, f"a[href='{BASE}/questions/{mistake}']"), "the question was removed"

    summary = driver.find_elements(By.CSS_SELECTOR, ".error-summary")
    assert not summary, summary[0].text
    assert_says_what_it_means(driver, "finished overview")


def publish_and_open_wave(driver, base_url: str) -> None:
    driver.get(base_url + BASE + "/edit")
    driver.find_element(By.ID, "f-confirm").click()
    press(driver, f"form[action='{BASE}/publish'] button")
    assert "Kysely julkaistiin versiona 1." in notice(driver), main_text(driver)
    driver.find_element(By.LINK_TEXT, "Kyselykierrokset").click()
    fill(driver, "f-id", "2026")
    write_texts(driver, "name", "Kevät 2026", "Våren 2026", "Spring 2026")
    yesterday = (datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=1)).date().isoformat()
    set_value(driver, "f-opens_date", yesterday)
    set_value(driver, "f-opens_time", "08:00")
    press(driver, "form[action$='/waves'] button[type=submit]")
    assert "Kierros 2026 tallennettiin." in notice(driver), main_text(driver)


def public_link(driver, base_url: str, field_id: str) -> str:
    """The link as a coordinator copies it: from a read-only field on the survey's waves page."""
    driver.get(base_url + BASE + "/waves")
    field = driver.find_element(By.ID, field_id)
    group = field.find_element(By.XPATH, "./ancestor::details")
    if group.get_attribute("open") is None:
        group.find_element(By.TAG_NAME, "summary").click()  # a library's links are folded until opened
    assert field.is_displayed(), f"{field_id} is not shown"
    assert field.get_attribute("readonly") is not None, "the link field is read-only"
    label = driver.find_element(By.CSS_SELECTOR, f"label[for='{field_id}']").text
    assert label.strip(), "the link field has a label"
    return field.get_attribute("value")


def test_a_coordinator_builds_publishes_and_a_swedish_detractor_reaches_the_follow_up(
        staff_browser, browser, js_browser, base_url, axe_source):
    axe_pages: list[str] = []
    build_survey(staff_browser, base_url, axe_pages)
    axe_pages += [BASE + "/edit", BASE + "/questions/improve", BASE + "/preview"]

    # axe over the editor pages met on the way, and over the confirm page.
    survey.share_session(staff_browser, js_browser, base_url)
    found: dict[str, list] = {}
    for path in axe_pages:
        js_browser.get(base_url + path)
        found[path] = checks.axe_violations(js_browser, axe_source)
    js_browser.get(base_url + BASE + "/edit")
    survey.submit_with(js_browser, js_browser.find_element(By.CSS_SELECTOR, f"form[action='{BASE}/questions/improve'] button[value=remove]"))
    found["confirm page"] = checks.axe_violations(js_browser, axe_source)
    survey.submit_with(js_browser, js_browser.find_element(By.CSS_SELECTOR, ".confirm-form a.button"))
    assert js_browser.find_elements(By.CSS_SELECTOR, f"a[href='{BASE}/questions/improve']"), "cancel keeps the question"

    publish_and_open_wave(staff_browser, base_url)
    link = public_link(staff_browser, base_url, "public-link-lohja-main-sv")
    assert link.startswith(base_url + f"/s/{SURVEY_ID}?") and "outlet=lohja-main" in link and "lang=sv" in link, link
    assert public_link(staff_browser, base_url, "public-link-all-sv").endswith(f"/s/{SURVEY_ID}?lang=sv")
    js_browser.get(base_url + BASE + "/waves")
    found["waves with public links"] = checks.axe_violations(js_browser, axe_source)
    assert not any(found.values()), checks.describe_violations(found)

    # A detractor follows the link in Swedish: "Nästa" on the NPS step, then the follow-up.
    browser.get(link)
    press(browser, "form.start-form button[type=submit]")
    assert "Hur sannolikt är det att du skulle rekommendera biblioteket för en vän?" in main_text(browser)
    assert survey.next_button(browser).text == "Nästa", "a follow-up step may come: not 'Skicka svaren'"
    survey.choose(browser, "satisfaction", "2")
    survey.choose(browser, "nps", "3")
    survey.press_next(browser)
    assert "Vad borde vi förbättra?" in main_text(browser), "the detractor reaches the follow-up step"
    assert survey.next_button(browser).text == "Skicka svaren"
    survey.type_text(browser, "improve", "Fler sittplatser i tidningsläsesalen.")
    survey.press_next(browser)
    assert survey.is_thanks_page(browser)
