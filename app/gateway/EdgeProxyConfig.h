// SPDX-License-Identifier: Apache-2.0
#pragma once

// An nginx configuration for the partner APIs on this machine: every call under /api/ asks the
// cowin-gatewayd daemons first (packaging/nginx snippets), then goes to the service behind.
// What the demo, the edge test and the edge benchmark run; docs/gateway.md shows the same for
// a server.
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cowin::gateway {

struct EdgeProxyConfig {
    QString workDir;     // nginx's prefix: pid, logs and temporary files go here
    QString snippetsDir; // packaging/nginx, or where the package installed it
    // cowin-gatewayd as nginx names a server: "127.0.0.1:9180" or "unix:/run/…/gatewayd.sock"
    QStringList daemons;
    int listenPort = 0;   // nginx on 127.0.0.1
    int upstreamPort = 0; // the stand-in service behind, served by nginx itself
    int workers = 1;
    // Take the client's address from X-Forwarded-For sent by 127.0.0.1 (a load balancer in
    // front, played by a test or benchmark); otherwise the connection's own address counts.
    bool clientAddressFromLoopback = false;
    // Also serve /reference/api/, where nginx answers the authorization itself (204) on the
    // same path to the same service: the most any gateway adapter could let through on this
    // machine, for a benchmark to print beside the daemons' figure.
    bool referenceWithoutDaemon = false;

    QByteArray text() const;
    // The nginx command line for this configuration, in the foreground.
    QStringList arguments() const;
    QString configPath() const;
};

} // namespace cowin::gateway
