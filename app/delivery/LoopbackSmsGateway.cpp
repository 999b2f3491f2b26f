// SPDX-License-Identifier: Apache-2.0
#include "delivery/LoopbackSmsGateway.h"

#include <QTcpSocket>

namespace cowin::delivery {

LoopbackSmsGateway::LoopbackSmsGateway(QObject *parent)
    : QObject(parent) {
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        }
    });
}

bool LoopbackSmsGateway::listen() {
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl LoopbackSmsGateway::url() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1/sms").arg(m_server.serverPort()));
}

void LoopbackSmsGateway::serve(QTcpSocket *socket) {
    // Wait for the whole request: the head, then Content-Length bytes of body.
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const int headEnd = static_cast<int>(buffer.indexOf("\r\n\r\n"));
    if (headEnd < 0)
        return;
    Request request;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.path = first.value(1);
    for (int i = 1; i < lines.size(); ++i) {
        const int colon = static_cast<int>(lines[i].indexOf(':'));
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    const int length = request.headers.value("content-length").toInt();
    if (buffer.size() < headEnd + 4 + length)
        return;
    request.body = buffer.mid(headEnd + 4, length);
    buffer.fill('\0');
    socket->setProperty("buffer", QByteArray());
    if (m_recording)
        m_requests << request;
    else
        request.body.fill('\0'); // the demo's messages go to nobody
    ++m_answered;

    const int status = m_script.isEmpty() ? 200 : m_script.takeFirst();
    const QByteArray body = status == 200 ? "{\"id\":\"gw-" + QByteArray::number(m_answered) + "\"}"
                                          : QByteArray("{\"error\":\"unavailable\"}");
    socket->write("HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Error") +
                  "\r\nContent-Type: application/json\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->flush();
}

} // namespace cowin::delivery
