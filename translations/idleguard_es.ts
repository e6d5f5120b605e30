<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AuditJournal</name>
    <message>
        <source>journal %1: %2</source>
        <translation>registro %1: %2</translation>
    </message>
    <message>
        <source>journal %1 does not exist</source>
        <translation>el registro %1 no existe</translation>
    </message>
    <message>
        <source>journal %1 is not a file</source>
        <translation>el registro %1 no es un archivo</translation>
    </message>
    <message>
        <source>cannot create journal %1: directory %2 does not exist</source>
        <translation>no se puede crear el registro %1: el directorio %2 no existe</translation>
    </message>
    <message>
        <source>cannot open journal %1: %2</source>
        <translation>no se puede abrir el registro %1: %2</translation>
    </message>
    <message>
        <source>journal %1: cannot switch to WAL mode</source>
        <translation>registro %1: no se puede activar el modo WAL</translation>
    </message>
    <message>
        <source>journal %1 has schema version %2, newer than this build supports (%3); use a newer Idle Guard</source>
        <translation>el registro %1 tiene la versión de esquema %2, más reciente de la que admite esta compilación (%3); use una versión más reciente de Idle Guard</translation>
    </message>
    <message>
        <source>the journal is not open</source>
        <translation>el registro no está abierto</translation>
    </message>
    <message>
        <source>journal %1: a result cannot be &quot;pending&quot;</source>
        <translation>registro %1: un resultado no puede ser &quot;pending&quot;</translation>
    </message>
    <message>
        <source>journal %1: no pending intent with id %2</source>
        <translation>registro %1: no hay ninguna intención pendiente con el ID %2</translation>
    </message>
    <message>
        <source>journal %1: counting per time needs a time range and a bucket size</source>
        <translation>registro %1: el recuento por tiempo necesita un periodo y un tamaño de intervalo</translation>
    </message>
    <message>
        <source>cannot export journal %1: the output is not writable</source>
        <translation>no se puede exportar el registro %1: no se puede escribir en la salida</translation>
    </message>
    <message>
        <source>cannot export journal %1: %2</source>
        <translation>no se puede exportar el registro %1: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Idle Guard keeps Genesys Cloud message conversations moving: it warns customers who went silent, frees agents whose customer is gone and flags replies left waiting.</source>
        <translation>Idle Guard mantiene en marcha las conversaciones de mensajería de Genesys Cloud: advierte a los clientes que dejaron de responder, libera a los agentes cuyo cliente se ha ido y señala las respuestas pendientes.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>Validate the policy file FILE and print what it sets.</source>
        <translation>Valida el archivo de políticas ARCHIVO y muestra lo que establece.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Run against the built-in sandbox organisation.</source>
        <translation>Ejecuta contra la organización de pruebas integrada.</translation>
    </message>
    <message>
        <source>Export the audit journal as CSV to FILE.</source>
        <translation>Exporta el registro de auditoría como CSV a ARCHIVO.</translation>
    </message>
    <message>
        <source>The audit journal database DB (default: %1).</source>
        <translation>La base de datos BD del registro de auditoría (predeterminada: %1).</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>BD</translation>
    </message>
    <message>
        <source>Run the enforcer without a window (with --config FILE, or with --demo).</source>
        <translation>Inicia el ejecutor sin ventana (con --config ARCHIVO o con --demo).</translation>
    </message>
    <message>
        <source>The headless enforcer&apos;s configuration FILE (docs/headless.md).</source>
        <translation>El archivo de configuración ARCHIVO del ejecutor sin ventana (docs/headless.md).</translation>
    </message>
    <message>
        <source>--demo: run the sandbox&apos;s clock FACTOR times faster.</source>
        <translation>--demo: hace que el reloj de la organización de pruebas vaya FACTOR veces más rápido.</translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation>FACTOR</translation>
    </message>
    <message>
        <source>--demo: stop after SECONDS (default: until Ctrl+C).</source>
        <translation>--demo: se detiene tras SEGUNDOS (predeterminado: hasta Ctrl+C).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>--demo: save pictures of the window in DIR after it has run a while, then quit (for the documentation).</source>
        <translation>--demo: guarda capturas de la ventana en CARPETA tras un rato y luego sale (para la documentación).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Pruebe con --help.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--journal only goes with --export-journal.</source>
        <translation>--journal solo se usa con --export-journal.</translation>
    </message>
    <message>
        <source>--speed, --run-for and --screenshots only go with --demo.</source>
        <translation>--speed, --run-for y --screenshots solo se usan con --demo.</translation>
    </message>
    <message>
        <source>--config only goes with --headless.</source>
        <translation>--config solo se usa con --headless.</translation>
    </message>
    <message>
        <source>--screenshots needs the window; leave out --headless.</source>
        <translation>--screenshots necesita la ventana; omita --headless.</translation>
    </message>
    <message>
        <source>--demo brings its own configuration; leave out --config.</source>
        <translation>--demo trae su propia configuración; omita --config.</translation>
    </message>
    <message>
        <source>--headless needs --config FILE (or --demo).</source>
        <translation>--headless necesita --config ARCHIVO (o --demo).</translation>
    </message>
    <message>
        <source>This build of Idle Guard has no window; use --headless.</source>
        <translation>Esta compilación de Idle Guard no tiene ventana; use --headless.</translation>
    </message>
    <message>
        <source>--speed takes a factor from 0.1 to 100.</source>
        <translation>--speed admite un factor de 0.1 a 100.</translation>
    </message>
    <message>
        <source>--run-for takes a whole number of seconds, at least 1.</source>
        <translation>--run-for admite un número entero de segundos, como mínimo 1.</translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
    <message>
        <source>a directory</source>
        <translation>un directorio</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un dispositivo de caracteres</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un dispositivo de bloques</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un archivo especial</translation>
    </message>
    <message>
        <source>cannot read %1: it is %2, not a regular file</source>
        <translation>no se puede leer %1: es %2, no un archivo normal</translation>
    </message>
    <message>
        <source>cannot read %1: it is larger than %2, the most read from such a file</source>
        <translation>no se puede leer %1: es mayor que %2, lo máximo que se lee de un archivo así</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>ConversationRowText</name>
    <message>
        <source>Warning 1</source>
        <translation>Aviso 1</translation>
    </message>
    <message>
        <source>Warning 2</source>
        <translation>Aviso 2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Agent flag</source>
        <translation>Marcado</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>done (found after a restart)</source>
        <translation>hecho (detectado tras un reinicio)</translation>
    </message>
    <message>
        <source>Web messaging</source>
        <translation>Mensajería web</translation>
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
        <translation>En cola</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Either</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Waiting in queue since %1</source>
        <translation>En cola desde las %1</translation>
    </message>
    <message>
        <source>Silent since %1</source>
        <translation>En silencio desde las %1</translation>
    </message>
    <message>
        <source>No idle timer runs</source>
        <translation>Sin temporizador de inactividad</translation>
    </message>
    <message>
        <source>due</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>%1 due</source>
        <comment>next stage due now</comment>
        <translation>%1 ahora</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>next stage in remaining time</comment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>No stage is scheduled</source>
        <translation>No hay ninguna etapa programada</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
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
        <translation>%1 (se omitió)</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 (falló)</translation>
    </message>
    <message>
        <source>No stage reached</source>
        <translation>Ninguna etapa alcanzada</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>stage, outcome</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No stage reached in this idle period</source>
        <translation>Ninguna etapa alcanzada en este periodo de inactividad</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>outcome at time</comment>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>outcome (reason)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>pospuesta hasta las %1</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>exenta</translation>
    </message>
    <message>
        <source>observe only</source>
        <translation>solo observar</translation>
    </message>
    <message>
        <source>claimed by %1</source>
        <translation>tomada por %1</translation>
    </message>
    <message>
        <source>held for a fresh read</source>
        <translation>en espera de datos actualizados</translation>
    </message>
    <message>
        <source>agent flagged</source>
        <translation>agente marcado</translation>
    </message>
    <message>
        <source>pending: %1</source>
        <translation>pendiente: %1</translation>
    </message>
