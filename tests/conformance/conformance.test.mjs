// Conformance test: the official Genesys Cloud JavaScript SDK (purecloud-platform-client-v2, pinned
// in package.json) runs unchanged against idleguard-sandbox. Every assertion is on what the SDK
// returns, with the field names and enum spellings of the Genesys Cloud API reference the sandbox
// follows (genesys-cloud-api.md; section numbers below refer to it).
//
// Run by CTest (ctest -L conformance), or by hand after CTest's conformance_npm_ci has run:
//   IDLEGUARD_SANDBOX_BINARY=build/app/idleguard-sandbox \
//   IDLEGUARD_CONFORMANCE_MODULES=build/tests/conformance/node_modules \
//   node --test tests/conformance/conformance.test.mjs
//
// Only Node 18 features (Debian 12): node:test, global fetch. Node 18 has no global WebSocket and
// the SDK does not bring the `ws` package, so a tiny RFC 6455 client is below.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import http from 'node:http';
import path from 'node:path';

import { Sandbox } from './sandboxprocess.mjs';

const require = createRequire(import.meta.url);
const modulesDir = process.env.IDLEGUARD_CONFORMANCE_MODULES;
const platformClient = modulesDir
    ? require(path.join(modulesDir, 'purecloud-platform-client-v2'))
    : require('purecloud-platform-client-v2');

const SANDBOX_BINARY = process.env.IDLEGUARD_SANDBOX_BINARY;
const CC_CLIENT = { id: 'demo-client', secret: 'demo-secret' };
const PKCE_CLIENT_ID = 'idleguard-desktop';
const SUPERVISOR = { username: 'sam@acme.example', name: 'Sam Supervisor' };
const REDIRECT_URI = 'http://127.0.0.1:53682/idleguard/callback';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
// MessageMediaParticipant.state and the queue topic's participant state (section 5.1 / 7.4).
const PARTICIPANT_STATES = new Set(['alerting', 'dialing', 'contacting', 'offering', 'connected',
    'disconnected', 'terminated', 'converting', 'uploading', 'transmitting', 'scheduled', 'parked', 'none']);
const MESSAGE_STATUSES = new Set(['queued', 'sent', 'failed', 'received', 'delivery-success',
    'delivery-failed', 'read', 'removed', 'published']);

const STEP_TIMEOUT_MS = 30_000;
const EVENT_TIMEOUT_MS = 15_000;

// ---------------------------------------------------------------------------------------------
// A minimal RFC 6455 client: text frames, client masking, answers pings, closes cleanly.

const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function openWebSocket(uri, timeoutMs = 10_000) {
    const url = new URL(uri);
    assert.equal(url.protocol, 'ws:', `connectUri ${uri} is not a ws:// URI`);
    const key = randomBytes(16).toString('base64');
    return new Promise((resolve, reject) => {
        const request = http.request({
            host: url.hostname,
            port: url.port || 80,
            path: url.pathname + url.search,
            agent: false, // its own connection: a refused upgrade must not leave a socket in the shared pool
            headers: {
                Connection: 'Upgrade',
                Upgrade: 'websocket',
                'Sec-WebSocket-Key': key,
                'Sec-WebSocket-Version': '13',
            },
        });
        request.setTimeout(timeoutMs, () => request.destroy(new Error(`WebSocket handshake with ${uri} timed out`)));
        request.once('error', reject);
        request.once('response', (response) => {
            request.destroy();
            reject(new Error(`WebSocket handshake with ${uri} answered HTTP ${response.statusCode}, not 101`));
        });
        request.once('upgrade', (response, socket, head) => {
            socket.setTimeout(0);
            const expected = createHash('sha1').update(key + WS_GUID).digest('base64');
            if (response.headers['sec-websocket-accept'] !== expected) {
                socket.destroy();
                reject(new Error(`bad Sec-WebSocket-Accept: ${response.headers['sec-websocket-accept']}`));
                return;
            }
            resolve(new WebSocketClient(socket, head));
        });
        request.end();
    });
}

