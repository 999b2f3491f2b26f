// SPDX-License-Identifier: Apache-2.0
#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponse>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QHttpServer s;
    s.route("/authorize", [] {
        QHttpServerResponse r(QHttpServerResponder::StatusCode::NoContent);
        r.setHeader("X-Cowin-Reason", "ok");
        return r;
    });
    if (s.listen(QHostAddress::LocalHost, static_cast<quint16>(atoi(argv[1]))) == 0)
        return 1;
    return app.exec();
}
