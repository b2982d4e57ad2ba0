"""The respondent flow with JavaScript switched off: whole surveys answered by clicking labels,
language switches, back and forward, show_if on the server, Enter in a text field."""

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

import survey
from survey import FULL_ANSWERS

FI_STEPS = [
    ("Vaihe 1/10", "Millainen on kirjastokokemuksesi?"),
    ("Vaihe 2/10", "Mielikuva kirjastosta"),
    ("Vaihe 3/10", "Odotukset ja viimeisin käynti"),
    ("Vaihe 4/10", "Palvelu ja omatoimisuus"),
    ("Vaihe 5/10", "Palvelu ja omatoimisuus"),
    ("Vaihe 6/10", "Palvelu ja omatoimisuus"),
    ("Vaihe 7/10", "Verkkokirjasto"),
    ("Vaihe 8/10", "Verkkokirjasto"),
    ("Vaihe 9/10", "Kirjaston merkitys sinulle"),
    ("Vaihe 10/10", "Taustatiedot"),
]

SV_STEPS = [
    ("Steg 1/10", "Hurdan är din biblioteksupplevelse?"),
    ("Steg 2/10", "Bilden av biblioteket"),
    ("Steg 3/10", "Förväntningar och senaste besök"),
    ("Steg 4/10", "Service och självbetjäning"),
    ("Steg 5/10", "Service och självbetjäning"),
    ("Steg 6/10", "Service och självbetjäning"),
    ("Steg 7/10", "Webbiblioteket"),
    ("Steg 8/10", "Webbiblioteket"),
    ("Steg 9/10", "Bibliotekets betydelse för dig"),
    ("Steg 10/10", "Bakgrundsuppgifter"),
]

DOORSTEP_KEYS = {
    "outlet", "grade", "nps", "last_visit_vs_expectation", "got_what_came_for", "service_preference",
    "staff.friendly", "staff.understood", "web_frequency", "web_found", "best_moment", "one_change",
    "age", "visit_frequency",
}


def staff_counts(staff_browser, base_url) -> tuple[int, int, dict[str, int]]:
    """Wave 2018's total on the results page and on the staff home page, and how many
    gave each school grade over all waves (wave 2018 alone has too few respondents for its
    tables to be shown; all waves together have the baseline's too)."""
    total = survey.wave_total(staff_browser, base_url)
    survey.assert_suppressed_below_minimum(staff_browser)
    staff_browser.get(survey.all_waves_results_url(base_url))
    # Grades nobody gave are left out.
    grades = {grade: count for grade, count in survey.distribution(staff_browser, "q-grade").items() if count}
    staff_browser.get(base_url + "/staff")
    row = staff_browser.find_element(By.XPATH, "//tr[th/a[contains(@href, 'wave=2018')]]")
    home_total = survey.digits(row.find_element(By.CSS_SELECTOR, "td.number").text)
    return total, home_total, grades


def assert_one_more(before, after, grade: str) -> None:
    """One more response in wave 2018, on both staff pages, and it gave `grade`."""
    expected_grades = dict(before[2], **{grade: before[2].get(grade, 0) + 1})
    assert after == (before[0] + 1, before[1] + 1, expected_grades), f"before {before}, after {after}"


def walk_whole_survey(browser, expected_steps, answers, *, thanks_heading, send_text, lang):
    seen_lang = []
    seen_send = []

    def on_step(driver):
        seen_lang.append(survey.html_lang(driver))
        seen_send.append(survey.next_button(driver).text)

    seen = survey.walk(browser, answers, on_step=on_step)
    assert [(progress, heading) for progress, heading, _ in seen] == expected_steps
    assert set(seen_lang) == {lang}, f"html lang on the steps: {seen_lang}"
    assert seen_send[-1] == send_text, "the last step's button sends the answers"
    assert survey.heading(browser) == thanks_heading
    assert survey.html_lang(browser) == lang
    return seen


