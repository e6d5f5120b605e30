#include "logredaction.h"

#include <QCryptographicHash>

namespace IdleGuard {

using namespace Qt::StringLiterals;

QString LogRedaction::channel(const QString &id)
{
    // Eight hex digits of a hash: enough to tell a handful of channels apart in one log.
    const QByteArray digest = QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256);
    return u"channel#"_s + QString::fromLatin1(digest.left(4).toHex());
}

QString LogRedaction::path(const QString &path)
{
    static const QString marker = u"/notifications/channels/"_s;
    const qsizetype at = path.indexOf(marker);
    if (at < 0)
        return path;
    const qsizetype start = at + marker.size();
    qsizetype end = path.indexOf(u'/', start);
    if (end < 0)
        end = path.size();
    if (end == start)
        return path;
    return path.left(start) + channel(path.mid(start, end - start)) + path.mid(end);
}

} // namespace IdleGuard
