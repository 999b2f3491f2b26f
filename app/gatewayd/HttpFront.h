// SPDX-License-Identifier: Apache-2.0
#pragma once

// The daemon's HTTP side, on libmicrohttpd (docs/gateway.md says why): GET /authorize in nginx's
// auth_request protocol (204 allowed, 403 denied, X-Cowin-Reason on every answer) and
// GET /healthz (200 with the applied state version, 503 while failing closed) and GET /metrics
// (decisions and their times, Prometheus text).
#include "gateway/GatewayGate.h"

#include <string>
#include <vector>

struct MHD_Daemon;

namespace cowin::gateway {

class HttpFront {
public:
    explicit HttpFront(GatewayGate &gate)
        : m_gate(gate) {}
    ~HttpFront();
    HttpFront(const HttpFront &) = delete;
    HttpFront &operator=(const HttpFront &) = delete;

    // Listens on "ADDRESS:PORT" ("127.0.0.1:9180", "[::1]:9180") or "unix:PATH" (a socket
    // file for a proxy on the same machine: no TCP on the way) with `threads` threads; an
    // empty string when it does, else what went wrong. Called once per address.
    std::string start(const std::string &listen, unsigned threads);
    void stop();

    GatewayGate &gate() { return m_gate; }

private:
    GatewayGate &m_gate;
    std::vector<MHD_Daemon *> m_daemons;
    std::vector<std::string> m_socketFiles; // removed again at stop
};

} // namespace cowin::gateway