def test_whole_surveys_without_javascript_are_counted_in_the_results(browser, staff_browser, base_url):
    # 1. Finnish, full form, from the intro page.
    before = staff_counts(staff_browser, base_url)
    assert before[0] == before[1], "results page and staff home disagree on wave 2018"
    browser.get(survey.survey_url(base_url, lang="fi"))
    assert survey.heading(browser) == "Millainen on kirjastokokemuksesi?"
    assert browser.find_element(By.CSS_SELECTOR, ".outlet").text == "Lohjan pääkirjasto"
    survey.submit_with(browser, browser.find_element(By.CSS_SELECTOR, "form.start-form button"))
    walk_whole_survey(browser, FI_STEPS, FULL_ANSWERS, thanks_heading="Kiitos!", send_text="Lähetä vastaukset", lang="fi")
    assert "Kiitos vastauksestasi!" in browser.find_element(By.TAG_NAME, "main").text
    after_fi = staff_counts(staff_browser, base_url)
    assert_one_more(before, after_fi, grade="9")

    # 2. Swedish, full form, Lohja main library (a bilingual library).
    swedish = dict(FULL_ANSWERS, grade="7", three_words="ljust, lugnt, vänligt",
                   best_moment="Bibliotekarien hittade rätt bok åt mig.", one_change="Längre öppettider.",
                   web_improve="Visa om boken finns inne.", service_language="sv")
    browser.get(survey.survey_url(base_url, lang="sv", outlet="lohja-main"))
    assert survey.html_lang(browser) == "sv"
    assert browser.find_element(By.CSS_SELECTOR, ".outlet").text == "Lojo huvudbibliotek"
    survey.submit_with(browser, browser.find_element(By.CSS_SELECTOR, "form.start-form button"))
    walk_whole_survey(browser, SV_STEPS, swedish, thanks_heading="Tack!", send_text="Skicka svaren", lang="sv")
    after_sv = staff_counts(staff_browser, base_url)
    assert_one_more(after_fi, after_sv, grade="7")

    # 3. The doorstep form: only its own questions, in fewer steps.
    survey.start(browser, base_url, form="doorstep")
    seen = survey.walk(browser, dict(FULL_ANSWERS, grade="8"))
    assert [progress for progress, _, _ in seen] == [f"Vaihe {n}/7" for n in range(1, 8)]
    asked = {key for _, _, keys in seen for key in keys}
    assert asked == DOORSTEP_KEYS
    assert survey.heading(browser) == "Kiitos!"
    after_door = staff_counts(staff_browser, base_url)
    assert_one_more(after_sv, after_door, grade="8")


def test_language_switch_keeps_earlier_answers_and_what_was_typed(browser, base_url):
    # The intro's own language links lead to the same survey in another language.
    browser.get(survey.survey_url(base_url, lang="fi"))
    links = browser.find_elements(By.CSS_SELECTOR, ".language-switch li")
    assert [link.text for link in links] == ["suomeksi", "på svenska", "in English"], "Lohja's languages first"
    survey.submit_with(browser, browser.find_element(By.LINK_TEXT, "på svenska"))
    assert survey.html_lang(browser) == "sv"
    assert browser.find_element(By.CSS_SELECTOR, "form.start-form button").text == "Börja enkäten"
    survey.submit_with(browser, browser.find_element(By.LINK_TEXT, "suomeksi"))
    survey.submit_with(browser, browser.find_element(By.CSS_SELECTOR, "form.start-form button"))

    survey.press_next(browser)
    survey.answer_page(browser, {"grade": "8", "nps": "6", "three_words": "kirjat, kahvi, hiljaisuus"})
    survey.press_next(browser)
    assert survey.progress(browser) == "Vaihe 3/10"
    # On step 3: choose and type, then switch language before pressing Next.
    survey.answer_page(browser, {"last_visit_vs_expectation": "4", "got_what_came_for": "partly",
                                 "best_moment": "Sain apua tulostamiseen."})
    survey.switch_language(browser, "sv")

    assert survey.html_lang(browser) == "sv"
    assert survey.progress(browser) == "Steg 3/10"
    assert survey.heading(browser) == "Förväntningar och senaste besök"
    assert survey.is_checked(browser, "last_visit_vs_expectation", "4")
    assert survey.is_checked(browser, "got_what_came_for", "partly")
    assert survey.text_value(browser, "best_moment") == "Sain apua tulostamiseen."
    option = survey.option_input(browser, "last_visit_vs_expectation", "4")
    assert survey.label_for(browser, option.get_dom_attribute("id")).text == "Bättre än väntat"
    assert browser.find_element(By.CSS_SELECTOR, ".language-switch [aria-current]").text == "på svenska"
    assert survey.next_button(browser).text == "Nästa"

    survey.press_back(browser)
    assert survey.progress(browser) == "Steg 2/10"
    assert survey.heading(browser) == "Bilden av biblioteket"
    assert survey.html_lang(browser) == "sv"
    assert survey.is_checked(browser, "grade", "8")
    assert survey.is_checked(browser, "nps", "6")
    assert survey.text_value(browser, "three_words") == "kirjat, kahvi, hiljaisuus"
    assert "Jag tycker att biblioteket är…" in browser.find_element(By.TAG_NAME, "main").text

    survey.press_next(browser)
    assert survey.is_checked(browser, "last_visit_vs_expectation", "4")
    assert survey.text_value(browser, "best_moment") == "Sain apua tulostamiseen."


