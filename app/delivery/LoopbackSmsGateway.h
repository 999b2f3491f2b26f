// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QTcpServer>
#include <QUrl>

namespace cowin::delivery {

// An SMS gateway on 127.0.0.1 that delivers to nobody: the demo's gateway, and the endpoint
// the delivery tests talk to over real HTTP. It answers each POST with the next scripted
// status (200 with a message id once the script runs out); only when recording does it keep
// the requests, which hold one-time passwords.
class LoopbackSmsGateway : public QObject {
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };

    explicit LoopbackSmsGateway(QObject *parent = nullptr);
    bool listen();
    QUrl url() const;

    void script(const QList<int> &statuses) { m_script = statuses; }
    void setRecording(bool recording) { m_recording = recording; }
    const QList<Request> &requests() const { return m_requests; }
    int answered() const { return m_answered; }

private:
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    QList<int> m_script;
    QList<Request> m_requests;
    bool m_recording = false;
    int m_answered = 0;
};

} // namespace cowin::delivery
