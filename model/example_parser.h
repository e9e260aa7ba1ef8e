// Reads the body of a Model-Spec example fence (~~~xml) into conversation turns:
// <system>, <developer>, <user>, <assistant>, <tool name="...">, grouped by <comparison>, with
// answer labels written as comments (<!-- GOOD -->, <!-- BAD: why -->, <!-- GOOD, why -->,
// <!-- BAD#id -->, <!-- BAD[#id]: why -->, <!-- OK -->), "[...]" elisions between turns and
// <settings> / <untrusted> blocks at the top level or inside a turn.
#pragma once

#include "spec_elements.h"

#include <QCoreApplication>
#include <QStringList>

namespace Specwright {

class ExampleParser
{
    Q_DECLARE_TR_FUNCTIONS(ExampleParser)

public:
    // lines: the fence body; firstLine: the 1-based source line of lines[0].
    static void parse(const QStringList &lines, int firstLine, Example &example);
    // The same on views of the lines (of a fence body the caller keeps alive).
    static void parse(const QList<QStringView> &lines, int firstLine, Example &example);
    // Parses a label comment body such as "BAD[#section_id]: reason".
    static bool parseLabel(QStringView comment, ExampleTurn &turn);
    static bool isRole(QStringView name);
    // "[...]" (or "[…]") alone on a line: a deliberate elision.
    static bool isElision(QStringView trimmedLine);

    // A turn's text cut at its <untrusted> / <settings> blocks, for renderers.
    struct Segment
    {
        bool isBlock = false;
        ExampleBlock::Kind kind = ExampleBlock::Kind::Untrusted;
        QList<Attribute> attributes;
        QString text;
    };
    static QList<Segment> segments(const QString &turnText);
};

} // namespace Specwright
