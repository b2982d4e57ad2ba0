"""Starts and stops real kaiku processes for the system tests."""
import os
import re
import socket
import subprocess
import time
import urllib.request

import pytest

KAIKU_BIN = os.environ.get("KAIKU_BIN", os.path.join(os.path.dirname(__file__), "../../.build/debug/kaiku"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One kaiku serve process on a loopback port."""

    def __init__(self, database, workdir, env=None):
        self.database = database
        self.workdir = workdir
        self.env = env or {}
        self.port = free_port()
        self.process = None
        self.output = ""

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout=120):
        self.process = subprocess.Popen(
            [KAIKU_BIN, "serve", "--host", "127.0.0.1", "--port", str(self.port), "--database", self.database],
            cwd=self.workdir, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            env={**os.environ, **self.env},
        )
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(self.url + "/ready", timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
            if self.process.poll() is not None:
                raise RuntimeError("kaiku exited: " + self.process.stdout.read())
        raise RuntimeError("kaiku did not become ready")

    def token(self, username="admin"):
        """A personal API token for `username` (the bootstrap admin by default), as staff make one."""
        return subprocess.run(
            [KAIKU_BIN, "token", "create", username, "--label", "system test", "--database", self.database],
            cwd=self.workdir, check=True, capture_output=True, text=True,
        ).stdout.strip().splitlines()[-1]

    def kill_hard(self):
        """kill -9: no chance to flush or shut down."""
        self.process.kill()
        self.process.wait()
        self.output += self.process.stdout.read()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
            self.output += self.process.stdout.read()


@pytest.fixture
def sqlite_server(tmp_path):
    servers = []

    def make():
        server = Server(str(tmp_path / "kaiku.sqlite"), str(tmp_path))
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()
