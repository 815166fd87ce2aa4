#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read once and never rewound. Qt's HTTP layer sends a request again
// by itself when a kept-alive connection closes before the answer; for a save that may have been
// carried out already (a create, above all) that is a second write. With this body the resend
// fails with ContentReSendError instead, and the editor treats the outcome as unknown.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_read = 0;
};