class WebSocketClient {
    constructor(socket, head) {
        this.socket = socket;
        this.buffer = Buffer.alloc(0);
        this.fragments = [];
        this.messages = []; // every JSON text message received, in order
        this.protocolErrors = [];
        this.waiters = new Set();
        this.closed = false;
        socket.setNoDelay(true);
        socket.on('data', (chunk) => this.onData(chunk));
        socket.on('error', (error) => this.protocolErrors.push(`socket error: ${error.message}`));
        socket.on('close', () => {
            this.closed = true;
            for (const waiter of this.waiters) waiter.check();
        });
        if (head.length > 0) this.onData(head);
    }

    onData(chunk) {
        this.buffer = Buffer.concat([this.buffer, chunk]);
        for (;;) {
            if (this.buffer.length < 2) return;
            const fin = (this.buffer[0] & 0x80) !== 0;
            const opcode = this.buffer[0] & 0x0f;
            const masked = (this.buffer[1] & 0x80) !== 0;
            let length = this.buffer[1] & 0x7f;
            let offset = 2;
            if (length === 126) {
                if (this.buffer.length < 4) return;
                length = this.buffer.readUInt16BE(2);
                offset = 4;
            } else if (length === 127) {
                if (this.buffer.length < 10) return;
                length = Number(this.buffer.readBigUInt64BE(2));
                offset = 10;
            }
            const maskLength = masked ? 4 : 0;
            if (this.buffer.length < offset + maskLength + length) return;
            const payload = Buffer.from(this.buffer.subarray(offset + maskLength, offset + maskLength + length));
            if (masked) {
                this.protocolErrors.push('server sent a masked frame (RFC 6455 5.1 forbids it)');
                const mask = this.buffer.subarray(offset, offset + 4);
                for (let i = 0; i < payload.length; ++i) payload[i] ^= mask[i % 4];
            }
            this.buffer = this.buffer.subarray(offset + maskLength + length);
            this.onFrame(fin, opcode, payload);
        }
    }

    onFrame(fin, opcode, payload) {
        switch (opcode) {
        case 0x9: // ping
            this.sendFrame(0xa, payload);
            return;
        case 0xa: // pong
            return;
        case 0x8: // close: echo the status code, then let the server close the TCP connection
            if (!this.closing) this.sendFrame(0x8, payload.subarray(0, 2));
            this.closing = true;
            this.closeCode = payload.length >= 2 ? payload.readUInt16BE(0) : undefined;
            this.socket.end();
            return;
        case 0x1: case 0x2: case 0x0:
            if (opcode === 0x2) this.protocolErrors.push('server sent a binary frame; the API sends JSON text');
            this.fragments.push(payload);
            if (!fin) return;
            this.onMessage(Buffer.concat(this.fragments).toString('utf8'));
            this.fragments = [];
            return;
        default:
            this.protocolErrors.push(`unknown opcode ${opcode}`);
        }
    }

    onMessage(text) {
        let message;
        try {
            message = JSON.parse(text);
        } catch {
            this.protocolErrors.push(`text frame is not JSON: ${text.slice(0, 200)}`);
            return;
        }
        this.messages.push(message);
        for (const waiter of this.waiters) waiter.check();
    }

    sendFrame(opcode, payload) {
        if (this.socket.destroyed) return;
        const mask = randomBytes(4);
        let header;
        if (payload.length < 126) {
            header = Buffer.from([0x80 | opcode, 0x80 | payload.length]);
        } else if (payload.length < 65536) {
            header = Buffer.alloc(4);
            header[0] = 0x80 | opcode;
            header[1] = 0x80 | 126;
            header.writeUInt16BE(payload.length, 2);
        } else {
            header = Buffer.alloc(10);
            header[0] = 0x80 | opcode;
            header[1] = 0x80 | 127;
            header.writeBigUInt64BE(BigInt(payload.length), 2);
        }
        const masked = Buffer.from(payload);
        for (let i = 0; i < masked.length; ++i) masked[i] ^= mask[i % 4];
        this.socket.write(Buffer.concat([header, mask, masked]));
    }

