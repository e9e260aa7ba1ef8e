// Checks a repository's loose objects before libgit2 reads them. libgit2 1.9.0 (Debian 13)
// loops forever on a truncated loose object (upstream #7342) and overflows a heap buffer on
// one whose header declares too small a size (#7177); a cloned or copied repository may hold
// either. Each object is inflated here in bounded chunks (never kept in memory) and must have a
// valid "<type> <size>\0" header and exactly <size> bytes of content.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Specwright {

class LooseObjectCheck
{
    Q_DECLARE_TR_FUNCTIONS(Specwright::LooseObjectCheck)
public:
    // Empty when every loose object under gitDir/objects is sound, else a sentence such as
    // "the repository is corrupt: object 1a2b… is truncated". Objects already found sound in
    // this process (same file, size and time) are not inflated again, and a fan-out folder
    // whose objects were all sound is not listed again while its modification time stays.
    static QString check(const QString &gitDir);
    // Why one loose object file is unsound, or empty.
    static QString checkFile(const QString &path);
};

} // namespace Specwright
