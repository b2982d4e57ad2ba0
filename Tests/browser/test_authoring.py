"""The survey editor as a new admin meets it: in the browser, with JavaScript off, an admin
creates a three-language survey (a choice, a scale and a text question, one show_if),
previews it in Swedish, publishes it, opens a wave, and a respondent answers it. axe-core
then checks the editor's pages."""

import datetime
import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

import checks
from forms import fill, press, set_value, write_texts
import survey

SURVEY_ID = "kirjastokaynti-" + uuid.uuid4().hex[:6]





def error_summary(driver) -> str:
    found = driver.find_elements(By.CSS_SELECTOR, ".error-summary")
    return found[0].text if found else ""


def add_question(driver, page: int, type_name: str) -> None:
    Select(driver.find_element(By.ID, f"f-type-{page}")).select_by_value(type_name)
    press(driver, f"form[action$='/pages/{page}/questions'] button[type=submit]")
    assert "/questions/" in survey.path_of(driver), driver.current_url



def save_question(driver) -> None:
    press(driver, ".question-editor .navigation button[value=save]")


def test_admin_creates_previews_publishes_and_a_respondent_answers(staff_browser, base_url):
    driver = staff_browser
    driver.get(base_url + "/staff")
    driver.find_element(By.CSS_SELECTOR, ".staff-nav a[href='/staff/surveys']").click()
    assert survey.path_of(driver) == "/staff/surveys"

    # A new survey in Finnish, Swedish and English.
    fill(driver, "f-id", SURVEY_ID)
    for code in ("fi", "sv", "en"):
        assert driver.find_element(By.ID, f"f-languages-{code}").is_selected()
    write_texts(driver, "title", "Kirjastokäynti", "Biblioteksbesöket", "Your library visit")
    press(driver, "form[action='/staff/surveys'] button[type=submit]")
    assert survey.path_of(driver) == f"/staff/surveys/{SURVEY_ID}/edit"
    assert "sivulla on oltava vähintään yksi kysymys" in error_summary(driver), "a survey without questions says what it lacks"

    # A choice question, required.
    add_question(driver, 1, "choice")
    assert "(puuttuu)" in driver.find_element(By.TAG_NAME, "main").text, "missing translations are flagged"
    fill(driver, "f-id", "visited")
    write_texts(driver, "text", "Kävitkö tänään kirjastossa?", "Besökte du biblioteket i dag?", "Did you visit the library today?")
    driver.find_element(By.ID, "f-required").click()
    fill(driver, "f-option_value_0", "yes")
    fill(driver, "f-option_value_1", "no")
    write_texts(driver, "option_label_0", "Kyllä", "Ja", "Yes")
    write_texts(driver, "option_label_1", "En", "Nej", "No")
    save_question(driver)
    assert survey.path_of(driver).endswith("/questions/visited"), driver.current_url

    # A scale question with its own options, and a show_if naming a question not asked yet:
    # the specific message appears next to the field right after saving.
    driver.get(f"{base_url}/staff/surveys/{SURVEY_ID}/edit")
    add_question(driver, 1, "scale")
    fill(driver, "f-id", "satisfaction")
    write_texts(driver, "text", "Kuinka tyytyväinen olit?", "Hur nöjd var du?", "How satisfied were you?")
    # A new scale question starts on the starter agreement scale; own options start from its five.
    assert driver.find_element(By.ID, "f-source-scale").is_selected()
    driver.find_element(By.ID, "f-source-options").click()
    save_question(driver)
    write_texts(driver, "option_label_0", "Tyytymätön", "Missnöjd", "Dissatisfied")
    write_texts(driver, "option_label_1", "Tyytyväinen", "Nöjd", "Satisfied")
    fill(driver, "f-show_if", "comment == 'x'")
    save_question(driver)
    errors = driver.find_element(By.ID, "f-show_if-errors").text
    assert "tuntematon kysymys comment" in errors, errors
    assert driver.find_element(By.ID, "f-show_if").get_attribute("aria-invalid") == "true"
    fill(driver, "f-show_if", "visited == 'yes'")
    save_question(driver)
    assert not driver.find_elements(By.ID, "f-show_if-errors")

    # A second page with a text question.
    driver.get(f"{base_url}/staff/surveys/{SURVEY_ID}/edit")
    press(driver, f"form[action='/staff/surveys/{SURVEY_ID}/pages'] button")
    add_question(driver, 2, "text")
    fill(driver, "f-id", "comment")
    write_texts(driver, "text", "Mitä muuta haluat kertoa?", "Vad vill du mer berätta?", "What else would you like to tell us?")
    save_question(driver)
    driver.get(f"{base_url}/staff/surveys/{SURVEY_ID}/edit")
    assert error_summary(driver) == "", error_summary(driver)

    # The preview in Swedish: nothing is stored.
    driver.find_element(By.LINK_TEXT, "Esikatselu").click()
    driver.find_element(By.CSS_SELECTOR, "a[href$='preview?lang=sv&form=full']").click()
    main = driver.find_element(By.TAG_NAME, "main").text
    assert "Förhandsgranskning" in main and "Besökte du biblioteket i dag?" in main, main
    survey.choose(driver, "visited", "yes")
    survey.press_next(driver)
    assert "Hur nöjd var du?" in driver.find_element(By.TAG_NAME, "main").text, "shown, as visited == 'yes'"
    survey.choose(driver, "satisfaction", "2")
    survey.press_next(driver)
    assert "Vad vill du mer berätta?" in driver.find_element(By.TAG_NAME, "main").text
    survey.press_next(driver)
    assert "Förhandsgranskningen är klar" in driver.find_element(By.TAG_NAME, "main").text

    # Publish, with the confirmation.
    driver.get(f"{base_url}/staff/surveys/{SURVEY_ID}/edit")
    driver.find_element(By.ID, "f-confirm").click()
    press(driver, f"form[action='/staff/surveys/{SURVEY_ID}/publish'] button")
    assert "Kysely julkaistiin versiona 1." in driver.find_element(By.CSS_SELECTOR, ".notice").text

    # Open a wave from yesterday, without an end.
    driver.find_element(By.LINK_TEXT, "Kyselykierrokset").click()
    fill(driver, "f-id", "2026")
    write_texts(driver, "name", "Kevät 2026", "Våren 2026", "Spring 2026")
    yesterday = (datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=1)).date().isoformat()
    set_value(driver, "f-opens_date", yesterday)
    set_value(driver, "f-opens_time", "08:00")
    press(driver, "form[action$='/waves'] button[type=submit]")
    assert "Kierros 2026 tallennettiin." in driver.find_element(By.CSS_SELECTOR, ".notice").text

    # A respondent answers at /s/{survey}; the results count goes up.
    before = survey.digits(results_headline(driver, base_url))
    driver.get(f"{base_url}/s/{SURVEY_ID}?lang=fi")
    press(driver, "form.start-form button[type=submit]")
    survey.choose(driver, "visited", "yes")
    survey.press_next(driver)
    survey.choose(driver, "satisfaction", "2")
    survey.press_next(driver)
    survey.type_text(driver, "comment", "Hyvä palvelu.")
    survey.press_next(driver)
    assert survey.is_thanks_page(driver)
    assert survey.digits(results_headline(driver, base_url)) == before + 1


