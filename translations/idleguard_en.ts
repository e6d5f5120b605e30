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
        <source>This build contains the idle policy engine and the policy checker (idleguard --check-policy FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live dashboard%1 arrives with the Genesys Cloud connection; see README.md. The sandbox organisation already runs on its own: idleguard-sandbox --help.</source>
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
</context>
<context>
    <name>DurationFormat</name>
    <message>
        <source>%1:%2 h</source>
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
