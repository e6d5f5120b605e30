// A headless Chromium driven through chromedriver over the W3C WebDriver HTTP API, with only what
// the browser conformance test needs: navigate, find (with the implicit wait doing the waiting),
// click, read, and the browser's console log for failure reports. chromedriver listens on a free
// 127.0.0.1 port; the profile lives in a temporary directory removed at the end.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf'; // W3C WebDriver element reference

function freePort() {
    return new Promise((resolve, reject) => {
        const probe = net.createServer();
        probe.once('error', reject);
        probe.listen(0, '127.0.0.1', () => {
            const { port } = probe.address();
            probe.close(() => resolve(port));
        });
    });
}

export class WebDriverSession {
    static async start({ chromedriver, chromium, timeoutMs = 20_000 }) {
        const port = await freePort();
        const driver = spawn(chromedriver, [`--port=${port}`], { stdio: ['ignore', 'pipe', 'pipe'] });
        const session = new WebDriverSession(driver, `http://127.0.0.1:${port}`);
        try {
            await session.waitUntilListening(timeoutMs);
            session.profile = await mkdtemp(path.join(os.tmpdir(), 'idleguard-chromium-'));
            const created = await session.call('POST', '/session', {
                capabilities: {
                    alwaysMatch: {
                        browserName: 'chrome',
                        'goog:chromeOptions': {
                            binary: chromium,
                            args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
                                '--no-proxy-server', '--no-first-run', `--user-data-dir=${session.profile}`],
                        },
                        'goog:loggingPrefs': { browser: 'ALL' },
                    },
                },
            });
            session.id = created.sessionId;
            return session;
        } catch (error) {
            await session.quit();
            throw error;
        }
    }

    constructor(driver, base) {
        this.driver = driver;
        this.base = base;
        this.output = '';
        this.exited = new Promise((resolve) => driver.once('exit', resolve));
        this.killOnExit = () => driver.kill('SIGKILL');
        process.once('exit', this.killOnExit);
        for (const stream of [driver.stdout, driver.stderr]) {
            stream.setEncoding('utf8');
            stream.on('data', (chunk) => { this.output = (this.output + chunk).slice(-4000); });
        }
    }

    waitUntilListening(timeoutMs) {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`chromedriver did not start:\n${this.output}`)), timeoutMs);
            const check = () => {
                if (!this.output.includes('started successfully')) return;
                clearTimeout(timer);
                this.driver.stdout.off('data', check);
                resolve();
            };
            this.driver.once('error', (error) => { clearTimeout(timer); reject(error); });
            this.exited.then((code) => { clearTimeout(timer); reject(new Error(`chromedriver exited (${code}):\n${this.output}`)); });
            this.driver.stdout.on('data', check);
            check();
        });
    }

    // One WebDriver command; its "value", or an Error with WebDriver's error and message.
    async call(method, route, body) {
        const response = await fetch(`${this.base}${route}`, {
            method,
            headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        const answer = await response.json();
        if (!response.ok) {
            throw new Error(`WebDriver ${method} ${route}: ${answer.value?.error}: ${answer.value?.message}`);
        }
        return answer.value;
    }

    sessionCall(method, route, body) {
        return this.call(method, `/session/${this.id}${route}`, body);
    }

    // How long find() keeps looking for an element that is not there yet.
    setImplicitWait(ms) {
        return this.sessionCall('POST', '/timeouts', { implicit: ms });
    }

    navigate(url) {
        return this.sessionCall('POST', '/url', { url });
    }

    currentUrl() {
        return this.sessionCall('GET', '/url');
    }

    async find(css) {
        const element = await this.sessionCall('POST', '/element', { using: 'css selector', value: css });
        return element[ELEMENT_KEY];
    }

    click(element) {
        return this.sessionCall('POST', `/element/${element}/click`, {});
    }

    isSelected(element) {
        return this.sessionCall('GET', `/element/${element}/selected`);
    }

    text(element) {
        return this.sessionCall('GET', `/element/${element}/text`);
    }

    attribute(element, name) {
        return this.sessionCall('GET', `/element/${element}/attribute/${encodeURIComponent(name)}`);
    }

    // The console messages since the last call (chromedriver's log extension).
    async consoleLog() {
        try {
            return await this.sessionCall('POST', '/se/log', { type: 'browser' });
        } catch (error) {
            return [{ level: 'INFO', message: `(no browser log: ${error.message})` }];
        }
    }

    async quit() {
        if (this.id) {
            await this.sessionCall('DELETE', '').catch(() => {});
            this.id = undefined;
        }
        process.removeListener('exit', this.killOnExit);
        if (this.driver.exitCode === null && this.driver.signalCode === null) {
            this.driver.kill('SIGTERM');
            const timer = setTimeout(() => this.driver.kill('SIGKILL'), 5_000);
            await this.exited;
            clearTimeout(timer);
        }
        if (this.profile) await rm(this.profile, { recursive: true, force: true });
    }
}
