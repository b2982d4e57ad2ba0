"""The staff commands of the `kaiku` program on a real database: user add/reset/disable,
token create (and the token opening the JSON API), import survey."""
import json
import os
import subprocess
import urllib.error
import urllib.request

from conftest import KAIKU_BIN

DEMO = os.path.join(os.path.dirname(__file__), "../../Sources/KaikuDemo/Resources/Demo")
SURVEY = os.path.join(DEMO, "lukki-customer-survey.yaml")
ORGANISATION = os.path.join(DEMO, "lukki-consortium.yaml")


def kaiku(database, *args, stdin=None):
    return subprocess.run([KAIKU_BIN, *args, "--database", database], input=stdin, capture_output=True, text=True, timeout=300)


def get_json(url, token):
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_user_token_and_import_commands(sqlite_server, tmp_path):
    database = str(tmp_path / "kaiku.sqlite")
    assert kaiku(database, "migrate").returncode == 0

    organisation = kaiku(database, "import", "organisation", ORGANISATION)
    assert organisation.returncode == 0, organisation.stderr
    assert "Imported 3 libraries" in organisation.stdout
    imported = kaiku(database, "import", "survey", SURVEY)
    assert imported.returncode == 0, imported.stderr
    assert "Published lukki-asiakaskokemus version 1." in imported.stdout
    again = kaiku(database, "import", "survey", SURVEY)
    assert "already the same; nothing changed" in again.stdout

    broken = tmp_path / "broken.yaml"
    broken.write_text("kaiku: 1\nid: x\ntitle: {fi: X}\nlanguages: [fi, sv]\npages: []\n", encoding="utf-8")
    refused = kaiku(database, "import", "survey", str(broken))
    assert refused.returncode != 0
    assert "broken.yaml was not imported" in refused.stderr
    assert "title" in refused.stderr

    added = kaiku(database, "user", "add", "maija", "--role", "manager", "--library", "karkkila", "--password-stdin",
                  stdin="pitkä ja hyvä salasana\n")
    assert added.returncode == 0, added.stderr
    assert "Created maija (manager: karkkila)." in added.stdout
    no_library = kaiku(database, "user", "add", "pekka", "--role", "staff", "--password-stdin", stdin="pitkä ja hyvä salasana\n")
    assert no_library.returncode != 0
    assert "Choose at least one library." in no_library.stderr
    short = kaiku(database, "user", "add", "pekka", "--role", "admin", "--password-stdin", stdin="lyhyt\n")
    assert "at least 12 characters" in short.stderr
    invited = kaiku(database, "user", "add", "liisa", "--role", "interviewer", "--library", "vihti", "--base-url", "https://kaiku.example.fi")
    assert invited.returncode == 0, invited.stderr
    assert "https://kaiku.example.fi/staff/invitation/" in invited.stdout

    token = kaiku(database, "token", "create", "maija")
    assert token.returncode == 0, token.stderr
    secret = token.stdout.strip()
    assert secret.startswith("kaiku_")

    server = sqlite_server().start()
    status, me = get_json(server.url + "/api/v1/me", secret)
    assert status == 200
    assert me == {"username": "maija", "role": "manager", "libraries": ["karkkila"], "language": "fi"}
    status, _ = get_json(server.url + "/api/v1/audit", secret)
    assert status == 403, "a manager may not read the audit log"

    disabled = kaiku(database, "user", "disable", "maija")
    assert disabled.returncode == 0
    status, body = get_json(server.url + "/api/v1/me", secret)
    assert status == 401
    assert "not valid" in body["error"]["message"]

    unknown = kaiku(database, "user", "reset", "nobody")
    assert unknown.returncode != 0
    assert "there is no user 'nobody'" in unknown.stderr
    listed = kaiku(database, "user", "list")
    assert "maija\tmanager\tkarkkila\t-\tdisabled" in listed.stdout
