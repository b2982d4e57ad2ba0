""""What changed" (issue 11, item 2) against statsmodels: a real kaiku process compares two
waves on its dashboard, and every compared item's p-value, Benjamini–Hochberg adjusted value
and decision (read from the section's rows, `data-p`, `data-p-adjusted`, `data-holds`) must be
what `statsmodels.stats.multitest.multipletests(p, alpha=0.05, method="fdr_bh")` gives for the
same p-values. The p-values themselves are checked against the comparison API.

Two databases: the demo's 2017 against 2018 from `kaiku demo --wave 2018` (many items, p-values
of every size, in several selections), and 2017 against answers posted for 2018 through the
responses API so that the edge cases happen for real: in Karkkila 2018 repeats 2017's answers
(every p is 1, all tied, nothing holds), in Vihti every rated answer is at the top of its scale
(everything holds), in Lohja 2018 has no answers (the section says so and compares nothing)."""
import datetime
import html.parser
import http.cookiejar
import json
import sqlite3
import urllib.parse
import urllib.request
import uuid

from statsmodels.stats.multitest import multipletests

from test_commands import get_json, kaiku

SURVEY = "lukki-asiakaskokemus"
PASSWORD = "vertailu ja väärät löydöt"
RATE = 0.05


class Section(html.parser.HTMLParser):
    """The "What changed" section's own attributes and those of each of its table rows."""

    def __init__(self):
        super().__init__()
        self.section, self.rows, self.too_few, self.depth = None, [], False, 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section" and attrs.get("id") == "what-changed":
            self.section, self.depth = attrs, 1
        elif self.depth:
            if tag == "section":
                self.depth += 1
            if tag == "tr" and "data-key" in attrs:
                self.rows.append(attrs)
            if tag == "p" and "changes-too-few" in (attrs.get("class") or ""):
                self.too_few = True

    def handle_endtag(self, tag):
        if tag == "section" and self.depth:
            self.depth -= 1


def sign_in(url, username):
    """An opener carrying the staff session cookie of `username`."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    form = urllib.parse.urlencode({"username": username, "password": PASSWORD, "lang": "en"}).encode()
    with opener.open(urllib.request.Request(url + "/staff/sign-in", data=form, headers={"Origin": url}), timeout=30) as response:
        assert urllib.parse.urlparse(response.url).path == "/staff", response.url
    return opener


def section(opener, url, query):
    with opener.open(f"{url}/staff/surveys/{SURVEY}/dashboard?{query}", timeout=60) as response:
        assert response.status == 200
        parser = Section()
        parser.feed(response.read().decode())
    assert parser.section is not None, f"no What changed section for {query}"
    return parser


def compared_items(rows):
    """(key, p, adjusted, holds) of every row that was tested, in the page's order."""
    found = [(r["data-key"], float(r["data-p"]), float(r["data-p-adjusted"]), r["data-holds"] == "true")
             for r in rows if "data-p" in r]
    assert all(r["data-holds"] == "false" for r in rows if "data-p" not in r), "an untested row cannot hold"
    return found


def assert_agrees_with_statsmodels(rows, where):
    items = compared_items(rows)
    assert items, f"{where}: nothing was compared"
    reject, corrected, _, _ = multipletests([p for _, p, _, _ in items], alpha=RATE, method="fdr_bh")
    for (key, p, adjusted, holds), expected_reject, expected in zip(items, reject, corrected):
        assert abs(adjusted - expected) <= 1e-12 * max(1.0, expected), f"{where}: {key} p={p} adjusted {adjusted}, statsmodels {expected}"
        assert holds == bool(expected_reject), f"{where}: {key} p={p} adjusted {adjusted}: Kaiku holds={holds}, statsmodels reject={expected_reject}"
    # The rows that hold come first (their own table), the rest after.
    decisions = [holds for _, _, _, holds in items]
    assert decisions == sorted(decisions, reverse=True), f"{where}: a row that holds comes after one that does not"
    return items


def prepare(server, database, username):
    assert kaiku(database, "user", "add", username, "--role", "admin", "--password-stdin", stdin=PASSWORD + "\n").returncode == 0
    token = kaiku(database, "token", "create", username).stdout.strip().split()[-1]
    return sign_in(server.url, username), token


