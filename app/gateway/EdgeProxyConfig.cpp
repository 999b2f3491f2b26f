// SPDX-License-Identifier: Apache-2.0
#include "gateway/EdgeProxyConfig.h"

#include <QDir>

namespace cowin::gateway {

QByteArray EdgeProxyConfig::text() const {
    QString servers;
    for (const QString &daemon : daemons)
        servers += QStringLiteral("    server %1;\n").arg(daemon);
    const QString realIp =
        clientAddressFromLoopback
            ? QStringLiteral("  set_real_ip_from 127.0.0.1;\n  real_ip_header X-Forwarded-For;\n")
            : QString();
    return QStringLiteral(
               "worker_processes %1;\n"
               "pid %2/nginx.pid;\n"
               "error_log %2/error.log warn;\n"
               "events { worker_connections 4096; }\n"
               "http {\n"
               "  access_log off;\n"
               "  client_body_temp_path %2/body;\n"
               "  proxy_temp_path %2/proxy;\n"
               "  fastcgi_temp_path %2/fastcgi;\n"
               "  uwsgi_temp_path %2/uwsgi;\n"
               "  scgi_temp_path %2/scgi;\n"
               "%3"
               "  upstream cowin_gatewayd {\n"
               "%4"
               "    keepalive 64;\n"
               "  }\n"
               // The scope of the original request: in the authorization subrequest $uri is
               // /_cowin_authorize.
               "  map $request_uri $cowin_scope {\n"
               "    ~^/api/certificate/verify certificate.verify;\n"
               "    ~^/api/certificate/download certificate.download;\n"
               "    ~^/api/centre/list centre.list;\n"
               "    ~^/api/appointment/slots appointment.slots;\n"
               "    ~^/api/appointment/book appointment.book;\n"
               "    ~^/api/beneficiary/lookup beneficiary.lookup;\n"
               "    default \"\";\n"
               "  }\n"
               "  upstream partner_service {\n"
               "    server 127.0.0.1:%5;\n"
               "    keepalive 64;\n"
               "  }\n"
               "  server {\n"
               "    listen 127.0.0.1:%5;\n"
               "    location / { return 200 \"served\\n\"; }\n"
               "  }\n"
               "  server {\n"
               "    listen 127.0.0.1:%6;\n"
               "    include %7/cowin-authorize.conf;\n"
               "    location /api/ {\n"
               "      include %7/cowin-partner-api-location.conf;\n"
               "      proxy_http_version 1.1;\n"
               "      proxy_set_header Connection \"\";\n"
               "      proxy_pass http://partner_service;\n"
               "    }\n"
               "%8"
               "  }\n"
               "}\n")
        .arg(workers)
        .arg(workDir, realIp, servers)
        .arg(upstreamPort)
        .arg(listenPort)
        .arg(snippetsDir)
        .arg(referenceWithoutDaemon
                 ? QStringLiteral("    location = /_reference_authorize { internal; return 204; }\n"
                                  "    location /reference/api/ {\n"
                                  "      auth_request /_reference_authorize;\n"
                                  "      proxy_http_version 1.1;\n"
                                  "      proxy_set_header Connection \"\";\n"
                                  "      proxy_pass http://partner_service;\n"
                                  "    }\n")
                 : QString())
        .toUtf8();
}

QString EdgeProxyConfig::configPath() const {
    return QDir(workDir).filePath(QStringLiteral("nginx.conf"));
}

QStringList EdgeProxyConfig::arguments() const {
    return {QStringLiteral("-p"), workDir,
            QStringLiteral("-c"), configPath(),
            QStringLiteral("-g"), QStringLiteral("daemon off;")};
}

} // namespace cowin::gateway
