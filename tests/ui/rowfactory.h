#pragma once

#include "enforcement/conversationrow.h"

#include <QList>
#include <QString>

namespace IdleGuard::Ui {

// Conversation rows for the table's tests and benchmark: deterministic, varied in every column
// (five queues, both tracks, waiting and flagged rows, stage results), relative to a given "now".
class RowFactory
{
public:
    static constexpr qint64 kNowMs = 1'750'000'000'000; // 2025-06-15, a fixed "now" for tests
    static constexpr int kQueues = 5;

    static QString id(int i);
    static QString queueId(int queue);
    static QString queueName(int queue);

    // Row i of a lively table at nowMs: i decides queue, names, track, stage and deadlines.
    static Enforcement::ConversationRow row(int i, qint64 nowMs = kNowMs);
    static QList<Enforcement::ConversationRow> rows(int count, qint64 nowMs = kNowMs);

    // A customer-track row: silent since idleSinceMs, next stage at nextAtMs.
    static Enforcement::ConversationRow customerOwes(const QString &id, qint64 idleSinceMs,
                                                     IdleStage next, qint64 nextAtMs);
};

} // namespace IdleGuard::Ui
