// Reads the two tag forms of Model-Spec example fences by hand, as the patterns ExampleParser
// used matched them: an opening turn tag `<assistant name="x"> <!-- GOOD --> text` and an answer
// label comment body `BAD[#section]: why`. No regular expression per line.
#pragma once

#include <QStringView>

namespace Specwright {

class ExampleTagReader
{
public:
    struct OpenTag
    {
        QStringView role;       // system, developer, user, assistant or tool
        QStringView attributes; // as written after the role, leading blanks included
        QStringView label;      // the comment right after ">", without <!-- -->
        QStringView rest;       // the text after the tag (and the comment)
    };
    // `^\s*<role(\s+key=value)*\s*>\s*(<!--label-->)?rest$`
    static bool readOpenTag(QStringView line, OpenTag *tag);

    struct Label
    {
        QStringView label;    // GOOD, BAD or OK
        QStringView violated; // the section id of [#id] or #id
        bool hasRationale = false;
        QStringView rationale; // after ":" or ",", without surrounding blanks
    };
    // `^\s*(GOOD|BAD|OK)(\s*\[\s*#?id\s*\]|#id)?\s*([:,]\s*rationale)?\s*$`
    static bool readLabel(QStringView comment, Label *label);
};

} // namespace Specwright
