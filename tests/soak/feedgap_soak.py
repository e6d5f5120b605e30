#!/usr/bin/env python3
"""Real-time soak for issue 15: stale and duplicate warnings after a feed gap.

Runs one sandbox organisation at real speed with lively traffic and two headless enforcers on the
same queues, injects the issue's faults on a schedule (dropped sockets every 45 s, one minute of 5 %
503s, one lost answer on a message send, one token revocation, one instance SIGKILLed and restarted
on its journal), then judges the result from the sandbox's conversations (and the journals):

  duplicates      the same stage text (W1, W2, CLOSE) sent twice to a conversation within one idle
                  period (an idle period ends at every counted message, i.e. a customer's or a human
                  agent's, and when a new agent leg connects; Idle Guard's own messages do not count);
                  "back to back" = no message at all (not even another Idle Guard message) between
                  the two sends
  stale           a W1/W2/CLOSE sent when the last counted message before it was the customer's (the
                  customer did not owe the reply), or sent sooner than the stage's threshold after
                  the start of the idle period (the last counted message, or the agent leg's connect
                  time when later), or - with the journals - sent for an idle period that had
                  already ended (the row's idle_since_ms is before the last counted message: a send
                  held back, e.g. by the rate budget, that happens to fit the new period). Sends
                  within --race-ms of the message that made them stale are
                  listed apart as in-flight races and do not fail the run (the request was on the wire)
  missed closes   a customer-owes idle period that lasted past the close threshold (+ --close-grace)
                  while the enforcers ran, without a closing message, or whose agent leg was still
                  connected --close-grace after the closing message
  out of order    an earlier stage sent after a later one in the same idle period (W1 after W2 or
                  after the closing message, W2 after the closing message)

Also reported, without failing the run: in-flight races, late sends, closes done late, Idle Guard
messages that reached the sandbox more than 2 s after the journal's issued_ms (held back after being
journaled as issued), the journals (rows per outcome, pending rows, reasons saying stale or done by
another instance, stages sent twice per idle_since_ms) and the warning lines of the logs.

Customer, agent and Idle Guard messages are told apart from the sandbox's side: customer messages
sit on the customer leg, agent and Idle Guard messages on the agent leg, and an agent-leg message is
Idle Guard's when its text starts with "IG-W1", "IG-W2" or "IG-CLOSE" (the policy's texts; ids in
idleGuard.messageIds are cross-checked). GET /sandbox/state carries no message texts, so at the end
the soak reads every message with a client-credentials token and stores it as "textBody" in
state.json; --analyse-only falls back to the journals' message_text for a raw state.

Exit status: 0 clean, 1 any duplicate, stale warning, missed close or out-of-order stage, 2 the
soak could not run.

Python 3 standard library only. Examples:

  tests/soak/feedgap_soak.py --minutes 3
  tests/soak/feedgap_soak.py --minutes 10 --seed 4242
  tests/soak/feedgap_soak.py --analyse-only /tmp/feedgap-soak-XXXX/state.json

The whole work dir (binaries, policy, configs, logs, journals, state.json, analysis.json) is kept
and its path printed. The sandbox cannot cut the feed of one instance only: every drop hits both.
"""

import argparse
import collections
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error

from soaklib import (CLIENT_ID, CLIENT_SECRET, Proc, Sandbox, clear_flaky, free_port, iso_ms, log,
                     ms_iso, read_journals, tail)

INSTANCES = ("soak-a", "soak-b")

STAGES = ("W1", "W2", "CLOSE")
THRESHOLDS_S = {"W1": 20, "W2": 40, "CLOSE": 60}
TEXTS = {
    "W1": "IG-W1 Are you still there? We have not heard from you for a little while.",
    "W2": "IG-W2 We will close this conversation soon unless we hear from you.",
    "CLOSE": "IG-CLOSE We have closed this conversation. Write to us at any time to start a new one.",
}
STAGE_OF_JOURNAL = {"warning1": "W1", "warning2": "W2", "close": "CLOSE"}
TEXT_RE = re.compile(r"^IG-(W1|W2|CLOSE)\b")


# --------------------------------------------------------------------------------------------
# The soak run


def write_policy(workdir):
    policy = {
        "version": 1,
        "default": {
            "name": "Feed-gap soak (issue 15)",
            "mode": "turn-aware",
            "requireAgentMessage": True,
            "countTyping": False,
            "defaultLanguage": "en",
            "customer": {
                "warning1": {"afterSeconds": THRESHOLDS_S["W1"], "message": TEXTS["W1"]},
                "warning2": {"afterSeconds": THRESHOLDS_S["W2"], "message": TEXTS["W2"]},
                "close": {"afterSeconds": THRESHOLDS_S["CLOSE"], "message": TEXTS["CLOSE"]},
            },
            "closeScope": "agent",
        },
    }
    path = os.path.join(workdir, "policy.json")
    with open(path, "w") as f:
        json.dump(policy, f, indent=4)
    return path


