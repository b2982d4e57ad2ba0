"""`kaiku import responses`: earlier results from another survey tool imported into a wave on a
real database, checked with --dry-run first, stored once, and counted by the results API."""
import json
import time

from test_commands import get_json, kaiku

SURVEY = "lukki-asiakaskokemus"
WELCOMING = "Kirjasto on mielestäni… - helposti lähestyttävä ja viihtyisä"
ROWS = [
    ["Vastausaika", "1. Mitä kirjastoa käytät eniten?", "2. Minkä kouluarvosanan (4–10) antaisit kirjastolle, jota käytät eniten?",
     WELCOMING, "Kirjasto on mielestäni… - ajanmukainen", "Kuinka usein käyt kirjastossa?"],
    ["2.10.2017 14:03", "Lohjan pääkirjasto", "9", "Täysin samaa mieltä", "Jokseenkin samaa mieltä", "Viikoittain"],
    ["3.10.2017 9:15", "Karkkilan pääkirjasto", "10", "Täysin samaa mieltä", "Täysin samaa mieltä", "Kuukausittain"],
    ["4.10.2017 11:00", "Vihdin pääkirjasto", "8", "Jokseenkin samaa mieltä", "Täysin samaa mieltä", "Viikoittain"],
    ["5.10.2017 12:00", "Lohjan pääkirjasto", "8", "En osaa sanoa", "Jokseenkin eri mieltä", "Harvemmin"],
    ["6.10.2017 10:30", "Vihdin pääkirjasto", "7", "Jokseenkin samaa mieltä", "Ei samaa eikä eri mieltä", "Viikoittain"],
    ["9.10.2017 16:45", "Karkkilan pääkirjasto", "9", "Täysin samaa mieltä", "Jokseenkin samaa mieltä", "Kuukausittain"],
    ["10.10.2017 8:05", "Lohjan pääkirjasto", "10", "Jokseenkin samaa mieltä", "Täysin samaa mieltä", "Viikoittain"],
]


def imported_n(server, token, expected):
    """The results API's n of the 2017 wave's imported responses, waiting a little for the
    analytics to catch up with `expected`."""
    n = None
    for _ in range(50):
        status, body = get_json(f"{server.url}/api/v1/surveys/{SURVEY}/results?wave=2017&channel=import", token)
        # No response matching the selection is a 422 of its own, not n = 0.
        n = 0 if status == 422 and body["error"]["code"] == "invalid_selection" else body["n"] if status == 200 else body
        if n == expected:
            break
        time.sleep(0.2)
    return n


def test_import_responses_dry_run_then_once(sqlite_server, tmp_path):
    database = str(tmp_path / "kaiku.sqlite")
    server = sqlite_server().start()
    added = kaiku(database, "user", "add", "paakayttaja", "--role", "admin", "--password-stdin", stdin="pitkä ja hyvä salasana\n")
    assert added.returncode == 0, added.stderr
    token = kaiku(database, "token", "create", "paakayttaja").stdout.strip()
    results = tmp_path / "webropol.csv"
    results.write_text("\r\n".join(";".join(row) for row in ROWS) + "\r\n", encoding="cp1252")
    mapping = tmp_path / "mapping.json"
    common = ["import", "responses", str(results), "--survey", SURVEY, "--wave", "2017", "--source", "Webropol, Lohja 2017"]

    dry = kaiku(database, *common, "--dry-run", "--save-mapping", str(mapping))
    assert dry.returncode != 0, "a file with a rejected row is not clean"
    assert "Rows read: 7; valid: 6; rejected: 1; skipped (empty): 0." in dry.stdout
    assert f'row 5, column "{WELCOMING}": unknown value "En osaa sanoa" for question image.welcoming' in dry.stdout
    assert "nothing was stored" in dry.stderr
    assert imported_n(server, token, 0) == 0

    refused = kaiku(database, *common)
    assert refused.returncode != 0
    assert "use --valid-only" in refused.stderr
    assert imported_n(server, token, 0) == 0

    document = json.loads(mapping.read_text(encoding="utf-8"))
    column = next(column for column in document["columns"] if column["header"] == WELCOMING)
    assert column["use"] == "answer" and column["key"] == "image.welcoming"
    column.setdefault("values", {})["En osaa sanoa"] = ""
    mapping.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    checked = kaiku(database, *common, "--mapping", str(mapping), "--dry-run")
    assert checked.returncode == 0, checked.stderr
    assert "Dry run: 7 responses would be imported; nothing was stored." in checked.stdout
    assert imported_n(server, token, 0) == 0

    stored = kaiku(database, *common, "--mapping", str(mapping))
    assert stored.returncode == 0, stored.stderr
    assert "Imported 7 responses (0 already there)" in stored.stdout
    assert imported_n(server, token, 7) == 7

    # The saved mapping is used without --mapping; the same rows are not stored again.
    again = kaiku(database, *common)
    assert again.returncode == 0, again.stderr
    assert 'Mapping: saved for "Webropol, Lohja 2017".' in again.stdout
    assert "Imported 0 responses (7 already there)" in again.stdout
    assert imported_n(server, token, 7) == 7

    unknown = kaiku(database, "import", "responses", str(results), "--survey", SURVEY, "--wave", "1999", "--source", "x")
    assert unknown.returncode != 0
    assert "has no wave '1999'" in unknown.stderr
    wrong = tmp_path / "results.docx"
    wrong.write_bytes(b"x")
    refused_type = kaiku(database, "import", "responses", str(wrong), "--survey", SURVEY, "--wave", "2017", "--source", "x")
    assert refused_type.returncode != 0
    assert "must be a .csv or .xlsx file" in refused_type.stderr
