#!/usr/bin/env python3
"""A simulated day under faults (issue 13): the sandbox's traffic at a fast clock, the headless
enforcer(s) as separate processes on the same clock (headless `sandboxClock`), and faults on a
seeded schedule; at the end it judges what happened and fails on any of:

  duplicates / stale / out of order / missed closes   feedgap_soak.py's analyser, on the sandbox's
                  conversations (every message's text) and the journals; timing tolerances are
                  scaled to the clock speed, so it judges correctness, not lateness
  exactly once    every Idle Guard message in the sandbox has exactly one journal row (succeeded
                  or observed) with its id, every such row's message is in the sandbox with its
                  stage's text, and every closing message has its disconnect; the agent leg's
                  idleGuard.stage record names the last stage sent on it (for a close whose
                  disconnect ended the leg, the ended leg says it and the record may name the
                  stage before)
  lost            an automatic stage (warning, closing message, disconnect) journaled "failed"
  pending         a journal row without a result
  mirror          the conversations each enforcer's feed held at its clean stop (its log's
                  "mirror conversation" lines) differ from the sandbox's live conversations
                  (legs, ended legs, messages, newest time)
  memory          an enforcer's RSS grows while the traffic is steady: per process lifetime of at
                  least --rss-min-share of the run, the first third is warm-up; the median of the
                  last third may not exceed the median of the middle third by more than
                  max(--rss-slack-mb, 10 %)
  secrets         the client secret, its Basic form, or any access token the sandbox issued to
                  the client appears in an enforcer's log (every logging category on)
  crashes         an enforcer exited on its own other than with status 1 (its "cannot start",
                  e.g. a sign-in refused at start; restarted 10 simulated s later like systemd's
                  Restart=on-failure, counted and reported)

Faults, at seeded random sandbox times, per simulated hour: 2 dropped sockets, 1 silent socket
(no heartbeats for 3 simulated minutes), 1 channel expiry, a burst of 429s on every request (30
simulated s) and one of 503s (20 s), 5 simulated minutes of 5 % 503s, 2 lost answers after the
platform acted (a message send and a disconnect), 1 SIGKILL of an enforcing instance, restarted
on its journal 0.2-2 s later; every second hour a revocation of every token. After the span the simulated people stop (the sandbox's
simulator is paused), faults are cleared, and the enforcers run on for --drain-minutes so that
whatever fell due is done; then they get SIGTERM.

--mode multi runs two enforcing instances and one observe-only instance on the same queues and
reports how often each protective path fired (claims lost, stages left to another instance,
dropped as stale, fresh reads, reconciliations after a restart).

Exit status: 0 pass, 1 a check failed, 2 the soak could not run. Python 3 standard library only.

  tests/soak/day_soak.py --hours 2 --speed 60                 # the CTest version (label soak)
  tests/soak/day_soak.py --hours 24 --speed 100 --mode multi  # a simulated day
"""

import argparse
import base64
import collections
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import types

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import feedgap_soak  # noqa: E402  (its analyser)
from soaklib import (CLIENT_ID, CLIENT_SECRET, OTHER_RE, STALE_RE, Proc, Sandbox,  # noqa: E402
                     clear_flaky, free_port, iso_ms, log, read_journals, tail)

MINUTE = 60_000
HOUR = 60 * MINUTE
THRESHOLDS_S = {"W1": 45, "W2": 90, "CLOSE": 120}
STAGE_OF_JOURNAL = {"warning1": "W1", "warning2": "W2", "close": "CLOSE"}
SENDS = ("sendWarning", "sendClosingMessage")
DONE = ("succeeded", "observed")


def write_policy(workdir):
    texts = feedgap_soak.TEXTS  # "IG-W1 ...": the analyser tells Idle Guard's messages by them
    policy = {"version": 1, "default": {
        "name": "Day soak (issue 13)", "mode": "turn-aware", "requireAgentMessage": True,
        "countTyping": False, "defaultLanguage": "en", "closeScope": "agent",
        "customer": {
            "warning1": {"afterSeconds": THRESHOLDS_S["W1"], "message": texts["W1"]},
            "warning2": {"afterSeconds": THRESHOLDS_S["W2"], "message": texts["W2"]},
            "close": {"afterSeconds": THRESHOLDS_S["CLOSE"], "message": texts["CLOSE"]}}}}
    path = os.path.join(workdir, "policy.json")
    with open(path, "w") as f:
        json.dump(policy, f, indent=4)
    return path


def build_schedule(span_ms, rng, enforcing):
    """[(ms after enforcing began, event, argument)], sorted; seeded."""
    events = []
    hours = max(1, int(round(span_ms / HOUR)))
    per_hour = [("drop-sockets", 2), ("silent-sockets", 1), ("expire-channels", 1),
                ("burst-429", 1), ("burst-503", 1), ("flaky", 1), ("lost-send", 1),
                ("lost-disconnect", 1), ("kill", 1)]
    for h in range(hours):
        lo, hi = h * HOUR, min((h + 1) * HOUR, span_ms)
        for event, n in per_hour:
            for _ in range(n):
                # never in the first 3 or the last 10 simulated minutes of the span
                t = rng.uniform(max(lo, 3 * MINUTE), min(hi, span_ms - 10 * MINUTE))
                arg = rng.choice(enforcing) if event == "kill" else None
                events.append((t, event, arg))
        if h % 2 == 1 or hours == 1:
            events.append((rng.uniform(max(lo, 3 * MINUTE), min(hi, span_ms - 10 * MINUTE)),
                           "revoke-tokens", None))
    return sorted(events, key=lambda e: e[0])