    sendText(text) {
        this.sendFrame(0x1, Buffer.from(text, 'utf8'));
    }

    // Resolves with the first message (already received or still to come) that satisfies
    // `predicate`; on timeout rejects, describing what did arrive (via `describeOthers`).
    waitFor(what, predicate, { timeoutMs = EVENT_TIMEOUT_MS, describeOthers } = {}) {
        return new Promise((resolve, reject) => {
            const waiter = {
                check: () => {
                    const found = this.messages.find(predicate);
                    if (found !== undefined) {
                        finish();
                        resolve(found);
                    } else if (this.closed) {
                        finish();
                        reject(new Error(`WebSocket closed (code ${this.closeCode}) while waiting for ${what}`));
                    }
                },
            };
            const timer = setTimeout(() => {
                finish();
                const topics = [...new Set(this.messages.map((m) => m.topicName))];
                const others = describeOthers ? `\n${describeOthers(this.messages)}` : '';
                reject(new Error(`no ${what} within ${timeoutMs} ms; got ${this.messages.length} messages `
                    + `on topics ${JSON.stringify(topics)}${others}`));
            }, timeoutMs);
            const finish = () => {
                clearTimeout(timer);
                this.waiters.delete(waiter);
            };
            this.waiters.add(waiter);
            waiter.check();
        });
    }

    close() {
        if (this.closed) return;
        if (!this.closing) this.sendFrame(0x8, Buffer.from([0x03, 0xe8])); // 1000 normal closure
        this.closing = true;
        setTimeout(() => this.socket.destroy(), 1_000).unref();
    }
}

// ---------------------------------------------------------------------------------------------
// Helpers

const base64url = (buffer) => buffer.toString('base64url');

function decodeHtmlEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (entity, name) => {
        const lower = name.toLowerCase();
        if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
        if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
        return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower];
    });
}

function htmlAttributes(tag) {
    const attributes = {};
    for (const match of tag.matchAll(/([a-zA-Z_:][-\w:.]*)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
        attributes[match[1].toLowerCase()] = decodeHtmlEntities(match[2] ?? match[3] ?? match[4] ?? '');
    }
    return attributes;
}

// The sign-in page's <form>: its method, action and hidden fields.
function parseSignInForm(html) {
    const formTag = /<form\b([^>]*)>/i.exec(html);
    assert.ok(formTag, `the sign-in page has no <form>:\n${html.slice(0, 500)}`);
    const form = htmlAttributes(formTag[1]);
    const hidden = {};
    for (const input of html.matchAll(/<input\b([^>]*)>/gi)) {
        const attributes = htmlAttributes(input[1]);
        if ((attributes.type ?? '').toLowerCase() === 'hidden' && attributes.name) hidden[attributes.name] = attributes.value ?? '';
    }
    return { method: (form.method ?? 'get').toLowerCase(), action: form.action ?? '', hidden };
}

// Browser sign-in of the supervisor through the PKCE client, done with fetch: GET the authorize
// page, POST its form with the username, read the code from the 302's Location.
async function signInSupervisor(baseUrl, codeVerifier) {
    const state = base64url(randomBytes(12));
    const parameters = {
        client_id: PKCE_CLIENT_ID,
        redirect_uri: REDIRECT_URI,
        response_type: 'code',
        code_challenge: base64url(createHash('sha256').update(codeVerifier).digest()),
        code_challenge_method: 'S256',
        state,
    };
    const authorizeUrl = `${baseUrl}/oauth/authorize?${new URLSearchParams(parameters)}`;
    const page = await fetch(authorizeUrl, { redirect: 'manual' });
    const html = await page.text();
    assert.equal(page.status, 200, `GET /oauth/authorize: ${html.slice(0, 300)}`);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);

    const form = parseSignInForm(html);
    assert.equal(form.method, 'post');
    const action = new URL(form.action || authorizeUrl, authorizeUrl);
    assert.equal(action.pathname, '/oauth/authorize');
    for (const [name, value] of Object.entries(parameters)) {
        assert.equal(form.hidden[name], value, `hidden field ${name} of the sign-in form`);
    }

    const answer = await fetch(action, {
        method: 'POST',
        redirect: 'manual',
        body: new URLSearchParams({ ...form.hidden, username: SUPERVISOR.username }),
    });
    assert.equal(answer.status, 302, `POST /oauth/authorize: ${await answer.text()}`);
    const location = new URL(answer.headers.get('location'));
    assert.equal(`${location.origin}${location.pathname}`, REDIRECT_URI);
    assert.equal(location.searchParams.get('state'), state);
    assert.equal(location.searchParams.get('error'), null, `sign-in error: ${location.search}`);
    const code = location.searchParams.get('code');
    assert.ok(code, `no code in ${location}`);
    return code;
}

