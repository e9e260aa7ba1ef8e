// glossary/term-drift: the same compound written in more than one form ("e-mail", "email",
// "e mail") in a file or across the workspace. Candidates are the compounds written with a
// hyphen anywhere; each use is classed (closed, hyphenated, open, attributive) and a use whose
// class disagrees with the glossary's, or else the most frequent one, is reported. In an
// incremental re-lint the candidates and uses of each unit and of the other files are kept
// (a LintMemo) and only the changed units are read again.
#pragma once

namespace Specwright {

class LintContext;
class LintRule;

class TermDrift
{
public:
    static void check(const LintRule &rule, LintContext &context);
};

} // namespace Specwright
