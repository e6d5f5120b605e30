#pragma once

#include <QString>

namespace IdleGuard {

// Log lines name notification channels by a label, never by their id: a channel's connectUri
// (wss://…/channels/<id>) is opened without any other credential (reference 7.3), so whoever
// reads the id in a log could listen to the organisation's conversations until it expires.
class LogRedaction
{
public:
    // "channel#1a2b3c4d": the same id always gives the same label, the label never gives the id.
    static QString channel(const QString &id);
    // `path` with the segment after /notifications/channels/ (the id) replaced by its label.
    static QString path(const QString &path);
};

} // namespace IdleGuard