</context>
<context>
    <name>DashboardSettings</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>The demo policies are invalid.</source>
        <translation>Las políticas de la demo no son válidas.</translation>
    </message>
    <message numerus="yes">
        <source>Idle Guard demo: the enforcer against the sandbox organisation at %1 (%n queue(s), simulated customers and agents%2).</source>
        <translation>
            <numerusform>Demo de Idle Guard: el ejecutor contra la organización de pruebas en %1 (%n cola, clientes y agentes simulados%2).</numerusform>
            <numerusform>Demo de Idle Guard: el ejecutor contra la organización de pruebas en %1 (%n colas, clientes y agentes simulados%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>, time x%1</source>
        <translation>, tiempo x%1</translation>
    </message>
    <message>
        <source>Demo policy: first warning after 45 s of customer silence, second after 90 s, closing message and disconnect after 120 s; an agent who leaves a customer waiting is flagged after 60 s.</source>
        <translation>Política de la demo: primera advertencia tras 45 s de silencio del cliente, segunda tras 90 s, mensaje de cierre y desconexión tras 120 s; un agente que deja esperando a un cliente se marca tras 60 s.</translation>
    </message>
    <message>
        <source>Each action is printed as it happens (+ms: how long after its deadline); Ctrl+C stops.</source>
        <translation>Cada acción se muestra en cuanto ocurre (+ms: cuánto después de su plazo); Ctrl+C detiene la demo.</translation>
    </message>
    <message>
        <source>Journal of this demo: %1</source>
        <translation>Registro de esta demo: %1</translation>
    </message>
    <message>
        <source>Export it: idleguard --export-journal actions.csv --journal %1</source>
        <translation>Para exportarlo: idleguard --export-journal actions.csv --journal %1</translation>
    </message>
    <message>
        <source>The sandbox organisation did not start: %1</source>
        <translation>La organización de pruebas no se inició: %1</translation>
    </message>
    <message>
        <source>Cannot create a folder for the demo&apos;s journal: %1</source>
        <translation>No se puede crear una carpeta para el registro de la demo: %1</translation>
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
        <translation>Introduzca un tiempo, por ejemplo &quot;45 s&quot;, &quot;2 min&quot; o &quot;1:30&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; write for example &quot;45 s&quot;, &quot;2 min&quot;, &quot;1 h 30 min&quot; or &quot;2:30&quot;.</source>
        <translation>&quot;%1&quot; no es un tiempo; escriba por ejemplo &quot;45 s&quot;, &quot;2 min&quot;, &quot;1 h 30 min&quot; o &quot;2:30&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of seconds.</source>
        <translation>&quot;%1&quot; no es un número entero de segundos.</translation>
    </message>
</context>
<context>
    <name>HeadlessCommand</name>
    <message>
        <source>%1 is not a usable configuration:</source>
        <translation>%1 no es una configuración utilizable:</translation>
    </message>
    <message>
        <source>Cannot create the folder of the journal %1.</source>
        <translation>No se puede crear la carpeta del registro %1.</translation>
    </message>
</context>
<context>
    <name>HeadlessConfig</name>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>unknown region or URL &quot;%1&quot; (expected a region such as eu_west_1, its domain such as mypurecloud.ie, or an https URL)</source>
        <translation>región o URL desconocida &quot;%1&quot; (se espera una región como eu_west_1, su dominio como mypurecloud.ie o una URL https)</translation>
    </message>
    <message>
        <source>%1 (use https)</source>
        <translation>%1 (use https)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name (letters, digits and _, not starting with a digit)</source>
        <translation>&quot;%1&quot; no es un nombre de variable de entorno (letras, dígitos y _, sin empezar por un dígito)</translation>
    </message>
    <message>
        <source>must be an array of queue ids</source>
        <translation>debe ser una lista de ID de cola</translation>
    </message>
    <message>
        <source>must name at least one queue</source>
        <translation>debe indicar al menos una cola</translation>
    </message>
    <message>
        <source>duplicate queue id &quot;%1&quot;</source>
        <translation>ID de cola duplicado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot be combined with %1: give exactly one of them</source>
        <translation>no se puede combinar con %1: indique exactamente uno de los dos</translation>
    </message>
    <message>
        <source>is missing: give the policies inline or name a %1</source>
        <translation>falta: indique las políticas directamente o un %1</translation>
    </message>
    <message>
        <source>must be an object in the policy file format (docs/policy.md)</source>
        <translation>debe ser un objeto en el formato de archivo de políticas (docs/policy.md)</translation>
    </message>
    <message>
        <source>is missing and this system has no application data directory to put the journal in</source>
        <translation>falta y este sistema no tiene un directorio de datos de aplicación donde guardar el registro</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an instance id (1 to %2 characters of A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>&quot;%1&quot; no es un ID de instancia (de 1 a %2 caracteres entre A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;)</translation>
    </message>
    <message>
        <source>must be a whole number of seconds from 0 to %1</source>
        <translation>debe ser un número entero de segundos entre 0 y %1</translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>campo desconocido (se espera uno de: %1)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>malformed JSON at %1: %2</source>
        <translation>JSON mal formado en %1: %2</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>el documento debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>no client secret: the environment variable %1 is not set</source>
        <translation>no hay secreto de cliente: la variable de entorno %1 no está definida</translation>
    </message>
    <message>
        <source>no client secret: the environment variable %1 is empty</source>
        <translation>no hay secreto de cliente: la variable de entorno %1 está vacía</translation>
    </message>
    <message>
        <source>cannot be combined with %1: give the secret in the file, in a file of its own or name the environment variable that holds it, only one of them</source>
        <translation>no se puede combinar con %1: indique el secreto en el archivo, en un archivo propio o con el nombre de la variable de entorno que lo contiene, solo una de estas formas</translation>
    </message>
    <message>
        <source>is only allowed with a sandbox organisation on a loopback environment (http://127.0.0.1:&lt;port&gt;)</source>
        <translation>solo se permite con una organización de pruebas en un entorno de loopback (http://127.0.0.1:&lt;port&gt;)</translation>
    </message>
    <message>
        <source>must be {&quot;speed&quot;: 1 to %1, &quot;nowMs&quot;: the sandbox&apos;s clock at &quot;atWallMs&quot;: the wall clock, both in whole ms since 1970}</source>
        <translation>debe ser {&quot;speed&quot;: de 1 a %1, &quot;nowMs&quot;: el reloj de la organización de pruebas en &quot;atWallMs&quot;: el reloj del sistema, ambos en ms enteros desde 1970}</translation>
    </message>
    <message>
        <source>no client secret: %1</source>
        <translation>no hay secreto de cliente: %1</translation>
    </message>
    <message>
        <source>no client secret: the file %1 is empty</source>
        <translation>no hay secreto de cliente: el archivo %1 está vacío</translation>
    </message>
    <message>
        <source>must be &quot;own&quot; or &quot;shared&quot;</source>
        <translation>debe ser &quot;own&quot; o &quot;shared&quot;</translation>
    </message>
</context>
<context>
    <name>IdleEngine</name>
    <message>
        <source>The conversation is not known.</source>
        <translation>No se conoce esta conversación.</translation>
    </message>
    <message>
        <source>An override needs the supervisor&apos;s user id.</source>
        <translation>Una intervención manual necesita el ID de usuario del supervisor.</translation>
    </message>
    <message>
        <source>Snooze for 1 to %1 minutes.</source>
        <translation>Solo se puede posponer de 1 a %1 minutos.</translation>
    </message>
    <message>
        <source>No agent is connected to this conversation.</source>
        <translation>No hay ningún agente conectado a esta conversación.</translation>
    </message>
    <message>
        <source>The policy of this queue has no warning message.</source>
        <translation>La política de esta cola no tiene mensaje de advertencia.</translation>
    </message>
    <message>
        <source>The conversation has ended.</source>
        <translation>La conversación ha terminado.</translation>
    </message>
    <message>
        <source>No agent is connected any more.</source>
        <translation>Ya no hay ningún agente conectado.</translation>
    </message>
    <message>
        <source>Another agent has the conversation now.</source>
        <translation>Ahora la conversación la tiene otro agente.</translation>
    </message>
    <message>
        <source>The customer wrote at %1, after the idle period began.</source>
        <translation>El cliente escribió a las %1, después de que empezara el periodo de inactividad.</translation>
    </message>
    <message>
        <source>The customer no longer owes the reply.</source>
        <translation>Ya no es el turno del cliente.</translation>
    </message>
    <message>
        <source>The agent wrote at %1, after the idle period began.</source>
        <translation>El agente escribió a las %1, después de que empezara el periodo de inactividad.</translation>
    </message>
    <message>
        <source>A supervisor reset the timers at %1.</source>
        <translation>Un supervisor reinició los temporizadores a las %1.</translation>
    </message>
    <message>
        <source>The idle period it belonged to is over.</source>
        <translation>El periodo de inactividad al que pertenecía ha terminado.</translation>
    </message>
    <message>
        <source>A supervisor exempted the conversation.</source>
        <translation>Un supervisor eximió la conversación.</translation>
    </message>
    <message>
        <source>The agent has not written yet.</source>
        <translation>El agente aún no ha escrito.</translation>
    </message>
    <message>
        <source>The policy in force no longer has this stage.</source>
        <translation>La política vigente ya no tiene esta etapa.</translation>
    </message>
    <message>
        <source>Not due any more: the countdown was snoozed or the threshold raised.</source>
        <translation>Ya no corresponde: la cuenta atrás se pospuso o se aumentó el umbral.</translation>
    </message>
    <message>
        <source>A later stage of this idle period (%1) was already handed out.</source>
        <translation>Ya se emitió una etapa posterior de este periodo de inactividad (%1).</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Enforcement::ActionExecutor</name>
    <message>
        <source>The audit journal refused the intent: %1</source>
        <translation>El registro de auditoría rechazó la intención: %1</translation>
    </message>
    <message>
        <source>The stage&apos;s first action was not carried out, so neither is this one.</source>
        <translation>La primera acción de la etapa no se llevó a cabo, así que esta tampoco.</translation>
    </message>
    <message>
        <source>The conversation has ended.</source>
        <translation>La conversación ha terminado.</translation>
    </message>
    <message>
        <source>Could not read the conversation: %1</source>
        <translation>No se pudo leer la conversación: %1</translation>
    </message>
    <message>
        <source>The agent participant has no message communication.</source>
        <translation>El participante agente no tiene comunicación de mensajes.</translation>
    </message>
    <message>
        <source>The first answer was lost (%1); the message was found on the conversation.</source>
        <translation>La primera respuesta se perdió (%1); el mensaje se encontró en la conversación.</translation>
    </message>
    <message numerus="yes">
        <source>Not sent after %n attempt(s): %1</source>
        <translation>
            <numerusform>No enviado tras %n intento: %1</numerusform>
            <numerusform>No enviado tras %n intentos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation ended before the message went out.</source>
        <translation>La conversación terminó antes de que saliera el mensaje.</translation>
    </message>
    <message>
        <source>Could not check whether the message went out (it is not sent again): %1</source>
        <translation>No se pudo comprobar si el mensaje salió (no se vuelve a enviar): %1</translation>
    </message>
    <message>
        <source>Closed by Idle Guard</source>
        <translation>Cerrada por Idle Guard</translation>
    </message>
    <message>
        <source>The agent was disconnected, but the wrap-up code was not set: %1</source>
        <translation>El agente se desconectó, pero no se estableció el código de cierre: %1</translation>
    </message>
    <message>
        <source>Interrupted by a restart; what reached the conversation stands, the rest must be set again.</source>
        <translation>Interrumpido por un reinicio; lo que llegó a la conversación se mantiene, el resto debe volver a establecerse.</translation>
    </message>
    <message>
        <source>Interrupted by a restart; a notification is not repeated.</source>
        <translation>Interrumpido por un reinicio; una notificación no se repite.</translation>
    </message>
    <message>
        <source>Not sent before the restart; the conversation was read again and the message sent on reconciliation.</source>
        <translation>No se envió antes del reinicio; se volvió a leer la conversación y el mensaje se envió en la conciliación.</translation>
    </message>
    <message>
        <source>Not done before the restart; done on reconciliation.</source>
        <translation>No se hizo antes del reinicio; se hizo en la conciliación.</translation>
    </message>
    <message>
        <source>Not yet shared with other instances: %1</source>
        <translation>Aún no compartido con otras instancias: %1</translation>
    </message>
    <message>
        <source>The stage is not yet recorded on the conversation: %1</source>
        <translation>La etapa aún no está anotada en la conversación: %1</translation>
    </message>
    <message>
        <source>The participant had already left: %1</source>
        <translation>El participante ya se había ido: %1</translation>
    </message>
    <message>
        <source>The closing message went out before the restart; the disconnect was done on reconciliation.</source>
        <translation>El mensaje de cierre salió antes del reinicio; la desconexión se hizo en la conciliación.</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Enforcement::EnforcementWorker</name>
    <message>
        <source>The enforcer is not running.</source>
        <translation>El ejecutor no está en marcha.</translation>
    </message>
    <message>
        <source>Observe-only mode: nothing was sent.</source>
        <translation>Modo solo observar: no se envió nada.</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Enforcement::StageArbiter</name>
    <message>
        <source>The conversation has ended.</source>
        <translation>La conversación ha terminado.</translation>
    </message>
    <message>
        <source>Already done (%1 recorded at %2), by another instance or before a restart.</source>
        <translation>Ya hecho (%1 anotado a las %2), por otra instancia o antes de un reinicio.</translation>
    </message>
    <message>
        <source>Held back by the rate limit or a retry; decided again on a fresh read.</source>
        <translation>Retenido por el límite de solicitudes o un reintento; se decide de nuevo con una lectura actualizada.</translation>
    </message>
    <message>
        <source>Instance %1 took this stage over while it waited.</source>
        <translation>La instancia %1 se hizo cargo de esta etapa mientras esperaba.</translation>
    </message>
    <message>
        <source>Instance %1 claimed this stage.</source>
        <translation>La instancia %1 se hizo cargo de esta etapa.</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Genesys::ClientCredentials</name>
    <message>
        <source>Cannot reach the login host %1: %2</source>
        <translation>No se puede contactar con el host de inicio de sesión %1: %2</translation>
    </message>
    <message>
        <source>The login host sent no access token.</source>
        <translation>El host de inicio de sesión no envió ningún token de acceso.</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Genesys::PkceSignIn</name>
    <message numerus="yes">
        <source>The sign-in timed out: the browser did not come back within %n minute(s).</source>
        <translation>
            <numerusform>Se agotó el tiempo de inicio de sesión: el navegador no respondió en %n minuto.</numerusform>
            <numerusform>Se agotó el tiempo de inicio de sesión: el navegador no respondió en %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sign-in timed out: the browser did not come back within %n second(s).</source>
        <translation>
            <numerusform>Se agotó el tiempo de inicio de sesión: el navegador no respondió en %n segundo.</numerusform>
            <numerusform>Se agotó el tiempo de inicio de sesión: el navegador no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no way to open a browser for the sign-in.</source>
        <translation>No hay forma de abrir un navegador para iniciar sesión.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the sign-in answer.</source>
        <translation>No se puede escuchar en 127.0.0.1 la respuesta del inicio de sesión.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1 for the sign-in answer; is another program using it?</source>
        <translation>No se puede escuchar en 127.0.0.1, puerto %1, la respuesta del inicio de sesión; ¿lo está usando otro programa?</translation>
    </message>
    <message>
        <source>Cannot reach the login host %1: %2</source>
        <translation>No se puede contactar con el host de inicio de sesión %1: %2</translation>
    </message>
    <message>
        <source>The sign-in page refused this client id or redirect URI: %1</source>
        <translation>La página de inicio de sesión rechazó este ID de cliente o URI de redirección: %1</translation>
    </message>
    <message>
        <source>The sign-in page is not available (HTTP status %1).</source>
        <translation>La página de inicio de sesión no está disponible (estado HTTP %1).</translation>
    </message>
    <message>
        <source>The browser could not be opened for the sign-in.</source>
        <translation>No se pudo abrir el navegador para iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in was denied in the browser.</source>
        <translation>El inicio de sesión se denegó en el navegador.</translation>
    </message>
    <message>
        <source>The sign-in was denied in the browser: %1.</source>
        <translation>El inicio de sesión se denegó en el navegador: %1.</translation>
    </message>
    <message>
        <source>The login host refused the sign-in: %1 (%2).</source>
        <translation>El host de inicio de sesión rechazó el inicio de sesión: %1 (%2).</translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to this sign-in (state mismatch); nothing was signed in. Please try again.</source>
        <translation>La respuesta de inicio de sesión no corresponde a este inicio de sesión (el parámetro state no coincide); no se inició ninguna sesión. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The sign-in answer carried no authorization code.</source>
        <translation>La respuesta de inicio de sesión no incluía ningún código de autorización.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>The login host answered the code exchange with HTTP status %1 instead of a token.</source>
        <translation>El servidor de inicio de sesión respondió al intercambio del código con el estado HTTP %1 en lugar de un token.</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Genesys::Session</name>
    <message>
        <source>No way to sign in was configured.</source>
        <translation>No se configuró ninguna forma de iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Headless::HeadlessRunner</name>
    <message>
        <source>Cannot start: %1</source>
        <translation>No se puede iniciar: %1</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Error al iniciar sesión: %1</translation>
    </message>
    <message numerus="yes">
        <source>Idle Guard enforcer %1: signing in to %2 as client %3; %n queue(s)</source>
        <translation>
            <numerusform>Ejecutor de Idle Guard %1: iniciando sesión en %2 como cliente %3; %n cola</numerusform>
            <numerusform>Ejecutor de Idle Guard %1: iniciando sesión en %2 como cliente %3; %n colas</numerusform>
        </translation>
    </message>
    <message>
        <source>(observe only)</source>
        <translation>(solo observar)</translation>
    </message>
    <message>
        <source>Signed in; enforcing. Journal: %1</source>
        <translation>Sesión iniciada; aplicando las políticas. Registro: %1</translation>
    </message>
    <message>
        <source>live</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>resynchronising</source>
        <translation>resincronizando</translation>
    </message>
    <message>
        <source>offline (%1)</source>
        <translation>sin conexión (%1)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>  by %1</source>
        <translation>  por %1</translation>
    </message>
    <message>
        <source>  (overdue before enforcing began)</source>
        <translation>  (vencido antes de empezar a aplicar la política)</translation>
    </message>
    <message numerus="yes">
        <source>Mirror at stop: %n conversation(s)</source>
        <translation>
            <numerusform>Réplica al detenerse: %n conversación</numerusform>
            <numerusform>Réplica al detenerse: %n conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <source> (oldest %1 s late)</source>
        <translation> (la más antigua con %1 s de retraso)</translation>
    </message>
    <message>
        <source>summary: %1 tracked, %2 counting down, %3 in flight, %4 held for a fresh read, %5 waiting for the rate limit%6 | %7 succeeded, %8 skipped, %9 failed, %10 found done, %11 left to another instance, %12 dropped as stale | feed %13</source>
        <translation>resumen: %1 seguidas, %2 en cuenta atrás, %3 en curso, %4 esperando una lectura nueva, %5 esperando el límite de peticiones%6 | %7 con éxito, %8 omitidas, %9 fallidas, %10 ya hechas, %11 dejadas a otra instancia, %12 descartadas por obsoletas | feed %13</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Sandbox::SandboxBrowser</name>
    <message>
        <source>The sign-in page did not open: %1</source>
        <translation>La página de inicio de sesión no se abrió: %1</translation>
    </message>
    <message>
        <source>The sign-in page did not send the browser back to the app.</source>
        <translation>La página de inicio de sesión no devolvió el navegador a la aplicación.</translation>
    </message>
    <message>
        <source>The app&apos;s sign-in page answered HTTP %1.</source>
        <translation>La página de inicio de sesión de la aplicación respondió HTTP %1.</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Supervision::AlertCenter</name>
    <message>
        <source>Idle Guard could not act</source>
        <translation>Idle Guard no pudo actuar</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>A customer is waiting for a reply</source>
        <translation>Un cliente espera una respuesta</translation>
    </message>
    <message>
        <source>A customer is still waiting for a reply</source>
        <translation>Un cliente sigue esperando una respuesta</translation>
    </message>
    <message>
        <source>%1 is waiting for a reply from %2 (%3).</source>
        <translation>%1 espera que %2 responda (%3).</translation>
    </message>
    <message>
        <source>%1 has waited %2 for a reply from %3 (%4).</source>
        <translation>%1 lleva %2 esperando que %3 responda (%4).</translation>
    </message>
    <message>
        <source>Warning %1</source>
        <translation>La advertencia a %1</translation>
    </message>
    <message>
        <source>The closing message to %1</source>
        <translation>El mensaje de cierre a %1</translation>
    </message>
    <message>
        <source>Freeing the agent of %1</source>
        <translation>La liberación del agente de %1</translation>
    </message>
    <message>
        <source>An action on the conversation with %1</source>
        <translation>Una acción en la conversación con %1</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Un cliente</translation>
    </message>
    <message>
        <source>the agent</source>
        <translation>el agente</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Supervision::AuditReader</name>
    <message>
        <source>The audit journal cannot be read: %1</source>
        <translation>No se puede leer el registro de auditoría: %1</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Supervision::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Message or reason</source>
        <translation>Mensaje o motivo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Decided %1</source>
        <translation>Decidido: %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence: %1</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Enviado: %1</translation>
    </message>
    <message>
        <source>Result %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>The idle policy acted on its own.</source>
        <translation>La política de inactividad actuó por sí sola.</translation>
    </message>
    <message>
        <source>Warning 2</source>
        <translation>Aviso 2</translation>
    </message>
    <message>
        <source>Warning 1</source>
        <translation>Aviso 1</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Closing message</source>
        <translation>Mensaje de cierre</translation>
    </message>
    <message>
        <source>Disconnect (conversation)</source>
        <translation>Desconexión (conversación)</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconexión</translation>
    </message>
    <message>
        <source>Agent flagged</source>
        <translation>Agente marcado</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Posponer %n min</numerusform>
            <numerusform>Posponer %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Eximir</translation>
    </message>
    <message>
        <source>Included again</source>
        <translation>Incluida de nuevo</translation>
    </message>
    <message>
        <source>Timers reset</source>
        <translation>Temporizadores reiniciados</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Done (found after a restart)</source>
        <translation>Hecho (detectado tras un reinicio)</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Instance %1</source>
        <translation>Instancia %1</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalado</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Supervision::JournalExporter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Supervision::SupervisionController</name>
    <message>
        <source>Not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <source>The policy in force could not be saved to %1: %2</source>
        <translation>No se pudo guardar la política vigente en %1: %2</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::ActivityChart</name>
    <message>
        <source>Warnings and closes per hour</source>
        <translation>Advertencias y cierres por hora</translation>
    </message>
    <message>
        <source>Warnings and closes per hour, last 24 hours</source>
        <translation>Advertencias y cierres por hora, últimas 24 horas</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Cierres</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::AlertBar</name>
    <message>
        <source>Show conversation</source>
        <translation>Mostrar conversación</translation>
    </message>
    <message>
        <source>Dismiss the alerts</source>
        <translation>Descartar las alertas</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
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
        <translation>Mostrar Idle Guard</translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n alerta nueva</numerusform>
            <numerusform>%n alertas nuevas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::AlertPresenter</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::AuditFilterBar</name>
    <message>
        <source>Time range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Desde … hasta …</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Todas las colas</translation>
    </message>
    <message>
        <source>Conversation id</source>
        <translation>ID de conversación</translation>
    </message>
    <message>
        <source>Conversation id, or how it starts</source>
        <translation>ID de conversación o su comienzo</translation>
    </message>
    <message>
        <source>Who acted</source>
        <translation>Quién actuó</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Failed or skipped</source>
        <translation>Fallido u omitido</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Closing messages</source>
        <translation>Mensajes de cierre</translation>
    </message>
    <message>
        <source>Disconnects</source>
        <translation>Desconexiones</translation>
    </message>
    <message>
        <source>Agent flags</source>
        <translation>Marcas de agente</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Intervenciones manuales</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the actions this filter shows as a CSV file</source>
        <translation>Guardar como archivo CSV las acciones que muestra este filtro</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>The policy</source>
        <translation>La política</translation>
    </message>
    <message>
        <source>Any supervisor</source>
        <translation>Cualquier supervisor</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::AuditPanel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (usted)</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::AuditView</name>
    <message>
        <source>Audit journal</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>The audit journal opens once the enforcer has started.</source>
        <translation>El registro de auditoría se abre cuando se inicia el ejecutor.</translation>
    </message>
    <message>
        <source>Export the audit journal</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The audit journal is not open yet.</source>
        <translation>El registro de auditoría aún no está abierto.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Error en la exportación: %1</translation>
    </message>
    <message>
        <source>Actions: %1 of %2 read, newest first; scroll for more.</source>
        <translation>Acciones: %1 de %2 leídas, las más recientes primero; desplácese para ver más.</translation>
    </message>
    <message>
        <source>Actions: %1, newest first.</source>
        <translation>Acciones: %1, las más recientes primero.</translation>
    </message>
    <message>
        <source>Exported to %1 (actions: %2).</source>
        <translation>Exportado a %1 (acciones: %2).</translation>
    </message>
    <message>
        <source>An export is under way; wait for it to finish.</source>
        <translation>Hay una exportación en curso; espere a que termine.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::ConnectionIndicator</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Enforcement mode</source>
        <translation>Modo de aplicación</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Offline: sign-in failed (%1)</source>
        <translation>Sin conexión: error al iniciar sesión (%1)</translation>
    </message>
    <message>
        <source>Offline: sign-in needed</source>
        <translation>Sin conexión: inicie sesión</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Resynchronising after a gap…</source>
        <translation>Resincronizando tras una interrupción…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <source>heartbeat %1 s ago</source>
        <translation>señal de vida hace %1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) left this minute</source>
        <translation>
            <numerusform>queda %n solicitud este minuto</numerusform>
            <numerusform>quedan %n solicitudes este minuto</numerusform>
        </translation>
    </message>
    <message>
        <source>Observe-only</source>
        <translation>Solo observar</translation>
    </message>
    <message>
        <source>Enforcing</source>
        <translation>Aplicando</translation>
    </message>
    <message>
        <source>instance %1, claims stages</source>
        <translation>instancia %1, reclama etapas</translation>
    </message>
    <message>
        <source>instance %1, single instance</source>
        <translation>instancia %1, instancia única</translation>
    </message>
    <message>
        <source> · %1 held for a fresh read</source>
        <translation> · %1 en espera de datos actualizados</translation>
    </message>
    <message>
        <source> · %1 dropped as stale</source>
        <translation> · %1 descartadas por obsoletas</translation>
    </message>
    <message>
        <source>%1 done · %2 failed since start</source>
        <translation>%1 hechas · %2 fallidas desde el inicio</translation>
    </message>
    <message>
        <source> · %1 waiting for the rate limit, the oldest %2 s late</source>
        <translation> · %1 esperando el límite de peticiones, la más antigua con %2 s de retraso</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::ConversationTableModel</name>
    <message>
        <source>Queue %1</source>
        <translation>Cola %1</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Conversación %1</translation>
    </message>
    <message>
        <source>Conversation %1, language %2</source>
        <translation>Conversación %1, idioma %2</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Owes reply</source>
        <translation>Turno de</translation>
    </message>
    <message>
        <source>Idle for</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Última etapa</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>The queue the conversation came through</source>
        <translation>La cola por la que llegó la conversación</translation>
    </message>
    <message>
        <source>The customer&apos;s name</source>
        <translation>El nombre del cliente</translation>
    </message>
    <message>
        <source>The connected agent</source>
        <translation>El agente conectado</translation>
    </message>
    <message>
        <source>The messaging channel</source>
        <translation>El canal de mensajería</translation>
    </message>
    <message>
        <source>Who owes the next reply</source>
        <translation>Quién debe responder a continuación</translation>
    </message>
    <message>
        <source>How long the conversation has been silent (or waiting in the queue)</source>
        <translation>Cuánto tiempo lleva la conversación en silencio (o esperando en la cola)</translation>
    </message>
    <message>
        <source>The next stage and the time left until it</source>
        <translation>La siguiente etapa y el tiempo que falta</translation>
    </message>
    <message>
        <source>The last stage carried out in this silence, and how it went</source>
        <translation>La última etapa realizada en este silencio y su resultado</translation>
    </message>
    <message>
        <source>Time since the conversation started</source>
        <translation>Tiempo desde que empezó la conversación</translation>
    </message>
    <message>
        <source>Messages in the conversation</source>
        <translation>Mensajes de la conversación</translation>
    </message>
    <message>
        <source>Snoozes, exemptions, claims and actions under way</source>
        <translation>Aplazamientos, exenciones, reservas y acciones en curso</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::DashboardPage</name>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Todas las conversaciones</translation>
    </message>
    <message>
        <source>Customer owes a reply</source>
        <translation>Turno del cliente</translation>
    </message>
    <message>
        <source>Agent owes a reply</source>
        <translation>Turno del agente</translation>
    </message>
    <message>
        <source>Waiting in queue</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Marcadas</translation>
    </message>
    <message>
        <source>Search customer, agent, queue, id</source>
        <translation>Buscar cliente, agente, cola, ID</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::DetailsPane</name>
    <message>
        <source>Conversation details</source>
        <translation>Detalles de la conversación</translation>
    </message>
    <message>
        <source>&lt;b&gt;No conversation selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ninguna conversación seleccionada&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a conversation in the table to see its messages, the stages carried out and where its next deadline comes from.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione una conversación en la tabla para ver sus mensajes, las etapas realizadas y de dónde viene su próximo plazo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loading the messages…</source>
        <translation>Cargando los mensajes…</translation>
    </message>
    <message>
        <source>The messages could not be read: %1</source>
        <translation>No se pudieron leer los mensajes: %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; with %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; con %2 · %3</translation>
    </message>
    <message>
        <source>no agent</source>
        <translation>ningún agente</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Waiting in queue</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Owes the reply</source>
        <translation>Turno de</translation>
    </message>
    <message>
        <source>Silent for</source>
        <translation>Tiempo en silencio</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>no timer until the agent has written</source>
        <translation>sin temporizador hasta que escriba el agente</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>This idle period</source>
        <translation>Este periodo de inactividad</translation>
    </message>
    <message>
        <source>No stage carried out yet.</source>
        <translation>Aún no se ha realizado ninguna etapa.</translation>
    </message>
    <message>
        <source>Policy in force: %1</source>
        <translation>Política vigente: %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <source>No automatic step is scheduled.</source>
        <translation>No hay ningún paso automático programado.</translation>
    </message>
    <message>
        <source>the end of the snooze at %1</source>
        <translation>el fin del aplazamiento a las %1</translation>
    </message>
    <message>
        <source>the silence that began at %1</source>
        <translation>el silencio que empezó a las %1</translation>
    </message>
    <message>
        <source>Next: %1 at %2 = %3 + %4.</source>
        <translation>Siguiente: %1 a las %2 = %3 + %4.</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Aún no hay mensajes.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Idle Guard (for %1)</source>
        <translation>Idle Guard (por %1)</translation>
    </message>
    <message>
        <source>the agent</source>
        <translation>el agente</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>(text not available)</source>
        <translation>(texto no disponible)</translation>
    </message>
    <message>
        <source>%1 — %2 at %3</source>
        <comment>stage — outcome at time</comment>
        <translation>%1 — %2 a las %3</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::DurationEdit</name>
    <message>
        <source>e.g. 2 min</source>
        <translation>p. ej. 2 min</translation>
    </message>
    <message>
        <source>Type a time with its unit: &quot;45 s&quot;, &quot;2 min&quot;, &quot;1 h 30 min&quot;, or m:ss such as &quot;2:30&quot;.</source>
        <translation>Escriba un tiempo con su unidad: &quot;45 s&quot;, &quot;2 min&quot;, &quot;1 h 30 min&quot; o m:ss como &quot;2:30&quot;.</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::IdleChart</name>
    <message>
        <source>Current idle times</source>
        <translation>Tiempos de inactividad actuales</translation>
    </message>
    <message>
        <source>Customer owes</source>
        <translation>Turno del cliente</translation>
    </message>
    <message>
        <source>Agent owes</source>
        <translation>Turno del agente</translation>
    </message>
    <message>
        <source>How long conversations have been silent</source>
        <translation>Cuánto tiempo llevan en silencio las conversaciones</translation>
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
        <translation>Idle Guard — demo en la organización de pruebas</translation>
    </message>
    <message>
        <source>&amp;Observe only</source>
        <translation>S&amp;olo observar</translation>
    </message>
    <message>
        <source>Show every countdown but send nothing automatically</source>
        <translation>Mostrar todas las cuentas atrás sin enviar nada automáticamente</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out of Genesys Cloud</source>
        <translation>Cerrar la sesión de Genesys Cloud</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Search the conversations</source>
        <translation>Buscar en las conversaciones</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversación</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Error al iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Queues could not be read: %1</source>
        <translation>No se pudieron leer las colas: %1</translation>
    </message>
    <message>
        <source>Observe-only: nothing automatic is sent.</source>
        <translation>Solo observar: no se envía nada automáticamente.</translation>
    </message>
    <message>
        <source>Enforcing: automatic actions are on.</source>
        <translation>Aplicando: las acciones automáticas están activadas.</translation>
    </message>
    <message>
        <source>The enforcer could not start: %1</source>
        <translation>No se pudo iniciar el ejecutor: %1</translation>
    </message>
    <message>
        <source>%1 on a conversation failed: %2</source>
        <translation>%1 en una conversación falló: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Genesys Cloud region or an address.</source>
        <translation>“%1” no es una región de Genesys Cloud ni una dirección.</translation>
    </message>
    <message>
        <source>Your browser opened Genesys Cloud&apos;s sign-in page. Sign in there; this window continues by itself.</source>
        <translation>Su navegador abrió la página de inicio de sesión de Genesys Cloud. Inicie sesión allí; esta ventana continuará sola.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Enforce</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Switch to enforcing? Idle Guard will send warnings and disconnect idle conversations on its own, as the policy says.</source>
        <translation>¿Pasar a aplicar la política? Idle Guard enviará advertencias y desconectará las conversaciones inactivas por su cuenta, según indique la política.</translation>
    </message>
    <message>
        <source>Audit &amp;journal</source>
        <translation>Registro de a&amp;uditoría</translation>
    </message>
    <message>
        <source>Every automatic and manual action, newest first</source>
        <translation>Todas las acciones automáticas y manuales, las más recientes primero</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>This conversation is no longer live.</source>
        <translation>Esta conversación ya no está activa.</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::MessageEditor</name>
    <message>
        <source>The language of the text below; customers get the text in their language, else in the policy&apos;s default language.</source>
        <translation>El idioma del texto de abajo; los clientes reciben el texto en su idioma o, si no existe, en el idioma predeterminado de la política.</translation>
    </message>
    <message>
        <source>Add language…</source>
        <translation>Añadir idioma…</translation>
    </message>
    <message>
        <source>Remove language</source>
        <translation>Quitar idioma</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Insertar marcador</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Añadir un idioma</translation>
    </message>
    <message>
        <source>Language tag of the new text (for example &quot;de&quot;, &quot;es&quot; or &quot;pt-BR&quot;):</source>
        <translation>Código de idioma del nuevo texto (por ejemplo &quot;de&quot;, &quot;es&quot; o &quot;pt-BR&quot;):</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <source>No text in this language: customers who write in it get the default language&apos;s text.</source>
        <translation>No hay texto en este idioma: los clientes que escriben en él reciben el texto del idioma predeterminado.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vista previa: %1</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::PolicyCommands</name>
    <message>
        <source>&amp;Policies…</source>
        <translation>&amp;Políticas…</translation>
    </message>
    <message>
        <source>Edit the idle policies and apply them at once</source>
        <translation>Editar las políticas de inactividad y aplicarlas de inmediato</translation>
    </message>
    <message>
        <source>Change This Queue&apos;s &amp;Thresholds…</source>
        <translation>Cambiar los &amp;umbrales de esta cola…</translation>
    </message>
    <message>
        <source>Open the policy of the selected conversation&apos;s queue</source>
        <translation>Abrir la política de la cola de la conversación seleccionada</translation>
    </message>
    <message>
        <source>Policy revision %1</source>
        <translation>Política, revisión %1</translation>
    </message>
    <message>
        <source>The idle policies this instance enforces, applied at %1. Policies… to change them.</source>
        <translation>Las políticas de inactividad que aplica esta instancia, aplicadas a las %1. Cámbielas en Políticas…</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::PolicyEditorDialog</name>
    <message>
        <source>Idle policies</source>
        <translation>Políticas de inactividad</translation>
    </message>
    <message>
        <source>The enforcer refused the policies</source>
        <translation>El ejecutor rechazó las políticas</translation>
    </message>
    <message>
        <source>The policies in force stay in force.</source>
        <translation>Las políticas vigentes siguen en vigor.</translation>
    </message>
    <message>
        <source>Policies not saved</source>
        <translation>Políticas no guardadas</translation>
    </message>
    <message>
        <source>This queue has its own policy (otherwise it uses the default)</source>
        <translation>Esta cola tiene su propia política (si no, usa la predeterminada)</translation>
    </message>
    <message>
        <source>These policies are the ones this Idle Guard enforces. Another instance on the same queues (a colleague&apos;s window, the headless service) enforces its own policies: apply the same file there.</source>
        <translation>Estas son las políticas que aplica este Idle Guard. Otra instancia en las mismas colas (la ventana de un compañero, el servicio sin ventana) aplica sus propias políticas: aplique allí el mismo archivo.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Undo last apply</source>
        <translation>Deshacer última aplicación</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Default policy</source>
        <translation>Política predeterminada</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>Cola %1</translation>
    </message>
    <message>
        <source>Queue %1 (not in this organisation)</source>
        <translation>Cola %1 (no está en esta organización)</translation>
    </message>
    <message>
        <source>%1 — own policy</source>
        <translation>%1 — política propia</translation>
    </message>
    <message>
        <source>%1 — uses the default</source>
        <translation>%1 — usa la predeterminada</translation>
    </message>
    <message>
        <source>Not enforcing yet. Applied policies take effect once you are signed in.</source>
        <translation>Aún no se aplican. Las políticas aplicadas surten efecto en cuanto inicie sesión.</translation>
    </message>
    <message>
        <source>Not enforcing yet: these policies take effect once you are signed in.</source>
        <translation>Aún no se aplican: estas políticas surten efecto en cuanto inicie sesión.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <source>In force: revision %1, applied at %2.</source>
        <translation>En vigor: revisión %1, aplicada a las %2.</translation>
    </message>
    <message>
        <source>Your changes are not applied yet.</source>
        <translation>Sus cambios aún no se han aplicado.</translation>
    </message>
    <message>
        <source>The editor shows the policies in force.</source>
        <translation>El editor muestra las políticas vigentes.</translation>
    </message>
    <message numerus="yes">
        <source>Fix %n problem(s) to apply.</source>
        <translation>
            <numerusform>Corrija %n problema para aplicar.</numerusform>
            <numerusform>Corrija %n problemas para aplicar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import policies</source>
        <translation>Importar políticas</translation>
    </message>
    <message>
        <source>Policy files (*.json);;All files (*)</source>
        <translation>Archivos de políticas (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export policies</source>
        <translation>Exportar políticas</translation>
    </message>
    <message>
        <source>Policy files (*.json)</source>
        <translation>Archivos de políticas (*.json)</translation>
    </message>
    <message>
        <source>Policies not imported</source>
        <translation>Políticas no importadas</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>%1 tiene %n problema; no se cambió nada.</numerusform>
            <numerusform>%1 tiene %n problemas; no se cambió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Policies not exported</source>
        <translation>Políticas no exportadas</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::PolicyForm</name>
    <message>
        <source>A label for people, e.g. &quot;Billing, evenings&quot;</source>
        <translation>Un nombre para las personas, p. ej. &quot;Facturación, tardes&quot;</translation>
    </message>
    <message>
        <source>Turn-aware</source>
        <translation>Por turnos</translation>
    </message>
    <message>
        <source>Any activity</source>
        <translation>Cualquier actividad</translation>
    </message>
    <message>
        <source>Customer only</source>
        <translation>Solo cliente</translation>
    </message>
    <message>
        <source>Start the customer&apos;s timer only after the agent has written</source>
        <translation>Iniciar el temporizador del cliente solo cuando el agente haya escrito</translation>
    </message>
    <message>
        <source>Count typing as activity</source>
        <translation>Contar el tecleo como actividad</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <source>When the customer is silent</source>
        <translation>Cuando el cliente está en silencio</translation>
    </message>
    <message>
        <source>First warning after</source>
        <translation>Primera advertencia tras</translation>
    </message>
    <message>
        <source>sends the first warning</source>
        <translation>envía la primera advertencia</translation>
    </message>
    <message>
        <source>Second warning after</source>
        <translation>Segunda advertencia tras</translation>
    </message>
    <message>
        <source>sends the second warning</source>
        <translation>envía la segunda advertencia</translation>
    </message>
    <message>
        <source>Close after</source>
        <translation>Cierre tras</translation>
    </message>
    <message>
        <source>sends the closing message and frees the agent</source>
        <translation>envía el mensaje de cierre y libera al agente</translation>
    </message>
    <message>
        <source>When the agent owes a reply</source>
        <translation>Cuando es el turno del agente</translation>
    </message>
    <message>
        <source>Flag after</source>
        <translation>Marcar tras</translation>
    </message>
    <message>
        <source>flags the row and alerts you</source>
        <translation>marca la fila y le avisa</translation>
    </message>
    <message>
        <source>Escalate after</source>
        <translation>Escalar tras</translation>
    </message>
    <message>
        <source>alerts you again (nobody is disconnected)</source>
        <translation>le vuelve a avisar (no se desconecta a nadie)</translation>
    </message>
    <message>
        <source>Switch this stage on or off</source>
        <translation>Activar o desactivar esta etapa</translation>
    </message>
    <message>
        <source>of silence: %1</source>
        <translation>de silencio: %1</translation>
    </message>
    <message>
        <source>The language used when a customer&apos;s language has no text</source>
        <translation>El idioma que se usa cuando no hay texto en el idioma del cliente</translation>
    </message>
    <message>
        <source>Default language:</source>
        <translation>Idioma predeterminado:</translation>
    </message>
    <message>
        <source>First warning</source>
        <translation>Primera advertencia</translation>
    </message>
    <message>
        <source>Second warning</source>
        <translation>Segunda advertencia</translation>
    </message>
    <message>
        <source>Closing message (optional)</source>
        <translation>Mensaje de cierre (opcional)</translation>
    </message>
    <message>
        <source>Disconnect the agent only; the customer can write again and is routed anew</source>
        <translation>Desconectar solo al agente; el cliente puede volver a escribir y se enruta de nuevo</translation>
    </message>
    <message>
        <source>End the whole conversation</source>
        <translation>Terminar toda la conversación</translation>
    </message>
    <message>
        <source>No wrap-up code</source>
        <translation>Sin código de cierre</translation>
    </message>
    <message>
        <source>Reading the organisation&apos;s wrap-up codes…</source>
        <translation>Leyendo los códigos de cierre de la organización…</translation>
    </message>
    <message>
        <source>When the close stage comes:</source>
        <translation>Al llegar la etapa de cierre:</translation>
    </message>
    <message>
        <source>Wrap-up code:</source>
        <translation>Código de cierre:</translation>
    </message>
    <message>
        <source>Timers</source>
        <translation>Temporizadores</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Cierre</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n problem(s))</source>
        <translation>
            <numerusform>%1 (%n problema)</numerusform>
            <numerusform>%1 (%n problemas)</numerusform>
        </translation>
    </message>
    <message>
        <source>The organisation&apos;s wrap-up codes; the agent&apos;s leg gets the code chosen here when the policy frees the agent.</source>
        <translation>Los códigos de cierre (wrap-up) de la organización; el tramo del agente recibe el código elegido aquí cuando la política libera al agente.</translation>
    </message>
    <message>
        <source>wrap-up code id</source>
        <translation>ID del código de cierre</translation>
    </message>
    <message>
        <source>The organisation&apos;s wrap-up codes could not be read (%1). Type the code&apos;s id, or leave the field empty for none.</source>
        <translation>No se pudieron leer los códigos de cierre de la organización (%1). Escriba el ID del código o deje el campo vacío para ninguno.</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>Código desconocido %1</translation>
    </message>
    <message>
        <source>Whoever owes the next reply is timed: a silent customer is warned, an agent who keeps a customer waiting is flagged.</source>
        <translation>Se cronometra a quien tiene el turno: se advierte al cliente en silencio y se marca al agente que hace esperar a un cliente.</translation>
    </message>
    <message>
        <source>Silence on both sides counts: any message restarts the customer&apos;s timer.</source>
        <translation>Cuenta el silencio de ambas partes: cualquier mensaje reinicia el temporizador del cliente.</translation>
    </message>
    <message>
        <source>Only the customer&apos;s messages restart the customer&apos;s timer; the agent&apos;s messages do not.</source>
        <translation>Solo los mensajes del cliente reinician su temporizador; los del agente no.</translation>
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
        <translation>Soporte</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::QueuePicker</name>
    <message>
        <source>Search queues</source>
        <translation>Buscar colas</translation>
    </message>
    <message>
        <source>Queues to watch</source>
        <translation>Colas a supervisar</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Todas</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Ninguna</translation>
    </message>
    <message>
        <source>Watch every queue shown</source>
        <translation>Supervisar todas las colas mostradas</translation>
    </message>
    <message>
        <source>Watch none of the queues shown</source>
        <translation>No supervisar ninguna de las colas mostradas</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n queue(s) watched</source>
        <translation>
            <numerusform>%1 de %n cola supervisada</numerusform>
            <numerusform>%1 de %n colas supervisadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::RowActions</name>
    <message>
        <source>&amp;Disconnect now…</source>
        <translation>&amp;Desconectar ahora…</translation>
    </message>
    <message>
        <source>Send the closing message and disconnect the agent of the selected conversations</source>
        <translation>Enviar el mensaje de cierre y desconectar al agente de las conversaciones seleccionadas</translation>
    </message>
    <message>
        <source>Send &amp;warning now</source>
        <translation>Enviar &amp;advertencia ahora</translation>
    </message>
    <message>
        <source>Send the next warning of the policy to the selected customers now</source>
        <translation>Enviar ahora a los clientes seleccionados la siguiente advertencia de la política</translation>
    </message>
    <message>
        <source>Snooze &amp;5 minutes</source>
        <translation>Posponer &amp;5 minutos</translation>
    </message>
    <message>
        <source>Hold the timers of the selected conversations for 5 minutes</source>
        <translation>Detener 5 minutos los temporizadores de las conversaciones seleccionadas</translation>
    </message>
    <message>
        <source>Snooze &amp;15 minutes</source>
        <translation>Posponer &amp;15 minutos</translation>
    </message>
    <message>
        <source>Hold the timers of the selected conversations for 15 minutes</source>
        <translation>Detener 15 minutos los temporizadores de las conversaciones seleccionadas</translation>
    </message>
    <message>
        <source>Snooze &amp;60 minutes</source>
        <translation>Posponer &amp;60 minutos</translation>
    </message>
    <message>
        <source>Hold the timers of the selected conversations for an hour</source>
        <translation>Detener una hora los temporizadores de las conversaciones seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Exempt</source>
        <translation>&amp;Eximir</translation>
    </message>
    <message>
        <source>Take the selected conversations out of automatic actions</source>
        <translation>Excluir las conversaciones seleccionadas de las acciones automáticas</translation>
    </message>
    <message>
        <source>&amp;Include again</source>
        <translation>&amp;Incluir de nuevo</translation>
    </message>
    <message>
        <source>Put exempted conversations back under automatic actions</source>
        <translation>Volver a incluir las conversaciones exentas en las acciones automáticas</translation>
    </message>
    <message>
        <source>&amp;Reset timers</source>
        <translation>&amp;Reiniciar temporizadores</translation>
    </message>
    <message>
        <source>Start the idle timers of the selected conversations afresh</source>
        <translation>Volver a iniciar los temporizadores de inactividad de las conversaciones seleccionadas</translation>
    </message>
    <message>
        <source>Disconnect now</source>
        <translation>Desconectar ahora</translation>
    </message>
    <message>
        <source>Send warning now</source>
        <translation>Advertir ahora</translation>
    </message>
    <message>
        <source>Snooze %1 minutes</source>
        <translation>Posponer %1 minutos</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Eximir</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>%1: accepted.</source>
        <translation>%1: aceptado.</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 rechazado: %2</translation>
    </message>
    <message numerus="yes">
        <source>Send the closing message and disconnect the agent of %n conversation(s)?</source>
        <translation>
            <numerusform>¿Enviar el mensaje de cierre y desconectar al agente de %n conversación?</numerusform>
            <numerusform>¿Enviar el mensaje de cierre y desconectar al agente de %n conversaciones?</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer can write again later to start a new conversation. This is written to the audit journal with your name and the reason below, if you give one.</source>
        <translation>El cliente puede volver a escribir más tarde para iniciar una nueva conversación. Esto queda anotado en el registro de auditoría con su nombre y el motivo indicado abajo, si lo da.</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Motivo (opcional)</translation>
    </message>
    <message>
        <source>Reason for the disconnect</source>
        <translation>Motivo de la desconexión</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Posponer</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Idle Guard.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio de Idle Guard.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>When an agent leaves a customer waiting past the policy&apos;s threshold</source>
        <translation>Cuando un agente hace esperar a un cliente más de lo que permite la política</translation>
    </message>
    <message>
        <source>When an automatic action fails</source>
        <translation>Cuando falla una acción automática</translation>
    </message>
    <message>
        <source>Notify me:</source>
        <translation>Avisarme:</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::SignInPage</name>
    <message>
        <source>&lt;h2&gt;Sign in to Genesys Cloud&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Iniciar sesión en Genesys Cloud&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Idle Guard watches the message conversations of the queues you choose. Sign-in happens in your web browser; Idle Guard never sees your password.</source>
        <translation>Idle Guard supervisa las conversaciones de mensajería de las colas que elija. El inicio de sesión se hace en su navegador web; Idle Guard nunca ve su contraseña.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>The region of your organisation (the address you sign in at), or a full address such as http://127.0.0.1:8080 for a sandbox.</source>
        <translation>La región de su organización (la dirección en la que inicia sesión) o una dirección completa como http://127.0.0.1:8080 para un entorno de pruebas.</translation>
    </message>
    <message>
        <source>the OAuth client id your administrator gave you</source>
        <translation>de su administrador</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation>ID de cliente OAuth</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>ID de &amp;cliente:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Estado del inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
</context>
<context>
    <name>IdleGuard::Ui::SummaryStrip</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>tracked</source>
        <translation>en seguimiento</translation>
    </message>
    <message>
        <source>Conversations with a connected agent: their idle timers may run.</source>
        <translation>Conversaciones con un agente conectado: sus temporizadores de inactividad pueden correr.</translation>
    </message>
    <message>
        <source>customer owes</source>
        <translation>turno del cliente</translation>
    </message>
    <message>
        <source>Tracked conversations where the customer owes the reply. Click to show them.</source>
        <translation>Conversaciones en seguimiento en las que es el turno del cliente. Haga clic para mostrarlas.</translation>
    </message>
    <message>
        <source>agent owes</source>
        <translation>turno del agente</translation>
    </message>
    <message>
        <source>Tracked conversations where the agent owes the reply. Click to show them.</source>
        <translation>Conversaciones en seguimiento en las que es el turno del agente. Haga clic para mostrarlas.</translation>
    </message>
    <message>
        <source>warned</source>
        <translation>advertidos</translation>
    </message>
    <message>
        <source>Customers warned in their current silence and not closed yet.</source>
        <translation>Clientes advertidos en su silencio actual y aún no cerrados.</translation>
    </message>
    <message>
        <source>auto-closed today</source>
        <translation>cerradas hoy</translation>
    </message>
    <message>
        <source>Conversations the policy closed today. Click to list them in the audit journal.</source>
        <translation>Conversaciones que la política cerró hoy. Haga clic para verlas en el registro de auditoría.</translation>
    </message>
    <message>
        <source>failures today</source>
        <translation>fallos hoy</translation>
    </message>
    <message>
        <source>Actions that failed today, automatic or by hand. Click to list them in the audit journal.</source>
        <translation>Acciones que fallaron hoy, automáticas o manuales. Haga clic para verlas en el registro de auditoría.</translation>
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
        <translation>No se puede exportar el registro: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 journal rows from %2 to %3.</source>
        <translation>Se exportaron %1 filas del registro de %2 a %3.</translation>
    </message>
</context>
<context>
    <name>JournalFilter</name>
    <message>
        <source>The time range ends (%1) before it starts (%2).</source>
        <translation>El periodo termina (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <source>A supervisor was chosen, but not &quot;actions by a supervisor&quot;.</source>
        <translation>Se eligió un supervisor, pero no &quot;acciones de un supervisor&quot;.</translation>
    </message>
</context>
<context>
    <name>OAuthError</name>
    <message>
        <source>The login host does not accept this OAuth client (%1). Check the client id and secret.</source>
        <translation>El host de inicio de sesión no acepta este cliente OAuth (%1). Compruebe el ID de cliente y el secreto.</translation>
    </message>
    <message>
        <source>The sign-in could not be completed: %1. Please sign in again.</source>
        <translation>No se pudo completar el inicio de sesión: %1. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>This OAuth client may not use this kind of sign-in (%1).</source>
        <translation>Este cliente OAuth no puede usar este tipo de inicio de sesión (%1).</translation>
    </message>
    <message>
        <source>The login host refused the request: %1 (%2).</source>
        <translation>El host de inicio de sesión rechazó la solicitud: %1 (%2).</translation>
    </message>
    <message>
        <source>The login host answered with HTTP status %1.</source>
        <translation>El host de inicio de sesión respondió con el estado HTTP %1.</translation>
    </message>
</context>
<context>
    <name>OwnerFiles</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation>no se puede hacer privado %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>no se puede crear la carpeta %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 no es una carpeta</translation>
    </message>
    <message>
        <source>%1 holds a secret but other users may read or change it (mode %2): make it readable by its owner only, e.g. chmod 600 %1</source>
        <translation>%1 contiene un secreto, pero otros usuarios pueden leerlo o cambiarlo (modo %2): haga que solo su propietario pueda leerlo, p. ej. con chmod 600 %1</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>&quot;%1&quot; is not a language tag (expected e.g. &quot;en&quot; or &quot;pt-BR&quot;)</source>
        <translation>&quot;%1&quot; no es un código de idioma (se espera p. ej. &quot;en&quot; o &quot;pt-BR&quot;)</translation>
    </message>
    <message>
        <source>must not be negative (got %1 s)</source>
        <translation>no debe ser negativo (se indicó %1 s)</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>debe ser mayor que cero</translation>
    </message>
    <message>
        <source>must be at least %1 s (got %2 s)</source>
        <translation>debe ser al menos %1 s (se indicó %2 s)</translation>
    </message>
    <message>
        <source>must be at most 8 h (%1 s) (got %2 s)</source>
        <translation>debe ser como máximo 8 h (%1 s) (se indicó %2 s)</translation>
    </message>
    <message>
        <source>must be greater than %1.afterSeconds (%2 s)</source>
        <translation>debe ser mayor que %1.afterSeconds (%2 s)</translation>
    </message>
    <message>
        <source>is required when the stage is enabled</source>
        <translation>es obligatorio cuando la etapa está activada</translation>
    </message>
    <message>
        <source>has no text for the default language &quot;%1&quot;</source>
        <translation>no tiene texto para el idioma predeterminado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language tag</source>
        <translation>&quot;%1&quot; no es un código de idioma</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>is %1 characters long; the platform accepts at most %2</source>
        <translation>tiene %1 caracteres; la plataforma acepta como máximo %2</translation>
    </message>
</context>
<context>
    <name>PolicyCheckCommand</name>
    <message>
        <source>%1; warn %2, warn again %3, close %4 (%5 scope); flag agent %6, escalate %7</source>
        <translation>%1; advertencia %2, nueva advertencia %3, cierre %4 (ámbito %5); marcar agente %6, escalar %7</translation>
    </message>
    <message numerus="yes">
        <source>%1: invalid policy, %n error(s):</source>
        <translation>
            <numerusform>%1: política no válida, %n error:</numerusform>
            <numerusform>%1: política no válida, %n errores:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid policy (format version %2)</source>
        <translation>%1: política válida (versión de formato %2)</translation>
    </message>
</context>
<context>
    <name>PolicyParser</name>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>campo desconocido (se espera uno de: %1)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>must be a string or an object of language tag to text</source>
        <translation>debe ser una cadena o un objeto que asigne textos a códigos de idioma</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>is required when the stage is enabled</source>
        <translation>es obligatorio cuando la etapa está activada</translation>
    </message>
    <message>
        <source>must be a number of seconds</source>
        <translation>debe ser un número de segundos</translation>
    </message>
    <message>
        <source>must be a whole number of seconds (got %1)</source>
        <translation>debe ser un número entero de segundos (se indicó %1)</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected turn-aware, any-activity or customer-only)</source>
        <translation>valor desconocido &quot;%1&quot; (se espera turn-aware, any-activity o customer-only)</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected agent or conversation)</source>
        <translation>valor desconocido &quot;%1&quot; (se espera agent o conversation)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>malformed JSON at %1: %2</source>
        <translation>JSON mal formado en %1: %2</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>el documento debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>is missing (this build reads version %1)</source>
        <translation>falta (esta compilación lee la versión %1)</translation>
    </message>
    <message>
        <source>unsupported version %1 (this build reads version %2)</source>
        <translation>versión %1 no admitida (esta compilación lee la versión %2)</translation>
    </message>
    <message>
        <source>unknown field (expected one of: version, default, queues)</source>
        <translation>campo desconocido (se espera uno de: version, default, queues)</translation>
    </message>
    <message>
        <source>is missing: the default policy covers every queue without its own</source>
        <translation>falta: la política predeterminada cubre todas las colas sin política propia</translation>
    </message>
    <message>
        <source>must be an object of queue id to policy</source>
        <translation>debe ser un objeto que asigne políticas a ID de cola</translation>
    </message>
    <message>
        <source>the queue id must not be empty</source>
        <translation>el ID de cola no debe estar vacío</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>unclosed &quot;{&quot; at position %1</source>
        <translation>&quot;{&quot; sin cerrar en la posición %1</translation>
    </message>
    <message>
        <source>stray &quot;}&quot; at position %1</source>
        <translation>&quot;}&quot; sobrante en la posición %1</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} (known: %2)</source>
        <translation>marcador desconocido {%1} (conocidos: %2)</translation>
    </message>
</context>
<context>
    <name>WindowCommand</name>
    <message>
        <source>%1 is not a valid policy file; the built-in policy is in force.
%2</source>
        <translation>%1 no es un archivo de políticas válido; está en vigor la política integrada.
%2</translation>
    </message>
    <message>
        <source>Idle Guard demo</source>
        <translation>Demo de Idle Guard</translation>
    </message>
    <message>
        <source>The demo could not start.</source>
        <translation>No se pudo iniciar la demo.</translation>
    </message>
    <message>
        <source>The demo signs in to the sandbox organisation on this computer; your browser shows its sign-in page.</source>
        <translation>La demo inicia sesión en la organización de pruebas de este equipo; su navegador muestra su página de inicio de sesión.</translation>
    </message>
    <message>
        <source>No browser can be opened here, so the demo completes the sandbox&apos;s sign-in page itself, as Sam Supervisor.</source>
        <translation>Aquí no se puede abrir ningún navegador, así que la demo completa ella misma la página de inicio de sesión de la organización de pruebas, como Sam Supervisor.</translation>
    </message>
    <message>
        <source>No browser could be opened: the demo signed in on the sandbox&apos;s page by itself.</source>
        <translation>No se pudo abrir ningún navegador: la demo inició sesión sola en la página de la organización de pruebas.</translation>
    </message>
    <message>
        <source>Idle Guard</source>
        <translation>Idle Guard</translation>
    </message>
</context>
</TS>
