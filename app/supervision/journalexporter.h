#pragma once

#include "core/journalfilter.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace IdleGuard::Supervision {

// Writes the audit journal's rows that a filter lets through to a CSV file on a thread of its
// own, so that exporting 100,000 actions (seconds) never freezes the window. The thread opens
// its own read-only journal instance (a Qt SQL connection belongs to the thread that opened
// it) and writes through QSaveFile: the old file stays as it was unless the whole export
// succeeds. finished() arrives on the exporter's thread.
class JournalExporter final : public QObject
{
    Q_OBJECT

public:
    explicit JournalExporter(QObject *parent = nullptr);
    // Waits for an export under way: its file is then complete (or untouched).
    ~JournalExporter() override;

    // False (and nothing starts) while another export runs.
    bool start(const QString &journalPath, const JournalFilter &filter, const QString &csvPath);
    bool isRunning() const { return m_thread != nullptr; }

signals:
    // rows: how many were written; error: a sentence for a person when !ok.
    void finished(bool ok, qint64 rows, const QString &error);

private:
    QThread *m_thread = nullptr;
};

} // namespace IdleGuard::Supervision
