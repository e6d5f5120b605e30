<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditJournal</name>
    <message>
        <source>journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create journal %1: directory %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1: cannot switch to WAL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1 has schema version %2, newer than this build supports (%3); use a newer Idle Guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1: a result cannot be &quot;pending&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1: no pending intent with id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export journal %1: the output is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1: counting per time needs a time range and a bucket size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Idle Guard keeps Genesys Cloud message conversations moving: it warns customers who went silent, frees agents whose customer is gone and flags replies left waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the policy file FILE and print what it sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against the built-in sandbox organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit journal as CSV to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit journal database DB (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--journal only goes with --export-journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the enforcer without a window (with --config FILE, or with --demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headless enforcer&apos;s configuration FILE (docs/headless.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo: run the sandbox&apos;s clock FACTOR times faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo: stop after SECONDS (default: until Ctrl+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--config only goes with --headless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo brings its own configuration; leave out --config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--speed takes a factor from 0.1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run-for takes a whole number of seconds, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--headless needs --config FILE (or --demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo: save pictures of the window in DIR after it has run a while, then quit (for the documentation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--speed, --run-for and --screenshots only go with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshots needs the window; leave out --headless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of Idle Guard has no window; use --headless.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
    <message>
        <source>a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: it is %2, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: it is larger than %2, the most read from such a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationRowText</name>
    <message>
        <source>Warning 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done (found after a restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting in queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting in queue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No idle timer runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due</source>
        <comment>next stage due now</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>next stage in remaining time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage is scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <comment>stage done</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 …</source>
        <comment>stage under way</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>stage, outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage reached in this idle period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>outcome at time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>outcome (reason)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observe only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held for a fresh read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardSettings</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>The sandbox organisation did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo policies are invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a folder for the demo&apos;s journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Idle Guard demo: the enforcer against the sandbox organisation at %1 (%n queue(s), simulated customers and agents%2).</source>
        <translation>
            <numerusform>Idle Guard demo: the enforcer against the sandbox organisation at %1 (%n queue, simulated customers and agents%2).</numerusform>
            <numerusform>Idle Guard demo: the enforcer against the sandbox organisation at %1 (%n queues, simulated customers and agents%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>, time x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo policy: first warning after 45 s of customer silence, second after 90 s, closing message and disconnect after 120 s; an agent who leaves a customer waiting is flagged after 60 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each action is printed as it happens (+ms: how long after its deadline); Ctrl+C stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal of this demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export it: idleguard --export-journal actions.csv --journal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationFormat</name>
    <message>
        <source>%1:%2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a time, for example &quot;45 s&quot;, &quot;2 min&quot; or &quot;1:30&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; write for example &quot;45 s&quot;, &quot;2 min&quot;, &quot;1 h 30 min&quot; or &quot;2:30&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessCommand</name>
    <message>
        <source>%1 is not a usable configuration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder of the journal %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessConfig</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown region or URL &quot;%1&quot; (expected a region such as eu_west_1, its domain such as mypurecloud.ie, or an https URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (use https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name (letters, digits and _, not starting with a digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of queue ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name at least one queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate queue id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be combined with %1: give exactly one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing: give the policies inline or name a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object in the policy file format (docs/policy.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing and this system has no application data directory to put the journal in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an instance id (1 to %2 characters of A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of seconds from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client secret: the environment variable %1 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client secret: the environment variable %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be combined with %1: give the secret in the file, in a file of its own or name the environment variable that holds it, only one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is only allowed with a sandbox organisation on a loopback environment (http://127.0.0.1:&lt;port&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {&quot;speed&quot;: 1 to %1, &quot;nowMs&quot;: the sandbox&apos;s clock at &quot;atWallMs&quot;: the wall clock, both in whole ms since 1970}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client secret: the file %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;own&quot; or &quot;shared&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleEngine</name>
    <message>
        <source>The conversation is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An override needs the supervisor&apos;s user id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for 1 to %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent is connected to this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy of this queue has no warning message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent is connected any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another agent has the conversation now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer wrote at %1, after the idle period began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer no longer owes the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent wrote at %1, after the idle period began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor reset the timers at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle period it belonged to is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor exempted the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent has not written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy in force no longer has this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not due any more: the countdown was snoozed or the threshold raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later stage of this idle period (%1) was already handed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Enforcement::ActionExecutor</name>
    <message>
        <source>The audit journal refused the intent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent participant has no message communication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first answer was lost (%1); the message was found on the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not sent after %n attempt(s): %1</source>
        <translation>
            <numerusform>Not sent after %n attempt: %1</numerusform>
            <numerusform>Not sent after %n attempts: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation ended before the message went out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by Idle Guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent was disconnected, but the wrap-up code was not set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done before the restart; done on reconciliation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant had already left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether the message went out (it is not sent again): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted by a restart; a notification is not repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage is not yet recorded on the conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted by a restart; what reached the conversation stands, the rest must be set again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet shared with other instances: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent before the restart; the conversation was read again and the message sent on reconciliation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage&apos;s first action was not carried out, so neither is this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing message went out before the restart; the disconnect was done on reconciliation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Enforcement::EnforcementWorker</name>
    <message>
        <source>The enforcer is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observe-only mode: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Enforcement::StageArbiter</name>
    <message>
        <source>The conversation has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 took this stage over while it waited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 claimed this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already done (%1 recorded at %2), by another instance or before a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back by the rate limit or a retry; decided again on a fresh read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Genesys::ClientCredentials</name>
    <message>
        <source>Cannot reach the login host %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login host sent no access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Genesys::PkceSignIn</name>
    <message numerus="yes">
        <source>The sign-in timed out: the browser did not come back within %n minute(s).</source>
        <translation>
            <numerusform>The sign-in timed out: the browser did not come back within %n minute.</numerusform>
            <numerusform>The sign-in timed out: the browser did not come back within %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sign-in timed out: the browser did not come back within %n second(s).</source>
        <translation>
            <numerusform>The sign-in timed out: the browser did not come back within %n second.</numerusform>
            <numerusform>The sign-in timed out: the browser did not come back within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no way to open a browser for the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the sign-in answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1 for the sign-in answer; is another program using it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the login host %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page refused this client id or redirect URI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page is not available (HTTP status %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser could not be opened for the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was denied in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was denied in the browser: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login host refused the sign-in: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to this sign-in (state mismatch); nothing was signed in. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer carried no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login host answered the code exchange with HTTP status %1 instead of a token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Genesys::Session</name>
    <message>
        <source>No way to sign in was configured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Headless::HeadlessRunner</name>
    <message>
        <source>Cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Idle Guard enforcer %1: signing in to %2 as client %3; %n queue(s)</source>
        <translation>
            <numerusform>Idle Guard enforcer %1: signing in to %2 as client %3; %n queue</numerusform>
            <numerusform>Idle Guard enforcer %1: signing in to %2 as client %3; %n queues</numerusform>
        </translation>
    </message>
    <message>
        <source>(observe only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in; enforcing. Journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resynchronising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (overdue before enforcing began)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mirror at stop: %n conversation(s)</source>
        <translation>
            <numerusform>Mirror at stop: %n conversation</numerusform>
            <numerusform>Mirror at stop: %n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source> (oldest %1 s late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary: %1 tracked, %2 counting down, %3 in flight, %4 held for a fresh read, %5 waiting for the rate limit%6 | %7 succeeded, %8 skipped, %9 failed, %10 found done, %11 left to another instance, %12 dropped as stale | feed %13</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Sandbox::SandboxBrowser</name>
    <message>
        <source>The sign-in page did not open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page did not send the browser back to the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s sign-in page answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Supervision::AlertCenter</name>
    <message>
        <source>Idle Guard could not act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer is waiting for a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer is still waiting for a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is waiting for a reply from %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has waited %2 for a reply from %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing message to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeing the agent of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action on the conversation with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Supervision::AuditReader</name>
    <message>
        <source>The audit journal cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Supervision::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle policy acted on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect (conversation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Snooze %n min</numerusform>
            <numerusform>Snooze %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timers reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (found after a restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Supervision::JournalExporter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Supervision::SupervisionController</name>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy in force could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::ActivityChart</name>
    <message>
        <source>Warnings and closes per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and closes per hour, last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::AlertBar</name>
    <message>
        <source>Show conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::AlertNotifier</name>
    <message>
        <source>Idle Guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Idle Guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n new alert</numerusform>
            <numerusform>%n new alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::AlertPresenter</name>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::AuditFilterBar</name>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation id, or how it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who acted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed or skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the actions this filter shows as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::AuditPanel</name>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::AuditView</name>
    <message>
        <source>Audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit journal opens once the enforcer has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit journal is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: %1 of %2 read, newest first; scroll for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: %1, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1 (actions: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is under way; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::ConnectionIndicator</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: sign-in failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronising after a gap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heartbeat %1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) left this minute</source>
        <translation>
            <numerusform>%n request left this minute</numerusform>
            <numerusform>%n requests left this minute</numerusform>
        </translation>
    </message>
    <message>
        <source>Observe-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance %1, claims stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance %1, single instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 held for a fresh read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 dropped as stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done · %2 failed since start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 waiting for the rate limit, the oldest %2 s late</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::ConversationTableModel</name>
    <message>
        <source>Queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation %1, language %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owes reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue the conversation came through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connected agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messaging channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who owes the next reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the conversation has been silent (or waiting in the queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next stage and the time left until it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last stage carried out in this silence, and how it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the conversation started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages in the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozes, exemptions, claims and actions under way</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::DashboardPage</name>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer owes a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent owes a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting in queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customer, agent, queue, id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::DetailsPane</name>
    <message>
        <source>Conversation details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No conversation selected&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a conversation in the table to see its messages, the stages carried out and where its next deadline comes from.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; with %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting in queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owes the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no timer until the agent has written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This idle period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage carried out yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy in force: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic step is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the snooze at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the silence that began at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 at %2 = %3 + %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle Guard (for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(text not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 at %3</source>
        <comment>stage — outcome at time</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::DurationEdit</name>
    <message>
        <source>e.g. 2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a time with its unit: &quot;45 s&quot;, &quot;2 min&quot;, &quot;1 h 30 min&quot;, or m:ss such as &quot;2:30&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::IdleChart</name>
    <message>
        <source>Current idle times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer owes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent owes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long conversations have been silent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::MainWindow</name>
    <message>
        <source>Idle Guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle Guard — demo on the sandbox organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Observe only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every countdown but send nothing automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of Genesys Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observe-only: nothing automatic is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcing: automatic actions are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enforcer could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on a conversation failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Genesys Cloud region or an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser opened Genesys Cloud&apos;s sign-in page. Sign in there; this window continues by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to enforcing? Idle Guard will send warnings and disconnect idle conversations on its own, as the policy says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every automatic and manual action, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation is no longer live.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::MessageEditor</name>
    <message>
        <source>The language of the text below; customers get the text in their language, else in the policy&apos;s default language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language tag of the new text (for example &quot;de&quot;, &quot;es&quot; or &quot;pt-BR&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text in this language: customers who write in it get the default language&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::PolicyCommands</name>
    <message>
        <source>&amp;Policies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the idle policies and apply them at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change This Queue&apos;s &amp;Thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the policy of the selected conversation&apos;s queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle policies this instance enforces, applied at %1. Policies… to change them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::PolicyEditorDialog</name>
    <message>
        <source>Idle policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enforcer refused the policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policies in force stay in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This queue has its own policy (otherwise it uses the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These policies are the ones this Idle Guard enforces. Another instance on the same queues (a colleague&apos;s window, the headless service) enforces its own policies: apply the same file there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue %1 (not in this organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — own policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — uses the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enforcing yet. Applied policies take effect once you are signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enforcing yet: these policies take effect once you are signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: revision %1, applied at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are not applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The editor shows the policies in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fix %n problem(s) to apply.</source>
        <translation>
            <numerusform>Fix %n problem to apply.</numerusform>
            <numerusform>Fix %n problems to apply.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>%1 has %n problem; nothing was changed.</numerusform>
            <numerusform>%1 has %n problems; nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Policies not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::PolicyForm</name>
    <message>
        <source>A label for people, e.g. &quot;Billing, evenings&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn-aware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the customer&apos;s timer only after the agent has written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count typing as activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the customer is silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First warning after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sends the first warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second warning after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sends the second warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sends the closing message and frees the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the agent owes a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags the row and alerts you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts you again (nobody is disconnected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch this stage on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of silence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language used when a customer&apos;s language has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing message (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect the agent only; the customer can write again and is routed anew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the whole conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wrap-up code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the organisation&apos;s wrap-up codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the close stage comes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n problem(s))</source>
        <translation>
            <numerusform>%1 (%n problem)</numerusform>
            <numerusform>%1 (%n problems)</numerusform>
        </translation>
    </message>
    <message>
        <source>The organisation&apos;s wrap-up codes; the agent&apos;s leg gets the code chosen here when the policy frees the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrap-up code id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s wrap-up codes could not be read (%1). Type the code&apos;s id, or leave the field empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever owes the next reply is timed: a silent customer is warned, an agent who keeps a customer waiting is flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence on both sides counts: any message restarts the customer&apos;s timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the customer&apos;s messages restart the customer&apos;s timer; the agent&apos;s messages do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::QueuePicker</name>
    <message>
        <source>Search queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch every queue shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch none of the queues shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n queue(s) watched</source>
        <translation>
            <numerusform>%1 of %n queue watched</numerusform>
            <numerusform>%1 of %n queues watched</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::RowActions</name>
    <message>
        <source>&amp;Disconnect now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the closing message and disconnect the agent of the selected conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;warning now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the next warning of the policy to the selected customers now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze &amp;5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the timers of the selected conversations for 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze &amp;15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the timers of the selected conversations for 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze &amp;60 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the timers of the selected conversations for an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected conversations out of automatic actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put exempted conversations back under automatic actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the idle timers of the selected conversations afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send warning now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send the closing message and disconnect the agent of %n conversation(s)?</source>
        <translation>
            <numerusform>Send the closing message and disconnect the agent of %n conversation?</numerusform>
            <numerusform>Send the closing message and disconnect the agent of %n conversations?</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer can write again later to start a new conversation. This is written to the audit journal with your name and the reason below, if you give one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of Idle Guard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an agent leaves a customer waiting past the policy&apos;s threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an automatic action fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::SignInPage</name>
    <message>
        <source>&lt;h2&gt;Sign in to Genesys Cloud&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle Guard watches the message conversations of the queues you choose. Sign-in happens in your web browser; Idle Guard never sees your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region of your organisation (the address you sign in at), or a full address such as http://127.0.0.1:8080 for a sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OAuth client id your administrator gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::SummaryStrip</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations with a connected agent: their idle timers may run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer owes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracked conversations where the customer owes the reply. Click to show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent owes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracked conversations where the agent owes the reply. Click to show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers warned in their current silence and not closed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto-closed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations the policy closed today. Click to list them in the audit journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failures today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions that failed today, automatic or by hand. Click to list them in the audit journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleHistogram</name>
    <message>
        <source>1–2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2–5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5–10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10–30 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ 30 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalExportCommand</name>
    <message>
        <source>Cannot export the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 journal rows from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalFilter</name>
    <message>
        <source>The time range ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor was chosen, but not &quot;actions by a supervisor&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthError</name>
    <message>
        <source>The login host does not accept this OAuth client (%1). Check the client id and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be completed: %1. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This OAuth client may not use this kind of sign-in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login host refused the request: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login host answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerFiles</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a secret but other users may read or change it (mode %2): make it readable by its owner only, e.g. chmod 600 %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>&quot;%1&quot; is not a language tag (expected e.g. &quot;en&quot; or &quot;pt-BR&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative (got %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least %1 s (got %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most 8 h (%1 s) (got %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than %1.afterSeconds (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required when the stage is enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no text for the default language &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 characters long; the platform accepts at most %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyCheckCommand</name>
    <message>
        <source>%1; warn %2, warn again %3, close %4 (%5 scope); flag agent %6, escalate %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: invalid policy, %n error(s):</source>
        <translation>
            <numerusform>%1: invalid policy, %n error:</numerusform>
            <numerusform>%1: invalid policy, %n errors:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid policy (format version %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyParser</name>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string or an object of language tag to text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required when the stage is enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of seconds (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected turn-aware, any-activity or customer-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected agent or conversation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing (this build reads version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported version %1 (this build reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (expected one of: version, default, queues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing: the default policy covers every queue without its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of queue id to policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the queue id must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>unclosed &quot;{&quot; at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stray &quot;}&quot; at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder {%1} (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowCommand</name>
    <message>
        <source>%1 is not a valid policy file; the built-in policy is in force.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle Guard demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo signs in to the sandbox organisation on this computer; your browser shows its sign-in page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser can be opened here, so the demo completes the sandbox&apos;s sign-in page itself, as Sam Supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened: the demo signed in on the sandbox&apos;s page by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle Guard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
