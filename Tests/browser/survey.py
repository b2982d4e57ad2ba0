"""Helpers for walking Kaiku's pages the way a person does: click labels, type, press the
page's own buttons. Answers are named by their answer key (`grade`, `image.calm`,
`services.courtesy.importance`); on the page each is a field named `a.<key>`."""

import base64
from urllib.parse import urlencode, urlparse

from selenium.common.exceptions import NoSuchElementException, WebDriverException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

SURVEY = "lukki-asiakaskokemus"

# One answer for every question of the full form. Every show_if holds with these answers,
# so the walk sees every step. Lists are multi-choice answers; other strings are either an
# option's value or, for text questions, the text to type.
FULL_ANSWERS = {
    "outlet": "lohja-main",
    "grade": "9",
    "nps": "10",
    "image.welcoming": "5", "image.modern": "4", "image.for_me": "4", "image.trustworthy": "5", "image.calm": "na",
    "three_words": "valoisa, rauhallinen, ystävällinen",
    "last_visit_vs_expectation": "4",
    "got_what_came_for": "yes",
    "services.courtesy.importance": "5", "services.courtesy.performance": "4",
    "services.knowledge.importance": "4", "services.knowledge.performance": "4",
    "services.help_available.importance": "5", "services.help_available.performance": "3",
    "services.find_myself.importance": "4", "services.find_myself.performance": "4",
    "services.quiet_space.importance": "3", "services.quiet_space.performance": "5",
    "services.comfortable_space.importance": "4", "services.comfortable_space.performance": "5",
    "services.opening_hours.importance": "5", "services.opening_hours.performance": "2",
    "services.events.importance": "na", "services.events.performance": "na",
    "best_moment": "Kirjastonhoitaja löysi minulle juuri oikean kirjan.",
    "one_change": "Pidemmät aukioloajat viikonloppuisin.",
    "service_preference": "self_help_near",
    "staff.friendly": "5", "staff.understood": "4",
    "used_self_service_machines": "yes",
    "effort_self_service": "6",
    "used_unstaffed_hours": "yes",
    "satisfaction_unstaffed": "4",
    "help_channels": ["desk", "guides"],
    "web_frequency": "monthly",
    "web_tasks": ["search", "reserve"],
    "web_found": "partly",
    "web_effort": "5",
    "web_satisfaction": "4",
    "web_improve": "Hakutulokset voisivat näyttää saatavuuden heti.",
    "impact.quality_of_life": "4", "impact.leisure": "3", "impact.information": "3",
    "impact.reading": "4", "impact.digital_skills": "1", "impact.social": "2",
    "municipality": "lohja",
    "age": "25-44",
    "visit_frequency": "weekly",
    "service_language": "fi",
}


# ---- pages and navigation ---------------------------------------------------------------

def survey_url(base_url: str, *, lang: str = "fi", outlet: str | None = "lohja-main",
               form: str = "full", channel: str = "web") -> str:
    query = {"lang": lang, "channel": channel, "form": form}
    if outlet:
        query["outlet"] = outlet
    return f"{base_url}/s/{SURVEY}?{urlencode(query)}"


def path_of(driver: WebDriver) -> str:
    return urlparse(driver.current_url).path


def set_viewport(driver: WebDriver, width: int, height: int, scale: float = 1, phone: bool = False) -> None:
    """The CSS viewport size and device pixel ratio. 640 × 450 at scale 2 is what a
    1280 × 900 window shows at 200 % zoom (with the desktop scrollbar taking its room);
    `phone` hides the scrollbar, as a phone's overlay scrollbar takes none."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": scale, "mobile": False,
    })
    driver.execute_cdp_cmd("Emulation.setScrollbarsHidden", {"hidden": phone})


def submit_with(driver: WebDriver, element: WebElement) -> None:
    """Clicks a button or link that loads another page (with the emulated mouse, which
    does not wait for the navigation itself), and waits for that page."""
    mark_page(driver)
    ActionChains(driver, duration=0).click(element).perform()
    wait_for_new_page(driver)


def mark_page(driver: WebDriver) -> None:
    """Marks the current document, so that `wait_for_new_page` can tell when it is replaced."""
    driver.execute_script("window.kaikuTestOldPage = true")


def wait_for_new_page(driver: WebDriver, timeout: float = 15) -> None:
    """Waits until the marked document has been replaced by a fully loaded one."""
    def replaced(_):
        try:
            return driver.execute_script(
                "return window.kaikuTestOldPage === undefined && document.readyState === 'complete'")
        except WebDriverException:
            return False  # the old document went away in the middle of the check
    WebDriverWait(driver, timeout, poll_frequency=0.05).until(replaced, "the next page did not load")


def start(driver: WebDriver, base_url: str, **link) -> None:
    """Opens the survey link's intro page and presses the start button."""
    driver.get(survey_url(base_url, **link))
    submit_with(driver, driver.find_element(By.CSS_SELECTOR, "form.start-form button[type=submit]"))
    assert driver.find_elements(By.CSS_SELECTOR, "form.survey-form"), f"no survey step after start: {heading(driver)}"


