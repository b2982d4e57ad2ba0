"""A valid doorstep response of the Lukki survey, as a kiosk sends it, for the system tests."""
import datetime

SURVEY = "lukki-asiakaskokemus"


def kiosk_response(identifier):
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {
        "id": identifier, "survey": SURVEY, "version": 1, "form": "doorstep", "channel": "kiosk",
        "outlet": "vihti-main", "language": "fi", "startedAt": now, "submittedAt": now,
        "answers": {"outlet": "vihti-main", "grade": 8, "nps": 9, "service_preference": "self",
                    "web_frequency": "never", "visit_frequency": "monthly"},
    }
