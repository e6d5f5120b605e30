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
        <source> on the sandbox organisation (--demo)</source>
        <translation> für die Sandbox-Organisation (--demo)</translation>
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
        <source>--speed and --run-for only go with --demo.</source>
        <translation>--speed und --run-for gelten nur zusammen mit --demo.</translation>
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
        <source>This build contains the enforcer (idleguard --headless --config FILE), its demo on the sandbox organisation (idleguard --demo --headless) and the policy checker (idleguard --check-policy FILE).</source>
        <translation>Dieser Build enthält den Enforcer (idleguard --headless --config DATEI), seine Demo mit der Sandbox-Organisation (idleguard --demo --headless) und die Richtlinienprüfung (idleguard --check-policy DATEI).</translation>
    </message>
    <message>
        <source>The live dashboard%1 arrives in the next milestone; see README.md.</source>
        <translation>Das Live-Dashboard%1 kommt mit dem nächsten Meilenstein; siehe README.md.</translation>
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
        <source>Not sent before the restart; sent on reconciliation.</source>
        <translation>Vor dem Neustart nicht gesendet; beim Abgleich gesendet.</translation>
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
        <source>Instance %1 took this stage over while it waited.</source>
        <translation>Instanz %1 hat diese Stufe übernommen, während sie wartete.</translation>
    </message>
    <message>
        <source>Interrupted by a restart; what reached the conversation stands, the rest must be set again.</source>
        <translation>Durch einen Neustart unterbrochen; was das Gespräch erreicht hat, gilt, der Rest muss erneut gesetzt werden.</translation>
    </message>
    <message>
        <source>Not yet shared with other instances: %1</source>
        <translation>Noch nicht mit anderen Instanzen geteilt: %1</translation>
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
        <source>summary: %1 tracked, %2 counting down, %3 in flight | %4 succeeded, %5 skipped, %6 failed, %7 found done, %8 left to another instance | feed %9</source>
        <translation>Übersicht: %1 verfolgt, %2 mit laufender Frist, %3 in Ausführung | %4 erfolgreich, %5 übersprungen, %6 fehlgeschlagen, %7 bereits erledigt vorgefunden, %8 einer anderen Instanz überlassen | Feed %9</translation>
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
</TS>