def test_back_and_forward_keep_answers(browser, base_url):
    survey.start(browser, base_url)
    survey.answer_page(browser, {"outlet": "karjalohja"})
    survey.press_next(browser)
    step2 = {"grade": "9", "nps": "10", "image.welcoming": "5", "image.calm": "na", "three_words": "tilava, valoisa"}
    survey.answer_page(browser, step2)
    survey.press_next(browser)
    step3 = {"services.courtesy.importance": "5", "services.courtesy.performance": "4", "one_change": "Lisää istumapaikkoja."}
    survey.answer_page(browser, step3)
    # Back, not Next: what was given on step 3 is kept too.
    survey.press_back(browser)
    assert survey.progress(browser) == "Vaihe 2/10"
    for key, value in step2.items():
        if key == "three_words":
            assert survey.text_value(browser, key) == value
        else:
            assert survey.checked_values(browser, key) == [value], key
    survey.press_back(browser)
    assert survey.progress(browser) == "Vaihe 1/10"
    assert survey.checked_values(browser, "outlet") == ["karjalohja"]
    assert not survey.has_back_button(browser), "the first step has no Back button"
    survey.press_next(browser)
    survey.press_next(browser)
    assert survey.progress(browser) == "Vaihe 3/10"
    assert survey.checked_values(browser, "services.courtesy.importance") == ["5"]
    assert survey.checked_values(browser, "services.courtesy.performance") == ["4"]
    assert survey.text_value(browser, "one_change") == "Lisää istumapaikkoja."


def test_show_if_is_applied_on_the_server(browser, staff_browser, base_url):
    # All waves: wave 2018 alone may be under the suppression minimum and show no tables.
    staff_browser.get(survey.all_waves_results_url(base_url))
    tasks_before = survey.answered_count(staff_browser, "q-web-tasks")
    never_before = survey.distribution_count(staff_browser, "q-web-frequency", "En koskaan")

    answers = dict(FULL_ANSWERS, used_self_service_machines="no", used_unstaffed_hours="no")
    survey.start(browser, base_url)
    keys_by_step = {}
    while survey.progress(browser) != "Vaihe 7/10":
        keys_by_step[survey.progress(browser)] = survey.answer_keys_on_page(browser)
        survey.answer_page(browser, answers)
        survey.press_next(browser)
    # "no" to the machines hides the effort question; "no" to self-service hours its follow-up.
    assert keys_by_step["Vaihe 5/10"] == ["used_unstaffed_hours"]
    assert keys_by_step["Vaihe 6/10"] == ["help_channels"]

    # The web library questions are asked of its users only...
    survey.choose(browser, "web_frequency", "weekly")
    survey.press_next(browser)
    assert survey.progress(browser) == "Vaihe 8/10"
    survey.answer_page(browser, answers)
    survey.press_back(browser)
    # ...so "never" skips the rest of them, even those already answered.
    survey.choose(browser, "web_frequency", "never")
    survey.press_next(browser)
    # The skipped step no longer counts: the progress says so, with no jump.
    assert survey.progress(browser) == "Vaihe 8/9"
    assert survey.heading(browser) == "Kirjaston merkitys sinulle"
    assert not [key for key in survey.answer_keys_on_page(browser) if key.startswith("web_")]
    survey.press_back(browser)
    # Back on the deciding step its answer is open again, so the web library step may still
    # follow and counts (issue 11: the progress agrees with the Next button).
    assert survey.progress(browser) == "Vaihe 7/10"
    assert survey.checked_values(browser, "web_frequency") == ["never"]
    survey.press_next(browser)
    survey.walk(browser, answers)
    assert survey.heading(browser) == "Kiitos!"

    # The hidden questions' earlier answers were not stored.
    staff_browser.get(survey.all_waves_results_url(base_url))
    assert survey.distribution_count(staff_browser, "q-web-frequency", "En koskaan") == never_before + 1
    assert survey.answered_count(staff_browser, "q-web-tasks") == tasks_before


def test_enter_in_a_text_field_goes_to_the_next_step(browser, base_url):
    survey.start(browser, base_url)
    survey.press_next(browser)
    survey.choose(browser, "grade", "7")
    field = survey.type_text(browser, "three_words", "hiljainen")
    survey.mark_page(browser)
    field.send_keys(Keys.ENTER)
    survey.wait_for_new_page(browser)
    # Enter presses the form's first submit button: the hidden Next, not "på svenska".
    assert survey.progress(browser) == "Vaihe 3/10"
    assert survey.html_lang(browser) == "fi"
    assert not browser.find_elements(By.CSS_SELECTOR, ".error-summary")
    survey.press_back(browser)
    assert survey.text_value(browser, "three_words") == "hiljainen"
    assert survey.checked_values(browser, "grade") == ["7"]
