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
        <source> on the sandbox organisation (--demo)</source>
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
        <source>--speed and --run-for only go with --demo.</source>
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
        <source>This build contains the enforcer (idleguard --headless --config FILE), its demo on the sandbox organisation (idleguard --demo --headless) and the policy checker (idleguard --check-policy FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live dashboard%1 arrives in the next milestone; see README.md.</source>
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
        <source>cannot be combined with %1: give the secret in the file or name the environment variable that holds it, not both</source>
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
        <source>cannot read %1: %2</source>
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
        <source>Not sent before the restart; sent on reconciliation.</source>
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
        <source>Instance %1 took this stage over while it waited.</source>
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
    <message>
        <source>summary: %1 tracked, %2 counting down, %3 in flight | %4 succeeded, %5 skipped, %6 failed, %7 found done, %8 left to another instance | feed %9</source>
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
    <message>
        <source>cannot read %1: %2</source>
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
</TS>
