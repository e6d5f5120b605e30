#include "textposition.h"

namespace IdleGuard {

TextPosition TextPosition::at(const QByteArray &text, qsizetype offset)
{
    TextPosition p;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++p.line;
            p.column = 1;
        } else {
            ++p.column;
        }
    }
    return p;
}

} // namespace IdleGuard
