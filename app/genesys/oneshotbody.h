#pragma once

#include <QByteArray>
#include <QIODevice>

namespace IdleGuard::Genesys {

// A request body that can be read once and never rewound. QNetworkAccessManager silently sends
// a request again when the connection closes before any answer came; for a request that must
// never be repeated (sending a message) that would be a duplicate. With this body (and
// DoNotBufferUploadDataAttribute) it cannot rewind, so it reports ContentReSendError instead,
// and the caller checks the conversation before deciding anything.
class OneShotBody final : public QIODevice
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
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace IdleGuard::Genesys
