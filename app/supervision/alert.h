#pragma once

#include <QMetaType>
#include <QString>

namespace IdleGuard::Supervision {

// One thing the supervisor should hear about even with the window in the background.
struct Alert
{
    enum class Kind : quint8 {
        AgentOwes, // an agent has left a customer waiting past the policy's threshold
        ActionFailed, // an automatic action was refused or could not be sent
    };
    static constexpr int kKindCount = 2;

    Kind kind = Kind::AgentOwes;
    QString conversationId;
    QString title;
    QString text;
    qint64 atMs = 0;

    friend bool operator==(const Alert &, const Alert &) = default;
};

} // namespace IdleGuard::Supervision

Q_DECLARE_METATYPE(IdleGuard::Supervision::Alert)
