// The agent page's script, written as for Genesys Cloud itself: the only sandbox-specific line is
// setGateway, the SDK's documented way to talk to another host. The page's query names the
// gateway (?gateway=http://127.0.0.1:PORT) and the text to send (&text=...). It reports what it
// did, or why it failed, as JSON in #result with data-state "done" or "failed".
'use strict';

const CLIENT_ID = 'agent-script'; // the sandbox's implicit-grant client

function report(state, details) {
    const result = document.getElementById('result');
    result.textContent = JSON.stringify(details, null, 2);
    result.dataset.state = state;
}

// What an SDK rejection says: with extended responses it is { status, headers, body }.
function describeFailure(error) {
    return {
        message: String(error?.message ?? error?.body?.message ?? error),
        status: error?.status,
        code: error?.body?.code,
    };
}

async function main() {
    const platformClient = require('platformClient');
    const client = platformClient.ApiClient.instance;
    const params = new URLSearchParams(window.location.search);
    const gateway = new URL(params.get('gateway'));
    client.setGateway({ host: gateway.hostname, protocol: gateway.protocol.replace(':', ''), port: Number(gateway.port) });

    // Without a token in the URL's fragment this navigates to the sign-in page and never returns;
    // after the redirect back it checks the token with GET /api/v2/tokens/me.
    const redirectUri = window.location.origin + window.location.pathname + window.location.search;
    const auth = await client.loginImplicitGrant(CLIENT_ID, redirectUri, { state: 'agent-page' });
    client.setReturnExtendedResponses(true);

    const usersApi = new platformClient.UsersApi();
    const conversationsApi = new platformClient.ConversationsApi();
    const me = (await usersApi.getUsersMe()).body;
    const listing = (await conversationsApi.getConversationsMessages()).body;
    const isMyLeg = (p) => p.purpose === 'agent' && p.user?.id === me.id && p.state === 'connected';
    const conversation = listing.entities.find((c) => c.participants.some(isMyLeg));
    if (!conversation) throw new Error(`no connected message conversation for ${me.name}`);
    const myLeg = conversation.participants.find(isMyLeg);
    // The customer's peer is the agent's communication, the one to post on.
    const customer = conversation.participants.find((p) => p.purpose === 'customer' && p.state === 'connected');

    const sent = await conversationsApi.postConversationsMessageCommunicationMessages(
        conversation.id, customer.peer, { textBody: params.get('text') });
    const ended = await conversationsApi.patchConversationsMessageParticipant(
        conversation.id, myLeg.id, { body: { state: 'disconnected' } });

    // A call agents may not make: its error must reach the page as well.
    let teardown = null;
    try {
        await conversationsApi.postConversationDisconnect(conversation.id);
    } catch (error) {
        teardown = describeFailure(error);
    }

    report('done', {
        state: auth.state,
        user: { id: me.id, name: me.name },
        conversations: listing.entities.map((c) => c.id),
        conversationId: conversation.id,
        participantId: myLeg.id,
        sent: {
            status: sent.status,
            id: sent.body.id,
            textBody: sent.body.textBody,
            correlationId: sent.headers['inin-correlation-id'] ?? null,
            rateLimitAllowed: sent.headers['inin-ratelimit-allowed'] ?? null,
        },
        disconnect: { status: ended.status },
        teardown,
    });
}

main().catch((error) => report('failed', describeFailure(error)));
