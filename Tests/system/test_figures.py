"""The analytics API's figures against an independent computation: the answers are read
straight from the SQLite file and the statistics computed with scipy and statsmodels, not
with Kaiku's own code. This is the issue's "the figures agree with an independent
computation", on the demo's 2017 wave and an added 2018 wave."""
import json
import math
import sqlite3

from scipy import stats
from statsmodels.stats.proportion import proportion_confint, proportions_ztest

from test_commands import get_json, kaiku

SURVEY = "lukki-asiakaskokemus"


def answers(database, where, *parameters):
    with sqlite3.connect(database) as connection:
        rows = connection.execute(f"SELECT answers FROM responses WHERE survey_id = ? AND {where}", (SURVEY, *parameters))
        return [json.loads(row[0]) for row in rows]


def close(a, b, tolerance=1e-6):
    return abs(a - b) <= tolerance * max(1.0, abs(b))


def nps_of(scores):
    n = len(scores)
    promoters = sum(1 for s in scores if s >= 9) / n
    detractors = sum(1 for s in scores if s <= 6) / n
    score = 100 * (promoters - detractors)
    se = 100 * math.sqrt((promoters + detractors - (promoters - detractors) ** 2) / n)
    return score, se


def test_results_compare_and_crosstab_agree_with_scipy(sqlite_server, tmp_path):
    database = str(tmp_path / "kaiku.sqlite")
    server = sqlite_server().start()  # an empty database: the demo loads wave 2017
    added = kaiku(database, "demo", "--responses", "600", "--wave", "2018")
    assert added.returncode == 0, added.stderr
    assert kaiku(database, "user", "add", "analyytikko", "--role", "admin", "--password-stdin",
                 stdin="pitkä ja hyvä salasana\n").returncode == 0
    token = kaiku(database, "token", "create", "analyytikko").stdout.strip().split()[-1]
    api = f"{server.url}/api/v1/surveys/{SURVEY}"

    # Results of Lohja in 2017.
    lohja2017 = answers(database, "library_id = 'lohja' AND wave_id = '2017'")
    status, results = get_json(f"{api}/results?library=lohja&wave=2017", token)
    assert status == 200
    assert results["n"] == len(lohja2017)
    questions = results["questions"]

    grades = [a["grade"] for a in lohja2017 if "grade" in a]
    mean = sum(grades) / len(grades)
    low, high = stats.t.interval(0.95, len(grades) - 1, loc=mean, scale=stats.sem(grades))
    assert questions["grade"]["n"] == len(grades)
    assert close(questions["grade"]["mean"], mean)
    assert close(questions["grade"]["ci95"][0], low) and close(questions["grade"]["ci95"][1], high)

    got = [a["got_what_came_for"] for a in lohja2017 if "got_what_came_for" in a]
    yes = sum(1 for value in got if value == "yes")
    wilson = proportion_confint(yes, len(got), alpha=0.05, method="wilson")
    share = questions["got_what_came_for"]["shares"]["yes"]
    assert close(share["p"], yes / len(got))
    assert close(share["ci95"][0], wilson[0]) and close(share["ci95"][1], wilson[1])

    scores = [a["nps"] for a in lohja2017 if "nps" in a]
    score, se = nps_of(scores)
    assert close(questions["nps"]["nps"], score, 1e-5)
    assert close(questions["nps"]["moe95"], 1.96 * se, 1e-5)

    modern = [a["image.modern"] for a in lohja2017 if a.get("image.modern") not in (None, "na")]
    assert close(questions["image.modern"]["topTwo"]["p"], sum(1 for v in modern if v >= 4) / len(modern))

    # 2017 against 2018 in Lohja: Mann–Whitney (tie-corrected, no continuity correction).
    lohja2018 = answers(database, "library_id = 'lohja' AND wave_id = '2018'")
    status, compared = get_json(f"{api}/compare?key=grade&a.wave=2017&b.wave=2018&library=lohja", token)
    assert status == 200 and compared["test"] == "mann-whitney"
    a = [x["grade"] for x in lohja2017 if "grade" in x]
    b = [x["grade"] for x in lohja2018 if "grade" in x]
    reference = stats.mannwhitneyu(a, b, alternative="two-sided", use_continuity=False, method="asymptotic")
    assert close(compared["statistic"], reference.statistic, 1e-5)
    assert close(compared["p"], reference.pvalue, 1e-5)

    # NPS difference: z = (a − b) / √(se_a² + se_b²).
    status, compared = get_json(f"{api}/compare?key=nps&a.wave=2017&b.wave=2018&library=lohja", token)
    score_a, se_a = nps_of([x["nps"] for x in lohja2017 if "nps" in x])
    score_b, se_b = nps_of([x["nps"] for x in lohja2018 if "nps" in x])
    z = (score_a - score_b) / math.sqrt(se_a ** 2 + se_b ** 2)
    assert compared["test"] == "nps-difference"
    assert close(compared["z"], z, 1e-5)
    assert close(compared["p"], 2 * stats.norm.sf(abs(z)), 1e-5)

    # A share: the pooled two-proportion z-test.
    status, compared = get_json(f"{api}/compare?key=got_what_came_for&value=yes&a.wave=2017&b.wave=2018&library=lohja", token)
    got_a = [x["got_what_came_for"] for x in lohja2017 if "got_what_came_for" in x]
    got_b = [x["got_what_came_for"] for x in lohja2018 if "got_what_came_for" in x]
    z, p = proportions_ztest([got_a.count("yes"), got_b.count("yes")], [len(got_a), len(got_b)])
    assert compared["test"] == "two-proportion"
    assert close(compared["z"], z, 1e-5) and close(compared["p"], p, 1e-5)

    # A cross-tab of library by answer in 2017: Pearson's chi-square without Yates.
    status, table = get_json(f"{api}/crosstab?rows=library&cols=got_what_came_for&wave=2017", token)
    assert status == 200
    with sqlite3.connect(database) as connection:
        records = connection.execute("SELECT library_id, answers FROM responses WHERE wave_id = '2017'").fetchall()
    counts = [[sum(1 for library, text in records if library == row and json.loads(text).get("got_what_came_for") == col)
               for col in table["cols"]] for row in table["rows"]]
    assert table["counts"] == counts
    chi2, p, dof, _ = stats.chi2_contingency(counts, correction=False)
    n = sum(map(sum, counts))
    assert close(table["chi2"], chi2, 1e-5) and close(table["p"], p, 1e-5) and table["df"] == dof
    assert close(table["cramersV"], math.sqrt(chi2 / (n * (min(len(counts), len(counts[0])) - 1))), 1e-5)
