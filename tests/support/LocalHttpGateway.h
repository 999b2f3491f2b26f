// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QTcpServer>
#include <QUrl>

namespace cowin::test {

// A real HTTP endpoint on 127.0.0.1 that plays the SMS gateway: it records each request and
// answers with the next scripted status (200 with a message id once the script runs out).
class LocalHttpGateway : public QObject {
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };

    explicit LocalHttpGateway(QObject *parent = nullptr);
    bool listen();
    QUrl url() const;

    void script(const QList<int> &statuses) { m_script = statuses; }
    const QList<Request> &requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    QList<int> m_script;
    QList<Request> m_requests;
};

} // namespace cowin::test
