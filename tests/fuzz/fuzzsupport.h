#pragma once

// What every fuzz target shares: the Qt application they run in, the input as Qt bytes, and the
// check that turns a broken promise into a crash libFuzzer reports (and the replay fails on).

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// Aborts with the failed condition when `condition` is false: a finding like any crash.
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::IdleGuard::Fuzz::checkFailed(#condition, __FILE__, __LINE__);                        \
    } while (false)

namespace IdleGuard::Fuzz {

// Creates the QCoreApplication once (parsers translate their messages, the sandbox needs an
// event loop) and silences Qt's messages: the targets feed garbage on purpose, and printing a
// warning per input would slow fuzzing down to the terminal's pace. qFatal still aborts.
void initialise();

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

[[noreturn]] void checkFailed(const char *condition, const char *file, int line);

} // namespace IdleGuard::Fuzz

// libFuzzer's entry point, defined by each target.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