def results_headline(driver, base_url: str) -> str:
    driver.get(f"{base_url}/staff/surveys/{SURVEY_ID}/results")
    return driver.find_element(By.CSS_SELECTOR, ".headline strong").text


def test_axe_on_the_editor_pages(staff_browser, js_browser, base_url, axe_source):
    survey.share_session(staff_browser, js_browser, base_url)
    lukki = f"/staff/surveys/{survey.SURVEY}"
    found: dict[str, list] = {}
    js_browser.get(base_url + "/staff/surveys")
    found["survey list"] = checks.axe_violations(js_browser, axe_source)
    # A new draft of the demo survey, so every editor page shows its forms.
    drafts = js_browser.find_elements(By.CSS_SELECTOR, f"form[action='{lukki}/draft'] button")
    js_browser.get(base_url + lukki + "/edit")
    drafts = js_browser.find_elements(By.CSS_SELECTOR, f"form[action='{lukki}/draft'] button")
    if drafts:
        survey.submit_with(js_browser, drafts[0])
    for name, path in [("overview", "/edit"), ("question (matrix)", "/questions/image"), ("question (choice)", "/questions/service_preference"),
                       ("scales", "/scales"), ("forms", "/forms"), ("source", "/source"), ("preview start", "/preview"),
                       ("preview step (sv)", "/preview?lang=sv&form=doorstep"), ("waves", "/waves"), ("wave 2018", "/waves/2018")]:
        js_browser.get(base_url + lukki + path)
        assert js_browser.find_element(By.TAG_NAME, "h1").text, f"{name} has no heading"
        found[name] = checks.axe_violations(js_browser, axe_source)
    # A page with errors: a show_if naming an unknown question.
    js_browser.get(base_url + lukki + "/questions/nps")
    field = js_browser.find_element(By.ID, "f-show_if")
    field.clear()
    field.send_keys("nobody == 1")
    survey.submit_with(js_browser, js_browser.find_element(By.CSS_SELECTOR, ".question-editor .navigation button[value=save]"))
    assert js_browser.find_elements(By.ID, "f-show_if-errors")
    found["question with an error"] = checks.axe_violations(js_browser, axe_source)
    js_browser.get(base_url + lukki + "/edit")
    found["overview with an error"] = checks.axe_violations(js_browser, axe_source)
    # Leave the demo survey as it was for the other tests.
    js_browser.find_element(By.ID, "f-discard-confirm").click()
    survey.submit_with(js_browser, js_browser.find_element(By.CSS_SELECTOR, f"form[action='{lukki}/discard'] button"))
    assert not any(found.values()), checks.describe_violations(found)


def test_editor_pages_reflow_at_320px(staff_browser, narrow_browser, base_url):
    """WCAG 1.4.10: no editor page scrolls sideways at 320 px (wide tables scroll in their own region)."""
    survey.set_viewport(narrow_browser, 320, 640, phone=True)
    survey.share_session(staff_browser, narrow_browser, base_url)
    lukki = f"/staff/surveys/{survey.SURVEY}"
    problems: list[str] = []
    for name, path in [("list", "/staff/surveys"), ("overview", lukki + "/edit"), ("question", lukki + "/questions/services"),
                       ("scales", lukki + "/scales"), ("forms", lukki + "/forms"), ("source", lukki + "/source"),
                       ("waves", lukki + "/waves"), ("wave", lukki + "/waves/2018")]:
        narrow_browser.get(base_url + path)
        try:
            checks.assert_no_horizontal_scroll(narrow_browser, name)
        except AssertionError as error:
            problems.append(str(error))
    assert not problems, "\n".join(problems)