def next_button(driver: WebDriver) -> WebElement:
    return driver.find_element(By.CSS_SELECTOR, ".navigation button[name=action][value=next]")


def back_button(driver: WebDriver) -> WebElement:
    return driver.find_element(By.CSS_SELECTOR, ".navigation button[name=action][value=back]")


def has_back_button(driver: WebDriver) -> bool:
    return bool(driver.find_elements(By.CSS_SELECTOR, ".navigation button[name=action][value=back]"))


def press_next(driver: WebDriver) -> None:
    submit_with(driver, next_button(driver))


def press_back(driver: WebDriver) -> None:
    submit_with(driver, back_button(driver))


def switch_language(driver: WebDriver, code: str) -> None:
    """Presses the step page's language button (it posts the page, keeping what was typed)."""
    submit_with(driver, driver.find_element(By.CSS_SELECTOR, f".language-switch button[value='lang:{code}']"))


def heading(driver: WebDriver) -> str:
    return driver.find_element(By.TAG_NAME, "h1").text


def progress(driver: WebDriver) -> str:
    return driver.find_element(By.CSS_SELECTOR, ".progress-label").text


def html_lang(driver: WebDriver) -> str:
    return driver.find_element(By.TAG_NAME, "html").get_dom_attribute("lang")


def is_thanks_page(driver: WebDriver) -> bool:
    return bool(driver.find_elements(By.CSS_SELECTOR, ".thanks"))


# ---- answering ---------------------------------------------------------------------------

def field_name(key: str) -> str:
    return "a." + key


def option_input(driver: WebDriver, key: str, value: str) -> WebElement:
    try:
        return driver.find_element(By.CSS_SELECTOR, f'input[name="{field_name(key)}"][value="{value}"]')
    except NoSuchElementException:
        raise AssertionError(f"no option {value!r} for {key!r} on the page '{heading(driver)}'") from None


def label_for(driver: WebDriver, input_id: str) -> WebElement:
    return driver.find_element(By.CSS_SELECTOR, f'label[for="{input_id}"]')


def choose(driver: WebDriver, key: str, value: str) -> None:
    """Chooses an option by clicking its label, as a person would, and checks that it took."""
    answer_page(driver, {key: value})


def type_text(driver: WebDriver, key: str, text: str) -> WebElement:
    element = driver.find_element(By.CSS_SELECTOR, f'[name="{field_name(key)}"]')
    element.clear()
    element.send_keys(text)
    return element


def is_checked(driver: WebDriver, key: str, value: str) -> bool:
    return option_input(driver, key, value).is_selected()


def checked_values(driver: WebDriver, key: str) -> list[str]:
    return [field["value"] for field in fields_on_page(driver) if field["key"] == key and field["checked"]]


def text_value(driver: WebDriver, key: str) -> str:
    return driver.find_element(By.CSS_SELECTOR, f'[name="{field_name(key)}"]').get_property("value")


# WebDriver runs this even when the page's own JavaScript is switched off; one call
# instead of one per field keeps the walk fast.
_FIELDS_SCRIPT = """
return Array.from(document.querySelectorAll("form.survey-form [name^='a.']")).map(e => ({
  key: e.name.slice(2), id: e.id, type: e.type, value: e.value, checked: !!e.checked
}));
"""


def fields_on_page(driver: WebDriver) -> list[dict]:
    """Every answer field of the step: key, id, type, value and whether it is checked."""
    return driver.execute_script(_FIELDS_SCRIPT)


