#pragma once

namespace IdleGuard::Sandbox {

class AuthService;
class HttpPipeline;
class Organisation;

// The login host's pages (reference 2.2-2.4): the authorize endpoint with its small sign-in
// page for the emulated people of the organisation, the token endpoint and logout.
class OAuthEndpoints
{
public:
    OAuthEndpoints(AuthService &auth, const Organisation &organisation);
    void registerRoutes(HttpPipeline &pipeline);

private:
    AuthService &m_auth;
    const Organisation &m_organisation;
};

} // namespace IdleGuard::Sandbox
