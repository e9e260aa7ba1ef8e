// `specc generate [--generator NAME] [--section ID] [--out DIR] [--force] FILE` and
// `specc generate --list [FILE]`: runs a generator (default "all") on a spec, writes the outputs
// with provenance and prints what it wrote. Hand-edited outputs are refused unless --force.
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace Specwright {

class GenerateCommand
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)

public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
    // The application specc needs: a QCoreApplication (specc links the model only; the PDF
    // generator, which needs QtGui, is the IDE's).
    static std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);
    // The workspace root of a spec: the nearest folder up with specwright.toml or .git.
    static QString workspaceRoot(const QString &specPath);
};

} // namespace Specwright