def test_the_demo_waves_agree_with_statsmodels(sqlite_server, tmp_path):
    database = str(tmp_path / "kaiku.sqlite")
    server = sqlite_server().start()  # an empty database: the demo loads wave 2017
    added = kaiku(database, "demo", "--responses", "900", "--wave", "2018")
    assert added.returncode == 0, added.stderr
    opener, token = prepare(server, database, "tilastoija")

    everything, sizes = [], set()
    for query in ("a=2017&b=2018", "a=2017&b=2018&library=lohja", "a=2017&b=2018&library=vihti",
                  "a=2018&b=2017&library=karkkila", "a=2017&b=2018&channel=interviewer,kiosk"):
        found = section(opener, server.url, query)
        assert found.section["data-rate"] == "0.05"
        items = assert_agrees_with_statsmodels(found.rows, query)
        # The doorstep form asks five rated questions; the web form many more.
        assert len(items) >= (5 if "channel" in query else 30), f"{query}: only {len(items)} items compared"
        everything += items
        sizes |= {round(p, 1) for _, p, _, _ in items}
    # The p-values span their range: small, middling and large ones were all corrected.
    # (The demo's answers are random: over some 150 comparisons a few p under 0.05 are all but certain.)
    ps = sorted(p for _, p, _, _ in everything)
    assert ps[0] < 0.05 and ps[-1] > 0.9 and len(sizes) >= 6, (ps[:3], ps[-3:], sizes)

    # The p on the page is the comparison API's p for the same key and selection.
    found = section(opener, server.url, "a=2017&b=2018&library=lohja")
    api = f"{server.url}/api/v1/surveys/{SURVEY}/compare"
    for key, p, _, _ in compared_items(found.rows):
        status, compared = get_json(f"{api}?key={urllib.parse.quote(key)}&a.wave=2017&b.wave=2018&library=lohja", token)
        assert status == 200, compared
        assert abs(compared["p"] - p) <= 5e-7, f"{key}: page p {p}, API p {compared['p']}"


def rated_keys(answers):
    """Answer keys holding numbers (grades, NPS, scales, matrix and importance–performance items)."""
    keys = {}
    for answer in answers:
        for key, value in answer.items():
            if isinstance(value, int) and not isinstance(value, bool):
                keys[key] = max(keys.get(key, value), value)
    return keys


def test_ties_ones_all_and_none_through_the_real_code(sqlite_server, tmp_path):
    database = str(tmp_path / "kaiku.sqlite")
    server = sqlite_server().start()
    opener, token = prepare(server, database, "tilastoija")
    with sqlite3.connect(database) as connection:
        rows = connection.execute(
            "SELECT library_id, form, outlet_id, language, answers FROM responses WHERE survey_id = ? AND wave_id = '2017'",
            (SURVEY,)).fetchall()
    top = rated_keys(json.loads(r[4]) for r in rows)
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    posted = []
    for library, form, outlet, language, answers in rows:
        answers = json.loads(answers)
        if library == "vihti":
            answers = {key: top[key] if key in top and value != "na" else value for key, value in answers.items()}
        elif library != "karkkila":
            continue
        posted.append({"id": str(uuid.uuid4()), "survey": SURVEY, "version": 1, "form": form, "channel": "paper",
                       "outlet": outlet, "language": language, "startedAt": now, "submittedAt": now, "answers": answers})
    assert len(posted) > 100
    for start in range(0, len(posted), 500):
        body = json.dumps({"responses": posted[start:start + 500]}).encode()
        request = urllib.request.Request(f"{server.url}/api/v1/responses", data=body, method="POST", headers={
            "Authorization": f"Bearer {token}", "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=120) as response:
            statuses = {item["status"] for item in json.loads(response.read())["results"]}
        assert statuses == {201}, statuses

    # Karkkila answered 2018 exactly as in 2017: every p is 1, all tied; nothing holds.
    same = section(opener, server.url, "a=2017&b=2018&library=karkkila")
    items = assert_agrees_with_statsmodels(same.rows, "Karkkila, the same answers")
    assert len(items) >= 30
    assert all(abs(p - 1) < 1e-9 for _, p, _, _ in items), [p for _, p, _, _ in items]
    assert all(adjusted == 1 for _, _, adjusted, _ in items)
    assert not any(h for *_, h in items)

    # Vihti rated everything at the top in 2018: every change holds.
    top_answers = section(opener, server.url, "a=2017&b=2018&library=vihti")
    items = assert_agrees_with_statsmodels(top_answers.rows, "Vihti, every answer at the top")
    assert len(items) >= 30
    assert all(h for *_, h in items), [(k, p) for k, p, _, h in items if not h]

    # The consortium: Karkkila's unchanged answers and Vihti's top ones against every library's 2017.
    mixed = section(opener, server.url, "a=2017&b=2018")
    assert_agrees_with_statsmodels(mixed.rows, "the consortium")

    # Lohja has no answers in 2018: the section says so and compares nothing.
    none = section(opener, server.url, "a=2017&b=2018&library=lohja")
    assert none.too_few and not none.rows
