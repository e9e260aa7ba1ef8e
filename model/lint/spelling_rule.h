// spelling/unknown-word: words of the prose that the installed hunspell dictionary (through KF6
// Sonnet) does not know. Code, identifiers (anything with digits, underscores, inner capitals or
// dots), URLs, ids, capitalised names and words that appear in the document's code are skipped;
// the workspace words ([spelling] words = [...] and the words file) are accepted. Quick fixes:
// the dictionary's suggestions and "Add to dictionary".
#pragma once

#include "lint_rule.h"

#include <QCoreApplication>

namespace Specwright {

class SpellingRule : public LintRule
{
    Q_DECLARE_TR_FUNCTIONS(SpellingRule)

public:
    SpellingRule();

    QString summary() const override;
    QString doc() const override;
    void check(LintContext &context) const override;

    // The words of one masked prose text that need checking, as (offset, word) pairs.
    static QList<std::pair<int, QString>> candidateWords(QStringView masked);
    // Whether a dictionary for the language is installed (Sonnet finds a backend for it).
    static bool hasDictionary(const QString &language);
};

} // namespace Specwright