def answer_keys_on_page(driver: WebDriver) -> list[str]:
    """The answer keys of the fields on the page, in page order."""
    keys: list[str] = []
    for field in fields_on_page(driver):
        if field["key"] not in keys:
            keys.append(field["key"])
    return keys


def answer_page(driver: WebDriver, answers: dict, every_key: bool = False) -> list[str]:
    """Gives every answer in `answers` whose field is on this page: clicks the option labels
    with the (emulated) mouse, as a person would, and types the texts. Returns the keys
    answered (with `every_key`, all the keys on the page). Fails if a click did not choose
    its option (a label covered by something else, or not tied to its input)."""
    fields = fields_on_page(driver)
    index_of = {field["id"]: position for position, field in enumerate(fields)}
    answered: list[str] = []
    to_click: list[dict] = []
    to_type: list[tuple[str, str]] = []
    for key in dict.fromkeys(field["key"] for field in fields):
        if key not in answers:
            continue
        own = [field for field in fields if field["key"] == key]
        if own[0]["type"] in ("radio", "checkbox"):
            wanted = answers[key] if isinstance(answers[key], list) else [answers[key]]
            for value in wanted:
                match = [field for field in own if field["value"] == value]
                assert match, f"no option {value!r} for {key!r} on the page '{heading(driver)}'"
                if not (match[0]["type"] == "checkbox" and match[0]["checked"]):
                    to_click.append(match[0])
        else:
            to_type.append((key, answers[key]))
        answered.append(key)
    if to_click:
        # One query and one action sequence for the whole page keeps the walk fast; the
        # labels come back in document order, which is the order of `fields`.
        to_click.sort(key=lambda field: index_of[field["id"]])
        labels = driver.find_elements(By.CSS_SELECTOR, ", ".join(f'label[for="{field["id"]}"]' for field in to_click))
        assert len(labels) == len(to_click), "an option has no label of its own"
        actions = ActionChains(driver, duration=0)
        for label in labels:
            actions.click(label)
        actions.perform()
    for key, text in to_type:
        type_text(driver, key, text)
    if to_click:
        now = {field["id"]: field["checked"] for field in fields_on_page(driver)}
        for field in to_click:
            assert now[field["id"]], f"clicking the label of {field['key']}={field['value']} did not choose it"
    return list(dict.fromkeys(field["key"] for field in fields)) if every_key else answered


def walk(driver: WebDriver, answers: dict, on_step=None, max_steps: int = 20) -> list[tuple[str, str, list[str]]]:
    """Answers each step from `answers` and presses Next until the thank-you page.
    Returns (progress, heading, keys on the page) for every step seen; `on_step(driver)` is
    called on each step after answering, before Next."""
    seen = []
    for _ in range(max_steps):
        if is_thanks_page(driver):
            return seen
        assert not driver.find_elements(By.CSS_SELECTOR, ".error-summary"), \
            f"unexpected errors on '{heading(driver)}': {driver.find_element(By.CSS_SELECTOR, '.error-summary').text}"
        keys = answer_page(driver, answers, every_key=True)
        seen.append((progress(driver), heading(driver), keys))
        if on_step:
            on_step(driver)
        press_next(driver)
    raise AssertionError(f"no thank-you page after {max_steps} steps: {seen}")


def walk_to_step(driver: WebDriver, answers: dict, step_label: str, max_steps: int = 20) -> None:
    """Answers and presses Next until the progress label reads `step_label`."""
    for _ in range(max_steps):
        if progress(driver) == step_label:
            return
        answer_page(driver, answers)
        press_next(driver)
    raise AssertionError(f"never reached {step_label}")


# ---- staff -------------------------------------------------------------------------------

def sign_in(driver: WebDriver, base_url: str, username: str, password: str) -> None:
    """Signs in through the form; does nothing if this browser is signed in already."""
    driver.get(base_url + "/staff/sign-in")
    if path_of(driver) != "/staff/sign-in":
        return
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(password)
    submit_with(driver, driver.find_element(By.CSS_SELECTOR, "form.narrow-form button[type=submit]"))


