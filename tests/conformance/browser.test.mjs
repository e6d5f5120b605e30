// Browser conformance test: a web page on its own origin (browser/agent.html, served here on
// another 127.0.0.1 port than the sandbox) uses the official SDK's browser build from the pinned
// npm package, signs in with the implicit grant on the sandbox's sign-in page as an agent, lists
// the agent's message conversations, sends the customer a message and ends its own leg. Headless
// Chromium does it, driven through chromedriver (WebDriver); the assertions are on what the page
// reports and on the sandbox's state afterwards. Without CORS on the sandbox the SDK never gets
// past its token check.
//
// Run by CTest (ctest -L conformance) after conformance_npm_ci, or by hand:
//   IDLEGUARD_SANDBOX_BINARY=build/app/idleguard-sandbox \
//   IDLEGUARD_CONFORMANCE_MODULES=build/tests/conformance/node_modules \
//   IDLEGUARD_CHROMIUM=/usr/bin/chromium IDLEGUARD_CHROMEDRIVER=/usr/bin/chromedriver \
//   node --test-reporter=spec tests/conformance/browser.test.mjs
// Exits with 77 (skipped) when Chromium or chromedriver is missing.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { Sandbox } from './sandboxprocess.mjs';
import { WebDriverSession } from './webdriver.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SANDBOX_BINARY = process.env.IDLEGUARD_SANDBOX_BINARY;
const MODULES = process.env.IDLEGUARD_CONFORMANCE_MODULES ?? path.join(here, 'node_modules');
const found = (program) => program && !program.endsWith('-NOTFOUND');
const CHROMIUM = process.env.IDLEGUARD_CHROMIUM;
const CHROMEDRIVER = process.env.IDLEGUARD_CHROMEDRIVER;
if (!found(CHROMIUM) || !found(CHROMEDRIVER)) {
    console.log('SKIP: needs chromium and chromedriver (Debian: chromium, chromium-driver); '
        + 'set IDLEGUARD_CHROMIUM and IDLEGUARD_CHROMEDRIVER');
    process.exit(77);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STEP_TIMEOUT_MS = 30_000;
const WAIT_MS = 20_000; // how long the browser looks for an element that is still to come

// The page's own origin: its HTML and script, and the SDK's browser build from the npm package.
// Nothing else is served, so no path reaches outside these three files.
async function startPageServer() {
    const files = {
        '/agent.html': [path.join(here, 'browser', 'agent.html'), 'text/html; charset=utf-8'],
        '/agent.js': [path.join(here, 'browser', 'agent.js'), 'text/javascript; charset=utf-8'],
        '/sdk/purecloud-platform-client-v2.min.js': [
            path.join(MODULES, 'purecloud-platform-client-v2', 'dist', 'web-cjs', 'purecloud-platform-client-v2.min.js'),
            'text/javascript; charset=utf-8'],
    };
    const server = http.createServer(async (request, response) => {
        const file = files[new URL(request.url, 'http://127.0.0.1').pathname];
        if (request.method !== 'GET' || !file) {
            response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found\n');
            return;
        }
        try {
            const body = await readFile(file[0]);
            response.writeHead(200, { 'Content-Type': file[1], 'Cache-Control': 'no-store' }).end(body);
        } catch (error) {
            response.writeHead(500, { 'Content-Type': 'text/plain' }).end(`${error.message}\n`);
        }
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
    });
    return server;
}

async function eventually(what, probe, timeoutMs = 15_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const result = await probe();
        if (result) return result;
        if (Date.now() > deadline) assert.fail(`${what} did not happen within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}

describe('a browser application on another origin against idleguard-sandbox', () => {
    let sandbox;
    let baseUrl;
    let pages;
    let browser;
    const text = `Thanks for waiting (browser conformance ${randomUUID()}); I am closing this chat now.`;
    const s = {}; // what the steps learn
    const passed = new Set();
    let anyFailure = false;

    const control = async (method, route, body) => {
        const response = await fetch(`${baseUrl}${route}`, {
            method,
            headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        const answer = await response.json();
        assert.ok(response.ok, `${method} ${route}: ${response.status} ${JSON.stringify(answer)}`);
        return answer;
    };
    const conversationInState = async () => (await control('GET', '/sandbox/state')).conversations
        .find((c) => c.id === s.conversationId);

    function step(id, title, needs, fn) {
        it(title, { timeout: STEP_TIMEOUT_MS }, async () => {
            const missing = needs.filter((need) => !passed.has(need));
            if (missing.length > 0) assert.fail(`not run: needs step(s) ${missing.join(', ')}`);
            try {
                await fn();
                passed.add(id);
            } catch (error) {
                anyFailure = true;
                throw error;
            }
        });
    }

    before(async () => {
        assert.ok(SANDBOX_BINARY, 'set IDLEGUARD_SANDBOX_BINARY to the idleguard-sandbox executable');
        // One queue and one agent: the customer below can only go to that agent. Ten times
        // faster, so the simulated agent answers within a second.
        sandbox = await Sandbox.start(SANDBOX_BINARY, ['--port', '0', '--seed', '14', '--queues', '1',
            '--agents', '1', '--conversations', '0', '--speed', '10']);
        baseUrl = `http://127.0.0.1:${sandbox.port}`;
        pages = await startPageServer();
        assert.notEqual(pages.address().port, sandbox.port);
        browser = await WebDriverSession.start({ chromium: CHROMIUM, chromedriver: CHROMEDRIVER });
        await browser.setImplicitWait(WAIT_MS);
    });

    after(async () => {
        if (anyFailure && browser) {
            console.error(`--- browser console ---\n${JSON.stringify(await browser.consoleLog(), null, 1)}`);
        }
        if (anyFailure && sandbox) console.error(`--- last sandbox output ---\n${sandbox.log.join('\n')}`);
        await browser?.quit();
        await new Promise((resolve) => (pages ? pages.close(resolve) : resolve()));
        await sandbox?.stop();
    });

    step('customer', '1. a customer writes and the agent answers; then the simulated people hold still', [], async () => {
        const state = await control('GET', '/sandbox/state');
        s.agent = state.users.find((user) => !user.supervisor);
        const created = await control('POST', '/sandbox/conversations',
            { queueId: state.queues[0].id, customerName: 'Bea Browser', text: 'Hello, is anyone there?' });
        s.conversationId = created.id;
        await eventually('the agent answering', async () => (await conversationInState())?.participants
            .some((p) => p.purpose === 'agent' && p.user?.id === s.agent.id && p.state === 'connected'));
        // The page, not the simulated agent, ends this conversation.
        await control('POST', '/sandbox/simulator', { paused: true });
    });

    step('sign-in-page', '2. the page sends the browser to the sandbox\'s sign-in page (implicit grant)', ['customer'], async () => {
        s.pageUrl = `http://127.0.0.1:${pages.address().port}/agent.html?${new URLSearchParams({ gateway: baseUrl, text })}`;
        await browser.navigate(s.pageUrl);
        s.signIn = await browser.find('#signin'); // waits for the SDK's redirect
        const authorize = new URL(await browser.currentUrl());
        assert.equal(`${authorize.origin}${authorize.pathname}`, `${baseUrl}/oauth/authorize`);
        assert.equal(authorize.searchParams.get('client_id'), 'agent-script');
        assert.equal(authorize.searchParams.get('response_type'), 'token');
        assert.equal(authorize.searchParams.get('redirect_uri'), s.pageUrl);
    });

    step('signed-in', '3. the agent signs in; the page checks its token across origins and does its work', ['sign-in-page'], async () => {
        const option = await browser.find(`#username option[value="${s.agent.email}"]`);
        await browser.click(option);
        assert.equal(await browser.isSelected(option), true);
        await browser.click(s.signIn);
        // Waits for the page to finish. Without CORS the SDK's token check fails and it goes back
        // to the sign-in page for ever: say where the browser ended up.
        const result = await browser.find('#result[data-state]').catch(async (error) => {
            throw new Error(`the page never finished; the browser is at ${await browser.currentUrl()}\n${error.message}`);
        });
        s.state = await browser.attribute(result, 'data-state');
        s.report = JSON.parse(await browser.text(result));
        assert.equal(s.state, 'done', `the page failed: ${JSON.stringify(s.report)}`);
        assert.equal(new URL(await browser.currentUrl()).hash, '', 'the SDK took the token out of the URL');
        assert.equal(s.report.state, 'agent-page');
        assert.deepEqual(s.report.user, { id: s.agent.id, name: s.agent.name });
    });

    step('listed', '4. the page listed the agent\'s message conversations', ['signed-in'], async () => {
        assert.deepEqual(s.report.conversations, [s.conversationId]);
        assert.equal(s.report.conversationId, s.conversationId);
        assert.match(s.report.participantId, UUID);
    });

    step('sent', '5. the page sent the customer a message and could read the exposed headers', ['signed-in'], async () => {
        const sent = s.report.sent;
        assert.equal(sent.status, 200);
        assert.equal(sent.textBody, text);
        assert.match(sent.id, UUID);
        // Only readable across origins through Access-Control-Expose-Headers.
        assert.match(String(sent.correlationId), UUID, 'ININ-Correlation-Id exposed to the page');
        assert.match(String(sent.rateLimitAllowed), /^\d+$/, 'inin-ratelimit-allowed exposed to the page');
    });

    step('ended', '6. the page ended its own leg (202), and an error answer reached it too', ['signed-in'], async () => {
        assert.equal(s.report.disconnect.status, 202);
        // The supervisor's teardown: refused, and the page could read why.
        assert.equal(s.report.teardown?.status, 403, JSON.stringify(s.report.teardown));
        assert.equal(s.report.teardown?.code, 'missing.permissions');
    });

    step('sandbox-state', '7. the sandbox holds the message and the disconnected legs', ['sent', 'ended'], async () => {
        const conversation = await conversationInState();
        const agentLeg = conversation.participants.find((p) => p.id === s.report.participantId);
        assert.equal(agentLeg.user?.id, s.agent.id);
        assert.equal(agentLeg.state, 'disconnected');
        assert.equal(agentLeg.disconnectType, 'client');
        assert.ok((agentLeg.messages ?? []).some((m) => m.messageId === s.report.sent.id),
            'the sent message is on the agent leg');
        const customer = conversation.participants.find((p) => p.purpose === 'customer');
        assert.equal(customer.state, 'disconnected');
        assert.equal(customer.disconnectType, 'peer');

        // The message's text, as the API keeps it (read with the service client's token).
        const token = await fetch(`${baseUrl}/oauth/token`, {
            method: 'POST',
            headers: {
                Authorization: `Basic ${Buffer.from('demo-client:demo-secret').toString('base64')}`,
                'Content-Type': 'application/x-www-form-urlencoded',
            },
            body: 'grant_type=client_credentials',
        }).then((response) => response.json());
        const message = await fetch(
            `${baseUrl}/api/v2/conversations/messages/${s.conversationId}/messages/${s.report.sent.id}`,
            { headers: { Authorization: `Bearer ${token.access_token}` } }).then((response) => response.json());
        assert.equal(message.textBody, text);
        assert.equal(message.direction, 'outbound');
        assert.equal(message.createdBy?.id, s.agent.id);
    });

    step('console', '8. the browser reported no blocked cross-origin request', ['signed-in'], async () => {
        const blocked = (await browser.consoleLog()).filter((entry) => /CORS|Access-Control/i.test(entry.message));
        assert.deepEqual(blocked, []);
    });
});