def build_schedule(minutes, rng, kill_at, kill_instance):
    """[(seconds after the enforcers started, event, argument)], sorted."""
    total = minutes * 60.0
    events = []
    t = 45.0
    while t < total - 5:
        events.append((t, "drop-sockets", None))
        t += 45.0
    flaky_on = 50.0  # right after the first drop: 503s while the feeds resynchronise
    events.append((flaky_on, "flaky-on", None))
    events.append((min(flaky_on + 60.0, total - 2), "flaky-off", None))
    events.append((max(flaky_on + 65.0, 0.45 * total), "drop-response-next", None))
    events.append((max(flaky_on + 75.0, 0.60 * total), "tokens-revoke", None))
    if kill_at is None:
        kill_at = rng.uniform(0.25 * total, 0.80 * total)
    victim = kill_instance or rng.choice(INSTANCES)
    restart_delay = rng.uniform(3.0, 6.0)
    events.append((kill_at, "kill", victim))
    events.append((kill_at + restart_delay, "restart", victim))
    events = [e for e in events if e[0] < total]
    events.sort(key=lambda e: e[0])
    return events


def run_soak(args):
    started = time.time()
    workdir = args.workdir or tempfile.mkdtemp(prefix="feedgap-soak-")
    os.makedirs(workdir, exist_ok=True)
    log("work dir: %s" % workdir)
    bindir = os.path.join(workdir, "bin")
    os.makedirs(bindir, exist_ok=True)
    srcdir = args.bin or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                      "build", "app")
    for name in ("idleguard", "idleguard-sandbox"):
        src = os.path.join(srcdir, name)
        if not os.path.isfile(src):
            log("missing binary %s" % src)
            return 2
        shutil.copy2(src, os.path.join(bindir, name))
    idleguard = os.path.join(bindir, "idleguard")
    sandbox_bin = os.path.join(bindir, "idleguard-sandbox")
    with open(os.path.join(workdir, "binaries.txt"), "w") as f:
        for name in ("idleguard", "idleguard-sandbox"):
            src = os.path.realpath(os.path.join(srcdir, name))
            f.write("%s  copied from %s (mtime %s)\n" % (
                name, src, time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(os.path.getmtime(src)))))

    rng = random.Random(args.seed)
    schedule = build_schedule(args.minutes, rng, args.kill_at, args.kill_instance)
    run = {"seed": args.seed, "minutes": args.minutes, "workdir": workdir, "thresholdsS": THRESHOLDS_S,
           "texts": TEXTS, "instances": list(INSTANCES), "events": [],
           "schedule": [[round(t, 1), e, a] for t, e, a in schedule]}
    events_log = open(os.path.join(workdir, "events.log"), "a")
    procs = {}
    sandbox_proc = None
    offset_ms = 0  # sandbox clock - wall clock

    def now_sb():
        return int(time.time() * 1000) + offset_ms

    def note(what, **extra):
        entry = {"atMs": now_sb(), "at": ms_iso(now_sb()), "what": what}
        entry.update(extra)
        run["events"].append(entry)
        events_log.write(json.dumps(entry) + "\n")
        events_log.flush()
        log(what)

    def start_enforcer(name, env, restart_no=0):
        logbase = os.path.join(workdir, name + ("" if restart_no == 0 else ".restart%d" % restart_no))
        p = Proc(name, [idleguard, "--headless", "--config", os.path.join(workdir, name + ".json")],
                 cwd=workdir, env=env, logbase=logbase)
        procs[name] = p
        return p

    rc = 2
    try:
        # 1. the sandbox
        for attempt in range(5):
            port = args.port or free_port()
            sandbox_proc = Proc("sandbox", [sandbox_bin, "--port", str(port), "--speed", "1",
                                            "--conversations", "80", "--arrival-rate", "7",
                                            "--seed", str(args.seed)],
                                cwd=workdir, logbase=os.path.join(workdir, "sandbox"))
            sb = Sandbox(port)
            deadline = time.time() + 30
            ready = False
            while time.time() < deadline and sandbox_proc.alive():
                try:
                    sb.request("GET", "/sandbox/faults", timeout=2)
                    ready = True
                    break
                except (OSError, urllib.error.URLError):
                    time.sleep(0.2)
            if ready:
                break
            sandbox_proc.stop(2)
            if args.port:
                break
        if not ready:
            log("the sandbox did not answer:\n" + tail(os.path.join(workdir, "sandbox.stderr.log")))
            return 2
        state0 = sb.state()
        offset_ms = state0["nowMs"] - int(time.time() * 1000)
        queues = [q["id"] for q in state0["queues"]]
        run.update({"port": port, "sandboxPid": sandbox_proc.pid, "queues": queues,
                    "sandboxStartMs": state0["nowMs"]})
        note("sandbox pid %d on %s (seed %d, %d queues, %d conversations)" % (
            sandbox_proc.pid, sb.base, args.seed, len(queues), len(state0["conversations"])))

        # 2. the policy and the configurations
        policy = write_policy(workdir)
        check = subprocess.run([idleguard, "--check-policy", policy], capture_output=True, text=True)
        with open(os.path.join(workdir, "check-policy.log"), "w") as f:
            f.write(check.stdout + check.stderr)
        if check.returncode != 0:
            log("idleguard --check-policy refused the policy:\n" + check.stdout + check.stderr)
            return 2
        for name in INSTANCES:
            cfg = {"environment": sb.base, "clientId": CLIENT_ID,
                   "clientSecretEnv": "IDLEGUARD_CLIENT_SECRET", "queues": queues,
                   "policyFile": "policy.json", "journal": "journal-%s.sqlite" % name,
                   "observeOnly": False, "instanceId": name, "claimLeadSeconds": 2}
            with open(os.path.join(workdir, name + ".json"), "w") as f:
                json.dump(cfg, f, indent=4)
        env = dict(os.environ)
        env["IDLEGUARD_CLIENT_SECRET"] = CLIENT_SECRET
        env.pop("JOURNAL_STREAM", None)  # plain log lines with timestamps, never journald's form

        # 3. the enforcers
        for name in INSTANCES:
            p = start_enforcer(name, env)
            note("started %s (pid %d)" % (name, p.pid), instance=name, pid=p.pid)
        t0 = time.time()
        run["enforcersStartMs"] = now_sb()
        time.sleep(3)
        for name, p in procs.items():
            if not p.alive():
                log("%s exited at start with %s:\n%s" % (name, p.popen.returncode,
                                                       tail(os.path.join(workdir, name + ".stderr.log"))))
                return 2
        log("schedule: " + ", ".join("%s@%.0fs%s" % (e, t, "(%s)" % a if a else "")
                                     for t, e, a in schedule))

        # 4. the faults
        restarts = collections.Counter()
        end = t0 + args.minutes * 60.0
        queue = list(schedule)
        last_report = time.time()
        while time.time() < end:
            if queue and time.time() - t0 >= queue[0][0]:
                _, event, arg = queue.pop(0)
                try:
                    if event == "drop-sockets":
                        sb.control("/sandbox/faults/drop-sockets")
                        note("drop-sockets")
                    elif event == "flaky-on":
                        sb.control("/sandbox/faults/flaky", {"fraction": 0.05, "status": 503})
                        note("flaky 5% 503 on")
                    elif event == "flaky-off":
                        clear_flaky(sb, note)
                    elif event == "drop-response-next":
                        sb.control("/sandbox/faults/drop-response-next",
                                   {"count": 1, "path": "/communications/"})
                        note("drop-response-next on the next message send (path contains "
                             "/communications/)")
                    elif event == "tokens-revoke":
                        reply = sb.control("/sandbox/tokens/revoke")
                        note("tokens/revoke: %s" % json.dumps(reply))
                    elif event == "kill":
                        p = procs[arg]
                        p.kill9()
                        note("SIGKILL %s (pid %d)" % (arg, p.pid), instance=arg, pid=p.pid)
                        run["killedInstance"] = arg
                        run["killMs"] = now_sb()
                    elif event == "restart":
                        restarts[arg] += 1
                        p = start_enforcer(arg, env, restarts[arg])
                        note("restarted %s on its journal (pid %d)" % (arg, p.pid), instance=arg,
                             pid=p.pid)
                        run["restartMs"] = now_sb()
                except Exception as e:  # a fault that could not be injected is noted, not fatal
                    note("FAILED to inject %s: %s" % (event, e))
                continue
            for name, p in procs.items():
                if not p.alive() and not getattr(p, "reported", False):
                    p.reported = True
                    if run.get("killedInstance") == name and p.popen.returncode == -9:
                        continue
                    note("%s exited on its own with %s" % (name, p.popen.returncode), instance=name)
            if time.time() - last_report >= 60:
                last_report = time.time()
                log("%.0f s of %.0f s" % (time.time() - t0, args.minutes * 60.0))
            time.sleep(0.2)

        # 5. stop, state, analysis
        run["enforcersStopMs"] = now_sb()
        for name, p in procs.items():
            if p.alive():
                code = p.stop(15.0)
                note("stopped %s: exit %s" % (name, code), instance=name, exitCode=code)
        try:
            faults = sb.control("/sandbox/faults", method="GET")
            run["faultsAtEnd"] = faults
            sb.control("/sandbox/faults", method="DELETE")
        except Exception as e:
            note("could not read/clear faults at the end: %s" % e)
        state = sb.state()
        note("fetched /sandbox/state: %d conversations" % len(state["conversations"]))
        fetched, failed = sb.fetch_texts(state)
        note("fetched the texts of %d messages (%d could not be read)" % (fetched, failed))
        state["soakRun"] = {"textsFetched": fetched, "textsFailed": failed}
        state_path = os.path.join(workdir, "state.json")
        with open(state_path, "w") as f:
            json.dump(state, f)
        run["stateFile"] = state_path
        with open(os.path.join(workdir, "run.json"), "w") as f:
            json.dump(run, f, indent=2)
        code = sandbox_proc.stop(10.0)
        note("stopped the sandbox: exit %s" % code)
        sandbox_proc = None
        with open(os.path.join(workdir, "run.json"), "w") as f:
            json.dump(run, f, indent=2)
        rc = analyse(state_path, args, run=run)
    except KeyboardInterrupt:
        log("interrupted")
        rc = 2
    finally:
        for p in list(procs.values()) + ([sandbox_proc] if sandbox_proc else []):
            try:
                if p.alive():
                    p.stop(5.0)
            except Exception:
                pass
        events_log.close()
        log("work dir kept: %s (%.0f s)" % (workdir, time.time() - started))
    return rc


