#pragma once

#include <QString>

namespace IdleGuard {

// A routing queue the supervisor may watch.
struct Queue
{
    QString id;
    QString name;

    friend bool operator==(const Queue &, const Queue &) = default;
};

} // namespace IdleGuard
