"""The JSON API against its own OpenAPI document (/api/openapi.json), with Schemathesis on a
real kaiku process: every documented route, public and staff (with an admin's token), in a
bounded, seeded run. No response may be a server error, have a status the document does not
list, or a body outside the document's schema."""
import json
import os
import shutil
import subprocess
import sys
import urllib.request

from conftest import KAIKU_BIN, Server

# Fixed so that a failure can be reproduced with the same cases; small so that the run takes
# seconds. A longer hunt: KAIKU_SCHEMATHESIS_EXAMPLES=500 KAIKU_SCHEMATHESIS_SEED=7.
SEED = os.environ.get("KAIKU_SCHEMATHESIS_SEED", "20261205")
MAX_EXAMPLES = os.environ.get("KAIKU_SCHEMATHESIS_EXAMPLES", "50")
CHECKS = "not_a_server_error,status_code_conformance,response_schema_conformance,content_type_conformance"


def kaiku(database, *args, stdin=None):
    return subprocess.run([KAIKU_BIN, *args, "--database", database], input=stdin, capture_output=True, text=True, timeout=300)


def schemathesis_command():
    found = shutil.which("schemathesis") or shutil.which("st")
    return [found] if found else [sys.executable, "-m", "schemathesis.cli"]


def test_every_json_route_conforms_to_the_openapi_document(tmp_path):
    database = str(tmp_path / "kaiku.sqlite")
    assert kaiku(database, "migrate").returncode == 0
    added = kaiku(database, "user", "add", "sopimus", "--role", "admin", "--password-stdin", stdin="pitkä ja hyvä salasana\n")
    assert added.returncode == 0, added.stderr
    token = kaiku(database, "token", "create", "sopimus")
    assert token.returncode == 0, token.stderr
    # The first start loads the demo: the survey, its waves and the 2017 baseline.
    server = Server(database, str(tmp_path)).start()
    try:
        # The token opens the staff routes, so they are tested beyond their 401.
        request = urllib.request.Request(server.url + "/api/v1/surveys/lukki-asiakaskokemus/results",
                                         headers={"Authorization": f"Bearer {token.stdout.strip()}"})
        with urllib.request.urlopen(request, timeout=30) as response:
            assert response.status == 200 and json.loads(response.read())["n"] >= 1500
        run = subprocess.run(
            schemathesis_command() + [
                "run", server.url + "/api/openapi.json",
                "--url", server.url,
                "--header", f"Authorization: Bearer {token.stdout.strip()}",
                "--checks", CHECKS,
                "--phases", "examples,coverage,fuzzing",
                "--max-examples", MAX_EXAMPLES,
                "--seed", SEED,
                "--workers", "1",
                "--request-timeout", "30",
                "--generation-database", "none",
                "--no-color",
                "--report", "junit", "--report-dir", str(tmp_path / "schemathesis"),
            ],
            capture_output=True, text=True, timeout=900, cwd=str(tmp_path),
        )
    finally:
        server.stop()
    output = run.stdout + run.stderr
    assert run.returncode == 0, output[-20000:] + "\n--- server ---\n" + server.output[-4000:]
    assert "passed" in output
