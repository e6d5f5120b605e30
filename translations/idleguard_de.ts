<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AuditJournal</name>
    <message>
        <source>journal %1: %2</source>
        <translation>Protokoll %1: %2</translation>
    </message>
    <message>
        <source>journal %1 does not exist</source>
        <translation>Protokoll %1 existiert nicht</translation>
    </message>
    <message>
        <source>journal %1 is not a file</source>
        <translation>Protokoll %1 ist keine Datei</translation>
    </message>
    <message>
        <source>cannot create journal %1: directory %2 does not exist</source>
        <translation>Protokoll %1 kann nicht angelegt werden: Verzeichnis %2 existiert nicht</translation>
    </message>
    <message>
        <source>cannot open journal %1: %2</source>
        <translation>Protokoll %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>journal %1: cannot switch to WAL mode</source>
        <translation>Protokoll %1: WAL-Modus kann nicht eingeschaltet werden</translation>
    </message>
    <message>
        <source>journal %1 has schema version %2, newer than this build supports (%3); use a newer Idle Guard</source>
        <translation>Protokoll %1 hat die Schemaversion %2, neuer als diese Version unterstützt (%3); bitte ein neueres Idle Guard verwenden</translation>
    </message>
    <message>
        <source>the journal is not open</source>
        <translation>das Protokoll ist nicht geöffnet</translation>
    </message>
    <message>
        <source>journal %1: a result cannot be &quot;pending&quot;</source>
        <translation>Protokoll %1: ein Ergebnis kann nicht „pending“ sein</translation>
    </message>
    <message>
        <source>journal %1: no pending intent with id %2</source>
        <translation>Protokoll %1: keine offene Absicht mit der ID %2</translation>
    </message>
    <message>
        <source>cannot export journal %1: the output is not writable</source>
        <translation>Protokoll %1 kann nicht exportiert werden: die Ausgabe ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>cannot export journal %1: %2</source>
        <translation>Protokoll %1 kann nicht exportiert werden: %2</translation>
    </message>
    <message>
        <source>journal %1: counting per time needs a time range and a bucket size</source>
        <translation>Protokoll %1: Zählen pro Zeitabschnitt erfordert einen Zeitraum und eine Intervallgröße</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Idle Guard keeps Genesys Cloud message conversations moving: it warns customers who went silent, frees agents whose customer is gone and flags replies left waiting.</source>
        <translation>Idle Guard hält Nachrichten-Gespräche in Genesys Cloud in Gang: Es warnt Kunden, die verstummt sind, gibt Agenten frei, deren Kunde nicht mehr da ist, und markiert Antworten, die noch ausstehen.</translation>
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
        <translation>Das Audit-Protokoll als CSV in DATEI exportieren.</translation>
    </message>
    <message>
        <source>The audit journal database DB (default: %1).</source>
        <translation>Die Datenbank DB des Audit-Protokolls (Standard: %1).</translation>
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
        <translation>Die Durchsetzung ohne Fenster ausführen (mit --config DATEI oder mit --demo).</translation>
    </message>
    <message>
        <source>The headless enforcer&apos;s configuration FILE (docs/headless.md).</source>
        <translation>Die Konfigurationsdatei DATEI der Durchsetzung ohne Fenster (docs/headless.md).</translation>
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
        <translation>--demo: nach einer Weile Bilder des Fensters in ORDNER speichern, dann beenden (für die Dokumentation).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>--speed, --run-for and --screenshots only go with --demo.</source>
        <translation>--speed, --run-for und --screenshots gelten nur zusammen mit --demo.</translation>
    </message>
    <message>
        <source>--screenshots needs the window; leave out --headless.</source>
        <translation>--screenshots erfordert das Fenster; lassen Sie --headless weg.</translation>
    </message>
    <message>
        <source>This build of Idle Guard has no window; use --headless.</source>
        <translation>Diese Idle-Guard-Version hat kein Fenster; verwenden Sie --headless.</translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
    <message>
        <source>a directory</source>
        <translation>ein Verzeichnis</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>eine Spezialdatei</translation>
    </message>
    <message>
        <source>cannot read %1: it is %2, not a regular file</source>
        <translation>%1 kann nicht gelesen werden: es ist %2, keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot read %1: it is larger than %2, the most read from such a file</source>
        <translation>%1 kann nicht gelesen werden: die Datei ist größer als %2, das Höchste, was aus einer solchen Datei gelesen wird</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ConversationRowText</name>
    <message>
        <source>Warning 1</source>
        <translation>Warnung 1</translation>
    </message>
    <message>
        <source>Warning 2</source>
        <translation>Warnung 2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Agent flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>done (found after a restart)</source>
        <translation>erledigt (nach Neustart festgestellt)</translation>
    </message>
    <message>
        <source>Web messaging</source>
        <translation>Web-Messaging</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation>X (Twitter)</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Apple Messages</source>
        <translation>Apple Messages</translation>
    </message>
    <message>
        <source>Open messaging</source>
        <translation>Open Messaging</translation>
    </message>
    <message>
        <source>Waiting in queue</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Either</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Waiting in queue since %1</source>
        <translation>In Warteschlange seit %1</translation>
    </message>
    <message>
        <source>Silent since %1</source>
        <translation>Still seit %1</translation>
    </message>
    <message>
        <source>No idle timer runs</source>
        <translation>Kein Inaktivitätstimer aktiv</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>%1 due</source>
        <comment>next stage due now</comment>
        <translation>%1 fällig</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>next stage in remaining time</comment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>No stage is scheduled</source>
        <translation>Keine Stufe geplant</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <comment>stage done</comment>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>%1 …</source>
        <comment>stage under way</comment>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>No stage reached</source>
        <translation>Keine Stufe erreicht</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>stage, outcome</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No stage reached in this idle period</source>
        <translation>In dieser Inaktivitätsphase keine Stufe erreicht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>outcome at time</comment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>outcome (reason)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>ausgenommen</translation>
    </message>
    <message>
        <source>observe only</source>
        <translation>nur beobachten</translation>
    </message>
    <message>
        <source>claimed by %1</source>
        <translation>übernommen von %1</translation>
    </message>
    <message>
        <source>held for a fresh read</source>
        <translation>wartet auf neue Daten</translation>
    </message>
    <message>
        <source>agent flagged</source>
        <translation>Agent markiert</translation>
    </message>
    <message>
        <source>pending: %1</source>
        <translation>ausstehend: %1</translation>
    </message>
