// The idleguard-sandbox executable as a child process for the conformance tests: started on a
// free port (the test waits for its "listening" line), its last output kept for failure reports,
// stopped with SIGTERM (SIGKILL if it hangs, and when the test process exits).
import { spawn } from 'node:child_process';

export class Sandbox {
    static async start(binary, args) {
        const sandbox = new Sandbox(spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] }));
        sandbox.port = await sandbox.waitForListening(30_000);
        return sandbox;
    }

    constructor(child) {
        this.child = child;
        this.log = []; // the last lines of its output, shown when a step fails
        this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
        this.exited.then(({ code, signal }) => { this.exitStatus = signal ?? code; });
        this.killOnExit = () => child.kill('SIGKILL');
        process.once('exit', this.killOnExit);
        for (const [name, stream] of [['out', child.stdout], ['err', child.stderr]]) {
            let partial = '';
            stream.setEncoding('utf8');
            stream.on('data', (chunk) => {
                const lines = (partial + chunk).split('\n');
                partial = lines.pop();
                for (const line of lines) this.remember(name, line);
            });
        }
    }

    remember(stream, line) {
        this.log.push(`[sandbox ${stream}] ${line}`);
        if (this.log.length > 200) this.log.shift();
        this.onLine?.(line);
    }

    waitForListening(timeoutMs) {
        return new Promise((resolve, reject) => {
            const fail = (why) => {
                clearTimeout(timer);
                reject(new Error(`idleguard-sandbox did not start: ${why}\n${this.log.join('\n')}`));
            };
            const timer = setTimeout(() => fail(`no "listening" line within ${timeoutMs} ms`), timeoutMs);
            this.child.once('error', (error) => fail(error.message));
            this.exited.then(({ code, signal }) => fail(`it exited (${signal ?? code})`));
            this.onLine = (line) => {
                const match = /idleguard-sandbox listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(line);
                if (match) {
                    clearTimeout(timer);
                    this.onLine = null;
                    resolve(Number(match[1]));
                }
            };
        });
    }

    async stop() {
        process.removeListener('exit', this.killOnExit);
        if (this.exitStatus !== undefined) return;
        this.child.kill('SIGTERM');
        const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
        await this.exited;
        clearTimeout(timer);
    }
}
