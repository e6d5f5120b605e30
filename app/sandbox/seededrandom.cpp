#include "seededrandom.h"

#include <cmath>

namespace IdleGuard::Sandbox {

SeededRandom::SeededRandom(quint64 seed)
    : m_engine(seed)
{ }

quint64 SeededRandom::next()
{
    return m_engine();
}

qint64 SeededRandom::between(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    const auto span = static_cast<quint64>(high - low) + 1;
    return low + static_cast<qint64>(next() % span);
}

double SeededRandom::unit()
{
    // 53 random bits make every double in [0, 1) with that spacing equally likely.
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

bool SeededRandom::chance(double probability)
{
    return unit() < probability;
}

double SeededRandom::exponential(double mean)
{
    return -mean * std::log1p(-unit());
}

QString SeededRandom::uuid()
{
    quint64 high = next();
    quint64 low = next();
    high = (high & ~quint64(0xF000)) | quint64(0x4000); // version 4
    low = (low & ~(quint64(0xC) << 60)) | (quint64(0x8) << 60); // RFC 4122 variant
    const QString hex = QStringLiteral("%1%2")
                            .arg(high, 16, 16, QLatin1Char('0'))
                            .arg(low, 16, 16, QLatin1Char('0'));
    return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4)
        + QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20);
}

QString SeededRandom::token(int length)
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString result;
    result.reserve(length);
    for (int i = 0; i < length; ++i)
        result.append(QLatin1Char(alphabet[between(0, sizeof(alphabet) - 2)]));
    return result;
}

} // namespace IdleGuard::Sandbox
