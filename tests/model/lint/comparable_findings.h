// A comparable form of lint results for tests that check two ways of linting agree: each
// finding's file, positions, rule, severity, message and fixes as one line.
#pragma once

#include "diagnostic.h"

#include <QFileInfo>
#include <QStringList>

namespace TestSupport {

inline QStringList comparableFindings(const QList<Specwright::Diagnostic> &diagnostics)
{
    QStringList out;
    for (const Specwright::Diagnostic &d : diagnostics) {
        QString s = QStringLiteral("%1 %2:%3-%4:%5 @%6-%7 %8 [%9] %10")
                        .arg(QFileInfo(d.file).fileName())
                        .arg(d.range.startLine)
                        .arg(d.range.startColumn)
                        .arg(d.range.endLine)
                        .arg(d.range.endColumn)
                        .arg(d.range.startOffset)
                        .arg(d.range.endOffset)
                        .arg(d.ruleId)
                        .arg(int(d.severity))
                        .arg(d.message);
        for (const Specwright::Fix &f : d.fixes) {
            s += u" | " + f.title + u' ' + f.dictionaryWord;
            for (const Specwright::TextEdit &e : f.edits)
                s += QStringLiteral(" %1-%2=%3").arg(e.startOffset).arg(e.endOffset).arg(e.newText);
        }
        out.append(s);
    }
    return out;
}

} // namespace TestSupport
