"""Validation with JavaScript off: an error summary at the top linking to each field, the
message next to the field, both in the respondent's language."""

from selenium.webdriver.common.by import By

import survey


def error_summary_links(browser) -> list[tuple[str, str]]:
    return [(link.text, link.get_dom_attribute("href"))
            for link in browser.find_elements(By.CSS_SELECTOR, ".error-summary a")]


def assert_summary_comes_first(browser) -> None:
    """The summary is above the page's heading and questions, so it is met first."""
    summary = browser.find_element(By.CSS_SELECTOR, ".error-summary")
    assert summary.get_dom_attribute("role") == "alert"
    assert summary.location["y"] < browser.find_element(By.TAG_NAME, "h1").location["y"]
    first_question = browser.find_element(By.CSS_SELECTOR, ".question")
    assert summary.location["y"] < first_question.location["y"]


def follow_summary_link(browser, href: str) -> str:
    """Clicks the summary link and returns the id of the element that has focus then."""
    browser.find_element(By.CSS_SELECTOR, f'.error-summary a[href="{href}"]').click()
    return browser.switch_to.active_element.get_dom_attribute("id")


def test_required_answer_missing_in_finnish(browser, base_url):
    survey.start(browser, base_url, lang="fi")
    survey.press_next(browser)
    assert survey.progress(browser) == "Vaihe 2/10"
    survey.answer_page(browser, {"nps": "9", "three_words": "kodikas"})
    survey.press_next(browser)

    assert survey.progress(browser) == "Vaihe 2/10", "the step is shown again"
    assert browser.title.startswith("Virhe: "), browser.title
    assert_summary_comes_first(browser)
    assert browser.find_element(By.CSS_SELECTOR, ".error-summary h2").text == "Tarkista nämä kohdat"
    assert error_summary_links(browser) == [(
        "Minkä kouluarvosanan (4–10) antaisit kirjastolle, jota käytät eniten? Vastaa tähän kysymykseen.",
        "#q-grade-0",
    )]
    question = browser.find_element(By.ID, "q-grade")
    message = question.find_element(By.CSS_SELECTOR, ".field-error")
    assert message.text == "Vastaa tähän kysymykseen."
    assert question.get_dom_attribute("aria-describedby") == message.get_dom_attribute("id")
    # What was given on the page is still there.
    assert survey.checked_values(browser, "nps") == ["9"]
    assert survey.text_value(browser, "three_words") == "kodikas"
    # The link takes the keyboard to the question's first option.
    assert follow_summary_link(browser, "#q-grade-0") == "q-grade-0"

    survey.choose(browser, "grade", "8")
    survey.press_next(browser)
    assert survey.progress(browser) == "Vaihe 3/10"
    assert not browser.find_elements(By.CSS_SELECTOR, ".error-summary")


def test_required_answer_missing_in_swedish(browser, base_url):
    # Without an outlet in the link, "which library" is not answered for the respondent.
    survey.start(browser, base_url, lang="sv", outlet=None)
    assert survey.checked_values(browser, "outlet") == []
    survey.press_next(browser)

    assert survey.html_lang(browser) == "sv"
    assert browser.title.startswith("Fel: "), browser.title
    assert_summary_comes_first(browser)
    assert browser.find_element(By.CSS_SELECTOR, ".error-summary h2").text == "Kontrollera följande"
    assert error_summary_links(browser) == [
        ("Vilket bibliotek använder du mest? Svara på den här frågan.", "#q-outlet-0"),
    ]
    question = browser.find_element(By.ID, "q-outlet")
    message = question.find_element(By.CSS_SELECTOR, ".field-error")
    assert message.text == "Svara på den här frågan."
    assert question.get_dom_attribute("aria-describedby") == message.get_dom_attribute("id")
    assert follow_summary_link(browser, "#q-outlet-0") == "q-outlet-0"


def test_a_bad_value_marks_only_its_own_matrix_row(browser, base_url):
    """A value that is not an option (as a tampered or outdated form would send) is refused
    with a message on that row alone, and the summary links to that row."""
    survey.start(browser, base_url)
    survey.press_next(browser)
    survey.answer_page(browser, {"grade": "8", "image.welcoming": "4"})
    browser.execute_script(
        "const input = document.getElementById('q-image-modern-1'); input.value = '9'; input.checked = true;")
    survey.press_next(browser)

    assert error_summary_links(browser) == [
        ("Kirjasto on mielestäni… – ajanmukainen: ”9” ei ole vastausvaihtoehto.", "#q-image-modern-0"),
    ]
    rows_with_errors = [row.get_dom_attribute("id")
                        for row in browser.find_elements(By.CSS_SELECTOR, "#q-image .matrix-row.has-error")]
    assert rows_with_errors == ["q-image-modern"]
    messages = browser.find_elements(By.CSS_SELECTOR, "#q-image .field-error")
    assert [message.text for message in messages] == ["”9” ei ole vastausvaihtoehto."]
    assert survey.checked_values(browser, "image.welcoming") == ["4"]
    assert follow_summary_link(browser, "#q-image-modern-0") == "q-image-modern-0"


def test_a_bad_value_in_importance_performance_names_the_dimension(browser, base_url):
    survey.start(browser, base_url)
    survey.walk_to_step(browser, survey.FULL_ANSWERS, "Vaihe 3/10")
    browser.execute_script(
        "const input = document.getElementById('q-services-knowledge-performance-0');"
        "input.value = '7'; input.checked = true;")
    survey.press_next(browser)

    links = error_summary_links(browser)
    assert len(links) == 1
    text, href = links[0]
    assert text == ("Kuinka tärkeitä seuraavat asiat ovat sinulle, ja kuinka hyvin ne toimivat kirjastossasi? – "
                    "Henkilökunnan osaaminen (toimivuus): ”7” ei ole vastausvaihtoehto.")
    assert href == "#q-services-knowledge-performance-0"
    rows_with_errors = [row.get_dom_attribute("id")
                        for row in browser.find_elements(By.CSS_SELECTOR, "#q-services .matrix-row.has-error")]
    assert rows_with_errors == ["q-services-knowledge"]
    assert follow_summary_link(browser, href) == "q-services-knowledge-performance-0"