# --------------------------------------------------------------------------------------------
# Analysis


def classify_message(msg, ig_ids, journal_texts):
    """'IG:<stage>' for Idle Guard's messages, 'agent' for a human agent's."""
    text = msg.get("textBody")
    if text is None:
        text = journal_texts.get(msg["messageId"])
    if text is not None:
        m = TEXT_RE.match(text)
        if m:
            return "IG:" + m.group(1)
        if msg["messageId"] in ig_ids:
            return "IG:?"
        return "agent"
    if msg["messageId"] in ig_ids:
        return "IG:?"
    if msg.get("createdBy"):
        return "agent"
    return "agent?"


def analyse(state_path, args, run=None):
    with open(state_path) as f:
        state = json.load(f)
    base = os.path.dirname(os.path.abspath(state_path))
    if run is None:
        run_path = os.path.join(base, "run.json")
        if os.path.exists(run_path):
            with open(run_path) as f:
                run = json.load(f)
        else:
            run = {}
    thresholds = {k: v * 1000 for k, v in (run.get("thresholdsS") or THRESHOLDS_S).items()}
    journal_paths = args.journal or sorted(
        os.path.join(base, n) for n in os.listdir(base) if re.match(r"journal-.*\.sqlite$", n))
    journals = read_journals(journal_paths)
    journal_msgs = {}
    journal_texts = {}
    for inst, info in journals.items():
        for mid, r in info["messages"].items():
            journal_msgs.setdefault(mid, []).append((inst, r))
            if r.get("message_text"):
                journal_texts[mid] = r["message_text"]

    race_ms = args.race_ms
    grace_ms = args.close_grace * 1000
    early_tol = args.early_tolerance_ms
    startup_ms = args.startup_grace * 1000

    # the enforcement window
    ig_times = []
    convs = state.get("conversations", [])
    start_ms = run.get("enforcersStartMs")
    stop_ms = run.get("enforcersStopMs") or state.get("nowMs")
    missing_texts = 0

    def rel(ms):
        if ms is None:
            return "-"
        if start_ms is None:
            return ms_iso(ms)
        return "%s (T%+.1fs)" % (ms_iso(ms), (ms - start_ms) / 1000.0)

    timelines = {}
    attr_anomalies = []
    ig_not_listed = 0
    for conv in convs:
        ig_ids = set()
        for part in conv.get("participants", []):
            ids = (part.get("attributes") or {}).get("idleGuard.messageIds", "")
            ig_ids.update(ids.split())
        events = []
        for part in conv.get("participants", []):
            purpose = part.get("purpose")
            if purpose == "agent":
                k = iso_ms(part.get("connectedTime"))
                if k is not None:
                    events.append({"t": k, "kind": "connect", "leg": part["id"],
                                   "name": part.get("name", "")})
                e = iso_ms(part.get("endTime"))
                if e is not None:
                    events.append({"t": e, "kind": "end", "leg": part["id"],
                                   "disconnectType": part.get("disconnectType", "")})
            for msg in part.get("messages", []):
                t = iso_ms(msg.get("messageTime"))
                if purpose == "customer":
                    kind = "customer"
                elif purpose == "agent":
                    if msg.get("textBody") is None and msg["messageId"] not in journal_texts:
                        missing_texts += 1
                    kind = classify_message(msg, ig_ids, journal_texts)
                    if kind.startswith("IG"):
                        ig_times.append(t)
                        if msg["messageId"] not in ig_ids:
                            ig_not_listed += 1
                    elif msg["messageId"] in ig_ids:
                        attr_anomalies.append((conv["id"], msg["messageId"]))
                else:
                    kind = "other:" + str(purpose)
                events.append({"t": t, "kind": kind, "leg": part["id"], "id": msg["messageId"],
                               "text": msg.get("textBody") or journal_texts.get(msg["messageId"], "")})
        order = {"connect": 0, "customer": 1, "agent": 1, "agent?": 1, "end": 3}
        events.sort(key=lambda e: (e["t"], order.get(e["kind"], 2)))
        timelines[conv["id"]] = (conv, events)

    if start_ms is None:
        start_ms = min(ig_times) if ig_times else state.get("nowMs")

    # how long after the journal's issued_ms each Idle Guard message reached the sandbox
    held = []
    for cid, (conv, events) in timelines.items():
        for ev in events:
            if ev["kind"].startswith("IG") and ev.get("id") in journal_msgs:
                inst, r = journal_msgs[ev["id"]][0]
                if r.get("issued_ms") and ev["t"] - r["issued_ms"] > 2000:
                    held.append((ev["t"] - r["issued_ms"], inst, r, ev["t"]))

    duplicates = []
    stale = []
    races = []
    missed = []
    out_of_order = []  # an earlier stage sent after a later one in the same idle period
    close_due = 0  # customer-owes silences that reached the close threshold while enforcing
    close_done = 0  # ... and got the closing message
    late_closes = []
    lateness = []  # (ms late, stage) for sends that were not stale
    counted_kinds = ("customer", "agent", "agent?")
    ig_total = collections.Counter()

    for cid, (conv, events) in timelines.items():
        last_counted = None  # the last customer / human-agent message
        connect = {}  # leg -> connected ms
        cur_leg = None
        period = 0
        period_start = None
        sends = collections.defaultdict(list)  # (period, stage) -> [index in events]
        periods = []  # dicts describing customer-owes periods, for closes
        cur = None

        def close_period(t_end, reason):
            nonlocal cur
            if cur is not None:
                cur["end"] = t_end
                cur["endReason"] = reason
                periods.append(cur)
                cur = None

        def open_period():
            nonlocal cur
            # customer-owes track: the agent wrote last on the current leg (requireAgentMessage)
            if (cur_leg is not None and last_counted is not None and last_counted["kind"] != "customer"
                    and last_counted["t"] >= connect.get(cur_leg, 0)):
                cur = {"leg": cur_leg, "start": max(last_counted["t"], connect[cur_leg]),
                       "closeMsgs": [], "period": period}

        for i, ev in enumerate(events):
            k = ev["kind"]
            if k == "connect":
                close_period(ev["t"], "new agent leg")
                cur_leg = ev["leg"]
                connect[cur_leg] = ev["t"]
                period += 1
                open_period()
            elif k == "end":
                if cur is not None and ev["leg"] == cur["leg"]:
                    close_period(ev["t"], "agent leg ended (%s)" % (ev.get("disconnectType") or "?"))
                if ev["leg"] == cur_leg:
                    cur_leg = None
            elif k in counted_kinds:
                close_period(ev["t"], "counted message (%s)" % k)
                last_counted = ev
                period += 1
                open_period()
            elif k.startswith("IG:"):
                stage = k[3:]
                ig_total[stage] += 1
                if stage == "?":
                    continue
                later_sent = [events[j] for st in STAGES[STAGES.index(stage) + 1:]
                              for j in sends.get((period, st), [])]
                if later_sent:
                    out_of_order.append({"conversation": cid, "stage": stage, "t": ev["t"],
                                         "messageId": ev["id"], "after": later_sent[0],
                                         "instance": [x for x, _ in journal_msgs.get(ev["id"], [])]})
                sends[(period, stage)].append(i)
                if cur is not None and stage == "CLOSE":
                    cur["closeMsgs"].append(ev)
                who = [inst for inst, _ in journal_msgs.get(ev["id"], [])]
                leg_k = connect.get(ev["leg"])
                pstart = max(x for x in (last_counted["t"] if last_counted else None, leg_k)
                             if x is not None) if (last_counted or leg_k) else None
                finding = {"conversation": cid, "stage": stage, "t": ev["t"], "messageId": ev["id"],
                           "instance": who, "lastCounted": last_counted, "periodStart": pstart,
                           "index": i}
                # an earlier send of the same stage in an earlier period (a repeat across a reply)
                earlier = [events[j] for (p, s), idx in sends.items() if s == stage and p < period
                           for j in idx]
                if earlier:
                    finding["repeatOf"] = earlier[-1]
                if last_counted is None:
                    finding["why"] = "no counted message before it at all"
                    stale.append(finding)
                    continue
                gap = ev["t"] - last_counted["t"]
                if last_counted["kind"] == "customer":
                    finding["why"] = ("the customer wrote last (%.1f s before): the customer did not "
                                      "owe the reply" % (gap / 1000.0))
                    (races if gap < race_ms else stale).append(finding)
                    continue
                since = ev["t"] - pstart
                if since < thresholds[stage] - early_tol:
                    ref = "the agent's last message" if pstart == last_counted["t"] else \
                        "the agent leg's connect"
                    finding["why"] = ("too early: %.1f s after %s, threshold %d s" % (
                        since / 1000.0, ref, thresholds[stage] // 1000))
                    (races if gap < race_ms else stale).append(finding)
                    continue
                # right from the sandbox's side, but sent for an idle period that had already ended?
                old = [(inst, r) for inst, r in journal_msgs.get(ev["id"], [])
                       if r.get("idle_since_ms") is not None and r["idle_since_ms"] < pstart - 1]
                if old:
                    inst, r = old[0]
                    finding["why"] = ("for an ended idle period: %s's journal says idle since %s, but "
                                      "a counted message (%s) at %s had started a new one" % (
                                          inst, rel(r["idle_since_ms"]), last_counted["kind"],
                                          rel(last_counted["t"])))
                    (races if gap < race_ms else stale).append(finding)
                    continue
                if pstart >= start_ms - thresholds[stage]:  # deadline inside the enforcement window
                    lateness.append((since - thresholds[stage], stage, cid, ev["t"]))
        close_period(None, "still going at the end")

        # duplicates within one idle period
        for (p, stage), idx in sends.items():
            for a, b in zip(idx, idx[1:]):
                between = events[a + 1:b]
                dup = {"conversation": cid, "stage": stage, "first": events[a], "second": events[b],
                       "between": between, "backToBack": not any(
                           e["kind"] not in ("end", "customer-left") for e in between),
                       "instances": ([i for i, _ in journal_msgs.get(events[a]["id"], [])],
                                     [i for i, _ in journal_msgs.get(events[b]["id"], [])])}
                duplicates.append(dup)

        # missed closes
        for per in periods:
            deadline = per["start"] + thresholds["CLOSE"]
            effective = max(deadline, start_ms + startup_ms)
            end = per["end"] if per["end"] is not None else stop_ms
            end = min(end, stop_ms)
            if end >= effective or per["closeMsgs"]:
                close_due += 1
                close_done += bool(per["closeMsgs"])
            if effective + grace_ms > end:
                continue  # the silence did not last long enough while the enforcers ran
            if not per["closeMsgs"]:
                missed.append({"conversation": cid, "periodStart": per["start"], "deadline": deadline,
                               "end": per["end"], "endReason": per["endReason"], "why":
                               "no closing message in a silence that lasted %.0f s past the close "
                               "deadline" % ((end - deadline) / 1000.0)})
                continue
            first = per["closeMsgs"][0]
            if first["t"] - effective > grace_ms:
                late_closes.append((first["t"] - effective, cid))
            # the agent leg must be gone soon after the closing message
            if per["end"] is None or per["endReason"].startswith("counted"):
                if (per["end"] or stop_ms) - first["t"] > grace_ms and first["t"] + grace_ms <= stop_ms:
                    missed.append({"conversation": cid, "periodStart": per["start"],
                                   "deadline": deadline, "end": per["end"],
                                   "endReason": per["endReason"],
                                   "why": "closing message at %s but the agent leg was still "
                                          "connected %.0f s later" % (
                                              rel(first["t"]), ((per["end"] or stop_ms) - first["t"]) / 1000.0)})

    # ---------------------------------------------------------------------------------------
    # report
    out = []
    p = out.append
    p("")
    p("=" * 100)
    p("Feed-gap soak analysis (issue 15): %s" % state_path)
    p("sandbox seed %s, state at %s, %d conversations; enforcement window %s .. %s" % (
        state.get("seed"), ms_iso(state.get("nowMs")), len(convs), ms_iso(start_ms), ms_iso(stop_ms)))
    if run.get("events"):
        p("faults and events:")
        for e in run["events"]:
            if any(w in e["what"] for w in ("drop", "flaky", "revoke", "SIGKILL", "restart",
                                            "exited", "FAILED")):
                p("  %s  %s" % (rel(e["atMs"]), e["what"]))
    fa = run.get("faultsAtEnd")
    if fa and fa.get("dropResponseNext"):
        p("  NOTE: the drop-response-next was never used (no message send after it): %s" %
          fa["dropResponseNext"])
    p("Idle Guard messages on the conversations: %s (total %d); texts missing for %d agent-leg messages" % (
        ", ".join("%s %d" % (s, ig_total[s]) for s in ("W1", "W2", "CLOSE", "?") if ig_total[s]),
        sum(ig_total.values()), missing_texts))
    if ig_not_listed:
        p("  %d Idle Guard messages are not listed in their leg's idleGuard.messageIds (at most 12 "
          "kept; two instances overwrite each other's list)" % ig_not_listed)
    if attr_anomalies:
        p("  WARNING: %d ids in idleGuard.messageIds are not Idle Guard texts: %s" % (
            len(attr_anomalies), attr_anomalies[:5]))

    b2b = sum(1 for d in duplicates if d["backToBack"])
    by_stage = collections.Counter(d["stage"] for d in duplicates)
    cross = sum(1 for d in duplicates if d["instances"][0] and d["instances"][1]
                and set(d["instances"][0]) != set(d["instances"][1]))
    p("")
    p("DUPLICATES (same stage twice in one idle period): %d  [%s]; back to back (nothing at all "
      "between): %d; sent by two different instances: %d" % (
          len(duplicates), ", ".join("%s %d" % kv for kv in sorted(by_stage.items())) or "-", b2b,
          cross))
    stale_ids = {s["messageId"] for s in stale}
    for d in duplicates[:args.examples]:
        p("  %s %s: %s by %s%s, again %s by %s%s; %s" % (
            d["conversation"], d["stage"], rel(d["first"]["t"]), "/".join(d["instances"][0]) or "?",
            " (itself stale, below)" if d["first"]["id"] in stale_ids else "",
            rel(d["second"]["t"]), "/".join(d["instances"][1]) or "?",
            " (itself stale, below)" if d["second"]["id"] in stale_ids else "",
            "nothing between" if d["backToBack"] else "between: " + ", ".join(
                "%s@%s" % (e["kind"], ms_iso(e["t"])) for e in d["between"])))
    stale_cust = [s for s in stale if "customer wrote last" in s["why"]]
    stale_early = [s for s in stale if s["why"].startswith("too early")]
    stale_ended = [s for s in stale if s["why"].startswith("for an ended idle period")]
    p("")
    p("STALE (sent after the customer wrote, before its threshold, or per the journal for an idle period "
      "that had ended): %d  [customer had replied: %d, too early: %d, ended idle period (journal): %d, "
      "other: %d]; by stage: %s" % (
          len(stale), len(stale_cust), len(stale_early), len(stale_ended),
          len(stale) - len(stale_cust) - len(stale_early) - len(stale_ended),
          ", ".join("%s %d" % kv for kv in sorted(collections.Counter(s["stage"] for s in stale).items()))
          or "-"))
    repeats = sum(1 for s in stale if s.get("repeatOf"))
    if stale:
        p("  %d of them repeat a stage already sent to that conversation before the reply" % repeats)
    def journal_note(mid, t=None):
        if mid not in journal_msgs:
            return ""
        r = journal_msgs[mid][0][1]
        sched = r.get("scheduled_ms") or 0
        return " [journal: scheduled %s, idle since %s, issued %+.1f s after its deadline%s]" % (
            rel(r.get("scheduled_ms")), rel(r.get("idle_since_ms")),
            ((r.get("issued_ms") or 0) - sched) / 1000.0,
            ", reached the sandbox %+.1f s after it" % ((t - sched) / 1000.0) if t and sched else "")

    for s in stale[:args.examples]:
        lc = s["lastCounted"]
        p("  %s %s at %s by %s: %s; last counted message: %s at %s%s%s" % (
            s["conversation"], s["stage"], rel(s["t"]), "/".join(s["instance"]) or "?", s["why"],
            lc["kind"] if lc else "-", rel(lc["t"]) if lc else "-",
            "; repeats %s sent at %s" % (s["stage"], rel(s["repeatOf"]["t"])) if s.get("repeatOf") else "",
            journal_note(s["messageId"], s["t"])))
    p("  in-flight races (within %d ms of the message that made them stale; not failures): %d" % (
        race_ms, len(races)))
    for s in races[:3]:
        p("    %s %s at %s: %s" % (s["conversation"], s["stage"], rel(s["t"]), s["why"]))
    p("")
    p("OUT OF ORDER (an earlier stage sent after a later one in the same idle period, e.g. W2 after "
      "the closing message): %d" % len(out_of_order))
    for o in out_of_order[:args.examples]:
        p("  %s %s at %s by %s, after %s at %s%s" % (
            o["conversation"], o["stage"], rel(o["t"]), "/".join(o["instance"]) or "?",
            o["after"]["kind"][3:], rel(o["after"]["t"]), journal_note(o["messageId"], o["t"])))
    p("")
    p("MISSED CLOSES (silence past the close threshold + %d s while enforcing, not closed): %d  "
      "[%d silences reached the close threshold while enforcing, %d got the closing message]" % (
          args.close_grace, len(missed), close_due, close_done))
    for m in missed[:args.examples]:
        p("  %s: idle since %s, close due %s, %s; period ended %s (%s)" % (
            m["conversation"], rel(m["periodStart"]), rel(m["deadline"]), m["why"], rel(m["end"]),
            m["endReason"]))
    if late_closes:
        late_closes.sort(reverse=True)
        p("  closes done later than %d s after their deadline (not failures): %d, latest +%.1f s (%s)" % (
            args.close_grace, len(late_closes), late_closes[0][0] / 1000.0, late_closes[0][1]))
    if lateness:
        ls = sorted(x[0] for x in lateness)
        n = len(ls)
        p("")
        p("lateness of the non-stale sends whose deadline fell while enforcing (%d): median %+.1f s, "
          "90%% %+.1f s, max %+.1f s; > 5 s late: %d, > 1 s late: %d" % (
              n, ls[n // 2] / 1000.0, ls[min(n - 1, int(n * 0.9))] / 1000.0, ls[-1] / 1000.0,
              sum(1 for x in ls if x > 5000), sum(1 for x in ls if x > 1000)))
        for late, stage, cid, t in sorted(lateness, reverse=True)[:3]:
            if late > 5000:
                p("  %+.1f s: %s %s at %s" % (late / 1000.0, cid, stage, rel(t)))

    if held:
        held.sort(key=lambda h: -h[0])
        p("")
        p("sends that reached the sandbox more than 2 s after the journal's issued_ms (held back after "
          "being journaled as issued, e.g. by the rate budget): %d, longest %.1f s" % (
              len(held), held[0][0] / 1000.0))
        for d, inst, r, t in held[:5]:
            p("  %.1f s: %s %s %s row %s, issued %s, at the sandbox %s" % (
                d / 1000.0, r["conversation_id"], r["stage"], inst, r["id"], rel(r["issued_ms"]), rel(t)))
    p("")
    p("JOURNALS")
    if not journals:
        p("  none found")
    for inst, info in journals.items():
        if info.get("error"):
            p("  %s: cannot read %s: %s" % (inst, info["path"], info["error"]))
            continue
        p("  %s (%s): %d rows; %s; pending %d; reasons saying stale: %d; done by / left to another "
          "instance: %d; restart/reconciliation: %d" % (
              inst, os.path.basename(info["path"]), info["rows"],
              ", ".join("%s %d" % kv for kv in sorted(info["byResult"].items())),
              len(info["pending"]), len(info["stale"]), len(info["otherInstance"]),
              len(info["reconciled"])))
        for (kind, stage, result), n in sorted(info["byKindStage"].items(), key=lambda kv: str(kv[0])):
            p("      %-20s %-10s %-10s %d" % (kind, stage, result, n))
        for (result, why), n in info["reasons"].most_common(8):
            p("      reason [%s] x%d: %s" % (result, n, why[:150]))
        for r in info["pending"][:5]:
            p("      pending row %s: %s %s on %s" % (r["id"], r["kind"], r["stage"], r["conversation_id"]))
    # the duplicates per journal idle period, as the issue counted them
    jperiods = collections.defaultdict(list)
    for inst, info in journals.items():
        for r in info.get("sends", []):
            if r.get("result") in ("succeeded", "observed"):
                jperiods[(r["conversation_id"], r["stage"], r.get("idle_since_ms"))].append(
                    "%s row %s" % (inst, r["id"]))
    both = [k for k, v in jperiods.items() if len(set(x.split()[0] for x in v)) > 1]
    twice = [k for k, v in jperiods.items() if len(v) > 1]
    p("  (conversation, stage, idle since) sent more than once per the journals: %d, of which by both "
      "instances: %d" % (len(twice), len(both)))
    for k in twice[:args.examples]:
        p("      %s %s idle since %s: %s" % (k[0], k[1], rel(k[2]), ", ".join(jperiods[k])))

    # logs
    instances = tuple(run.get("instances") or INSTANCES)
    if any(n.startswith(instances) and n.endswith(".log") for n in os.listdir(base)):
        p("")
        p("LOGS")
        wd = base
        for name in sorted(os.listdir(wd)):
            if name.endswith(".log") and name.startswith(instances):
                path = os.path.join(wd, name)
                with open(path, errors="replace") as f:
                    lines = f.read().splitlines()
                warn = [l for l in lines if " warning " in l or " critical " in l]
                summ = [l for l in lines if "summary:" in l]
                if name.endswith(".stderr.log"):
                    p("  %s: %d lines, %d warning/critical" % (name, len(lines), len(warn)))
                    def norm(line):
                        line = re.sub(r"^\S+ ", "", line)
                        line = re.sub(r"\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:\d\d)", "<time>", line)
                        return re.sub(r"[0-9a-f]{8}-[0-9a-f-]{27}", "<id>", line)
                    for l in collections.Counter(norm(l) for l in warn).most_common(8):
                        p("      x%d %s" % (l[1], l[0][:160]))
                else:
                    p("  %s: %d lines; last %s" % (name, len(lines), summ[-1] if summ else "(no summary)"))

    for cid in args.show or []:
        if cid not in timelines:
            p("")
            p("no conversation %s in the state" % cid)
            continue
        conv, events = timelines[cid]
        p("")
        p("TIMELINE %s (queue %s%s)" % (cid, conv.get("queueId"), ", ended" if conv.get("ended") else ""))
        for e in events:
            who = ""
            if e["kind"].startswith("IG") and e.get("id") in journal_msgs:
                r = journal_msgs[e["id"]][0][1]
                who = "  [%s row %s, scheduled %s, idle since %s, %s]" % (
                    journal_msgs[e["id"]][0][0], r.get("id"), rel(r.get("scheduled_ms")),
                    rel(r.get("idle_since_ms")), r.get("result"))
            p("  %s  %-9s leg %s  %s%s" % (rel(e["t"]), e["kind"], e["leg"][:8],
                                           (e.get("text") or e.get("name") or
                                            e.get("disconnectType") or "")[:70], who))

    failed = bool(duplicates or stale or missed or out_of_order)
    p("")
    p("VERDICT: %s  (duplicates %d, back to back %d, stale %d, missed closes %d, out of order %d)" % (
        "FAIL" if failed else "PASS", len(duplicates), b2b, len(stale), len(missed), len(out_of_order)))
    p("=" * 100)
    text = "\n".join(out)
    print(text)

    # machine-readable copy next to the state
    def slim(e):
        return {k: v for k, v in e.items() if k not in ("between",)} if isinstance(e, dict) else e
    summary = {
        "duplicates": len(duplicates), "backToBack": b2b, "duplicatesByStage": dict(by_stage),
        "stale": len(stale), "staleCustomerReplied": len(stale_cust), "staleTooEarly": len(stale_early),
        "staleEndedPeriod": len(stale_ended),
        "races": len(races), "missedCloses": len(missed), "lateCloses": len(late_closes),
        "idleGuardMessages": dict(ig_total),
        "journals": {inst: {"rows": i["rows"], "byResult": dict(i["byResult"]),
                            "pending": len(i["pending"]), "stale": len(i["stale"]),
                            "otherInstance": len(i["otherInstance"])}
                     for inst, i in journals.items()},
        "duplicateList": [{"conversation": d["conversation"], "stage": d["stage"],
                           "first": slim(d["first"]), "second": slim(d["second"]),
                           "backToBack": d["backToBack"], "instances": d["instances"]}
                          for d in duplicates],
        "staleList": [slim(s) for s in stale], "raceList": [slim(s) for s in races],
        "missedList": missed, "outOfOrder": len(out_of_order),
        "outOfOrderList": [slim(o) for o in out_of_order], "heldAfterIssue": len(held),
    }
    try:
        with open(os.path.join(base, "analysis.json"), "w") as f:
            json.dump(summary, f, indent=1, default=str)
        with open(os.path.join(base, "report.txt"), "w") as f:
            f.write(text + "\n")
    except OSError:
        pass
    return 1 if failed else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--bin", help="directory with idleguard and idleguard-sandbox (default: build/app "
                                  "of this checkout); they are copied to the work dir first")
    ap.add_argument("--minutes", type=float, default=10, help="how long the enforcers run (default 10)")
    ap.add_argument("--seed", type=int, default=4242, help="sandbox seed, and seed of the kill point")
    ap.add_argument("--port", type=int, help="sandbox port (default: a free loopback port)")
    ap.add_argument("--workdir", help="work dir (default: a new /tmp/feedgap-soak-* dir)")
    ap.add_argument("--kill-at", type=float, help="seconds after start at which to SIGKILL an "
                                                   "instance (default: random, from --seed)")
    ap.add_argument("--kill-instance", choices=INSTANCES, help="which instance to kill")
    ap.add_argument("--analyse-only", metavar="STATE.json",
                    help="only analyse a saved state (with run.json and journal-*.sqlite beside it)")
    ap.add_argument("--journal", action="append", help="journal(s) to analyse (default: "
                                                       "journal-*.sqlite beside the state)")
    ap.add_argument("--race-ms", type=int, default=1000,
                    help="a send this close after the message that makes it stale is an in-flight "
                         "race, listed but not failed (default 1000)")
    ap.add_argument("--early-tolerance-ms", type=int, default=500,
                    help="clock tolerance for 'too early' (default 500)")
    ap.add_argument("--close-grace", type=int, default=30,
                    help="seconds after the close deadline before a close counts as missed (default 30)")
    ap.add_argument("--startup-grace", type=int, default=30,
                    help="seconds after the enforcers start before an overdue close is due (default 30)")
    ap.add_argument("--show", action="append", metavar="CONVERSATION_ID",
                    help="also print the timeline of a conversation (repeatable)")
    ap.add_argument("--examples", type=int, default=12, help="examples listed per finding (default 12)")
    args = ap.parse_args()
    if args.analyse_only:
        return analyse(args.analyse_only, args)
    return run_soak(args)


if __name__ == "__main__":
    sys.exit(main())