def change_password(driver: WebDriver, current: str, new: str) -> None:
    driver.find_element(By.ID, "current").send_keys(current)
    driver.find_element(By.ID, "new").send_keys(new)
    driver.find_element(By.ID, "repeat").send_keys(new)
    submit_with(driver, driver.find_element(By.CSS_SELECTOR, "form.narrow-form button[type=submit]"))
    notice = driver.find_elements(By.CSS_SELECTOR, ".notice[role=status]")
    assert notice, f"the password was not changed: {driver.find_element(By.TAG_NAME, 'main').text}"


def share_session(source: WebDriver, target: WebDriver, base_url: str) -> None:
    """Gives `target` the signed-in session of `source` (its cookies): checking the layout of
    staff pages need not go through the (deliberately slow) password check again."""
    target.get(base_url + "/health")
    for cookie in source.get_cookies():
        target.add_cookie({key: cookie[key] for key in ("name", "value", "path", "httpOnly", "sameSite") if key in cookie})


def sign_out(driver: WebDriver) -> None:
    buttons = driver.find_elements(By.CSS_SELECTOR, ".staff-nav form[action='/staff/sign-out'] button")
    if buttons:
        submit_with(driver, buttons[0])


def results_url(base_url: str, wave: str = "2018") -> str:
    return f"{base_url}/staff/surveys/{SURVEY}/results?wave={wave}"


def all_waves_results_url(base_url: str) -> str:
    """Every wave together: the 2017 baseline's 1,500 responses put the selection well over
    the suppression minimum, so its tables are shown while wave 2018 has only a few answers."""
    return f"{base_url}/staff/surveys/{SURVEY}/results"


SMALL_SELECTION_NOTE = "joten vain vastausten määrä näytetään"


def assert_suppressed_below_minimum(driver: WebDriver, minimum: int = 5) -> None:
    """On a results page: a selection of 1 to `minimum` - 1 respondents shows its count and why
    there are no tables, and no table; a larger one shows its tables and no such note."""
    total = digits(driver.find_element(By.CSS_SELECTOR, ".headline strong").text)
    notes = [note.text for note in driver.find_elements(By.CSS_SELECTOR, ".notice[role=status]")]
    tables = driver.find_elements(By.CSS_SELECTOR, "table.distribution")
    if 0 < total < minimum:
        assert any(SMALL_SELECTION_NOTE in note for note in notes), f"{total} respondents, notes {notes}"
        assert not tables, f"{total} respondents, yet {len(tables)} tables"
    elif total >= minimum:
        assert not any(SMALL_SELECTION_NOTE in note for note in notes)
        assert tables


def digits(text: str) -> int:
    return int("".join(character for character in text if character.isdigit()))


def wave_total(driver: WebDriver, base_url: str, wave: str = "2018") -> int:
    """The number of responses the results page reports for one wave."""
    driver.get(results_url(base_url, wave))
    return digits(driver.find_element(By.CSS_SELECTOR, ".headline strong").text)


def answered_count(driver: WebDriver, question_id: str) -> int:
    """On a results page: how many answered a question ("12 vastasi"), 0 if it has no section."""
    meta = driver.find_elements(By.CSS_SELECTOR, f"#{question_id} .meta")
    return digits(meta[0].text.split("·")[0]) if meta else 0


def distribution(driver: WebDriver, question_id: str) -> dict[str, int]:
    """On a results page: a question's table as {answer label: count}."""
    rows = driver.execute_script(
        "return Array.from(document.querySelectorAll(arguments[0])).map(row =>"
        " [row.querySelector('th').textContent.trim(), row.querySelector('td').textContent])",
        f"#{question_id} table tbody tr")
    return {label: digits(count) for label, count in rows}


def distribution_count(driver: WebDriver, question_id: str, label: str) -> int:
    """On a results page: the count in the row labelled `label` of a question's table (0 if absent)."""
    return distribution(driver, question_id).get(label, 0)


# ---- screenshots -------------------------------------------------------------------------

def save_full_page_screenshot(driver: WebDriver, path: str, max_height: int = 2400) -> None:
    """A PNG of the page beyond the viewport, down to `max_height` CSS pixels."""
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = metrics.get("cssContentSize") or metrics["contentSize"]
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], max_height), "scale": 1},
    })
    with open(path, "wb") as file:
        file.write(base64.b64decode(shot["data"]))
