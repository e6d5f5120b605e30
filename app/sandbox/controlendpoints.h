#pragma once

namespace IdleGuard::Sandbox {

class HttpPipeline;
class Sandbox;

// The /sandbox/ control interface, kept apart from the Genesys paths: step the clock, make
// customers and agents speak or fall silent, inject faults, revoke tokens and read the full
// state. Never rate limited, never faulted. Documented in docs/sandbox.md.
class ControlEndpoints
{
public:
    explicit ControlEndpoints(Sandbox &sandbox);
    void registerRoutes(HttpPipeline &pipeline);

private:
    Sandbox &m_sandbox;
};

} // namespace IdleGuard::Sandbox
