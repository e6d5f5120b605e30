#pragma once

#include <QByteArray>

namespace IdleGuard {

// Where a byte offset falls in a text, counted as people read it (line and column from 1): how
// the file readers point at a JSON syntax error.
struct TextPosition
{
    int line = 1;
    int column = 1;

    static TextPosition at(const QByteArray &text, qsizetype offset);
};

} // namespace IdleGuard
