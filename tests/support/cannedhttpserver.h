#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>

// A loopback HTTP server that answers every request with one fixed JSON body: for the answers no
// SuperOffice (and so no sandbox) gives, such as another company than the one asked for.
class CannedHttpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit CannedHttpServer(QObject *parent = nullptr);

    bool start();
    QString baseUrl() const;
    void setAnswer(const QByteArray &body, int status = 200);
    // The request lines received ("POST /api/v1/Agents/..."), in order.
    QList<QByteArray> requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket);

    QByteArray m_body;
    int m_status = 200;
    QList<QByteArray> m_requests;
};
