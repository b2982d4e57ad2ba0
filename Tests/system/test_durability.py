"""An acknowledged response survives kill -9, and a retry after the crash is not a duplicate."""
import json
import sqlite3
import threading
import time
import urllib.error
import urllib.request
import uuid

from responses import SURVEY, kiosk_response



def post(url, body, token):
    # Kiosk responses need a staff credential.
    request = urllib.request.Request(url + "/api/v1/responses", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json", "Authorization": "Bearer " + token},
                                     method="POST")
    with urllib.request.urlopen(request, timeout=10) as reply:
        return reply.status


def stored_ids(database):
    with sqlite3.connect(database) as connection:
        return {row[0].lower() for row in connection.execute("SELECT client_id FROM responses WHERE survey_id = ?", (SURVEY,))}


def test_acknowledged_responses_survive_kill_9(sqlite_server):
    server = sqlite_server().start()
    token = server.token()
    acknowledged, sent, bodies = [], [], {}
    stop = threading.Event()

    def send():
        while not stop.is_set():
            identifier = str(uuid.uuid4())
            sent.append(identifier)
            bodies[identifier] = kiosk_response(identifier)
            try:
                if post(server.url, bodies[identifier], token) == 201:
                    acknowledged.append(identifier)
            except (OSError, urllib.error.URLError):
                return

    senders = [threading.Thread(target=send) for _ in range(4)]
    for sender in senders:
        sender.start()
    # Let acknowledgements pile up, then pull the plug in the middle of the stream.
    deadline = time.time() + 30
    while len(acknowledged) < 60 and time.time() < deadline:
        time.sleep(0.05)
    server.kill_hard()
    stop.set()
    for sender in senders:
        sender.join()
    assert len(acknowledged) >= 60, "the server acknowledged too few responses before the kill"

    restarted = sqlite_server().start()
    ids = stored_ids(restarted.database)
    missing = [identifier for identifier in acknowledged if identifier not in ids]
    assert not missing, f"{len(missing)} acknowledged responses were lost: {missing[:3]}"

    # The device retries everything it sent; what was stored is answered 200, the rest 201.
    statuses = [post(restarted.url, bodies[identifier], token) for identifier in sent]
    assert set(statuses) <= {200, 201}
    assert all(status == 200 for identifier, status in zip(sent, statuses) if identifier in ids)
    final = stored_ids(restarted.database)
    assert set(sent) <= final
    assert len(final) == 1500 + len(set(sent)), "a retry was stored twice"


def test_the_demo_loads_once_and_the_admin_password_is_printed_once(sqlite_server):
    first = sqlite_server().start()
    first.stop()
    assert "one-time password:" in first.output
    assert first.output.count("one-time password:") == 1
    second = sqlite_server().start()
    second.stop()
    assert "one-time password:" not in second.output
    with sqlite3.connect(first.database) as connection:
        count, = connection.execute("SELECT COUNT(*) FROM responses WHERE wave_id = '2017'").fetchone()
    assert count == 1500