class Soak:
    def __init__(self, args):
        self.args = args
        self.workdir = args.workdir or tempfile.mkdtemp(prefix="day-soak-")
        marker = os.path.join(self.workdir, "DAY-SOAK-WORKDIR")
        if os.path.exists(marker):
            shutil.rmtree(self.workdir)  # a previous run's journals must not carry over
        os.makedirs(self.workdir, exist_ok=True)
        if os.listdir(self.workdir):
            raise SystemExit("refusing to use %s: not empty and not a soak's work dir" % self.workdir)
        open(marker, "w").close()
        self.rng = random.Random(args.seed)
        if args.mode == "multi":
            self.instances = {"day-a": False, "day-b": False, "day-obs": True}  # name: observeOnly
        else:
            self.instances = {"day-a": False}
        self.procs = {}
        self.incarnation = collections.Counter()
        self.rss = []  # (instance, incarnation, sandbox ms, kB)
        self.faults = collections.Counter()
        self.events = []
        self.crashes = []
        self.exits1 = []  # exit status 1 on its own (restarted like systemd would)
        self.pending = None
        self.sb = None
        self.sandbox_proc = None

    # ---------------------------------------------------------------- processes
    def note(self, what, **extra):
        entry = {"atMs": self.sandbox_now(), "what": what}
        entry.update(extra)
        self.events.append(entry)
        if self.args.verbose:
            log(what)

    def sandbox_now(self):
        return self.anchor_ms + int((time.time() * 1000 - self.anchor_wall_ms) * self.args.speed) \
            if getattr(self, "anchor_ms", None) else 0

    def read_clock(self):
        """(sandbox ms, wall ms) from the round trip of GET /sandbox/clock with the least delay."""
        best = None
        for _ in range(7):
            t0 = time.time() * 1000
            status, body = self.sb.request("GET", "/sandbox/clock", timeout=10)
            t1 = time.time() * 1000
            if status == 200 and (best is None or t1 - t0 < best[0]):
                best = (t1 - t0, body["nowMs"], int(round((t0 + t1) / 2)))
        if best is None:
            raise RuntimeError("GET /sandbox/clock failed")
        return best[1], best[2], best[0]

    def start_sandbox(self):
        for _ in range(5):
            port = free_port()
            self.sandbox_proc = Proc("sandbox", [
                self.sandbox_bin, "--port", str(port), "--speed", str(self.args.speed),
                "--seed", str(self.args.seed), "--conversations", str(self.args.conversations)],
                cwd=self.workdir, logbase=os.path.join(self.workdir, "sandbox"))
            self.sb = Sandbox(port)
            deadline = time.time() + 60
            while time.time() < deadline and self.sandbox_proc.alive():
                try:
                    if self.sb.request("GET", "/sandbox/clock", timeout=2)[0] == 200:
                        return True
                except OSError:
                    pass
                time.sleep(0.1)
            self.sandbox_proc.stop(2)
        return False

    def write_config(self, name):
        now_ms, wall_ms, rtt = self.read_clock()
        cfg = {"environment": self.sb.base, "clientId": CLIENT_ID,
               "clientSecretEnv": "IDLEGUARD_CLIENT_SECRET", "queues": self.queues,
               "policyFile": "policy.json", "journal": "journal-%s.sqlite" % name,
               "observeOnly": self.instances[name], "instanceId": name,
               "claimLeadSeconds": self.args.claim_lead if len(self.instances) > 1 else 0,
               "sandboxClock": {"speed": self.args.speed, "nowMs": now_ms, "atWallMs": wall_ms}}
        with open(os.path.join(self.workdir, name + ".json"), "w") as f:
            json.dump(cfg, f, indent=4)
        return rtt

    def start_enforcer(self, name):
        rtt = self.write_config(name)
        n = self.incarnation[name]
        self.incarnation[name] += 1
        logbase = os.path.join(self.workdir, name + ("" if n == 0 else ".restart%d" % n))
        p = Proc(name, [self.idleguard, "--headless", "--config",
                        os.path.join(self.workdir, name + ".json")],
                 cwd=self.workdir, env=self.env, logbase=logbase)
        p.incarnation = n
        p.logbase = logbase
        self.procs[name] = p
        self.note("started %s #%d (pid %d, clock anchored within %.1f ms)" % (name, n, p.pid, rtt))
        return p

    def sample_rss(self):
        for name, p in self.procs.items():
            if not p.alive():
                continue
            try:
                with open("/proc/%d/status" % p.pid) as f:
                    for line in f:
                        if line.startswith("VmRSS:"):
                            kb = int(line.split()[1])
                            if kb > 0:  # 0 while the process is still being set up
                                self.rss.append((name, p.incarnation, self.sandbox_now(), kb))
            except OSError:
                pass

    def check_exits(self):
        """An instance that exits on its own is started again, as systemd's Restart=on-failure
        with RestartSec=10 would (packaging/linux/idleguard-enforcer.service.in); exit 1 is the
        enforcer's own "cannot start" (e.g. a sign-in refused at start), anything else a crash."""
        for name, p in list(self.procs.items()):
            if p.alive() or getattr(p, "expected", False) or getattr(p, "reported", False):
                continue
            p.reported = True
            code = p.popen.returncode
            last = tail(p.logbase + ".stderr.log", 40).splitlines()
            why = next((l for l in reversed(last) if " critical " in l), last[-1] if last else "")
            what = "%s #%d exited on its own with %s: %s" % (name, p.incarnation, code, why[:300])
            if code == 1:
                self.exits1.append(what)
            else:
                self.crashes.append(what)
            self.note(what)
            if self.pending is not None:
                self.pending.append((self.sandbox_now() + 10_000, "restart", name))

    # ---------------------------------------------------------------- faults
    def inject(self, event, arg, pending):
        sb = self.sb
        speed = self.args.speed
        if event == "drop-sockets":
            sb.control("/sandbox/faults/drop-sockets")
        elif event == "silent-sockets":
            sb.control("/sandbox/faults/heartbeats", {"enabled": False})
            pending.append((self.sandbox_now() + 3 * MINUTE, "heartbeats-on", None))
        elif event == "heartbeats-on":
            sb.control("/sandbox/faults/heartbeats", {"enabled": True})
            return
        elif event == "expire-channels":
            sb.control("/sandbox/faults/expire-channels")
        elif event in ("burst-429", "burst-503"):
            # Every API and login request refused for a while, as an overloaded platform does.
            # (A count of refusals, fail-next, would outlast a process that exits on the first
            # one and only consumes one per restart: not how the platform behaves.)
            status = 429 if event == "burst-429" else 503
            sb.control("/sandbox/faults/flaky", {"fraction": 1.0, "status": status})
            pending.append((self.sandbox_now() + (30_000 if status == 429 else 20_000),
                            "flaky-off", None))
        elif event == "flaky":
            sb.control("/sandbox/faults/flaky", {"fraction": 0.05, "status": 503})
            pending.append((self.sandbox_now() + 5 * MINUTE, "flaky-off", None))
        elif event == "flaky-off":
            clear_flaky(sb, lambda what: self.note(what))
            return
        elif event == "lost-send":
            sb.control("/sandbox/faults/drop-response-next", {"count": 1, "path": "/communications/"})
        elif event == "lost-disconnect":
            sb.control("/sandbox/faults/drop-response-next", {"count": 1, "path": "/participants/"})
        elif event == "revoke-tokens":
            sb.control("/sandbox/tokens/revoke")
        elif event == "kill":
            p = self.procs[arg]
            if not p.alive():
                return
            p.expected = True
            p.kill9()
            delay_ms = int(self.rng.uniform(0.2, 2.0) * 1000 * speed)
            pending.append((self.sandbox_now() + delay_ms, "restart", arg))
        elif event == "restart":
            self.start_enforcer(arg)
            return
        self.faults[event] += 1
        self.note("fault %s%s" % (event, " " + arg if arg else ""))

    # ---------------------------------------------------------------- the run
    def run(self):
        args = self.args
        started = time.time()
        log("work dir: %s" % self.workdir)
        bindir = os.path.join(self.workdir, "bin")
        os.makedirs(bindir, exist_ok=True)
        srcdir = args.bin or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                          "build", "app")
        for name in ("idleguard", "idleguard-sandbox"):
            if not os.path.isfile(os.path.join(srcdir, name)):
                log("missing binary %s" % os.path.join(srcdir, name))
                return 2
            # a copy: a rebuild during the run must not change what runs
            shutil.copy2(os.path.join(srcdir, name), os.path.join(bindir, name))
        self.idleguard = os.path.join(bindir, "idleguard")
        self.sandbox_bin = os.path.join(bindir, "idleguard-sandbox")
        self.env = dict(os.environ)
        self.env["IDLEGUARD_CLIENT_SECRET"] = CLIENT_SECRET
        self.env["QT_LOGGING_RULES"] = args.logging_rules
        self.env.pop("JOURNAL_STREAM", None)
        try:
            return self._run(started)
        finally:
            for p in list(self.procs.values()) + ([self.sandbox_proc] if self.sandbox_proc else []):
                try:
                    if p.alive():
                        p.stop(5.0)
                except Exception:
                    pass
            log("work dir kept: %s (%.0f s wall)" % (self.workdir, time.time() - started))

    def _run(self, started):
        args = self.args
        if not self.start_sandbox():
            log("the sandbox did not start:\n" + tail(os.path.join(self.workdir, "sandbox.stderr.log")))
            return 2
        self.anchor_ms, self.anchor_wall_ms, _ = self.read_clock()
        state0 = self.sb.state()
        self.queues = [q["id"] for q in state0["queues"]]
        policy = write_policy(self.workdir)
        check = subprocess.run([self.idleguard, "--check-policy", policy], capture_output=True,
                               text=True)
        if check.returncode != 0:
            log("--check-policy refused the policy:\n" + check.stdout + check.stderr)
            return 2
        # In --mode multi day-b is never killed: it and the observe-only instance live through
        # the whole run, so their memory is judged over all of it (day-a takes the kills).
        enforcing = [n for n, observe in self.instances.items()
                     if not observe and not (args.mode == "multi" and n == "day-b")]
        span_ms = int(args.hours * HOUR)
        schedule = build_schedule(span_ms, self.rng, enforcing)
        for name in self.instances:
            self.start_enforcer(name)
        t0 = self.sandbox_now()
        self.run_info = {"seed": args.seed, "speed": args.speed, "hours": args.hours,
                         "mode": args.mode, "instances": list(self.instances),
                         "thresholdsS": THRESHOLDS_S, "enforcersStartMs": t0,
                         "schedule": [[round(t / 1000.0, 1), e, a] for t, e, a in schedule]}
        log("sandbox %s, seed %d, x%g, %d queues, %d conversations at start; %s; %g simulated h "
            "(%.0f s wall) + %g min drain" % (
                self.sb.base, args.seed, args.speed, len(self.queues), len(state0["conversations"]),
                ", ".join("%s%s" % (n, " (observe only)" if o else "") for n, o in
                          self.instances.items()), args.hours, span_ms / args.speed / 1000.0,
                args.drain_minutes))
        pending = self.pending = [(t0 + t, e, a) for t, e, a in schedule]
        last_rss = last_progress = 0.0
        while True:
            now = self.sandbox_now()
            if now >= t0 + span_ms and not any(e in ("restart", "heartbeats-on", "flaky-off")
                                                for _, e, _ in pending):
                break
            pending.sort(key=lambda e: e[0])
            while pending and pending[0][0] <= now:
                _, event, arg = pending.pop(0)
                if now >= t0 + span_ms and event not in ("restart", "heartbeats-on", "flaky-off"):
                    continue
                try:
                    self.inject(event, arg, pending)
                except Exception as e:  # a fault that could not be injected is noted, not fatal
                    self.note("FAILED to inject %s: %s" % (event, e))
            if time.time() - last_rss >= args.rss_interval:
                last_rss = time.time()
                self.sample_rss()
                self.check_exits()
            if time.time() - last_progress >= 30:
                last_progress = time.time()
                log("simulated %.1f h of %g; faults so far: %s" % (
                    (now - t0) / HOUR, args.hours, dict(self.faults)))
            time.sleep(0.02)

        # the drain: nobody simulated writes any more, faults off, whatever is due gets done
        self.sb.control("/sandbox/simulator", {"paused": True})
        self.sb.control("/sandbox/faults", method="DELETE")
        self.run_info["drainStartMs"] = self.sandbox_now()
        log("span done after %.0f s wall; simulator paused, faults cleared; draining %g simulated "
            "min" % (time.time() - started, args.drain_minutes))
        drain_end = self.sandbox_now() + int(args.drain_minutes * MINUTE)
        while self.sandbox_now() < drain_end or any(e == "restart" for _, e, _ in pending):
            self.sample_rss()
            self.check_exits()
            pending.sort(key=lambda e: e[0])
            while pending and pending[0][0] <= self.sandbox_now():
                _, event, arg = pending.pop(0)
                if event == "restart":
                    self.inject(event, arg, pending)
            time.sleep(min(args.rss_interval, 0.2))
        self.run_info["enforcersStopMs"] = self.sandbox_now()
        self.check_exits()
        for name, p in self.procs.items():
            was_alive = p.alive()
            p.expected = True
            code = p.stop(30.0)
            if was_alive and code != 0:
                self.crashes.append("%s #%d: exit %s on SIGTERM" % (name, p.incarnation, code))
            elif not was_alive:
                self.crashes.append("%s #%d was not running at the end" % (name, p.incarnation))
        faults_left = self.sb.control("/sandbox/faults", method="GET")
        state = self.sb.state()
        tokens = self.sb.control("/sandbox/tokens?clientId=" + CLIENT_ID, method="GET")["tokens"]
        fetched, failed = self.sb.fetch_texts(state)
        state["soakRun"] = {"textsFetched": fetched, "textsFailed": failed}
        state_path = os.path.join(self.workdir, "state.json")
        with open(state_path, "w") as f:
            json.dump(state, f)
        self.sandbox_proc.stop(10.0)
        self.sandbox_proc = None
        self.run_info.update({"events": self.events, "faultsInjected": dict(self.faults),
                              "faultsAtEnd": faults_left, "wallSeconds": time.time() - started})
        with open(os.path.join(self.workdir, "run.json"), "w") as f:
            json.dump(self.run_info, f, indent=1)
        return Judge(self, state, state_path, tokens).judge()


