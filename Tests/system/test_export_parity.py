"""One response export for the web and the command line: `kaiku export responses` writes the
very bytes the staff pages' export sends for the same selection."""
import subprocess
import urllib.error
import urllib.parse
import urllib.request

from conftest import KAIKU_BIN

SURVEY = "lukki-asiakaskokemus"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def kaiku(database, *args, stdin=None):
    return subprocess.run([KAIKU_BIN, *args, "--database", database], input=stdin, capture_output=True, text=True, timeout=300)


def sign_in(url, username, password):
    """The session cookie of a staff sign-in."""
    form = urllib.parse.urlencode({"username": username, "password": password, "lang": "fi"}).encode()
    request = urllib.request.Request(url + "/staff/sign-in", data=form, headers={"Origin": url})
    try:
        urllib.request.build_opener(NoRedirect).open(request, timeout=30)
    except urllib.error.HTTPError as error:
        assert error.code == 303, error.read()
        return error.headers["Set-Cookie"].split(";")[0]
    raise AssertionError("no redirect after signing in")


def download(url, cookie, query):
    request = urllib.request.Request(f"{url}/staff/surveys/{SURVEY}/export?{query}", headers={"Cookie": cookie})
    with urllib.request.urlopen(request, timeout=60) as response:
        assert response.status == 200
        return response.read()


def test_the_command_line_and_the_web_export_the_same_csv_bytes(sqlite_server, tmp_path):
    server = sqlite_server().start()
    added = kaiku(server.database, "user", "add", "analyst", "--role", "admin", "--password-stdin", stdin="pitkä ja hyvä salasana\n")
    assert added.returncode == 0, added.stderr
    cookie = sign_in(server.url, "analyst", "pitkä ja hyvä salasana")

    for web_format, delimiter in [("csv", "comma"), ("csv-semicolon", "semicolon")]:
        out = tmp_path / f"export-{delimiter}.csv"
        written = kaiku(server.database, "export", "responses", SURVEY, "--format", "csv", "--wave", "2017", "--library", "lohja",
                        "--delimiter", delimiter, "--language", "sv", "--out", str(out))
        assert written.returncode == 0, written.stderr
        from_web = download(server.url, cookie, f"format={web_format}&wave=2017&library=lohja&lang=sv")
        from_file = out.read_bytes()
        assert from_file.startswith(b"\xef\xbb\xbf")
        assert len(from_file.splitlines()) > 100, "the selection holds responses"
        assert from_file == from_web, web_format
