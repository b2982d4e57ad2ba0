"""The dashboard's "Näytä" (Show) button is a real button, at least 44 × 44 CSS pixels like the
others, not the browser's small default: only a browser lays it out."""
from selenium.webdriver.common.by import By

SURVEY_ID = "lukki-asiakaskokemus"


def test_the_dashboard_show_button_is_at_least_44_px(staff_browser, base_url):
    driver = staff_browser
    driver.get(f"{base_url}/staff/surveys/{SURVEY_ID}/dashboard")
    button = driver.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]")
    assert button.text == "Näytä"
    size = button.size
    assert size["height"] >= 44 and size["width"] >= 44, size
    assert "button" in (button.get_attribute("class") or "").split(), "styled as the other buttons"