# -------------------------------------------------------------------------------------------------
# Judging


def live_digest(conv):
    """What the enforcer's mirror holds for a live conversation (ConversationMirror::freshnessOf)."""
    legs = ended = messages = 0
    newest = 0
    for part in conv.get("participants", []):
        legs += 1
        if part.get("endTime") or part.get("state") in ("disconnected", "terminated"):
            ended += 1
        for key in ("startTime", "connectedTime", "endTime"):
            newest = max(newest, iso_ms(part.get(key)) or 0)
        for msg in part.get("messages", []):
            messages += 1
            newest = max(newest, iso_ms(msg.get("messageTime")) or 0)
    newest = max(newest, iso_ms(conv.get("endTime")) or 0)
    return {"legs": legs, "ended": ended, "messages": messages, "newest": newest}


MIRROR_RE = re.compile(r"mirror conversation (\S+) queue (\S*) legs (\d+) ended (\d+) messages "
                       r"(\d+) newest (\d+)")
SUMMARY_RE = re.compile(r"summary: .*\| (\d+) succeeded, (\d+) skipped, (\d+) failed, (\d+) found "
                        r"done, (\d+) left to another instance, (\d+) dropped as stale")


class Judge:
    def __init__(self, soak, state, state_path, tokens):
        self.soak = soak
        self.args = soak.args
        self.state = state
        self.state_path = state_path
        self.tokens = tokens
        self.failures = []
        self.figures = {}
        self.out = []

    def p(self, line=""):
        self.out.append(line)

    def fail(self, what):
        self.failures.append(what)
        self.p("  FAIL: " + what)

    def judge(self):
        args = self.args
        speed = args.speed
        self.p("=" * 100)
        self.p("Day soak (issue 13): seed %d, x%g, %g simulated h, mode %s, work dir %s" % (
            args.seed, speed, args.hours, args.mode, self.soak.workdir))
        # 1. duplicates, stale, out of order, missed closes: the feed-gap analyser, scaled
        # Wall-clock latencies are stretched by the speed: a send within 100 ms of wall time of
        # the reply that made it stale (6 simulated s at x60) had the reply's event still on its
        # way to the feed, a race the platform has too; it is listed, not failed.
        analyser_args = types.SimpleNamespace(
            journal=None, race_ms=int(100 * speed), early_tolerance_ms=int(max(500, 20 * speed)),
            close_grace=600, startup_grace=300, show=None, examples=8)
        analyser_rc = feedgap_soak.analyse(self.state_path, analyser_args, run=self.soak.run_info)
        with open(os.path.join(self.soak.workdir, "analysis.json")) as f:
            analysis = json.load(f)
        self.figures["analyser"] = {k: analysis.get(k) for k in (
            "duplicates", "stale", "races", "missedCloses", "lateCloses", "outOfOrder",
            "idleGuardMessages")}
        self.p("analyser (feedgap_soak.analyse, race %d ms, early tolerance %d ms, close grace "
               "600 s, all simulated): duplicates %d, stale %d, out of order %d, missed closes %d; "
               "in-flight races %d (not failures)" % (
                   analyser_args.race_ms, analyser_args.early_tolerance_ms, analysis["duplicates"],
                   analysis["stale"], analysis["outOfOrder"], analysis["missedCloses"],
                   analysis["races"]))
        if analyser_rc != 0:
            self.fail("the analyser found duplicates, stale or out-of-order stages or missed closes "
                      "(report.txt)")
        journals = read_journals(sorted(
            os.path.join(self.soak.workdir, n) for n in os.listdir(self.soak.workdir)
            if re.match(r"journal-.*\.sqlite$", n)))
        self.exactly_once(journals)
        self.lost(journals)
        self.pending(journals)
        self.mirror()
        self.memory()
        self.secrets()
        self.protective_paths(journals)
        if self.soak.crashes:
            for c in self.soak.crashes:
                self.fail("crash: " + c)
        self.p("")
        self.p("EXITS with status 1 on their own (restarted 10 simulated s later, like systemd's "
               "Restart=on-failure): %d" % len(self.soak.exits1))
        for e in self.soak.exits1[:5]:
            self.p("  " + e)
        self.figures["exits1"] = len(self.soak.exits1)
        self.p("faults injected: %s" % ", ".join(
            "%s %d" % kv for kv in sorted(self.soak.faults.items())))
        self.p("wall time: %.0f s" % self.soak.run_info["wallSeconds"])
        self.p("VERDICT: %s%s" % ("FAIL" if self.failures else "PASS",
                                  "" if not self.failures else " (%d)" % len(self.failures)))
        self.p("=" * 100)
        text = "\n".join(self.out)
        print(text, flush=True)
        self.figures.update({"failures": self.failures, "faultsInjected": dict(self.soak.faults),
                             "wallSeconds": self.soak.run_info["wallSeconds"]})
        with open(os.path.join(self.soak.workdir, "soak-summary.json"), "w") as f:
            json.dump(self.figures, f, indent=1)
        with open(os.path.join(self.soak.workdir, "soak-report.txt"), "w") as f:
            f.write(text + "\n")
        return 1 if self.failures else 0

    def exactly_once(self, journals):
        """Journal rows, the sandbox's messages and the participant records agree."""
        ig = {}  # message id -> (conversation, leg, stage by text)
        legs = {}
        convs = 0
        for conv in self.state["conversations"]:
            convs += 1
            for part in conv.get("participants", []):
                if part.get("purpose") != "agent":
                    continue
                legs[part["id"]] = (conv["id"], part)
                for msg in part.get("messages", []):
                    m = feedgap_soak.TEXT_RE.match(msg.get("textBody") or "")
                    if m:
                        ig[msg["messageId"]] = (conv["id"], part["id"], m.group(1),
                                                iso_ms(msg.get("messageTime")))
        rows = collections.defaultdict(list)  # message id -> [(instance, row)]
        by_kind = collections.Counter()
        closes_done = collections.defaultdict(list)  # (conversation, participant, idle since)
        disconnects = {}
        for inst, info in journals.items():
            for r in info.get("sends", []):
                if r.get("result") in DONE:
                    by_kind[(r["kind"], r["stage"])] += 1
                    if r.get("message_id"):
                        rows[r["message_id"]].append((inst, r))
                    else:
                        self.fail("%s row %s (%s %s on %s) is %s without a message id" % (
                            inst, r["id"], r["kind"], r["stage"], r["conversation_id"], r["result"]))
                    if r["kind"] == "sendClosingMessage":
                        closes_done[(r["conversation_id"], r["participant_id"],
                                     r.get("idle_since_ms"))].append((inst, r))
            for r in self._rows(info):
                if r.get("kind") == "disconnect" and r.get("result") in DONE:
                    disconnects[(r["conversation_id"], r["participant_id"],
                                 r.get("idle_since_ms"))] = r
        per_stage = collections.Counter(v[2] for v in ig.values())
        self.p("")
        self.p("EXACTLY ONCE: %d conversations; Idle Guard messages in the sandbox: %s (total %d); "
               "journal sends succeeded/observed: %s (total %d); disconnects done: %d" % (
                   convs, ", ".join("%s %d" % (s, per_stage[s]) for s in ("W1", "W2", "CLOSE")),
                   len(ig), ", ".join("%s/%s %d" % (k[0], k[1], n) for k, n in sorted(by_kind.items())),
                   sum(by_kind.values()), len(disconnects)))
        self.figures["exactlyOnce"] = {"conversations": convs, "sandboxMessages": dict(per_stage),
                                       "journalSends": sum(by_kind.values()),
                                       "disconnects": len(disconnects)}
        no_row = [mid for mid in ig if mid not in rows]
        twice = {mid: v for mid, v in rows.items() if len(v) > 1}
        missing = [(mid, v) for mid, v in rows.items() if mid not in ig]
        wrong_stage = [(mid, v) for mid, v in rows.items() if mid in ig and
                       STAGE_OF_JOURNAL.get(v[0][1]["stage"]) != ig[mid][2]]
        for mid in no_row[:5]:
            self.fail("message %s (%s on %s) is in the sandbox but in no journal" % (
                mid, ig[mid][2], ig[mid][0]))
        for mid, v in list(twice.items())[:5]:
            self.fail("message %s has %d journal rows: %s" % (mid, len(v), [(i, r["id"]) for i, r in v]))
        for mid, v in missing[:5]:
            self.fail("%s row %s says message %s was sent, but the sandbox has no such Idle Guard "
                      "message" % (v[0][0], v[0][1]["id"], mid))
        for mid, v in wrong_stage[:5]:
            self.fail("%s row %s: stage %s, but the message's text is %s" % (
                v[0][0], v[0][1]["id"], v[0][1]["stage"], ig[mid][2]))
        if len(no_row) + len(twice) + len(missing) + len(wrong_stage) > 5:
            self.p("  (%d without a row, %d with several, %d rows without a message, %d wrong stage)"
                   % (len(no_row), len(twice), len(missing), len(wrong_stage)))
        unclosed = [k for k in closes_done if k not in disconnects]
        for k in unclosed[:5]:
            leg = legs.get(k[1])
            ended = leg and (leg[1].get("endTime") or leg[1].get("state") == "disconnected")
            if not ended:
                self.fail("closing message on %s without a disconnect, and the agent leg is still "
                          "connected" % k[0])
        # the participant records: the stage record names the last stage sent on the leg
        record_mismatch = 0
        for leg_id, (cid, part) in legs.items():
            sent = sorted((v[3] or 0, v[2]) for v in ig.values() if v[1] == leg_id)
            if not sent:
                continue
            record = (part.get("attributes") or {}).get("idleGuard.stage")
            expected = {"W1": "warning1", "W2": "warning2", "CLOSE": "close"}[sent[-1][1]]
            ended = part.get("endTime") or part.get("state") == "disconnected"
            if expected == "close" and ended:
                # the close's record is written only if its disconnect does not end the leg:
                # the ended leg says it; the record names the stage before (or the close)
                before = [st for _, st in sent if st != "CLOSE"]
                allowed = {"close", {"W1": "warning1", "W2": "warning2"}[before[-1]]
                           if before else None}
                if record in allowed:
                    continue
            if record != expected:
                record_mismatch += 1
                if record_mismatch <= 5:
                    self.p("  note: leg %s of %s: idleGuard.stage %r, last stage sent %s" % (
                        leg_id[:8], cid, record, expected))
        legs_with_ig = len({v[1] for v in ig.values()})
        self.p("  agent legs with Idle Guard messages: %d; stage record names the last stage sent: "
               "%d; differs: %d" % (legs_with_ig, legs_with_ig - record_mismatch, record_mismatch))
        if record_mismatch:
            self.fail("%d agent legs whose idleGuard.stage record is not the last stage sent"
                      % record_mismatch)
        self.figures["exactlyOnce"]["stageRecordMismatches"] = record_mismatch

    def lost(self, journals):
        """An automatic stage that ended "failed" was never carried out: a lost action."""
        failed = []
        for inst, info in journals.items():
            for r in self._rows(info):
                if r.get("result") == "failed" and r.get("kind") in SENDS + ("disconnect",):
                    failed.append((inst, r))
        self.p("")
        self.p("LOST (automatic stages that ended failed): %d" % len(failed))
        self.figures["lost"] = len(failed)
        for inst, r in failed[:8]:
            self.fail("%s row %s: %s %s on %s failed: %s" % (
                inst, r["id"], r["kind"], r["stage"], r["conversation_id"], (r.get("error") or "")[:160]))

    @staticmethod
    def _rows(info):
        # read_journals keeps sends and pending rows; for disconnects read them again
        import sqlite3
        db = sqlite3.connect("file:%s?mode=ro" % info["path"], uri=True)
        db.row_factory = sqlite3.Row
        rows = [dict(r) for r in db.execute("SELECT * FROM actions ORDER BY id")]
        db.close()
        return rows

    def pending(self, journals):
        total = sum(len(i.get("pending", [])) for i in journals.values())
        self.p("")
        self.p("PENDING journal rows: %d  (%s)" % (total, ", ".join(
            "%s: %d rows, %s" % (inst, i["rows"], dict(i["byResult"])) for inst, i in journals.items())))
        self.figures["journals"] = {inst: {"rows": i["rows"], "byResult": dict(i["byResult"])}
                                    for inst, i in journals.items()}
        if total:
            for inst, i in journals.items():
                for r in i.get("pending", [])[:5]:
                    self.fail("%s row %s (%s %s on %s) has no result" % (
                        inst, r["id"], r["kind"], r["stage"], r["conversation_id"]))

    def mirror(self):
        live = {}
        for conv in self.state["conversations"]:
            if conv.get("ended") or conv.get("queueId") not in self.soak.queues:
                continue
            live[conv["id"]] = live_digest(conv)
        self.p("")
        self.p("MIRROR: %d live conversations in the sandbox at the end" % len(live))
        self.figures["mirror"] = {"sandboxLive": len(live)}
        for name, p in self.soak.procs.items():
            try:
                with open(p.logbase + ".stderr.log", errors="replace") as f:
                    lines = [l for l in f if "mirror conversation " in l]
            except OSError:
                lines = []
            held = {}
            for line in lines:
                m = MIRROR_RE.search(line)
                if m:
                    held[m.group(1)] = {"legs": int(m.group(3)), "ended": int(m.group(4)),
                                        "messages": int(m.group(5)), "newest": int(m.group(6))}
            extra = sorted(set(held) - set(live))
            absent = sorted(set(live) - set(held))
            differ = sorted(c for c in set(held) & set(live) if held[c] != live[c])
            self.p("  %s: %d held; only in the mirror %d, missing from it %d, different %d" % (
                name, len(held), len(extra), len(absent), len(differ)))
            self.figures["mirror"][name] = {"held": len(held), "extra": len(extra),
                                            "missing": len(absent), "different": len(differ)}
            for c in differ[:3]:
                self.p("    %s: mirror %s, sandbox %s" % (c, held[c], live[c]))
            if not lines:
                self.fail("%s logged no mirror at its stop" % name)
            elif extra or absent or differ:
                self.fail("%s's mirror differs from the sandbox (%d extra, %d missing, %d different)"
                          % (name, len(extra), len(absent), len(differ)))

    def memory(self):
        args = self.args
        span = self.soak.run_info["enforcersStopMs"] - self.soak.run_info["enforcersStartMs"]
        by_life = collections.defaultdict(list)
        for name, inc, t, kb in self.soak.rss:
            by_life[(name, inc)].append((t, kb))
        self.p("")
        self.p("MEMORY (RSS sampled every %g s wall; rule: per process lifetime of at least %d %% "
               "of the run, first third warm-up, median of the last third <= median of the middle "
               "third + max(%g MB, 10 %%))" % (args.rss_interval, int(args.rss_min_share * 100),
                                              args.rss_slack_mb))
        judged = 0
        self.figures["rss"] = {}
        for (name, inc), samples in sorted(by_life.items()):
            life = samples[-1][0] - samples[0][0]
            kb = [s[1] for s in samples]
            line = "  %s #%d: %d samples over %.1f simulated h; start %.1f MB, max %.1f MB, end %.1f MB" % (
                name, inc, len(samples), life / HOUR, kb[0] / 1024, max(kb) / 1024, kb[-1] / 1024)
            fig = {"samples": len(samples), "hours": round(life / HOUR, 2), "startMB": round(kb[0] / 1024, 1),
                   "maxMB": round(max(kb) / 1024, 1), "endMB": round(kb[-1] / 1024, 1)}
            if life >= args.rss_min_share * span and len(samples) >= 30:
                n = len(kb)
                middle = statistics.median(kb[n // 3:2 * n // 3])
                last = statistics.median(kb[2 * n // 3:])
                allowed = max(args.rss_slack_mb * 1024, 0.10 * middle)
                judged += 1
                line += "; middle third %.1f MB, last third %.1f MB (%+.1f MB, allowed +%.1f)" % (
                    middle / 1024, last / 1024, (last - middle) / 1024, allowed / 1024)
                fig.update({"middleMB": round(middle / 1024, 1), "lastMB": round(last / 1024, 1)})
                self.p(line)
                if last - middle > allowed:
                    self.fail("%s #%d: RSS grew from %.1f MB to %.1f MB while the traffic was steady"
                              % (name, inc, middle / 1024, last / 1024))
            else:
                self.p(line + " (too short to judge)")
            self.figures["rss"]["%s#%d" % (name, inc)] = fig
        if not judged:
            self.fail("no enforcer lived long enough to judge its memory")

    def secrets(self):
        values = {"client secret": CLIENT_SECRET,
                  "Basic credentials": base64.b64encode(
                      ("%s:%s" % (CLIENT_ID, CLIENT_SECRET)).encode()).decode()}
        for i, t in enumerate(self.tokens):
            values["access token #%d" % (i + 1)] = t["accessToken"]
        files = sorted(n for n in os.listdir(self.soak.workdir)
                       if n.endswith(".log") and n.startswith(tuple(self.soak.instances)))
        lines = 0
        size = 0
        found = []
        categories = collections.Counter()
        for name in files:
            path = os.path.join(self.soak.workdir, name)
            size += os.path.getsize(path)
            with open(path, errors="replace") as f:
                for line in f:
                    lines += 1
                    m = re.match(r"\S+ \w+ ([\w.]+):", line)
                    if m:
                        categories[m.group(1)] += 1
                    for what, v in values.items():
                        if v in line:
                            found.append((what, name))
        self.p("")
        self.p("SECRETS: searched %d enforcer log files (%d lines, %.1f MB, QT_LOGGING_RULES=%r; "
               "%d categories seen) for %d values: the client secret, its Basic form and the %d "
               "access tokens the sandbox issued: found %d" % (
                   len(files), lines, size / 1e6, self.args.logging_rules, len(categories),
                   len(values), len(self.tokens), len(found)))
        self.p("  lines per category: %s" % ", ".join("%s %d" % kv for kv in categories.most_common(12)))
        self.figures["secrets"] = {"files": len(files), "lines": lines, "tokens": len(self.tokens),
                                   "found": len(found), "categories": dict(categories)}
        for what, name in found[:5]:
            self.fail("the %s appears in %s" % (what, name))
        if not self.tokens:
            self.fail("the sandbox issued no token to %s: nothing was searched" % CLIENT_ID)

    def protective_paths(self, journals):
        self.p("")
        self.p("PROTECTIVE PATHS (how often each fired)")
        reasons = collections.Counter()
        for inst, info in journals.items():
            for (result, why), n in info["reasons"].items():
                reasons[(inst, result, why[:110])] += n
        for (inst, result, why), n in sorted(reasons.items(), key=lambda kv: -kv[1])[:25]:
            self.p("  journal %-8s [%s] x%d: %s" % (inst, result, n, why))
        paths = collections.Counter()
        warn = collections.Counter()
        patterns = [
            ("fresh read", re.compile(r"fresh read|read (the conversation )?again", re.I)),
            ("claim lost / standing by", re.compile(r"claim(ed)? by|stand(s|ing)? by|rival", re.I)),
            ("takeover", re.compile(r"takeover|take(s|n)? over", re.I)),
            ("left to another instance", OTHER_RE),
            ("dropped as stale", re.compile(r"stale", re.I)),
            ("reconciliation after restart", re.compile(r"reconcil|pending intent", re.I)),
            ("feed resync", re.compile(r"resync", re.I)),
            ("feed not live", re.compile(r"feed (is |went )?(offline|not live|down)|socket", re.I)),
            ("sign-in again / 401", re.compile(r"401|sign(ed)?[- ]in again|new token|revoked", re.I)),
            ("rate limit 429 / Retry-After", re.compile(r"429|retry-after|rate", re.I)),
            ("5xx retry / backoff", re.compile(r"\b50[0-9]\b|backoff|retry", re.I)),
            ("lost answer (observed / read back)", re.compile(r"observed|without an answer|no answer",
                                                              re.I)),
        ]
        last_summary = {}
        for name in sorted(os.listdir(self.soak.workdir)):
            if not name.endswith(".log") or not name.startswith(tuple(self.soak.instances)):
                continue
            with open(os.path.join(self.soak.workdir, name), errors="replace") as f:
                for line in f:
                    if name.endswith(".stdout.log"):
                        m = SUMMARY_RE.search(line)
                        if m:
                            last_summary[name] = [int(x) for x in m.groups()]
                        continue
                    if " warning " not in line and " info idleguard.enforcement" not in line:
                        continue
                    body = re.sub(r"^\S+ ", "", line.strip())
                    for label, rx in patterns:
                        if rx.search(body):
                            paths[label] += 1
                    if " warning " in line:
                        norm = re.sub(r"[0-9a-f]{8}-[0-9a-f-]{27}", "<id>", body)
                        norm = re.sub(r"\d+", "N", norm)
                        warn[norm[:140]] += 1
        self.p("  log lines (warning, and info of idleguard.enforcement) per path: %s" % (
            ", ".join("%s %d" % kv for kv in paths.most_common()) or "-"))
        self.p("  most frequent warnings:")
        for w, n in warn.most_common(15):
            self.p("    x%d %s" % (n, w))
        totals = [0] * 6
        for vals in last_summary.values():
            totals = [a + b for a, b in zip(totals, vals)]
        self.p("  summary lines (last of each process, summed): %d succeeded, %d skipped, %d failed, "
               "%d found done, %d left to another instance, %d dropped as stale" % tuple(totals))
        stale = sum(len(i["stale"]) for i in journals.values())
        other = sum(len(i["otherInstance"]) for i in journals.values())
        recon = sum(len(i["reconciled"]) for i in journals.values())
        self.p("  journal rows whose reason says: stale %d, another instance %d, restart/"
               "reconciliation %d" % (stale, other, recon))
        self.figures["protectivePaths"] = {"logLines": dict(paths), "summaryTotals": totals,
                                           "journalStale": stale, "journalOtherInstance": other,
                                           "journalReconciled": recon}
        _ = STALE_RE  # the journal's stale reasons are matched in read_journals


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--bin", help="directory with idleguard and idleguard-sandbox (default: build/app)")
    ap.add_argument("--hours", type=float, default=2, help="simulated hours of traffic (default 2)")
    ap.add_argument("--speed", type=float, default=60, help="clock speed factor (default 60)")
    ap.add_argument("--seed", type=int, default=1313, help="sandbox and fault schedule seed")
    ap.add_argument("--mode", choices=("single", "multi"), default="single",
                    help="one enforcer, or two enforcing and one observe-only (default single)")
    ap.add_argument("--conversations", type=int, default=60,
                    help="the sandbox profile's conversations under way (default 60, the demo's)")
    ap.add_argument("--claim-lead", type=int, default=10,
                    help="claimLeadSeconds of the instances in --mode multi (default 10)")
    ap.add_argument("--drain-minutes", type=float, default=15,
                    help="simulated minutes the enforcers run on after the traffic (default 15)")
    ap.add_argument("--rss-interval", type=float, default=1.0, help="wall seconds between RSS samples")
    ap.add_argument("--rss-min-share", type=float, default=0.3,
                    help="share of the run a process must live for its memory to be judged")
    ap.add_argument("--rss-slack-mb", type=float, default=8.0,
                    help="RSS growth allowed between the middle and last third (MB, or 10 %%)")
    ap.add_argument("--logging-rules", default="*=true", help="QT_LOGGING_RULES of the enforcers")
    ap.add_argument("--workdir", help="work dir (default: a new /tmp/day-soak-* dir)")
    ap.add_argument("--verbose", action="store_true", help="print every fault and process event")
    args = ap.parse_args()
    return Soak(args).run()


if __name__ == "__main__":
    sys.exit(main())
