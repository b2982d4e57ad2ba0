"""Reflow and target size: at 320 px and at 200 % zoom no page scrolls sideways (WCAG 1.4.10),
option rows are at least 44 px tall and a tap anywhere on a row chooses its option, and the
grade and NPS boxes wrap into sensible rows. Screenshots go to /tmp/kaiku-shots/."""

import os

import pytest
from selenium.webdriver.common.by import By

import checks
import survey
from survey import FULL_ANSWERS

SHOTS = os.environ.get("KAIKU_SHOTS", "/tmp/kaiku-shots")

# name: (CSS width, CSS height, device pixel ratio, phone-like overlay scrollbar)
VIEWPORTS = {
    "320px": (320, 640, 1, True),
    "1280px-zoom200": (640, 450, 2, False),  # a 1280 × 900 window at 200 % zoom
}


def shoot(driver, viewport: str, name: str) -> None:
    os.makedirs(SHOTS, exist_ok=True)
    survey.save_full_page_screenshot(driver, os.path.join(SHOTS, f"{viewport}-{name}.png"))


def visit_and_check(driver, viewport: str, name: str, problems: list[str]) -> None:
    shoot(driver, viewport, name)
    try:
        checks.assert_no_horizontal_scroll(driver, name)
    except AssertionError as error:
        problems.append(str(error))


def walk_respondent_pages(driver, base_url, visit) -> None:
    """Visits the intro, the library step, the grade/NPS/matrix step (with and without
    errors), the importance–performance step and a checkbox step, calling visit(name) on each."""
    driver.get(survey.survey_url(base_url))
    visit("intro")
    survey.submit_with(driver, driver.find_element(By.CSS_SELECTOR, "form.start-form button"))
    visit("step1-library")
    survey.press_next(driver)
    survey.press_next(driver)
    visit("step2-grade-nps-matrix-errors")
    survey.answer_page(driver, FULL_ANSWERS)
    visit("step2-grade-nps-matrix")
    survey.press_next(driver)
    visit("step3-importance-performance")
    survey.walk_to_step(driver, FULL_ANSWERS, "Vaihe 6/10")
    visit("step6-checkboxes")


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_no_page_scrolls_sideways(narrow_browser, staff_browser, base_url, viewport):
    survey.set_viewport(narrow_browser, *VIEWPORTS[viewport][:3], phone=VIEWPORTS[viewport][3])
    problems: list[str] = []

    def visit(name):
        visit_and_check(narrow_browser, viewport, name, problems)

    walk_respondent_pages(narrow_browser, base_url, visit)
    narrow_browser.get(base_url + "/?lang=sv")
    visit("front-page-sv")
    narrow_browser.get(base_url + "/accessibility?lang=sv")
    visit("accessibility-sv")
    narrow_browser.get(base_url + "/s/nope")
    visit("unknown-survey")

    survey.share_session(staff_browser, narrow_browser, base_url)
    narrow_browser.get(base_url + "/staff")
    assert survey.path_of(narrow_browser) == "/staff"
    visit("staff-home")
    # The baseline wave has every question's full distribution: the widest tables.
    narrow_browser.get(survey.results_url(base_url, "2017"))
    visit("results-2017")
    assert not problems, "\n".join(problems)


def test_desktop_pages_fit_and_are_photographed(browser, staff_browser, base_url):
    problems: list[str] = []
    walk_respondent_pages(browser, base_url, lambda name: visit_and_check(browser, "1280px", name, problems))
    staff_browser.get(base_url + "/staff")
    visit_and_check(staff_browser, "1280px", "staff-home", problems)
    staff_browser.get(survey.results_url(base_url, "2017"))
    visit_and_check(staff_browser, "1280px", "results-2017", problems)
    assert not problems, "\n".join(problems)


def rows_of(driver, key: str) -> list[int]:
    """How many option boxes of a question sit on each visual row."""
    tops = [round(box["y"]) for box in driver.execute_script(
        "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.closest('.option').getBoundingClientRect())",
        f'input[name="a.{key}"]')]
    return [tops.count(top) for top in sorted(set(tops))]


@pytest.mark.parametrize("width, grade_rows, nps_rows", [
    (320, [4, 3], [6, 5]),      # a phone: 0–5 over 6–10
    (640, [7], [11]),           # 200 % zoom
    (1280, [7], [11]),
])
def test_grade_and_nps_boxes_wrap_sensibly(narrow_browser, base_url, width, grade_rows, nps_rows):
    survey.set_viewport(narrow_browser, width, 800, phone=width == 320)
    survey.start(narrow_browser, base_url)
    survey.press_next(narrow_browser)
    assert rows_of(narrow_browser, "grade") == grade_rows
    assert rows_of(narrow_browser, "nps") == nps_rows


TARGET_STEPS = {
    "Vaihe 1/10": "library radios",
    "Vaihe 2/10": "grade, NPS and matrix",
    "Vaihe 3/10": "importance–performance",
    "Vaihe 6/10": "checkboxes",
}


@pytest.mark.parametrize("width", [320, 1280])
def test_option_rows_are_44px_targets(narrow_browser, base_url, width):
    survey.set_viewport(narrow_browser, width, 1600, phone=width == 320)
    survey.start(narrow_browser, base_url)
    small, missed, counted = [], [], 0
    while (step := survey.progress(narrow_browser)) != "Vaihe 7/10":
        if step in TARGET_STEPS:
            for option in checks.option_targets(narrow_browser):
                counted += 1
                where = f"{step} {option['id']} ({option['text']})"
                if option["rowHeight"] < 44 or option["pairHeight"] < 44 or (width == 320 and option["rowWidth"] < 44):
                    small.append(f"{where}: row {option['rowWidth']:.0f}×{option['rowHeight']:.0f}, "
                                 f"label and input {option['pairHeight']:.0f} px tall")
                if not option["hitsChoose"]:
                    missed.append(where)
        survey.answer_page(narrow_browser, FULL_ANSWERS)
        survey.press_next(narrow_browser)
    assert counted > 150, f"only {counted} options measured"
    assert not small, "option rows smaller than 44 px:\n" + "\n".join(small)
    assert not missed, "a tap on these rows (corner or beside the input) does not choose the option:\n" + "\n".join(missed)
