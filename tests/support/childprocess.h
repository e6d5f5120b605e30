#pragma once

#include <QTest>

// Tests that start a child process with QProcess skip that part under ThreadSanitizer: clang 14's
// runtime aborts in its clone() interceptor ("CHECK failed: tsan_rtl.cpp:234") when Qt starts the
// child. See docs/testing.md, "ThreadSanitizer and Debian's Qt".
#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define IDLEGUARD_UNDER_TSAN 1
#endif
#endif

#ifdef IDLEGUARD_UNDER_TSAN
#define IDLEGUARD_SKIP_CHILD_PROCESS_UNDER_TSAN()                                                  \
    QSKIP("ThreadSanitizer 14 aborts when QProcess starts a child (docs/testing.md)")
#else
#define IDLEGUARD_SKIP_CHILD_PROCESS_UNDER_TSAN()                                                  \
    do {                                                                                           \
    } while (false)
#endif
