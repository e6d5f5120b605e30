// The replay driver of a fuzz target where libFuzzer is not available (gcc, the default preset):
// runs every file of the given directories (or the given files) through LLVMFuzzerTestOneInput
// once, in name order, so the seed corpus and the regression inputs are checked on every test
// run. A finding aborts, as under libFuzzer. A directory that does not exist is skipped (a target
// without regressions yet); finding no input at all is an error.

#include "fuzzsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>

int main(int argc, char **argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        const QFileInfo info(path);
        if (info.isFile()) {
            files.append(path);
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            files.append(found);
        } else {
            std::printf("skipped %s (not there)\n", argv[i]);
        }
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "no input to replay\n");
        return 1;
    }
    for (const QString &file : std::as_const(files)) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
            return 1;
        }
        const QByteArray data = in.readAll();
        std::printf("%s (%lld bytes)\n", qPrintable(file), static_cast<long long>(data.size()));
        std::fflush(stdout);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()),
                               size_t(data.size()));
    }
    std::printf("replayed %lld inputs\n", static_cast<long long>(files.size()));
    return 0;
}
