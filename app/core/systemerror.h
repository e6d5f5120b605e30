#pragma once

#include <QString>

#include <cstring>

namespace IdleGuard {

// errno's text in the user's locale, for messages about files. One definition: the unity builds
// of the sanitizer trees put the files that need it into one translation unit.
inline QString systemErrorText(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

} // namespace IdleGuard
