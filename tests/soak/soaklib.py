"""Shared parts of the soak drivers (feedgap_soak.py, day_soak.py): the sandbox's HTTP and
control interface (loopback only, never through a proxy), child processes, time formats, and the
reading of the enforcers' audit journals. Python 3 standard library only."""

import base64
import collections
import datetime
import http.client
import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import time
import urllib.error
import urllib.request

CLIENT_ID = "demo-client"  # docs/sandbox.md: the client-credentials client
CLIENT_SECRET = "demo-secret"

STALE_RE = re.compile(r"stale|replied|wrote|activity|no longer due|re-?read|re-?evaluat|"
                      r"feed (was )?not live|overdue", re.I)
OTHER_RE = re.compile(r"another instance|other instance|claimed by|done by|recorded by|left to",
                      re.I)


def log(msg):
    print(time.strftime("%H:%M:%S ") + msg, flush=True)


def iso_ms(text):
    """ISO 8601 UTC ('2026-12-03T07:39:17.906Z') -> ms since the epoch."""
    if not text:
        return None
    text = text.rstrip("Z")
    fmt = "%Y-%m-%dT%H:%M:%S.%f" if "." in text else "%Y-%m-%dT%H:%M:%S"
    dt = datetime.datetime.strptime(text, fmt).replace(tzinfo=datetime.timezone.utc)
    return int(round(dt.timestamp() * 1000))


def ms_iso(ms):
    if ms is None:
        return "-"
    dt = datetime.datetime.fromtimestamp(ms / 1000, tz=datetime.timezone.utc)
    return dt.strftime("%H:%M:%S.") + "%03d" % (ms % 1000)


