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
        <source>This build contains the idle policy engine and the policy checker (idleguard --check-policy FILE).</source>
        <translation>Dieser Build enthält die Engine für Leerlaufrichtlinien und die Richtlinienprüfung (idleguard --check-policy DATEI).</translation>
    </message>
    <message>
        <source>The live dashboard%1 arrives with the Genesys Cloud connection; see README.md. The sandbox organisation already runs on its own: idleguard-sandbox --help.</source>
        <translation>Das Live-Dashboard%1 kommt mit der Anbindung an Genesys Cloud; siehe README.md. Die Sandbox-Organisation läuft schon für sich: idleguard-sandbox --help.</translation>
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
</context>
<context>
    <name>DurationFormat</name>
    <message>
        <source>%1:%2 h</source>
        <translation>%1:%2 h</translation>
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
