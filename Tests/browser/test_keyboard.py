"""Keyboard use with JavaScript off: the skip link comes first and takes focus to the main
content, and every interactive element shows a visible focus indicator when tabbed to."""

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

import checks
import survey
from survey import FULL_ANSWERS


def press(driver, key) -> None:
    ActionChains(driver).send_keys(key).perform()


def test_skip_link_is_first_and_moves_focus_to_main(browser, base_url):
    survey.start(browser, base_url)
    survey.press_next(browser)
    press(browser, Keys.TAB)
    focused = browser.switch_to.active_element
    assert focused.get_dom_attribute("class") == "skip-link"
    assert focused.text == "Siirry sisältöön"
    box = focused.rect
    assert box["x"] >= 0 and box["y"] >= 0 and box["width"] > 20, f"the focused skip link is off screen: {box}"
    press(browser, Keys.ENTER)
    assert browser.switch_to.active_element.get_dom_attribute("id") == "main"
    # The next Tab continues inside main: the language buttons of the step come first.
    press(browser, Keys.TAB)
    assert browser.switch_to.active_element.text == "på svenska"


def tab_through(driver, limit: int = 80) -> list[dict]:
    """Presses Tab from the top of the page until focus leaves the page or comes back
    around; returns each focused element with its style at that moment."""
    stops: list[dict] = []
    for _ in range(limit):
        press(driver, Keys.TAB)
        focused = checks.focused_element(driver)
        if focused["index"] == -1 or any(stop["index"] == focused["index"] for stop in stops):
            break
        stops.append(focused)
    return stops


@pytest.mark.parametrize("step", ["Vaihe 2/10", "Vaihe 8/10"])
def test_every_interactive_element_shows_focus(browser, base_url, step):
    survey.start(browser, base_url)
    survey.walk_to_step(browser, FULL_ANSWERS, step)
    browser.find_element(By.TAG_NAME, "h1")  # the page is there
    unfocused = checks.unfocused_styles(browser)
    stops = tab_through(browser)
    reached = {stop["index"] for stop in stops}

    invisible = []
    for stop in stops:
        before = unfocused[stop["index"]]
        changed = (stop["outline"], stop["shadow"]) != (before["outline"], before["shadow"])
        shown = stop["outline"] != "none" or stop["shadow"] != "none"
        if not (changed and shown):
            invisible.append(f"{before['tag']} {before['id'] or before['name']} '{before['text']}': "
                             f"outline {stop['outline']}, box-shadow {stop['shadow']}")
    assert not invisible, "no visible focus indicator on:\n" + "\n".join(invisible)

    # Every control was reachable: each link, button, text field and checkbox, and each
    # radio group (Tab stops once per group; the arrow keys move within it).
    missed = []
    radio_groups_reached = {unfocused[index]["name"] for index in reached if unfocused[index]["type"] == "radio"}
    for index, element in enumerate(unfocused):
        if element["type"] == "radio":
            if element["name"] not in radio_groups_reached:
                missed.append(f"radio group {element['name']}")
        elif index not in reached:
            missed.append(f"{element['tag']} {element['id'] or element['name']} '{element['text']}'")
    assert not missed, "not reachable with Tab:\n" + "\n".join(sorted(set(missed)))
    assert len(stops) >= 10
