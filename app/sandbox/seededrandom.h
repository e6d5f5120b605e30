#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <random>

namespace IdleGuard::Sandbox {

// The sandbox's only source of randomness for simulated traffic and entity ids. It draws raw
// numbers from std::mt19937_64 (fully specified by the standard) and shapes them itself, because
// the standard distributions differ between library implementations: the same seed must give the
// same organisation and the same event stream everywhere.
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed);

    quint64 next();
    // Uniform in [low, high], both inclusive.
    qint64 between(qint64 low, qint64 high);
    // Uniform in [0, 1).
    double unit();
    bool chance(double probability);
    // Exponentially distributed with the given mean (for arrivals of a Poisson process).
    double exponential(double mean);
    // A version-4 UUID in the canonical lower-case form Genesys uses for entity ids.
    QString uuid();
    // Letters and digits, for channel ids such as "streaming-0-<random>".
    QString token(int length);

    template<typename T> const T &pick(const QList<T> &items)
    {
        return items.at(between(0, items.size() - 1));
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace IdleGuard::Sandbox
