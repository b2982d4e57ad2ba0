"""KAIKU_PUBLIC_URL in whole kaiku processes: the admin's first sign-in address and the
invitation links printed on it, HSTS and the __Host- cookie when it is https, and a start
refused when it is not an address."""
import os
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

from conftest import KAIKU_BIN, free_port

PUBLIC = "https://kaiku.example.fi"


def environment(**extra):
    env = dict(os.environ)
    env.pop("KAIKU_BASE_URL", None)
    env.update(extra)
    return env


def wait_ready(url, process, timeout=120):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url + "/ready", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
        if process.poll() is not None:
            raise RuntimeError("kaiku exited: " + process.stdout.read())
    raise RuntimeError("kaiku did not become ready")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_an_https_public_address_is_used_for_links_cookies_and_hsts(tmp_path):
    database = str(tmp_path / "kaiku.sqlite")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(
        [KAIKU_BIN, "serve", "--no-demo", "--host", "127.0.0.1", "--port", str(port), "--database", database],
        cwd=str(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env=environment(KAIKU_PUBLIC_URL=PUBLIC + "/"),
    )
    output = ""
    try:
        wait_ready(url, process)
        # The announcement was printed before the server became ready.
        while "one-time password:" not in output:
            output += process.stdout.readline()
        password = output.split("one-time password:")[1].split()[0]
        with urllib.request.urlopen(url + "/staff/sign-in", timeout=10) as response:
            assert response.headers["Strict-Transport-Security"] == "max-age=31536000"
        form = urllib.parse.urlencode({"username": "admin", "password": password, "lang": "en"}).encode()
        request = urllib.request.Request(url + "/staff/sign-in", data=form, headers={"Origin": url})
        try:
            urllib.request.build_opener(NoRedirect).open(request, timeout=30)
            raise AssertionError("no redirect after signing in")
        except urllib.error.HTTPError as error:
            assert error.code == 303
            cookie = error.headers["Set-Cookie"]
        assert cookie.startswith("__Host-kaiku_session=")
        assert "Secure" in cookie and "Path=/" in cookie and "HttpOnly" in cookie
    finally:
        process.terminate()
        process.wait(timeout=30)
        # Not communicate(): with a timeout it reads past what readline() already buffered.
        output += process.stdout.read()
    assert f"Sign in at {PUBLIC}/staff and choose a new password." in output
    assert f"Public address: {PUBLIC}/" in output

    invited = subprocess.run(
        [KAIKU_BIN, "user", "add", "liisa", "--role", "admin", "--database", database],
        capture_output=True, text=True, timeout=300, env=environment(KAIKU_PUBLIC_URL=PUBLIC),
    )
    assert invited.returncode == 0, invited.stderr
    assert f"{PUBLIC}/staff/invitation/" in invited.stdout


def test_a_public_address_that_is_not_one_is_refused_at_start(tmp_path):
    started = subprocess.run(
        [KAIKU_BIN, "serve", "--no-demo", "--port", str(free_port()), "--database", str(tmp_path / "kaiku.sqlite")],
        capture_output=True, text=True, timeout=120, env=environment(KAIKU_PUBLIC_URL="kaiku.example.fi/kaiku"),
    )
    assert started.returncode != 0
    assert "KAIKU_PUBLIC_URL must be an http or https address without a path" in started.stderr
