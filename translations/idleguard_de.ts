<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AuditJournal</name>
    <message>
        <source>journal %1: %2</source>
        <translation>Journal %1: %2</translation>
    </message>
    <message>
        <source>journal %1 does not exist</source>
        <translation>Journal %1 existiert nicht</translation>
    </message>
    <message>
        <source>journal %1 is not a file</source>
        <translation>Journal %1 ist keine Datei</translation>
    </message>
    <message>
        <source>cannot create journal %1: directory %2 does not exist</source>
        <translation>Journal %1 kann nicht angelegt werden: Verzeichnis %2 existiert nicht</translation>
    </message>
    <message>
        <source>cannot open journal %1: %2</source>
        <translation>Journal %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>journal %1: cannot switch to WAL mode</source>
        <translation>Journal %1: WAL-Modus kann nicht eingeschaltet werden</translation>
    </message>
    <message>
        <source>journal %1 has schema version %2, newer than this build supports (%3); use a newer Idle Guard</source>
        <translation>Journal %1 hat die Schemaversion %2, neuer als diese Version unterstützt (%3); bitte ein neueres Idle Guard verwenden</translation>
    </message>
    <message>
        <source>the journal is not open</source>
        <translation>das Journal ist nicht geöffnet</translation>
    </message>
    <message>
        <source>journal %1: a result cannot be &quot;pending&quot;</source>
        <translation>Journal %1: ein Ergebnis kann nicht „pending“ sein</translation>
    </message>
    <message>
        <source>journal %1: no pending intent with id %2</source>
        <translation>Journal %1: keine offene Absicht mit der ID %2</translation>
    </message>
    <message>
        <source>cannot export journal %1: the output is not writable</source>
        <translation>Journal %1 kann nicht exportiert werden: die Ausgabe ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>cannot export journal %1: %2</source>
        <translation>Journal %1 kann nicht exportiert werden: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Idle Guard keeps Genesys Cloud message conversations moving: it warns customers who went silent, frees agents whose customer is gone and flags replies left waiting.</source>
        <translation>Idle Guard hält Nachrichten-Konversationen in Genesys Cloud in Gang: Es warnt Kunden, die verstummt sind, gibt Agenten frei, deren Kunde nicht mehr da ist, und markiert Antworten, die noch ausstehen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Validate the policy file FILE and print what it sets.</source>
        <translation>Die Richtliniendatei DATEI prüfen und ausgeben, was sie festlegt.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Run against the built-in sandbox organisation.</source>
        <translation>Mit der integrierten Sandbox-Organisation ausführen.</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Versuchen Sie es mit --help.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Export the audit journal as CSV to FILE.</source>
        <translation>Das Audit-Journal als CSV in DATEI exportieren.</translation>
    </message>
    <message>
        <source>The audit journal database DB (default: %1).</source>
        <translation>Die Datenbank DB des Audit-Journals (Standard: %1).</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>--journal only goes with --export-journal.</source>
        <translation>--journal gilt nur zusammen mit --export-journal.</translation>
    </message>
    <message>
        <source>Run the enforcer without a window (with --config FILE, or with --demo).</source>
        <translation>Den Enforcer ohne Fenster ausführen (mit --config DATEI oder mit --demo).</translation>
    </message>
    <message>
        <source>The headless enforcer&apos;s configuration FILE (docs/headless.md).</source>
        <translation>Die Konfigurationsdatei DATEI des Enforcers ohne Fenster (docs/headless.md).</translation>
    </message>
    <message>
        <source>--demo: run the sandbox&apos;s clock FACTOR times faster.</source>
        <translation>--demo: die Uhr der Sandbox FAKTOR-mal schneller laufen lassen.</translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation>FAKTOR</translation>
    </message>
    <message>
        <source>--demo: stop after SECONDS (default: until Ctrl+C).</source>
        <translation>--demo: nach SEKUNDEN anhalten (Standard: bis Strg+C).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>--config only goes with --headless.</source>
        <translation>--config gilt nur zusammen mit --headless.</translation>
    </message>
    <message>
        <source>--demo brings its own configuration; leave out --config.</source>
        <translation>--demo bringt eine eigene Konfiguration mit; lassen Sie --config weg.</translation>
    </message>
    <message>
        <source>--speed takes a factor from 0.1 to 100.</source>
        <translation>--speed erwartet einen Faktor von 0.1 bis 100.</translation>
    </message>
    <message>
        <source>--run-for takes a whole number of seconds, at least 1.</source>
        <translation>--run-for erwartet eine ganze Zahl von Sekunden, mindestens 1.</translation>
    </message>
    <message>
        <source>--headless needs --config FILE (or --demo).</source>
        <translation>--headless erfordert --config DATEI (oder --demo).</translation>
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
    <name>DemoCommand</name>
    <message>
        <source>The sandbox organisation did not start: %1</source>
        <translation>Die Sandbox-Organisation ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The demo policies are invalid.</source>
        <translation>Die Demo-Richtlinien sind ungültig.</translation>
    </message>
    <message>
        <source>Cannot create a folder for the demo&apos;s journal: %1</source>
        <translation>Für das Journal der Demo kann kein Ordner angelegt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Idle Guard demo: the enforcer against the sandbox organisation at %1 (%n queue(s), simulated customers and agents%2).</source>
        <translation>
            <numerusform>Idle-Guard-Demo: der Enforcer gegen die Sandbox-Organisation unter %1 (%n Warteschlange, simulierte Kunden und Agenten%2).</numerusform>
            <numerusform>Idle-Guard-Demo: der Enforcer gegen die Sandbox-Organisation unter %1 (%n Warteschlangen, simulierte Kunden und Agenten%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>, time x%1</source>
        <translation>, Zeit x%1</translation>
    </message>
    <message>
        <source>Demo policy: first warning after 45 s of customer silence, second after 90 s, closing message and disconnect after 120 s; an agent who leaves a customer waiting is flagged after 60 s.</source>
        <translation>Demo-Richtlinie: erste Warnung nach 45 s Schweigen des Kunden, zweite nach 90 s, Abschlussnachricht und Trennen nach 120 s; ein Agent, der einen Kunden warten lässt, wird nach 60 s markiert.</translation>
    </message>
    <message>
        <source>Each action is printed as it happens (+ms: how long after its deadline); Ctrl+C stops.</source>
        <translation>Jede Aktion wird ausgegeben, sobald sie geschieht (+ms: wie lange nach ihrer Frist); Strg+C beendet.</translation>
    </message>
    <message>
        <source>Journal of this demo: %1</source>
        <translation>Journal dieser Demo: %1</translation>
    </message>
    <message>
        <source>Export it: idleguard --export-journal actions.csv --journal %1</source>
        <translation>Exportieren: idleguard --export-journal actions.csv --journal %1</translation>
    </message>
</context>
<context>
    <name>DurationFormat</name>
    <message>
        <source>%1:%2 h</source>
        <translation>%1:%2 h</translation>
    </message>
</context>
<context>
    <name>HeadlessCommand</name>
    <message>
        <source>%1 is not a usable configuration:</source>
        <translation>%1 ist keine verwendbare Konfiguration:</translation>
    </message>
    <message>
        <source>Cannot create the folder of the journal %1.</source>
        <translation>Der Ordner des Journals %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>HeadlessConfig</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>unknown region or URL &quot;%1&quot; (expected a region such as eu_west_1, its domain such as mypurecloud.ie, or an https URL)</source>
        <translation>unbekannte Region oder URL &quot;%1&quot; (erwartet wird eine Region wie eu_west_1, ihre Domain wie mypurecloud.ie oder eine https-URL)</translation>
    </message>
    <message>
        <source>%1 (use https)</source>
        <translation>%1 (bitte https verwenden)</translation>
    </message>
    <message>
        <source>cannot be combined with %1: give the secret in the file or name the environment variable that holds it, not both</source>
        <translation>kann nicht mit %1 kombiniert werden: das Secret entweder in der Datei angeben oder die Umgebungsvariable nennen, die es enthält, nicht beides</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name (letters, digits and _, not starting with a digit)</source>
        <translation>&quot;%1&quot; ist kein Name einer Umgebungsvariablen (Buchstaben, Ziffern und _, nicht mit einer Ziffer am Anfang)</translation>
    </message>
    <message>
        <source>must be an array of queue ids</source>
        <translation>muss ein Array von Warteschlangen-IDs sein</translation>
    </message>
    <message>
        <source>must name at least one queue</source>
        <translation>muss mindestens eine Warteschlange nennen</translation>
    </message>
    <message>
        <source>duplicate queue id &quot;%1&quot;</source>
        <translation>doppelte Warteschlangen-ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot be combined with %1: give exactly one of them</source>
        <translation>kann nicht mit %1 kombiniert werden: genau eines von beiden angeben</translation>
    </message>
    <message>
        <source>is missing: give the policies inline or name a %1</source>
        <translation>fehlt: die Richtlinien direkt angeben oder %1 setzen</translation>
    </message>
    <message>
        <source>must be an object in the policy file format (docs/policy.md)</source>
        <translation>muss ein Objekt im Format der Richtliniendatei sein (docs/policy.md)</translation>
    </message>
    <message>
        <source>is missing and this system has no application data directory to put the journal in</source>
        <translation>fehlt, und dieses System hat kein Anwendungsdatenverzeichnis, in dem das Journal liegen könnte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an instance id (1 to %2 characters of A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>&quot;%1&quot; ist keine Instanz-ID (1 bis %2 Zeichen aus A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;)</translation>
    </message>
    <message>
        <source>must be a whole number of seconds from 0 to %1</source>
        <translation>muss eine ganze Zahl von Sekunden von 0 bis %1 sein</translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>unbekanntes Feld (erwartet wird eines von: %1)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>malformed JSON at %1: %2</source>
        <translation>fehlerhaftes JSON in %1: %2</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>das Dokument muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no client secret: the environment variable %1 is not set</source>
        <translation>kein Client-Secret: die Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>no client secret: the environment variable %1 is empty</source>
        <translation>kein Client-Secret: die Umgebungsvariable %1 ist leer</translation>
    </message>
</context>
<context>
    <name>IdleEngine</name>
    <message>
        <source>The conversation is not known.</source>
        <translation>Die Konversation ist nicht bekannt.</translation>
    </message>
    <message>
        <source>An override needs the supervisor&apos;s user id.</source>
        <translation>Ein manueller Eingriff erfordert die Benutzer-ID des Supervisors.</translation>
    </message>
    <message>
        <source>Snooze for 1 to %1 minutes.</source>
        <translation>Zurückstellen ist nur für 1 bis %1 Minuten möglich.</translation>
    </message>
    <message>
        <source>No agent is connected to this conversation.</source>
        <translation>Mit dieser Konversation ist kein Agent verbunden.</translation>
    </message>
    <message>
        <source>The policy of this queue has no warning message.</source>
        <translation>Die Richtlinie dieser Warteschlange enthält keine Warnnachricht.</translation>
    </message>
    <message>
        <source>The conversation has ended.</source>
        <translation type="unfinished">Die Konversation ist beendet.</translation>
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
</context>
<context>
    <name>IdleGuard::Enforcement::ActionExecutor</name>
    <message>
        <source>The audit journal refused the intent: %1</source>
        <translation>Das Audit-Journal hat die Absicht abgelehnt: %1</translation>
    </message>
    <message>
        <source>The conversation has ended.</source>
        <translation>Die Konversation ist beendet.</translation>
    </message>
    <message>
        <source>Could not read the conversation: %1</source>
        <translation>Die Konversation konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The agent participant has no message communication.</source>
        <translation>Der Agent als Teilnehmer hat keine Nachrichtenkommunikation.</translation>
    </message>
    <message>
        <source>The first answer was lost (%1); the message was found on the conversation.</source>
        <translation>Die erste Antwort ging verloren (%1); die Nachricht wurde in der Konversation gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Not sent after %n attempt(s): %1</source>
        <translation>
            <numerusform>Nach %n Versuch nicht gesendet: %1</numerusform>
            <numerusform>Nach %n Versuchen nicht gesendet: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation ended before the message went out.</source>
        <translation>Die Konversation endete, bevor die Nachricht gesendet wurde.</translation>
    </message>
    <message>
        <source>Closed by Idle Guard</source>
        <translation>Von Idle Guard geschlossen</translation>
    </message>
    <message>
        <source>The agent was disconnected, but the wrap-up code was not set: %1</source>
        <translation>Der Agent wurde getrennt, aber der Nachbearbeitungscode wurde nicht gesetzt: %1</translation>
    </message>
    <message>
        <source>Not done before the restart; done on reconciliation.</source>
        <translation>Vor dem Neustart nicht ausgeführt; beim Abgleich ausgeführt.</translation>
    </message>
    <message>
        <source>The participant had already left: %1</source>
        <translation>Der Teilnehmer hatte die Konversation bereits verlassen: %1</translation>
    </message>
    <message>
        <source>Could not check whether the message went out (it is not sent again): %1</source>
        <translation>Es konnte nicht geprüft werden, ob die Nachricht gesendet wurde (sie wird nicht erneut gesendet): %1</translation>
    </message>
    <message>
        <source>Interrupted by a restart; a notification is not repeated.</source>
        <translation>Durch einen Neustart unterbrochen; eine Benachrichtigung wird nicht wiederholt.</translation>
    </message>
    <message>
        <source>The stage is not yet recorded on the conversation: %1</source>
        <translation>Die Stufe ist noch nicht in der Konversation vermerkt: %1</translation>
    </message>
    <message>
        <source>Interrupted by a restart; what reached the conversation stands, the rest must be set again.</source>
        <translation>Durch einen Neustart unterbrochen; was das Gespräch erreicht hat, gilt, der Rest muss erneut gesetzt werden.</translation>
    </message>
    <message>
        <source>Not yet shared with other instances: %1</source>
        <translation>Noch nicht mit anderen Instanzen geteilt: %1</translation>
    </message>
    <message>
        <source>Not sent before the restart; the conversation was read again and the message sent on reconciliation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Enforcement::EnforcementWorker</name>
    <message>
        <source>The enforcer is not running.</source>
        <translation>Der Enforcer läuft nicht.</translation>
    </message>
    <message>
        <source>Observe-only mode: nothing was sent.</source>
        <translation>Modus „nur beobachten“: Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Enforcement::StageArbiter</name>
    <message>
        <source>The conversation has ended.</source>
        <translation type="unfinished">Die Konversation ist beendet.</translation>
    </message>
    <message>
        <source>Already done by another instance (%1 recorded at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 took this stage over while it waited.</source>
        <translation type="unfinished">Instanz %1 hat diese Stufe übernommen, während sie wartete.</translation>
    </message>
    <message>
        <source>Already done by another instance (%1 recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 claimed this stage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleGuard::Genesys::ClientCredentials</name>
    <message>
        <source>Cannot reach the login host %1: %2</source>
        <translation>Der Anmeldehost %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The login host sent no access token.</source>
        <translation>Der Anmeldehost hat kein Zugriffstoken gesendet.</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Genesys::PkceSignIn</name>
    <message numerus="yes">
        <source>The sign-in timed out: the browser did not come back within %n minute(s).</source>
        <translation>
            <numerusform>Zeitüberschreitung bei der Anmeldung: Der Browser hat sich nicht innerhalb von %n Minute zurückgemeldet.</numerusform>
            <numerusform>Zeitüberschreitung bei der Anmeldung: Der Browser hat sich nicht innerhalb von %n Minuten zurückgemeldet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sign-in timed out: the browser did not come back within %n second(s).</source>
        <translation>
            <numerusform>Zeitüberschreitung bei der Anmeldung: Der Browser hat sich nicht innerhalb von %n Sekunde zurückgemeldet.</numerusform>
            <numerusform>Zeitüberschreitung bei der Anmeldung: Der Browser hat sich nicht innerhalb von %n Sekunden zurückgemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no way to open a browser for the sign-in.</source>
        <translation>Es gibt keine Möglichkeit, für die Anmeldung einen Browser zu öffnen.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the sign-in answer.</source>
        <translation>Auf 127.0.0.1 kann nicht auf die Anmeldeantwort gewartet werden.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1 for the sign-in answer; is another program using it?</source>
        <translation>Auf 127.0.0.1, Port %1, kann nicht auf die Anmeldeantwort gewartet werden; verwendet ein anderes Programm diesen Port?</translation>
    </message>
    <message>
        <source>Cannot reach the login host %1: %2</source>
        <translation>Der Anmeldehost %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The sign-in page refused this client id or redirect URI: %1</source>
        <translation>Die Anmeldeseite hat diese Client-ID oder Weiterleitungs-URI abgelehnt: %1</translation>
    </message>
    <message>
        <source>The sign-in page is not available (HTTP status %1).</source>
        <translation>Die Anmeldeseite ist nicht verfügbar (HTTP-Status %1).</translation>
    </message>
    <message>
        <source>The browser could not be opened for the sign-in.</source>
        <translation>Der Browser konnte für die Anmeldung nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The sign-in was denied in the browser.</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in was denied in the browser: %1.</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The login host refused the sign-in: %1 (%2).</source>
        <translation>Der Anmeldehost hat die Anmeldung abgelehnt: %1 (%2).</translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to this sign-in (state mismatch); nothing was signed in. Please try again.</source>
        <translation>Die Anmeldeantwort gehört nicht zu dieser Anmeldung (state stimmt nicht überein); es wurde nichts angemeldet. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sign-in answer carried no authorization code.</source>
        <translation>Die Anmeldeantwort enthielt keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Genesys::Session</name>
    <message>
        <source>No way to sign in was configured.</source>
        <translation>Es wurde keine Anmeldemethode konfiguriert.</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Headless::HeadlessRunner</name>
    <message>
        <source>Cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Idle Guard enforcer %1: signing in to %2 as client %3; %n queue(s)</source>
        <translation>
            <numerusform>Idle-Guard-Enforcer %1: Anmeldung bei %2 als Client %3; %n Warteschlange</numerusform>
            <numerusform>Idle-Guard-Enforcer %1: Anmeldung bei %2 als Client %3; %n Warteschlangen</numerusform>
        </translation>
    </message>
    <message>
        <source>(observe only)</source>
        <translation>(nur beobachten)</translation>
    </message>
    <message>
        <source>Signed in; enforcing. Journal: %1</source>
        <translation>Angemeldet; Richtlinien werden durchgesetzt. Journal: %1</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>resynchronising</source>
        <translation>Neusynchronisierung</translation>
    </message>
    <message>
        <source>offline (%1)</source>
        <translation>offline (%1)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <source>  by %1</source>
        <translation>  durch %1</translation>
    </message>
    <message>
        <source>  (overdue before enforcing began)</source>
        <translation>  (schon vor Beginn der Durchsetzung überfällig)</translation>
    </message>
    <message>
        <source>summary: %1 tracked, %2 counting down, %3 in flight, %4 held for a fresh read | %5 succeeded, %6 skipped, %7 failed, %8 found done, %9 left to another instance, %10 dropped as stale | feed %11</source>
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
    <name>IdleGuard::Supervision::SupervisionController</name>
    <message>
        <source>Not signed in.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>%1 tracked · %2 done · %3 failed</source>
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
        <source>exempt from automatic actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observe-only: nothing automatic is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a due stage waits for a fresh read of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next stage is claimed by instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no timer until the agent has written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under way: %1</source>
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
</context>
<context>
    <name>IdleGuard::Ui::MainWindow</name>
    <message>
        <source>Idle Guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle Guard — demo on the sandbox organisation</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
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
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
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
        <translation type="unfinished">Anmeldung fehlgeschlagen: %1</translation>
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
    <message numerus="yes">
        <source>Send the closing message and disconnect the agent of %n conversation(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The customer can write again later to start a new conversation. This is written to the audit journal with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
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
    <message>
        <source>&amp;Snooze</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>JournalExportCommand</name>
    <message>
        <source>Cannot export the journal: %1</source>
        <translation>Das Journal kann nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 journal rows from %2 to %3.</source>
        <translation>%1 Journalzeilen aus %2 nach %3 exportiert.</translation>
    </message>
</context>
<context>
    <name>OAuthError</name>
    <message>
        <source>The login host does not accept this OAuth client (%1). Check the client id and secret.</source>
        <translation>Der Anmeldehost akzeptiert diesen OAuth-Client nicht (%1). Bitte prüfen Sie Client-ID und Secret.</translation>
    </message>
    <message>
        <source>The sign-in could not be completed: %1. Please sign in again.</source>
        <translation>Die Anmeldung konnte nicht abgeschlossen werden: %1. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This OAuth client may not use this kind of sign-in (%1).</source>
        <translation>Dieser OAuth-Client darf diese Art der Anmeldung nicht verwenden (%1).</translation>
    </message>
    <message>
        <source>The login host refused the request: %1 (%2).</source>
        <translation>Der Anmeldehost hat die Anfrage abgelehnt: %1 (%2).</translation>
    </message>
    <message>
        <source>The login host answered with HTTP status %1.</source>
        <translation>Der Anmeldehost hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>&quot;%1&quot; is not a language tag (expected e.g. &quot;en&quot; or &quot;pt-BR&quot;)</source>
        <translation>&quot;%1&quot; ist kein Sprachcode (erwartet wird z. B. &quot;en&quot; oder &quot;pt-BR&quot;)</translation>
    </message>
    <message>
        <source>must not be negative (got %1 s)</source>
        <translation>darf nicht negativ sein (angegeben: %1 s)</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>muss größer als null sein</translation>
    </message>
    <message>
        <source>must be at least %1 s (got %2 s)</source>
        <translation>muss mindestens %1 s betragen (angegeben: %2 s)</translation>
    </message>
    <message>
        <source>must be at most 8 h (%1 s) (got %2 s)</source>
        <translation>darf höchstens 8 h (%1 s) betragen (angegeben: %2 s)</translation>
    </message>
    <message>
        <source>must be greater than %1.afterSeconds (%2 s)</source>
        <translation>muss größer als %1.afterSeconds (%2 s) sein</translation>
    </message>
    <message>
        <source>is required when the stage is enabled</source>
        <translation>ist erforderlich, wenn die Stufe aktiviert ist</translation>
    </message>
    <message>
        <source>has no text for the default language &quot;%1&quot;</source>
        <translation>enthält keinen Text für die Standardsprache &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language tag</source>
        <translation>&quot;%1&quot; ist kein Sprachcode</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is %1 characters long; the platform accepts at most %2</source>
        <translation>ist %1 Zeichen lang; die Plattform akzeptiert höchstens %2</translation>
    </message>
</context>
<context>
    <name>PolicyCheckCommand</name>
    <message>
        <source>%1; warn %2, warn again %3, close %4 (%5 scope); flag agent %6, escalate %7</source>
        <translation>%1; Warnung %2, erneute Warnung %3, Schließen %4 (Bereich %5); Agent markieren %6, Eskalation %7</translation>
    </message>
    <message numerus="yes">
        <source>%1: invalid policy, %n error(s):</source>
        <translation>
            <numerusform>%1: ungültige Richtlinie, %n Fehler:</numerusform>
            <numerusform>%1: ungültige Richtlinie, %n Fehler:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid policy (format version %2)</source>
        <translation>%1: gültige Richtlinie (Formatversion %2)</translation>
    </message>
</context>
<context>
    <name>PolicyParser</name>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>unbekanntes Feld (erwartet wird eines von: %1)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a string or an object of language tag to text</source>
        <translation>muss eine Zeichenkette oder ein Objekt sein, das Sprachcodes auf Texte abbildet</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>is required when the stage is enabled</source>
        <translation>ist erforderlich, wenn die Stufe aktiviert ist</translation>
    </message>
    <message>
        <source>must be a number of seconds</source>
        <translation>muss eine Anzahl von Sekunden sein</translation>
    </message>
    <message>
        <source>must be a whole number of seconds (got %1)</source>
        <translation>muss eine ganze Zahl von Sekunden sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected turn-aware, any-activity or customer-only)</source>
        <translation>unbekannter Wert &quot;%1&quot; (erwartet wird turn-aware, any-activity oder customer-only)</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected agent or conversation)</source>
        <translation>unbekannter Wert &quot;%1&quot; (erwartet wird agent oder conversation)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>malformed JSON at %1: %2</source>
        <translation>fehlerhaftes JSON in %1: %2</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>das Dokument muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>is missing (this build reads version %1)</source>
        <translation>fehlt (dieser Build liest Version %1)</translation>
    </message>
    <message>
        <source>unsupported version %1 (this build reads version %2)</source>
        <translation>nicht unterstützte Version %1 (dieser Build liest Version %2)</translation>
    </message>
    <message>
        <source>unknown field (expected one of: version, default, queues)</source>
        <translation>unbekanntes Feld (erwartet wird eines von: version, default, queues)</translation>
    </message>
    <message>
        <source>is missing: the default policy covers every queue without its own</source>
        <translation>fehlt: Die Standardrichtlinie gilt für jede Warteschlange ohne eigene Richtlinie</translation>
    </message>
    <message>
        <source>must be an object of queue id to policy</source>
        <translation>muss ein Objekt sein, das Warteschlangen-IDs auf Richtlinien abbildet</translation>
    </message>
    <message>
        <source>the queue id must not be empty</source>
        <translation>die Warteschlangen-ID darf nicht leer sein</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>unclosed &quot;{&quot; at position %1</source>
        <translation>nicht geschlossenes &quot;{&quot; an Position %1</translation>
    </message>
    <message>
        <source>stray &quot;}&quot; at position %1</source>
        <translation>überzähliges &quot;}&quot; an Position %1</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} (known: %2)</source>
        <translation>unbekannter Platzhalter {%1} (bekannt: %2)</translation>
    </message>
</context>
<context>
    <name>WindowCommand</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
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