// What a call that must fail rejected with: for API calls with extended responses on that is
// { status, headers, body }, for the login calls the axios error (status in error.response).
async function rejection(promise) {
    try {
        await promise;
    } catch (error) {
        return error;
    }
    assert.fail('the SDK call succeeded but should have been rejected');
}

function assertIsoDate(value, what) {
    assert.match(String(value), ISO_DATE, `${what} is not an ISO-8601 UTC date-time`);
}

function assertListing(listing, pageSize, pageNumber) {
    assert.ok(Array.isArray(listing.entities), 'entities is an array');
    assert.equal(listing.pageSize, pageSize);
    assert.equal(listing.pageNumber, pageNumber);
    assert.equal(typeof listing.total, 'number');
    assert.equal(listing.pageCount, Math.ceil(listing.total / pageSize));
}

function assertParticipantEnums(participant, where) {
    assert.ok(PARTICIPANT_STATES.has(participant.state), `${where}: participant state ${JSON.stringify(participant.state)}`);
    assert.equal(participant.purpose, participant.purpose?.toLowerCase(), `${where}: purpose is lowercase`);
    if (participant.direction !== undefined) {
        assert.ok(['inbound', 'outbound'].includes(participant.direction), `${where}: direction ${participant.direction}`);
    }
}

// Each step names the steps whose results it needs; when one of those failed it reports "not run"
// instead of burying the first failure in follow-ups.
const passed = new Set();
let anyFailure = false;
function step(id, title, { needs = [] }, fn) {
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

async function eventually(what, probe, timeoutMs = EVENT_TIMEOUT_MS) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const result = await probe();
        if (result) return result;
        if (Date.now() > deadline) assert.fail(`${what} did not happen within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 200));
    }
}

// ---------------------------------------------------------------------------------------------
// The test

describe('official Genesys JavaScript SDK against idleguard-sandbox', () => {
    const client = platformClient.ApiClient.instance;
    const usersApi = new platformClient.UsersApi();
    const routingApi = new platformClient.RoutingApi();
    const analyticsApi = new platformClient.AnalyticsApi();
    const conversationsApi = new platformClient.ConversationsApi();
    const notificationsApi = new platformClient.NotificationsApi();

    let sandbox;
    let baseUrl;
    let socket;
    const s = {}; // what the steps learn: queue, conversation, participants, channel, ...

    before(async () => {
        assert.ok(SANDBOX_BINARY, 'set IDLEGUARD_SANDBOX_BINARY to the idleguard-sandbox executable');
        sandbox = await Sandbox.start(SANDBOX_BINARY, ['--port', '0', '--seed', '7', '--speed', '1']);
        baseUrl = `http://127.0.0.1:${sandbox.port}`;
        // The SDK's documented way to talk to something else than *.mypurecloud.com (section 10).
        client.setGateway({ host: '127.0.0.1', protocol: 'http', port: sandbox.port });
        client.setReturnExtendedResponses(true);
    });

    after(async () => {
        socket?.close();
        if (anyFailure && sandbox) console.error(`--- last sandbox output ---\n${sandbox.log.join('\n')}`);
        await sandbox?.stop();
    });

    step('cc-login', '1. client-credentials login: a wrong secret is rejected, the right one accepted', {}, async () => {
        const wrong = await rejection(client.loginClientCredentialsGrant(CC_CLIENT.id, 'not-the-secret'));
        assert.equal(wrong.response?.status, 401, `wrong secret: ${wrong.message}`);
        assert.equal(typeof wrong.response.data?.error, 'string', 'token error JSON has "error"');

        const auth = await client.loginClientCredentialsGrant(CC_CLIENT.id, CC_CLIENT.secret);
        assert.equal(typeof auth.accessToken, 'string');
        assert.ok(auth.accessToken.length > 0);
        assert.ok(auth.tokenExpiryTime > Date.now(), 'expires_in gave a future expiry');
    });

    step('cc-me', '2a. users/me with a client-credentials token is 400 bad.request', { needs: ['cc-login'] }, async () => {
        const error = await rejection(usersApi.getUsersMe());
        assert.equal(error.status, 400);
        assert.equal(error.body?.code, 'bad.request');
        assert.equal(error.body?.status, 400);
    });

    step('pkce-wrong', '2b. PKCE: a wrong code_verifier is refused at the token endpoint', {}, async () => {
        const code = await signInSupervisor(baseUrl, base64url(randomBytes(64)));
        const error = await rejection(client.authorizePKCEGrant(PKCE_CLIENT_ID, base64url(randomBytes(64)), code, REDIRECT_URI));
        assert.ok([400, 401].includes(error.response?.status), `wrong verifier: ${error.message}`);
    });

    step('pkce', '2c. PKCE browser sign-in as the supervisor, then users/me is Sam Supervisor', {}, async () => {
        const verifier = base64url(randomBytes(64)); // 86 characters of [A-Za-z0-9-_]
        const code = await signInSupervisor(baseUrl, verifier);
        const auth = await client.authorizePKCEGrant(PKCE_CLIENT_ID, verifier, code, REDIRECT_URI);
        assert.equal(typeof auth.accessToken, 'string');
        assert.ok(auth.accessToken.length > 0);

        const me = await usersApi.getUsersMe();
        assert.equal(me.status, 200);
        assert.equal(me.body.name, SUPERVISOR.name);
        assert.match(me.body.id, UUID);
    });

    step('queues', '3. routing/queues pages through QueueEntityListing', { needs: ['pkce'] }, async () => {
        const first = await routingApi.getRoutingQueues({ pageSize: 2, pageNumber: 1 });
        assert.equal(first.status, 200);
        assertListing(first.body, 2, 1);
        assert.equal(first.body.entities.length, 2);
        assert.ok(first.body.total >= 3, `total ${first.body.total} >= 3`);
        assert.equal(typeof first.body.nextUri, 'string');
        assert.ok(first.body.previousUri == null, 'no previousUri on page 1');
        for (const queue of first.body.entities) {
            assert.match(queue.id, UUID);
            assert.equal(typeof queue.name, 'string');
        }

        const second = await routingApi.getRoutingQueues({ pageSize: 2, pageNumber: 2 });
        assert.equal(second.status, 200);
        assertListing(second.body, 2, 2);
        assert.equal(second.body.entities.length, Math.min(2, second.body.total - 2));
        assert.equal(typeof second.body.previousUri, 'string');
        const firstIds = new Set(first.body.entities.map((q) => q.id));
        assert.ok(second.body.entities.every((q) => !firstIds.has(q.id)), 'page 2 repeats no queue of page 1');
        s.queue = first.body.entities[0];
        s.queueHeaders = first.headers;
    });

    step('headers', '3b. REST responses carry rate-limit and correlation headers', { needs: ['queues'] }, async () => {
        const headers = s.queueHeaders;
        for (const name of ['inin-ratelimit-allowed', 'inin-ratelimit-count', 'inin-ratelimit-reset']) {
            assert.match(String(headers[name]), /^\d+$/, `header ${name}`);
        }
        assert.ok(Number(headers['inin-ratelimit-allowed']) > 0);
        assert.ok(headers['inin-correlation-id'], 'header ININ-Correlation-Id');
    });

    step('analytics', '4. analytics details query finds active message conversations of the queue', { needs: ['queues'] }, async () => {
        const day = 24 * 3600 * 1000;
        const midnight = new Date();
        midnight.setUTCHours(0, 0, 0, 0);
        const query = {
            interval: `${new Date(midnight.getTime() - day).toISOString()}/${new Date(midnight.getTime() + 2 * day).toISOString()}`,
            order: 'desc',
            orderBy: 'conversationStart',
            paging: { pageSize: 100, pageNumber: 1 },
            conversationFilters: [
                { type: 'and', predicates: [{ type: 'dimension', dimension: 'conversationEnd', operator: 'notExists' }] },
            ],
            segmentFilters: [{
                type: 'and',
                predicates: [{ type: 'dimension', dimension: 'mediaType', operator: 'matches', value: 'message' }],
                clauses: [{ type: 'or', predicates: [
                    { type: 'dimension', dimension: 'queueId', operator: 'matches', value: s.queue.id },
                ] }],
            }],
        };
        const result = await analyticsApi.postAnalyticsConversationsDetailsQuery(query);
        assert.equal(result.status, 200);
        const conversations = result.body.conversations ?? [];
        assert.ok(conversations.length > 0, `no active message conversation in queue ${s.queue.name}`);

        for (const conversation of conversations) {
            const where = `analytics conversation ${conversation.conversationId}`;
            assert.match(conversation.conversationId, UUID, where);
            assertIsoDate(conversation.conversationStart, `${where} conversationStart`);
            assert.equal(conversation.conversationEnd, undefined, `${where}: conversationEnd notExists`);
            const sessions = conversation.participants.flatMap((p) => p.sessions ?? []);
            assert.ok(sessions.some((session) => session.mediaType === 'message'), `${where}: a message session`);
            assert.ok(sessions.some((session) => (session.segments ?? []).some((seg) => seg.queueId === s.queue.id)),
                `${where}: a segment in queue ${s.queue.id}`);
        }

        // An active conversation whose agent leg and customer leg are both still connected.
        for (const candidate of conversations) {
            const agent = candidate.participants.find((p) => p.purpose === 'agent');
            if (!agent) continue;
            const conversation = await conversationsApi.getConversationsMessage(candidate.conversationId);
            const participants = conversation.body.participants ?? [];
            const agentLeg = participants.find((p) => p.purpose === 'agent' && p.state === 'connected');
            const customerLeg = participants.find((p) => p.purpose === 'customer' && p.state === 'connected');
            if (!agentLeg || !customerLeg) continue;
            assert.ok(participants.some((p) => p.id === agent.participantId),
                `analytics agent participantId ${agent.participantId} is a participant id of the conversation`);
            s.conversationId = candidate.conversationId;
            break;
        }
        assert.ok(s.conversationId, 'no analytics hit with a connected agent and customer');
    });

    step('conversation', '5. conversations/messages/{id} is a MessageConversation', { needs: ['analytics'] }, async () => {
        const result = await conversationsApi.getConversationsMessage(s.conversationId);
        assert.equal(result.status, 200);
        const conversation = result.body;
        assert.equal(conversation.id, s.conversationId);
        assert.ok(Array.isArray(conversation.participants));
        for (const participant of conversation.participants) {
            assertParticipantEnums(participant, `participant ${participant.id}`);
            assert.match(participant.id, UUID);
            for (const message of participant.messages ?? []) {
                assert.equal(typeof message.messageId, 'string', `participant ${participant.id}: messages[].messageId`);
                assertIsoDate(message.messageTime, `message ${message.messageId} messageTime`);
                if (message.messageStatus !== undefined) {
                    assert.ok(MESSAGE_STATUSES.has(message.messageStatus), `messageStatus ${message.messageStatus}`);
                }
            }
        }
        const customer = conversation.participants.find((p) => p.purpose === 'customer' && p.state === 'connected');
        const agent = conversation.participants.find((p) => p.purpose === 'agent' && p.state === 'connected');
        assert.ok(customer, 'a connected customer participant');
        assert.ok(agent, 'a connected agent participant');
        assert.ok(conversation.participants.some((p) => (p.messages ?? []).length > 0), 'some messages[] entry');
        s.agentParticipantId = agent.id;
    });

    step('communication', '6. conversations/{id}: the agent participant\'s messages[0].id is the communication id', { needs: ['conversation'] }, async () => {
        const result = await conversationsApi.getConversation(s.conversationId);
        assert.equal(result.status, 200);
        assert.equal(result.body.id, s.conversationId);
        const agent = result.body.participants.find((p) => p.id === s.agentParticipantId);
        assert.ok(agent, `participant ${s.agentParticipantId} in the generic Conversation`);
        assert.equal(agent.purpose, 'agent');
        assert.ok(Array.isArray(agent.messages) && agent.messages.length > 0, 'agent participant has messages[] (communications)');
        const communication = agent.messages[0];
        assert.equal(typeof communication.id, 'string');
        assert.ok(communication.id.length > 0);
        assert.equal(communication.state, 'connected');
        s.communicationId = communication.id;
    });

    step('channel', '7a. notification channel and queue topic subscription (subscribe before acting)', { needs: ['queues'] }, async () => {
        const channel = await notificationsApi.postNotificationsChannels();
        assert.equal(channel.status, 200);
        assert.equal(typeof channel.body.id, 'string');
        assert.ok(channel.body.connectUri.startsWith(`ws://127.0.0.1:${sandbox.port}/`), `connectUri ${channel.body.connectUri}`);
        assertIsoDate(channel.body.expires, 'channel expires');
        assert.ok(Date.parse(channel.body.expires) > Date.now(), 'channel expires in the future');

        s.topic = `v2.routing.queues.${s.queue.id}.conversations.messages`;
        const subscriptions = await notificationsApi.putNotificationsChannelSubscriptions(channel.body.id, [{ id: s.topic }]);
        assert.equal(subscriptions.status, 200);
        assert.deepEqual(subscriptions.body.entities.map(({ id, state }) => ({ id, state })), [{ id: s.topic, state: 'Permitted' }]);
        s.channel = channel.body;
    });

    step('socket', '7b. WebSocket at connectUri answers {"message":"ping"} with a pong', { needs: ['channel'] }, async () => {
        socket = await openWebSocket(s.channel.connectUri);
        socket.sendText(JSON.stringify({ message: 'ping' }));
        await socket.waitFor('pong on channel.metadata',
            (m) => m.topicName === 'channel.metadata' && m.eventBody?.message === 'pong');
    });

    const conversationEvents = (messages) => messages
        .filter((m) => m.eventBody?.id === s.conversationId)
        .map((m) => JSON.stringify(m).slice(0, 1500)).join('\n') || '(no event for this conversation)';

    step('send', '8a. send a message on the agent communication: MessageData, then listed on the agent leg', { needs: ['communication'] }, async () => {
        const text = `Conformance check ${randomUUID()}: are you still there?`;
        const sent = await conversationsApi.postConversationsMessageCommunicationMessages(
            s.conversationId, s.communicationId, { textBody: text });
        assert.equal(sent.status, 200);
        assert.equal(typeof sent.body.id, 'string');
        assert.ok(['queued', 'sent'].includes(sent.body.status), `status ${sent.body.status}`);
        assert.equal(sent.body.direction, 'outbound');
        assert.equal(sent.body.textBody, text);
        assert.equal(sent.body.conversationId, s.conversationId);
        s.sentMessageId = sent.body.id;

        // The REST view lists it on the agent leg, as MessageDetails (messageId, not message.id).
        const after = await conversationsApi.getConversationsMessage(s.conversationId);
        const agent = after.body.participants.find((p) => p.id === s.agentParticipantId);
        assert.ok((agent.messages ?? []).some((m) => m.messageId === sent.body.id),
            'GET conversations/messages/{id} lists the sent message on the agent participant');
    });

    step('send-event', '8b. the queue topic delivers the sent message on the agent participant', { needs: ['send', 'socket'] }, async () => {
        const agentHasMessage = (participant) => participant.id === s.agentParticipantId
            && (participant.messages ?? []).some((m) => m.message?.id === s.sentMessageId);
        const event = await socket.waitFor(`queue-topic event carrying message ${s.sentMessageId}`,
            (m) => m.topicName === s.topic && m.eventBody?.id === s.conversationId
                && (m.eventBody.participants ?? []).some(agentHasMessage),
            { describeOthers: conversationEvents });
        assert.equal(typeof event.version, 'string');
        assert.equal(typeof event.metadata?.CorrelationId, 'string');
        for (const participant of event.eventBody.participants) {
            assertParticipantEnums(participant, `event participant ${participant.id}`);
        }
        const entry = event.eventBody.participants.find(agentHasMessage).messages.find((m) => m.message.id === s.sentMessageId);
        assertIsoDate(entry.messageTime, 'event message messageTime');
        assert.ok(MESSAGE_STATUSES.has(entry.messageStatus), `event messageStatus ${entry.messageStatus}`);
    });

    const agentState = async () => {
        const now = await conversationsApi.getConversationsMessage(s.conversationId);
        return now.body.participants.find((p) => p.id === s.agentParticipantId);
    };

    step('disconnect', '9a. PATCH the agent participant to disconnected: 202 without body, then GET shows it', { needs: ['conversation'] }, async () => {
        const patched = await conversationsApi.patchConversationsMessageParticipant(
            s.conversationId, s.agentParticipantId, { body: { state: 'disconnected' } });
        assert.equal(patched.status, 202);
        assert.ok(patched.body === undefined || patched.body === null || patched.body === '', `no body, got ${JSON.stringify(patched.body)}`);

        const agent = await eventually('agent participant state disconnected in GET',
            async () => { const p = await agentState(); return p?.state === 'disconnected' && p; });
        assertIsoDate(agent.endTime, 'disconnected agent endTime');
    });

    step('disconnect-event', '9b. the queue topic delivers the agent participant as disconnected', { needs: ['disconnect', 'socket'] }, async () => {
        await socket.waitFor(`queue-topic event with participant ${s.agentParticipantId} disconnected`,
            (m) => m.topicName === s.topic && m.eventBody?.id === s.conversationId
                && (m.eventBody.participants ?? []).some((p) => p.id === s.agentParticipantId && p.state === 'disconnected'),
            { describeOthers: conversationEvents });
    });

    step('disconnect-again', '9c. a second identical PATCH is 409 conflict', { needs: ['disconnect'] }, async () => {
        const again = await rejection(conversationsApi.patchConversationsMessageParticipant(
            s.conversationId, s.agentParticipantId, { body: { state: 'disconnected' } }));
        assert.equal(again.status, 409, `second PATCH: ${JSON.stringify(again.body ?? again.message)}`);
        assert.equal(again.body?.code, 'conflict');
        assert.equal(again.body?.status, 409);
    });

    step('not-found', '10. an unknown conversation id is 404 not.found (plain, non-extended SDK responses)', { needs: ['pkce'] }, async () => {
        client.setReturnExtendedResponses(false);
        try {
            // Without extended responses the SDK rejects with the ErrorBody itself.
            const error = await rejection(conversationsApi.getConversationsMessage(randomUUID()));
            assert.equal(error.status, 404);
            assert.equal(error.code, 'not.found');
            assert.equal(typeof error.message, 'string');
        } finally {
            client.setReturnExtendedResponses(true);
        }
    });

    step('protocol', '11. the WebSocket saw no protocol errors', { needs: ['socket'] }, async () => {
        assert.deepEqual(socket.protocolErrors, []);
    });
});
