"""PostgreSQL restarts under load: Kaiku reconnects, keeps serving, says it is not ready while
the database is away, and loses no acknowledged response (issue 10, item 2).

The test runs its own private PostgreSQL cluster (initdb and pg_ctl as the `postgres` user, as
scripts/postgres-throwaway does), never the shared one. Bounded: about half a minute of load."""
import glob
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid

import pytest

from conftest import Server, free_port
from responses import SURVEY, kiosk_response



def pg_bin():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return os.path.dirname(found[-1]) if found else None


class Cluster:
    """A throwaway PostgreSQL server on a loopback port, run as the `postgres` user."""

    def __init__(self, bin_dir):
        self.bin = bin_dir
        self.dir = tempfile.mkdtemp(prefix="kaiku-pg-restart.", dir="/tmp")
        shutil.chown(self.dir, "postgres")
        self.port = free_port()
        self.as_postgres(os.path.join(self.bin, "initdb"), "--pgdata", self.data, "--username=postgres",
                         "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync")

    @property
    def data(self):
        return os.path.join(self.dir, "data")

    @property
    def url(self):
        return f"postgres://postgres@127.0.0.1:{self.port}/kaiku"

    def as_postgres(self, *command):
        subprocess.run(["runuser", "-u", "postgres", "--", *command], cwd=self.dir, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def start(self):
        options = (f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.dir} "
                   "-c fsync=off -c synchronous_commit=on")
        self.as_postgres(os.path.join(self.bin, "pg_ctl"), "--pgdata", self.data, "--log", os.path.join(self.dir, "log"),
                         "--wait", "--timeout=60", "-o", options, "start")

    def stop(self, mode="fast"):
        self.as_postgres(os.path.join(self.bin, "pg_ctl"), "--pgdata", self.data, f"--mode={mode}", "--wait", "stop")

    def sql(self, statement, database="kaiku"):
        return subprocess.run(
            [os.path.join(self.bin, "psql"), "-At", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d", database, "-c", statement],
            check=True, capture_output=True, text=True,
        ).stdout

    def remove(self):
        try:
            self.stop(mode="immediate")
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture
def cluster():
    bin_dir = pg_bin()
    if bin_dir is None or os.geteuid() != 0:
        pytest.skip("needs PostgreSQL's server binaries and root (to run them as the postgres user)")
    cluster = Cluster(bin_dir)
    cluster.start()
    cluster.sql("CREATE DATABASE kaiku", database="postgres")
    yield cluster
    cluster.remove()


def post(url, body, token):
    request = urllib.request.Request(url + "/api/v1/responses", data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", "Authorization": "Bearer " + token})
    try:
        with urllib.request.urlopen(request, timeout=30) as reply:
            return reply.status
    except urllib.error.HTTPError as error:
        return error.code


def ready(url):
    try:
        with urllib.request.urlopen(url + "/ready", timeout=10) as reply:
            return reply.status
    except urllib.error.HTTPError as error:
        return error.code


def test_kaiku_rides_out_a_postgresql_restart(cluster, tmp_path):
    # One address sending as fast as it can: the per-address limit is off for this load.
    server = Server(cluster.url, str(tmp_path), env={"KAIKU_WRITE_TIMEOUT": "3", "KAIKU_RATE_LIMIT": "0"}).start(timeout=300)
    try:
        token = server.token()
        acknowledged, statuses, lock = [], [], threading.Lock()
        stop = threading.Event()
        phase = {"name": "before"}

        def send():
            while not stop.is_set():
                identifier = str(uuid.uuid4())
                status = post(server.url, kiosk_response(identifier), token)
                with lock:
                    statuses.append((phase["name"], status))
                    if status in (200, 201):
                        acknowledged.append(identifier)
                if status == 503:
                    time.sleep(0.2)

        senders = [threading.Thread(target=send) for _ in range(4)]
        for sender in senders:
            sender.start()
        time.sleep(4)
        phase["name"] = "down"
        cluster.stop()
        time.sleep(1)
        assert ready(server.url) == 503, "/ready said ready while the database was stopped"
        time.sleep(2)
        cluster.start()
        phase["name"] = "after"
        # Writes cut off by the restart are given up after twice the write timeout (3 s), then retried.
        time.sleep(15)
        stop.set()
        for sender in senders:
            sender.join(timeout=60)

        assert ready(server.url) == 200
        by_phase = {name: [status for p, status in statuses if p == name] for name in ("before", "down", "after")}
        assert by_phase["before"].count(201) >= 20, f"too few stored before the restart: {by_phase['before'][:20]}"
        if by_phase["after"].count(201) < 20:
            server.stop()
            pytest.fail("Kaiku did not serve again after PostgreSQL came back: "
                        f"{by_phase['after'][-10:]}\n{server.output[-3000:]}")
        # While the database is away a response is refused (503), never acknowledged.
        assert set(status for _, status in statuses) <= {200, 201, 503}, sorted(set(status for _, status in statuses))
        stored = {line.strip().lower() for line in cluster.sql(f"SELECT client_id FROM responses WHERE survey_id = '{SURVEY}'").split()}
        missing = [identifier for identifier in acknowledged if identifier not in stored]
        assert not missing, f"{len(missing)} acknowledged responses were lost: {missing[:3]}"
        assert server.process.poll() is None, "kaiku exited"
    finally:
        server.stop()
