"""Filling and sending staff forms in the browser tests, the same way in every test."""

from selenium.webdriver.common.by import By

import survey


def fill(driver, element_id: str, text: str) -> None:
    """Replaces the text of the field with the id."""
    field = driver.find_element(By.ID, element_id)
    field.clear()
    field.send_keys(text)


def set_value(driver, element_id: str, value: str) -> None:
    """Date and time inputs take keys in the browser's own format: set the value itself."""
    driver.execute_script("arguments[0].value = arguments[1]", driver.find_element(By.ID, element_id), value)


def press(driver, css: str) -> None:
    """Presses the submit button the selector finds and waits for the next page."""
    survey.submit_with(driver, driver.find_element(By.CSS_SELECTOR, css))


def write_texts(driver, name: str, fi: str, sv: str, en: str) -> None:
    """Writes a text's Finnish, Swedish and English fields (ids `f-NAME_fi` …) in the editor."""
    for code, text in (("fi", fi), ("sv", sv), ("en", en)):
        fill(driver, f"f-{name}_{code}", text)