# --------------------------------------------------------------------------------------------
# HTTP against the sandbox (loopback only, never through a proxy)

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class Sandbox:
    def __init__(self, port):
        self.port = port
        self.base = "http://127.0.0.1:%d" % port
        self._token = None

    def request(self, method, path, body=None, headers=None, timeout=30):
        data = None
        hdrs = dict(headers or {})
        if body is not None:
            data = json.dumps(body).encode()
            hdrs.setdefault("Content-Type", "application/json")
        elif method in ("POST", "PUT", "PATCH"):
            data = b"{}"  # control posts must be application/json, even without a body
            hdrs.setdefault("Content-Type", "application/json")
        req = urllib.request.Request(self.base + path, data=data, method=method, headers=hdrs)
        try:
            with _OPENER.open(req, timeout=timeout) as resp:
                raw = resp.read()
                return resp.status, (json.loads(raw) if raw.strip() else None)
        except urllib.error.HTTPError as e:
            raw = e.read()
            try:
                return e.code, json.loads(raw)
            except ValueError:
                return e.code, raw.decode(errors="replace")

    def state(self):
        status, body = self.request("GET", "/sandbox/state", timeout=120)
        if status != 200:
            raise RuntimeError("GET /sandbox/state: HTTP %s %s" % (status, body))
        return body

    def control(self, path, body=None, method="POST"):
        status, reply = self.request(method, path, body)
        if status >= 300:
            raise RuntimeError("%s %s: HTTP %s %s" % (method, path, status, reply))
        return reply

    def new_token(self):
        basic = base64.b64encode(("%s:%s" % (CLIENT_ID, CLIENT_SECRET)).encode()).decode()
        req = urllib.request.Request(
            self.base + "/oauth/token", data=b"grant_type=client_credentials", method="POST",
            headers={"Authorization": "Basic " + basic,
                     "Content-Type": "application/x-www-form-urlencoded"})
        with _OPENER.open(req, timeout=30) as resp:
            self._token = json.loads(resp.read())["access_token"]
        return self._token

    def fetch_texts(self, state):
        """textBody of every message (the state carries no texts), added to the state in place."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        token = self.new_token()
        used = 0
        fetched = 0
        failed = 0
        for conv in state.get("conversations", []):
            for part in conv.get("participants", []):
                for msg in part.get("messages", []):
                    if "textBody" in msg:
                        continue
                    path = msg.get("messageURI") or "/api/v2/conversations/messages/%s/messages/%s" % (
                        conv["id"], msg["messageId"])
                    for attempt in range(6):
                        if used >= 280:  # 300 requests per token per minute
                            token = self.new_token()
                            used = 0
                        used += 1
                        try:
                            conn.request("GET", path, headers={"Authorization": "Bearer " + token,
                                                               "Host": "127.0.0.1"})
                            resp = conn.getresponse()
                            raw = resp.read()
                        except (OSError, http.client.HTTPException):
                            conn.close()
                            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                            time.sleep(0.2)
                            continue
                        if resp.status == 200:
                            body = json.loads(raw)
                            msg["textBody"] = body.get("textBody", "")
                            if body.get("createdBy"):
                                msg["createdBy"] = body["createdBy"]
                            fetched += 1
                            break
                        if resp.status in (401, 429):
                            token = self.new_token()
                            used = 0
                            continue
                        time.sleep(0.2)
                    else:
                        failed += 1
        conn.close()
        return fetched, failed


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --------------------------------------------------------------------------------------------
# Processes


class Proc:
    def __init__(self, name, args, cwd, env=None, logbase=None):
        self.name = name
        self.args = args
        self.out = open(logbase + ".stdout.log", "ab")
        self.err = open(logbase + ".stderr.log", "ab")
        self.popen = subprocess.Popen(args, cwd=cwd, env=env, stdout=self.out, stderr=self.err,
                                      stdin=subprocess.DEVNULL)
        self.pid = self.popen.pid

    def alive(self):
        return self.popen.poll() is None

    def stop(self, grace=15.0):
        """SIGTERM, then SIGKILL after grace seconds. Returns the exit code."""
        if self.alive():
            self.popen.send_signal(signal.SIGTERM)
            try:
                self.popen.wait(grace)
            except subprocess.TimeoutExpired:
                log("%s (pid %d) ignored SIGTERM for %.0f s: SIGKILL" % (self.name, self.pid, grace))
                self.popen.kill()
                self.popen.wait(10)
        self.out.close()
        self.err.close()
        return self.popen.returncode

    def kill9(self):
        self.popen.send_signal(signal.SIGKILL)
        self.popen.wait(10)
        self.out.close()
        self.err.close()
        return self.popen.returncode


def tail(path, lines=15):
    try:
        with open(path, "rb") as f:
            return b"\n".join(f.read().splitlines()[-lines:]).decode(errors="replace")
    except OSError:
        return ""


def clear_flaky(sb, note):
    """DELETE /sandbox/faults clears every request fault; put back the ones we keep."""
    before = sb.control("/sandbox/faults", method="GET")
    sb.control("/sandbox/faults", method="DELETE")
    restored = []
    for rule in before.get("dropResponseNext", []):
        body = {"count": rule["remaining"]}
        if rule.get("pathContains"):
            body["path"] = rule["pathContains"]
        sb.control("/sandbox/faults/drop-response-next", body)
        restored.append("drop-response-next %s" % body)
    for rule in before.get("failNext", []):
        body = {"count": rule["remaining"], "status": rule["status"]}
        if rule.get("pathContains"):
            body["path"] = rule["pathContains"]
        sb.control("/sandbox/faults/fail-next", body)
        restored.append("fail-next %s" % body)
    if before.get("latencyMs"):
        sb.control("/sandbox/faults/latency", {"ms": before["latencyMs"]})
        restored.append("latency %s" % before["latencyMs"])
    note("flaky cleared (DELETE /sandbox/faults)" +
         ("; restored " + ", ".join(restored) if restored else "; nothing else was pending"))


def read_journals(paths):
    """{instance: {...}} with counts, reasons and message ids per journal."""
    out = {}
    for path in paths:
        name = os.path.basename(path)
        m = re.match(r"journal-(.+)\.sqlite$", name)
        inst = m.group(1) if m else name
        info = {"path": path, "rows": 0, "byResult": collections.Counter(),
                "byKindStage": collections.Counter(), "pending": [], "reasons": collections.Counter(),
                "stale": [], "otherInstance": [], "reconciled": [], "messages": {}, "sends": []}
        rows = cols = None
        for uri in ("file:%s?mode=ro" % path, "file:%s" % path):
            try:
                db = sqlite3.connect(uri, uri=True)
                db.row_factory = sqlite3.Row
                cols = [r[1] for r in db.execute("PRAGMA table_info(actions)")]
                rows = [dict(r) for r in db.execute("SELECT * FROM actions ORDER BY id")]
                db.close()
                break
            except sqlite3.Error as e:
                info["error"] = str(e)
        if rows is None:
            out[inst] = info
            continue
        info.pop("error", None)
        info["columns"] = cols
        textcols = [c for c in ("error", "reason", "note") if c in cols]
        for r in rows:
            info["rows"] += 1
            result = r.get("result") or "pending"
            info["byResult"][result] += 1
            info["byKindStage"][(r.get("kind"), r.get("stage"), result)] += 1
            why = " | ".join(str(r[c]) for c in textcols if r.get(c))
            r["_why"] = why
            if result == "pending":
                info["pending"].append(r)
            if why:
                key = re.sub(r"[0-9a-f]{8}-[0-9a-f-]{27}", "<id>", why)
                key = re.sub(r"\d+", "N", key)
                info["reasons"][(result, key)] += 1
            if why and STALE_RE.search(why):
                info["stale"].append(r)
            if why and OTHER_RE.search(why):
                info["otherInstance"].append(r)
            if why and re.search(r"restart|reconcil", why, re.I):
                info["reconciled"].append(r)
            if r.get("message_id"):
                info["messages"][r["message_id"]] = r
            if r.get("kind") in ("sendWarning", "sendClosingMessage"):
                info["sends"].append(r)
        out[inst] = info
    return out