</context>
<context>
    <name>DashboardSettings</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
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
        <translation>Für das Protokoll der Demo kann kein Ordner angelegt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Idle Guard demo: the enforcer against the sandbox organisation at %1 (%n queue(s), simulated customers and agents%2).</source>
        <translation>
            <numerusform>Idle-Guard-Demo: die Durchsetzung gegen die Sandbox-Organisation unter %1 (%n Warteschlange, simulierte Kunden und Agenten%2).</numerusform>
            <numerusform>Idle-Guard-Demo: die Durchsetzung gegen die Sandbox-Organisation unter %1 (%n Warteschlangen, simulierte Kunden und Agenten%2).</numerusform>
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
        <translation>Protokoll dieser Demo: %1</translation>
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
    <message>
        <source>Enter a time, for example &quot;45 s&quot;, &quot;2 min&quot; or &quot;1:30&quot;.</source>
        <translation>Geben Sie eine Zeit ein, zum Beispiel „45 s“, „2 min“ oder „1:30“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; write for example &quot;45 s&quot;, &quot;2 min&quot;, &quot;1 h 30 min&quot; or &quot;2:30&quot;.</source>
        <translation>„%1“ ist keine Zeitangabe; schreiben Sie zum Beispiel „45 s“, „2 min“, „1 h 30 min“ oder „2:30“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of seconds.</source>
        <translation>„%1“ ist keine ganze Zahl von Sekunden.</translation>
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
        <translation>Der Ordner des Protokolls %1 kann nicht angelegt werden.</translation>
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
        <translation>fehlt, und dieses System hat kein Anwendungsdatenverzeichnis, in dem das Protokoll liegen könnte</translation>
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
        <source>no client secret: the environment variable %1 is not set</source>
        <translation>kein Client-Secret: die Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>no client secret: the environment variable %1 is empty</source>
        <translation>kein Client-Secret: die Umgebungsvariable %1 ist leer</translation>
    </message>
    <message>
        <source>cannot be combined with %1: give the secret in the file, in a file of its own or name the environment variable that holds it, only one of them</source>
        <translation>kann nicht mit %1 kombiniert werden: geben Sie das Secret in der Datei, in einer eigenen Datei oder über den Namen der Umgebungsvariablen an, die es enthält, nur auf eine dieser Arten</translation>
    </message>
    <message>
        <source>is only allowed with a sandbox organisation on a loopback environment (http://127.0.0.1:&lt;port&gt;)</source>
        <translation>ist nur mit einer Sandbox-Organisation in einer Loopback-Umgebung erlaubt (http://127.0.0.1:&lt;port&gt;)</translation>
    </message>
    <message>
        <source>must be {&quot;speed&quot;: 1 to %1, &quot;nowMs&quot;: the sandbox&apos;s clock at &quot;atWallMs&quot;: the wall clock, both in whole ms since 1970}</source>
        <translation>muss {&quot;speed&quot;: 1 bis %1, &quot;nowMs&quot;: die Uhr der Sandbox zur Zeit &quot;atWallMs&quot;: der Systemuhr, beide in ganzen ms seit 1970} sein</translation>
    </message>
    <message>
        <source>no client secret: %1</source>
        <translation>kein Client-Secret: %1</translation>
    </message>
    <message>
        <source>no client secret: the file %1 is empty</source>
        <translation>kein Client-Secret: die Datei %1 ist leer</translation>
    </message>
    <message>
        <source>must be &quot;own&quot; or &quot;shared&quot;</source>
        <translation>muss &quot;own&quot; oder &quot;shared&quot; sein</translation>
    </message>
</context>
<context>
    <name>IdleEngine</name>
    <message>
        <source>The conversation is not known.</source>
        <translation>Das Gespräch ist nicht bekannt.</translation>
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
        <translation>Mit diesem Gespräch ist kein Agent verbunden.</translation>
    </message>
    <message>
        <source>The policy of this queue has no warning message.</source>
        <translation>Die Richtlinie dieser Warteschlange enthält keine Warnnachricht.</translation>
    </message>
    <message>
        <source>The conversation has ended.</source>
        <translation>Das Gespräch ist beendet.</translation>
    </message>
    <message>
        <source>No agent is connected any more.</source>
        <translation>Es ist kein Agent mehr verbunden.</translation>
    </message>
    <message>
        <source>Another agent has the conversation now.</source>
        <translation>Ein anderer Agent hat das Gespräch jetzt übernommen.</translation>
    </message>
    <message>
        <source>The customer wrote at %1, after the idle period began.</source>
        <translation>Der Kunde hat um %1 geschrieben, nach Beginn der Inaktivitätsphase.</translation>
    </message>
    <message>
        <source>The customer no longer owes the reply.</source>
        <translation>Der Kunde ist nicht mehr am Zug.</translation>
    </message>
    <message>
        <source>The agent wrote at %1, after the idle period began.</source>
        <translation>Der Agent hat um %1 geschrieben, nach Beginn der Inaktivitätsphase.</translation>
    </message>
    <message>
        <source>A supervisor reset the timers at %1.</source>
        <translation>Ein Supervisor hat die Timer um %1 zurückgesetzt.</translation>
    </message>
    <message>
        <source>The idle period it belonged to is over.</source>
        <translation>Die zugehörige Inaktivitätsphase ist vorbei.</translation>
    </message>
    <message>
        <source>A supervisor exempted the conversation.</source>
        <translation>Ein Supervisor hat das Gespräch ausgenommen.</translation>
    </message>
    <message>
        <source>The agent has not written yet.</source>
        <translation>Der Agent hat noch nicht geschrieben.</translation>
    </message>
    <message>
        <source>The policy in force no longer has this stage.</source>
        <translation>Die geltende Richtlinie enthält diese Stufe nicht mehr.</translation>
    </message>
    <message>
        <source>Not due any more: the countdown was snoozed or the threshold raised.</source>
        <translation>Nicht mehr fällig: Der Countdown wurde zurückgestellt oder der Schwellenwert erhöht.</translation>
    </message>
    <message>
        <source>A later stage of this idle period (%1) was already handed out.</source>
        <translation>Eine spätere Stufe dieser Inaktivitätsphase (%1) wurde bereits ausgegeben.</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Enforcement::ActionExecutor</name>
    <message>
        <source>The audit journal refused the intent: %1</source>
        <translation>Das Audit-Protokoll hat die Absicht abgelehnt: %1</translation>
    </message>
    <message>
        <source>The conversation has ended.</source>
        <translation>Das Gespräch ist beendet.</translation>
    </message>
    <message>
        <source>Could not read the conversation: %1</source>
        <translation>Das Gespräch konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The agent participant has no message communication.</source>
        <translation>Der Agent als Teilnehmer hat keine Nachrichtenkommunikation.</translation>
    </message>
    <message>
        <source>The first answer was lost (%1); the message was found on the conversation.</source>
        <translation>Die erste Antwort ging verloren (%1); die Nachricht wurde im Gespräch gefunden.</translation>
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
        <translation>Das Gespräch endete, bevor die Nachricht gesendet wurde.</translation>
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
        <translation>Der Teilnehmer hatte das Gespräch bereits verlassen: %1</translation>
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
        <translation>Die Stufe ist noch nicht im Gespräch vermerkt: %1</translation>
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
        <translation>Vor dem Neustart nicht gesendet; das Gespräch wurde erneut gelesen und die Nachricht beim Abgleich gesendet.</translation>
    </message>
    <message>
        <source>The stage&apos;s first action was not carried out, so neither is this one.</source>
        <translation>Die erste Aktion der Stufe wurde nicht ausgeführt, daher auch diese nicht.</translation>
    </message>
    <message>
        <source>The closing message went out before the restart; the disconnect was done on reconciliation.</source>
        <translation>Die Abschlussnachricht ging vor dem Neustart hinaus; die Trennung wurde beim Abgleich nachgeholt.</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Enforcement::EnforcementWorker</name>
    <message>
        <source>The enforcer is not running.</source>
        <translation>Die Durchsetzung läuft nicht.</translation>
    </message>
    <message>
        <source>Observe-only mode: nothing was sent.</source>
        <translation>Modus „Nur beobachten“: Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Enforcement::StageArbiter</name>
    <message>
        <source>The conversation has ended.</source>
        <translation>Das Gespräch ist beendet.</translation>
    </message>
    <message>
        <source>Instance %1 took this stage over while it waited.</source>
        <translation>Instanz %1 hat diese Stufe übernommen, während sie wartete.</translation>
    </message>
    <message>
        <source>Instance %1 claimed this stage.</source>
        <translation>Instanz %1 hat diese Stufe übernommen.</translation>
    </message>
    <message>
        <source>Already done (%1 recorded at %2), by another instance or before a restart.</source>
        <translation>Bereits erledigt (%1 vermerkt um %2), von einer anderen Instanz oder vor einem Neustart.</translation>
    </message>
    <message>
        <source>Held back by the rate limit or a retry; decided again on a fresh read.</source>
        <translation>Durch das Ratenlimit oder eine Wiederholung zurückgehalten; wird nach erneutem Lesen neu entschieden.</translation>
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
    <message>
        <source>The login host answered the code exchange with HTTP status %1 instead of a token.</source>
        <translation>Der Anmeldeserver hat den Code-Austausch mit HTTP-Status %1 statt mit einem Token beantwortet.</translation>
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
            <numerusform>Idle-Guard-Durchsetzung %1: Anmeldung bei %2 als Client %3; %n Warteschlange</numerusform>
            <numerusform>Idle-Guard-Durchsetzung %1: Anmeldung bei %2 als Client %3; %n Warteschlangen</numerusform>
        </translation>
    </message>
    <message>
        <source>(observe only)</source>
        <translation>(nur beobachten)</translation>
    </message>
    <message>
        <source>Signed in; enforcing. Journal: %1</source>
        <translation>Angemeldet; Richtlinien werden durchgesetzt. Protokoll: %1</translation>
    </message>
    <message>
        <source>live</source>
        <translation>verbunden</translation>
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
    <message numerus="yes">
        <source>Mirror at stop: %n conversation(s)</source>
        <translation>
            <numerusform>Spiegel beim Beenden: %n Gespräch</numerusform>
            <numerusform>Spiegel beim Beenden: %n Gespräche</numerusform>
        </translation>
    </message>
    <message>
        <source> (oldest %1 s late)</source>
        <translation> (ältestes %1 s verspätet)</translation>
    </message>
    <message>
        <source>summary: %1 tracked, %2 counting down, %3 in flight, %4 held for a fresh read, %5 waiting for the rate limit%6 | %7 succeeded, %8 skipped, %9 failed, %10 found done, %11 left to another instance, %12 dropped as stale | feed %13</source>
        <translation>Übersicht: %1 verfolgt, %2 im Countdown, %3 unterwegs, %4 warten auf neues Lesen, %5 warten auf das Ratenlimit%6 | %7 erfolgreich, %8 übersprungen, %9 fehlgeschlagen, %10 bereits erledigt, %11 einer anderen Instanz überlassen, %12 als veraltet verworfen | Feed %13</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Sandbox::SandboxBrowser</name>
    <message>
        <source>The sign-in page did not open: %1</source>
        <translation>Die Anmeldeseite wurde nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>The sign-in page did not send the browser back to the app.</source>
        <translation>Die Anmeldeseite hat den Browser nicht zur App zurückgeleitet.</translation>
    </message>
    <message>
        <source>The app&apos;s sign-in page answered HTTP %1.</source>
        <translation>Die Anmeldeseite der App hat mit HTTP %1 geantwortet.</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Supervision::AlertCenter</name>
    <message>
        <source>Idle Guard could not act</source>
        <translation>Idle Guard konnte nicht handeln</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>A customer is waiting for a reply</source>
        <translation>Ein Kunde wartet auf eine Antwort</translation>
    </message>
    <message>
        <source>A customer is still waiting for a reply</source>
        <translation>Ein Kunde wartet noch immer auf eine Antwort</translation>
    </message>
    <message>
        <source>%1 is waiting for a reply from %2 (%3).</source>
        <translation>%1 wartet auf eine Antwort von %2 (%3).</translation>
    </message>
    <message>
        <source>%1 has waited %2 for a reply from %3 (%4).</source>
        <translation>%1 wartet seit %2 auf eine Antwort von %3 (%4).</translation>
    </message>
    <message>
        <source>Warning %1</source>
        <translation>Die Warnung an %1</translation>
    </message>
    <message>
        <source>The closing message to %1</source>
        <translation>Die Abschlussnachricht an %1</translation>
    </message>
    <message>
        <source>Freeing the agent of %1</source>
        <translation>Das Freigeben des Agenten von %1</translation>
    </message>
    <message>
        <source>An action on the conversation with %1</source>
        <translation>Eine Aktion im Gespräch mit %1</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Ein Kunde</translation>
    </message>
    <message>
        <source>the agent</source>
        <translation>dem Agenten</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Supervision::AuditReader</name>
    <message>
        <source>The audit journal cannot be read: %1</source>
        <translation>Das Audit-Protokoll kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Supervision::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Message or reason</source>
        <translation>Nachricht oder Grund</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Decided %1</source>
        <translation>Entschieden: %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig: %1</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <source>Result %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>The idle policy acted on its own.</source>
        <translation>Die Inaktivitätsrichtlinie hat selbstständig gehandelt.</translation>
    </message>
    <message>
        <source>Warning 2</source>
        <translation>Warnung 2</translation>
    </message>
    <message>
        <source>Warning 1</source>
        <translation>Warnung 1</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Closing message</source>
        <translation>Abschlussnachricht</translation>
    </message>
    <message>
        <source>Disconnect (conversation)</source>
        <translation>Trennen (Gespräch)</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Agent flagged</source>
        <translation>Agent markiert</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Zurückstellen %n min</numerusform>
            <numerusform>Zurückstellen %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Ausnehmen</translation>
    </message>
    <message>
        <source>Included again</source>
        <translation>Wieder einbezogen</translation>
    </message>
    <message>
        <source>Timers reset</source>
        <translation>Timer zurückgesetzt</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Done (found after a restart)</source>
        <translation>Erledigt (nach Neustart festgestellt)</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Instance %1</source>
        <translation>Instanz %1</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Supervision::JournalExporter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Supervision::SupervisionController</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>The policy in force could not be saved to %1: %2</source>
        <translation>Die geltende Richtlinie konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::ActivityChart</name>
    <message>
        <source>Warnings and closes per hour</source>
        <translation>Warnungen und Abschlüsse pro Stunde</translation>
    </message>
    <message>
        <source>Warnings and closes per hour, last 24 hours</source>
        <translation>Warnungen und Abschlüsse pro Stunde, letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Abschlüsse</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::AlertBar</name>
    <message>
        <source>Show conversation</source>
        <translation>Gespräch anzeigen</translation>
    </message>
    <message>
        <source>Dismiss the alerts</source>
        <translation>Meldungen schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::AlertNotifier</name>
    <message>
        <source>Idle Guard</source>
        <translation>Idle Guard</translation>
    </message>
    <message>
        <source>Show Idle Guard</source>
        <translation>Idle Guard anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n neue Meldung</numerusform>
            <numerusform>%n neue Meldungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::AlertPresenter</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::AuditFilterBar</name>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Von … bis …</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Alle Warteschlangen</translation>
    </message>
    <message>
        <source>Conversation id</source>
        <translation>Gesprächs-ID</translation>
    </message>
    <message>
        <source>Conversation id, or how it starts</source>
        <translation>Gesprächs-ID oder ihr Anfang</translation>
    </message>
    <message>
        <source>Who acted</source>
        <translation>Wer gehandelt hat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed or skipped</source>
        <translation>Fehlgeschlagen oder übersprungen</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Closing messages</source>
        <translation>Abschlussnachrichten</translation>
    </message>
    <message>
        <source>Disconnects</source>
        <translation>Trennungen</translation>
    </message>
    <message>
        <source>Agent flags</source>
        <translation>Agent-Markierungen</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Manuelle Eingriffe</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the actions this filter shows as a CSV file</source>
        <translation>Die Aktionen, die dieser Filter zeigt, als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Jeder</translation>
    </message>
    <message>
        <source>The policy</source>
        <translation>Die Richtlinie</translation>
    </message>
    <message>
        <source>Any supervisor</source>
        <translation>Jeder Supervisor</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::AuditPanel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::AuditView</name>
    <message>
        <source>Audit journal</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>The audit journal opens once the enforcer has started.</source>
        <translation>Das Audit-Protokoll wird geöffnet, sobald die Durchsetzung gestartet ist.</translation>
    </message>
    <message>
        <source>Export the audit journal</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The audit journal is not open yet.</source>
        <translation>Das Audit-Protokoll ist noch nicht geöffnet.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Actions: %1 of %2 read, newest first; scroll for more.</source>
        <translation>Aktionen: %1 von %2 gelesen, neueste zuerst; für mehr scrollen.</translation>
    </message>
    <message>
        <source>Actions: %1, newest first.</source>
        <translation>Aktionen: %1, neueste zuerst.</translation>
    </message>
    <message>
        <source>Exported to %1 (actions: %2).</source>
        <translation>Nach %1 exportiert (Aktionen: %2).</translation>
    </message>
    <message>
        <source>An export is under way; wait for it to finish.</source>
        <translation>Ein Export läuft; bitte warten Sie, bis er fertig ist.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::ConnectionIndicator</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Enforcement mode</source>
        <translation>Durchsetzungsmodus</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <source>Offline: sign-in failed (%1)</source>
        <translation>Offline: Anmeldung fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Offline: sign-in needed</source>
        <translation>Offline: Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindungsaufbau…</translation>
    </message>
    <message>
        <source>Resynchronising after a gap…</source>
        <translation>Neusynchronisierung nach einer Lücke…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <source>heartbeat %1 s ago</source>
        <translation>Lebenszeichen vor %1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) left this minute</source>
        <translation>
            <numerusform>noch %n Anfrage in dieser Minute</numerusform>
            <numerusform>noch %n Anfragen in dieser Minute</numerusform>
        </translation>
    </message>
    <message>
        <source>Observe-only</source>
        <translation>Nur beobachten</translation>
    </message>
    <message>
        <source>Enforcing</source>
        <translation>Durchsetzen</translation>
    </message>
    <message>
        <source>instance %1, claims stages</source>
        <translation>Instanz %1, übernimmt Stufen</translation>
    </message>
    <message>
        <source>instance %1, single instance</source>
        <translation>Instanz %1, einzige Instanz</translation>
    </message>
    <message>
        <source> · %1 held for a fresh read</source>
        <translation> · %1 warten auf neue Daten</translation>
    </message>
    <message>
        <source> · %1 dropped as stale</source>
        <translation> · %1 als veraltet verworfen</translation>
    </message>
    <message>
        <source>%1 done · %2 failed since start</source>
        <translation>%1 erledigt · %2 fehlgeschlagen seit Start</translation>
    </message>
    <message>
        <source> · %1 waiting for the rate limit, the oldest %2 s late</source>
        <translation> · %1 warten auf das Ratenlimit, die älteste %2 s verspätet</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::ConversationTableModel</name>
    <message>
        <source>Queue %1</source>
        <translation>Warteschlange %1</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Gespräch %1</translation>
    </message>
    <message>
        <source>Conversation %1, language %2</source>
        <translation>Gespräch %1, Sprache %2</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Owes reply</source>
        <translation>Am Zug</translation>
    </message>
    <message>
        <source>Idle for</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Letzte Stufe</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachr.</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>The queue the conversation came through</source>
        <translation>Die Warteschlange, über die das Gespräch kam</translation>
    </message>
    <message>
        <source>The customer&apos;s name</source>
        <translation>Der Name des Kunden</translation>
    </message>
    <message>
        <source>The connected agent</source>
        <translation>Der verbundene Agent</translation>
    </message>
    <message>
        <source>The messaging channel</source>
        <translation>Der Nachrichtenkanal</translation>
    </message>
    <message>
        <source>Who owes the next reply</source>
        <translation>Wer als Nächstes antworten muss</translation>
    </message>
    <message>
        <source>How long the conversation has been silent (or waiting in the queue)</source>
        <translation>Wie lange das Gespräch schon still ist (oder in der Warteschlange wartet)</translation>
    </message>
    <message>
        <source>The next stage and the time left until it</source>
        <translation>Die nächste Stufe und die Zeit bis dahin</translation>
    </message>
    <message>
        <source>The last stage carried out in this silence, and how it went</source>
        <translation>Die zuletzt ausgeführte Stufe in dieser Stille und ihr Ergebnis</translation>
    </message>
    <message>
        <source>Time since the conversation started</source>
        <translation>Zeit seit Beginn des Gesprächs</translation>
    </message>
    <message>
        <source>Messages in the conversation</source>
        <translation>Nachrichten im Gespräch</translation>
    </message>
    <message>
        <source>Snoozes, exemptions, claims and actions under way</source>
        <translation>Zurückstellungen, Ausnahmen, Übernahmen und laufende Aktionen</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::DashboardPage</name>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>S&amp;palten</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Alle Gespräche</translation>
    </message>
    <message>
        <source>Customer owes a reply</source>
        <translation>Kunde am Zug</translation>
    </message>
    <message>
        <source>Agent owes a reply</source>
        <translation>Agent am Zug</translation>
    </message>
    <message>
        <source>Waiting in queue</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Search customer, agent, queue, id</source>
        <translation>Kunde, Agent, Warteschlange, ID suchen</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Gespräche durchsuchen</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::DetailsPane</name>
    <message>
        <source>Conversation details</source>
        <translation>Gesprächsdetails</translation>
    </message>
    <message>
        <source>&lt;b&gt;No conversation selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kein Gespräch ausgewählt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a conversation in the table to see its messages, the stages carried out and where its next deadline comes from.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie ein Gespräch in der Tabelle, um seine Nachrichten, die ausgeführten Stufen und die Herkunft der nächsten Frist zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loading the messages…</source>
        <translation>Nachrichten werden geladen…</translation>
    </message>
    <message>
        <source>The messages could not be read: %1</source>
        <translation>Die Nachrichten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; with %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; mit %2 · %3</translation>
    </message>
    <message>
        <source>no agent</source>
        <translation>keinem Agenten</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Waiting in queue</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Owes the reply</source>
        <translation>Am Zug</translation>
    </message>
    <message>
        <source>Silent for</source>
        <translation>Still seit</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>no timer until the agent has written</source>
        <translation>kein Timer, bis der Agent geschrieben hat</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>This idle period</source>
        <translation>Diese Inaktivitätsphase</translation>
    </message>
    <message>
        <source>No stage carried out yet.</source>
        <translation>Noch keine Stufe ausgeführt.</translation>
    </message>
    <message>
        <source>Policy in force: %1</source>
        <translation>Geltende Richtlinie: %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>No automatic step is scheduled.</source>
        <translation>Kein automatischer Schritt geplant.</translation>
    </message>
    <message>
        <source>the end of the snooze at %1</source>
        <translation>Ende der Zurückstellung um %1</translation>
    </message>
    <message>
        <source>the silence that began at %1</source>
        <translation>Beginn der Stille um %1</translation>
    </message>
    <message>
        <source>Next: %1 at %2 = %3 + %4.</source>
        <translation>Nächster Schritt: %1 um %2 = %3 + %4.</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Noch keine Nachrichten.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Idle Guard (for %1)</source>
        <translation>Idle Guard (für %1)</translation>
    </message>
    <message>
        <source>the agent</source>
        <translation>den Agenten</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>(text not available)</source>
        <translation>(Text nicht verfügbar)</translation>
    </message>
    <message>
        <source>%1 — %2 at %3</source>
        <comment>stage — outcome at time</comment>
        <translation>%1 — %2 um %3</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::DurationEdit</name>
    <message>
        <source>e.g. 2 min</source>
        <translation>z. B. 2 min</translation>
    </message>
    <message>
        <source>Type a time with its unit: &quot;45 s&quot;, &quot;2 min&quot;, &quot;1 h 30 min&quot;, or m:ss such as &quot;2:30&quot;.</source>
        <translation>Geben Sie eine Zeit mit Einheit ein: „45 s“, „2 min“, „1 h 30 min“ oder m:ss wie „2:30“.</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::IdleChart</name>
    <message>
        <source>Current idle times</source>
        <translation>Aktuelle Inaktivitätszeiten</translation>
    </message>
    <message>
        <source>Customer owes</source>
        <translation>Kunde am Zug</translation>
    </message>
    <message>
        <source>Agent owes</source>
        <translation>Agent am Zug</translation>
    </message>
    <message>
        <source>How long conversations have been silent</source>
        <translation>Wie lange Gespräche schon still sind</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::MainWindow</name>
    <message>
        <source>Idle Guard</source>
        <translation>Idle Guard</translation>
    </message>
    <message>
        <source>Idle Guard — demo on the sandbox organisation</source>
        <translation>Idle Guard — Demo mit der Sandbox-Organisation</translation>
    </message>
    <message>
        <source>&amp;Observe only</source>
        <translation>Nur &amp;beobachten</translation>
    </message>
    <message>
        <source>Show every countdown but send nothing automatically</source>
        <translation>Alle Countdowns anzeigen, aber nichts automatisch senden</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Sign out of Genesys Cloud</source>
        <translation>Von Genesys Cloud abmelden</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search the conversations</source>
        <translation>Gespräche durchsuchen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Gespräch</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Queues could not be read: %1</source>
        <translation>Warteschlangen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Observe-only: nothing automatic is sent.</source>
        <translation>Nur beobachten: Es wird nichts automatisch gesendet.</translation>
    </message>
    <message>
        <source>Enforcing: automatic actions are on.</source>
        <translation>Durchsetzen: Automatische Aktionen sind aktiv.</translation>
    </message>
    <message>
        <source>The enforcer could not start: %1</source>
        <translation>Die Durchsetzung konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>%1 on a conversation failed: %2</source>
        <translation>%1 für ein Gespräch fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Genesys Cloud region or an address.</source>
        <translation>„%1“ ist keine Genesys-Cloud-Region und keine Adresse.</translation>
    </message>
    <message>
        <source>Your browser opened Genesys Cloud&apos;s sign-in page. Sign in there; this window continues by itself.</source>
        <translation>Ihr Browser hat die Anmeldeseite von Genesys Cloud geöffnet. Melden Sie sich dort an; dieses Fenster fährt danach selbst fort.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Enforce</source>
        <translation>Durchsetzen</translation>
    </message>
    <message>
        <source>Switch to enforcing? Idle Guard will send warnings and disconnect idle conversations on its own, as the policy says.</source>
        <translation>Zum Durchsetzen wechseln? Idle Guard sendet dann selbstständig Warnungen und trennt inaktive Gespräche, wie es die Richtlinie vorsieht.</translation>
    </message>
    <message>
        <source>Audit &amp;journal</source>
        <translation>&amp;Audit-Protokoll</translation>
    </message>
    <message>
        <source>Every automatic and manual action, newest first</source>
        <translation>Alle automatischen und manuellen Aktionen, neueste zuerst</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>This conversation is no longer live.</source>
        <translation>Dieses Gespräch ist nicht mehr aktiv.</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::MessageEditor</name>
    <message>
        <source>The language of the text below; customers get the text in their language, else in the policy&apos;s default language.</source>
        <translation>Die Sprache des Textes unten; Kunden erhalten den Text in ihrer Sprache, sonst in der Standardsprache der Richtlinie.</translation>
    </message>
    <message>
        <source>Add language…</source>
        <translation>Sprache hinzufügen…</translation>
    </message>
    <message>
        <source>Remove language</source>
        <translation>Sprache entfernen</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Platzhalter einfügen</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Sprache hinzufügen</translation>
    </message>
    <message>
        <source>Language tag of the new text (for example &quot;de&quot;, &quot;es&quot; or &quot;pt-BR&quot;):</source>
        <translation>Sprachcode des neuen Textes (zum Beispiel „de“, „es“ oder „pt-BR“):</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>No text in this language: customers who write in it get the default language&apos;s text.</source>
        <translation>Kein Text in dieser Sprache: Kunden, die in ihr schreiben, erhalten den Text der Standardsprache.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::PolicyCommands</name>
    <message>
        <source>&amp;Policies…</source>
        <translation>&amp;Richtlinien…</translation>
    </message>
    <message>
        <source>Edit the idle policies and apply them at once</source>
        <translation>Die Inaktivitätsrichtlinien bearbeiten und sofort anwenden</translation>
    </message>
    <message>
        <source>Change This Queue&apos;s &amp;Thresholds…</source>
        <translation>&amp;Schwellen dieser Warteschlange ändern…</translation>
    </message>
    <message>
        <source>Open the policy of the selected conversation&apos;s queue</source>
        <translation>Die Richtlinie der Warteschlange des ausgewählten Gesprächs öffnen</translation>
    </message>
    <message>
        <source>Policy revision %1</source>
        <translation>Richtlinie Revision %1</translation>
    </message>
    <message>
        <source>The idle policies this instance enforces, applied at %1. Policies… to change them.</source>
        <translation>Die Inaktivitätsrichtlinien, die diese Instanz durchsetzt, angewendet um %1. Ändern mit Richtlinien…</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::PolicyEditorDialog</name>
    <message>
        <source>Idle policies</source>
        <translation>Inaktivitätsrichtlinien</translation>
    </message>
    <message>
        <source>The enforcer refused the policies</source>
        <translation>Die Durchsetzung hat die Richtlinien abgelehnt</translation>
    </message>
    <message>
        <source>The policies in force stay in force.</source>
        <translation>Die geltenden Richtlinien bleiben in Kraft.</translation>
    </message>
    <message>
        <source>Policies not saved</source>
        <translation>Richtlinien nicht gespeichert</translation>
    </message>
    <message>
        <source>This queue has its own policy (otherwise it uses the default)</source>
        <translation>Diese Warteschlange hat eine eigene Richtlinie (sonst gilt die Standardrichtlinie)</translation>
    </message>
    <message>
        <source>These policies are the ones this Idle Guard enforces. Another instance on the same queues (a colleague&apos;s window, the headless service) enforces its own policies: apply the same file there.</source>
        <translation>Diese Richtlinien setzt dieses Idle Guard durch. Eine andere Instanz für dieselben Warteschlangen (das Fenster einer Kollegin oder eines Kollegen, der Dienst ohne Fenster) setzt ihre eigenen Richtlinien durch: Wenden Sie dort dieselbe Datei an.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Undo last apply</source>
        <translation>Letztes Anwenden rückgängig</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Default policy</source>
        <translation>Standardrichtlinie</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>Warteschlange %1</translation>
    </message>
    <message>
        <source>Queue %1 (not in this organisation)</source>
        <translation>Warteschlange %1 (nicht in dieser Organisation)</translation>
    </message>
    <message>
        <source>%1 — own policy</source>
        <translation>%1 — eigene Richtlinie</translation>
    </message>
    <message>
        <source>%1 — uses the default</source>
        <translation>%1 — Standardrichtlinie</translation>
    </message>
    <message>
        <source>Not enforcing yet. Applied policies take effect once you are signed in.</source>
        <translation>Noch keine Durchsetzung. Angewendete Richtlinien wirken, sobald Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>Not enforcing yet: these policies take effect once you are signed in.</source>
        <translation>Noch keine Durchsetzung: Diese Richtlinien wirken, sobald Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>In force: revision %1, applied at %2.</source>
        <translation>In Kraft: Revision %1, angewendet um %2.</translation>
    </message>
    <message>
        <source>Your changes are not applied yet.</source>
        <translation>Ihre Änderungen sind noch nicht angewendet.</translation>
    </message>
    <message>
        <source>The editor shows the policies in force.</source>
        <translation>Der Editor zeigt die geltenden Richtlinien.</translation>
    </message>
    <message numerus="yes">
        <source>Fix %n problem(s) to apply.</source>
        <translation>
            <numerusform>Beheben Sie %n Problem, um anzuwenden.</numerusform>
            <numerusform>Beheben Sie %n Probleme, um anzuwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import policies</source>
        <translation>Richtlinien importieren</translation>
    </message>
    <message>
        <source>Policy files (*.json);;All files (*)</source>
        <translation>Richtliniendateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export policies</source>
        <translation>Richtlinien exportieren</translation>
    </message>
    <message>
        <source>Policy files (*.json)</source>
        <translation>Richtliniendateien (*.json)</translation>
    </message>
    <message>
        <source>Policies not imported</source>
        <translation>Richtlinien nicht importiert</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>%1 hat %n Problem; es wurde nichts geändert.</numerusform>
            <numerusform>%1 hat %n Probleme; es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Policies not exported</source>
        <translation>Richtlinien nicht exportiert</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::PolicyForm</name>
    <message>
        <source>A label for people, e.g. &quot;Billing, evenings&quot;</source>
        <translation>Eine Bezeichnung für Menschen, z. B. „Abrechnung, abends“</translation>
    </message>
    <message>
        <source>Turn-aware</source>
        <translation>Wer am Zug ist</translation>
    </message>
    <message>
        <source>Any activity</source>
        <translation>Jede Aktivität</translation>
    </message>
    <message>
        <source>Customer only</source>
        <translation>Nur Kunde</translation>
    </message>
    <message>
        <source>Start the customer&apos;s timer only after the agent has written</source>
        <translation>Den Timer des Kunden erst starten, wenn der Agent geschrieben hat</translation>
    </message>
    <message>
        <source>Count typing as activity</source>
        <translation>Tippen als Aktivität zählen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>When the customer is silent</source>
        <translation>Wenn der Kunde schweigt</translation>
    </message>
    <message>
        <source>First warning after</source>
        <translation>Erste Warnung nach</translation>
    </message>
    <message>
        <source>sends the first warning</source>
        <translation>sendet die erste Warnung</translation>
    </message>
    <message>
        <source>Second warning after</source>
        <translation>Zweite Warnung nach</translation>
    </message>
    <message>
        <source>sends the second warning</source>
        <translation>sendet die zweite Warnung</translation>
    </message>
    <message>
        <source>Close after</source>
        <translation>Abschluss nach</translation>
    </message>
    <message>
        <source>sends the closing message and frees the agent</source>
        <translation>sendet die Abschlussnachricht und gibt den Agenten frei</translation>
    </message>
    <message>
        <source>When the agent owes a reply</source>
        <translation>Wenn der Agent am Zug ist</translation>
    </message>
    <message>
        <source>Flag after</source>
        <translation>Markieren nach</translation>
    </message>
    <message>
        <source>flags the row and alerts you</source>
        <translation>markiert die Zeile und benachrichtigt Sie</translation>
    </message>
    <message>
        <source>Escalate after</source>
        <translation>Eskalieren nach</translation>
    </message>
    <message>
        <source>alerts you again (nobody is disconnected)</source>
        <translation>benachrichtigt Sie erneut (niemand wird getrennt)</translation>
    </message>
    <message>
        <source>Switch this stage on or off</source>
        <translation>Diese Stufe ein- oder ausschalten</translation>
    </message>
    <message>
        <source>of silence: %1</source>
        <translation>Stille: %1</translation>
    </message>
    <message>
        <source>The language used when a customer&apos;s language has no text</source>
        <translation>Die Sprache, die gilt, wenn es in der Sprache des Kunden keinen Text gibt</translation>
    </message>
    <message>
        <source>Default language:</source>
        <translation>Standardsprache:</translation>
    </message>
    <message>
        <source>First warning</source>
        <translation>Erste Warnung</translation>
    </message>
    <message>
        <source>Second warning</source>
        <translation>Zweite Warnung</translation>
    </message>
    <message>
        <source>Closing message (optional)</source>
        <translation>Abschlussnachricht (optional)</translation>
    </message>
    <message>
        <source>Disconnect the agent only; the customer can write again and is routed anew</source>
        <translation>Nur den Agenten trennen; der Kunde kann erneut schreiben und wird neu zugestellt</translation>
    </message>
    <message>
        <source>End the whole conversation</source>
        <translation>Das ganze Gespräch beenden</translation>
    </message>
    <message>
        <source>No wrap-up code</source>
        <translation>Kein Nachbearbeitungscode</translation>
    </message>
    <message>
        <source>Reading the organisation&apos;s wrap-up codes…</source>
        <translation>Nachbearbeitungscodes der Organisation werden gelesen…</translation>
    </message>
    <message>
        <source>When the close stage comes:</source>
        <translation>Bei der Abschlussstufe:</translation>
    </message>
    <message>
        <source>Wrap-up code:</source>
        <translation>Nachbearbeitungscode:</translation>
    </message>
    <message>
        <source>Timers</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Abschluss</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n problem(s))</source>
        <translation>
            <numerusform>%1 (%n Problem)</numerusform>
            <numerusform>%1 (%n Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>The organisation&apos;s wrap-up codes; the agent&apos;s leg gets the code chosen here when the policy frees the agent.</source>
        <translation>Die Nachbearbeitungscodes der Organisation; der Gesprächsteil des Agenten erhält den hier gewählten Code, wenn die Richtlinie den Agenten freigibt.</translation>
    </message>
    <message>
        <source>wrap-up code id</source>
        <translation>ID des Nachbearbeitungscodes</translation>
    </message>
    <message>
        <source>The organisation&apos;s wrap-up codes could not be read (%1). Type the code&apos;s id, or leave the field empty for none.</source>
        <translation>Die Nachbearbeitungscodes der Organisation konnten nicht gelesen werden (%1). Geben Sie die ID des Codes ein oder lassen Sie das Feld für keinen Code leer.</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>Unbekannter Code %1</translation>
    </message>
    <message>
        <source>Whoever owes the next reply is timed: a silent customer is warned, an agent who keeps a customer waiting is flagged.</source>
        <translation>Die Zeit läuft für die Seite, die am Zug ist: Ein stiller Kunde wird gewarnt, ein Agent, der einen Kunden warten lässt, wird markiert.</translation>
    </message>
    <message>
        <source>Silence on both sides counts: any message restarts the customer&apos;s timer.</source>
        <translation>Stille auf beiden Seiten zählt: Jede Nachricht startet den Timer des Kunden neu.</translation>
    </message>
    <message>
        <source>Only the customer&apos;s messages restart the customer&apos;s timer; the agent&apos;s messages do not.</source>
        <translation>Nur Nachrichten des Kunden starten seinen Timer neu, Nachrichten des Agenten nicht.</translation>
    </message>
    <message>
        <source>Alex</source>
        <translation>Alex</translation>
    </message>
    <message>
        <source>Sam</source>
        <translation>Sam</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Kundendienst</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::QueuePicker</name>
    <message>
        <source>Search queues</source>
        <translation>Warteschlangen suchen</translation>
    </message>
    <message>
        <source>Queues to watch</source>
        <translation>Zu überwachende Warteschlangen</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>Watch every queue shown</source>
        <translation>Alle angezeigten Warteschlangen überwachen</translation>
    </message>
    <message>
        <source>Watch none of the queues shown</source>
        <translation>Keine der angezeigten Warteschlangen überwachen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n queue(s) watched</source>
        <translation>
            <numerusform>%1 von %n Warteschlange überwacht</numerusform>
            <numerusform>%1 von %n Warteschlangen überwacht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::RowActions</name>
    <message>
        <source>&amp;Disconnect now…</source>
        <translation>&amp;Jetzt trennen…</translation>
    </message>
    <message>
        <source>Send the closing message and disconnect the agent of the selected conversations</source>
        <translation>Abschlussnachricht senden und den Agenten der ausgewählten Gespräche trennen</translation>
    </message>
    <message>
        <source>Send &amp;warning now</source>
        <translation>&amp;Warnung jetzt senden</translation>
    </message>
    <message>
        <source>Send the next warning of the policy to the selected customers now</source>
        <translation>Die nächste Warnung der Richtlinie jetzt an die ausgewählten Kunden senden</translation>
    </message>
    <message>
        <source>Snooze &amp;5 minutes</source>
        <translation>&amp;5 Minuten zurückstellen</translation>
    </message>
    <message>
        <source>Hold the timers of the selected conversations for 5 minutes</source>
        <translation>Die Timer der ausgewählten Gespräche 5 Minuten lang anhalten</translation>
    </message>
    <message>
        <source>Snooze &amp;15 minutes</source>
        <translation>&amp;15 Minuten zurückstellen</translation>
    </message>
    <message>
        <source>Hold the timers of the selected conversations for 15 minutes</source>
        <translation>Die Timer der ausgewählten Gespräche 15 Minuten lang anhalten</translation>
    </message>
    <message>
        <source>Snooze &amp;60 minutes</source>
        <translation>&amp;60 Minuten zurückstellen</translation>
    </message>
    <message>
        <source>Hold the timers of the selected conversations for an hour</source>
        <translation>Die Timer der ausgewählten Gespräche eine Stunde lang anhalten</translation>
    </message>
    <message>
        <source>&amp;Exempt</source>
        <translation>&amp;Ausnehmen</translation>
    </message>
    <message>
        <source>Take the selected conversations out of automatic actions</source>
        <translation>Die ausgewählten Gespräche von automatischen Aktionen ausnehmen</translation>
    </message>
    <message>
        <source>&amp;Include again</source>
        <translation>Wieder &amp;einbeziehen</translation>
    </message>
    <message>
        <source>Put exempted conversations back under automatic actions</source>
        <translation>Ausgenommene Gespräche wieder in automatische Aktionen einbeziehen</translation>
    </message>
    <message>
        <source>&amp;Reset timers</source>
        <translation>Timer &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Start the idle timers of the selected conversations afresh</source>
        <translation>Die Inaktivitätstimer der ausgewählten Gespräche neu starten</translation>
    </message>
    <message>
        <source>Disconnect now</source>
        <translation>Jetzt trennen</translation>
    </message>
    <message>
        <source>Send warning now</source>
        <translation>Jetzt warnen</translation>
    </message>
    <message>
        <source>Snooze %1 minutes</source>
        <translation>%1 Minuten zurückstellen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Ausnehmen</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Einbeziehen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>%1: accepted.</source>
        <translation>%1: angenommen.</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 abgelehnt: %2</translation>
    </message>
    <message numerus="yes">
        <source>Send the closing message and disconnect the agent of %n conversation(s)?</source>
        <translation>
            <numerusform>Abschlussnachricht senden und den Agenten von %n Gespräch trennen?</numerusform>
            <numerusform>Abschlussnachricht senden und den Agenten von %n Gesprächen trennen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer can write again later to start a new conversation. This is written to the audit journal with your name and the reason below, if you give one.</source>
        <translation>Der Kunde kann später erneut schreiben und damit ein neues Gespräch beginnen. Dies wird mit Ihrem Namen und dem unten angegebenen Grund, falls vorhanden, im Audit-Protokoll vermerkt.</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Grund (optional)</translation>
    </message>
    <message>
        <source>Reason for the disconnect</source>
        <translation>Grund für das Trennen</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Idle Guard.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Idle Guard.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>When an agent leaves a customer waiting past the policy&apos;s threshold</source>
        <translation>Wenn ein Agent einen Kunden länger warten lässt, als die Richtlinie erlaubt</translation>
    </message>
    <message>
        <source>When an automatic action fails</source>
        <translation>Wenn eine automatische Aktion fehlschlägt</translation>
    </message>
    <message>
        <source>Notify me:</source>
        <translation>Benachrichtigen:</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::SignInPage</name>
    <message>
        <source>&lt;h2&gt;Sign in to Genesys Cloud&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bei Genesys Cloud anmelden&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Idle Guard watches the message conversations of the queues you choose. Sign-in happens in your web browser; Idle Guard never sees your password.</source>
        <translation>Idle Guard überwacht die Nachrichten-Gespräche der Warteschlangen, die Sie auswählen. Die Anmeldung erfolgt in Ihrem Webbrowser; Idle Guard sieht Ihr Passwort nie.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>The region of your organisation (the address you sign in at), or a full address such as http://127.0.0.1:8080 for a sandbox.</source>
        <translation>Die Region Ihrer Organisation (die Adresse, unter der Sie sich anmelden) oder eine vollständige Adresse wie http://127.0.0.1:8080 für eine Sandbox.</translation>
    </message>
    <message>
        <source>the OAuth client id your administrator gave you</source>
        <translation>vom Administrator erhalten</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::SummaryStrip</name>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>tracked</source>
        <translation>verfolgt</translation>
    </message>
    <message>
        <source>Conversations with a connected agent: their idle timers may run.</source>
        <translation>Gespräche mit verbundenem Agenten: Ihre Inaktivitätstimer können laufen.</translation>
    </message>
    <message>
        <source>customer owes</source>
        <translation>Kunde am Zug</translation>
    </message>
    <message>
        <source>Tracked conversations where the customer owes the reply. Click to show them.</source>
        <translation>Verfolgte Gespräche, in denen der Kunde am Zug ist. Zum Anzeigen klicken.</translation>
    </message>
    <message>
        <source>agent owes</source>
        <translation>Agent am Zug</translation>
    </message>
    <message>
        <source>Tracked conversations where the agent owes the reply. Click to show them.</source>
        <translation>Verfolgte Gespräche, in denen der Agent am Zug ist. Zum Anzeigen klicken.</translation>
    </message>
    <message>
        <source>warned</source>
        <translation>gewarnt</translation>
    </message>
    <message>
        <source>Customers warned in their current silence and not closed yet.</source>
        <translation>Kunden, die in ihrer aktuellen Stille gewarnt und noch nicht abgeschlossen wurden.</translation>
    </message>
    <message>
        <source>auto-closed today</source>
        <translation>heute autom. beendet</translation>
    </message>
    <message>
        <source>Conversations the policy closed today. Click to list them in the audit journal.</source>
        <translation>Gespräche, die die Richtlinie heute beendet hat. Zum Auflisten im Audit-Protokoll klicken.</translation>
    </message>
    <message>
        <source>failures today</source>
        <translation>Fehler heute</translation>
    </message>
    <message>
        <source>Actions that failed today, automatic or by hand. Click to list them in the audit journal.</source>
        <translation>Heute fehlgeschlagene Aktionen, automatisch oder von Hand. Zum Auflisten im Audit-Protokoll klicken.</translation>
    </message>
</context>
<context>
    <name>IdleHistogram</name>
    <message>
        <source>1–2 min</source>
        <translation>1–2 min</translation>
    </message>
    <message>
        <source>2–5 min</source>
        <translation>2–5 min</translation>
    </message>
    <message>
        <source>5–10 min</source>
        <translation>5–10 min</translation>
    </message>
    <message>
        <source>10–30 min</source>
        <translation>10–30 min</translation>
    </message>
    <message>
        <source>≥ 30 min</source>
        <translation>≥ 30 min</translation>
    </message>
    <message>
        <source>0–1 min</source>
        <translation>0–1 min</translation>
    </message>
</context>
<context>
    <name>JournalExportCommand</name>
    <message>
        <source>Cannot export the journal: %1</source>
        <translation>Das Protokoll kann nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 journal rows from %2 to %3.</source>
        <translation>%1 Protokollzeilen aus %2 nach %3 exportiert.</translation>
    </message>
</context>
<context>
    <name>JournalFilter</name>
    <message>
        <source>The time range ends (%1) before it starts (%2).</source>
        <translation>Der Zeitraum endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <source>A supervisor was chosen, but not &quot;actions by a supervisor&quot;.</source>
        <translation>Ein Supervisor wurde gewählt, aber nicht „Aktionen eines Supervisors“.</translation>
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
    <name>OwnerFiles</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation>%1 kann nicht privat gemacht werden: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 holds a secret but other users may read or change it (mode %2): make it readable by its owner only, e.g. chmod 600 %1</source>
        <translation>%1 enthält ein Secret, aber andere Benutzer können es lesen oder ändern (Modus %2): machen Sie die Datei nur für ihren Eigentümer lesbar, z. B. mit chmod 600 %1</translation>
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
        <translation>%1; Warnung %2, erneute Warnung %3, Abschluss %4 (Bereich %5); Agent markieren %6, Eskalation %7</translation>
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
        <translation>fehlt (diese Version liest Formatversion %1)</translation>
    </message>
    <message>
        <source>unsupported version %1 (this build reads version %2)</source>
        <translation>nicht unterstützte Version %1 (diese Version liest Formatversion %2)</translation>
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
        <source>%1 is not a valid policy file; the built-in policy is in force.
%2</source>
        <translation>%1 ist keine gültige Richtliniendatei; die integrierte Richtlinie ist in Kraft.
%2</translation>
    </message>
    <message>
        <source>Idle Guard demo</source>
        <translation>Idle-Guard-Demo</translation>
    </message>
    <message>
        <source>The demo could not start.</source>
        <translation>Die Demo konnte nicht starten.</translation>
    </message>
    <message>
        <source>The demo signs in to the sandbox organisation on this computer; your browser shows its sign-in page.</source>
        <translation>Die Demo meldet sich bei der Sandbox-Organisation auf diesem Computer an; Ihr Browser zeigt deren Anmeldeseite.</translation>
    </message>
    <message>
        <source>No browser can be opened here, so the demo completes the sandbox&apos;s sign-in page itself, as Sam Supervisor.</source>
        <translation>Hier kann kein Browser geöffnet werden, daher füllt die Demo die Anmeldeseite der Sandbox selbst aus, als Sam Supervisor.</translation>
    </message>
    <message>
        <source>No browser could be opened: the demo signed in on the sandbox&apos;s page by itself.</source>
        <translation>Es konnte kein Browser geöffnet werden: Die Demo hat sich selbst auf der Seite der Sandbox angemeldet.</translation>
    </message>
    <message>
        <source>Idle Guard</source>
        <translation>Idle Guard</translation>
    </message>
</context>
</TS>
