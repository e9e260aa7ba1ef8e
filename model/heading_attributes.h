// Reads the pandoc-style attribute block at the end of a heading, `{#id key=value .class}`,
// and makes GitHub-style slugs for headings without an explicit id.
#pragma once

#include "spec_elements.h"

#include <QCoreApplication>

namespace Specwright {

class HeadingAttributes
{
    Q_DECLARE_TR_FUNCTIONS(HeadingAttributes)

public:
    static HeadingAttributes parse(const QString &headingText);
    // GitHub's anchor rule: lower case, drop punctuation but '-' and '_', spaces become '-'.
    static QString slugify(const QString &title);

    bool hasBlock() const { return m_blockStart >= 0; }
    QString title() const { return m_title; }
    QString id() const { return m_id; }
    QList<Attribute> attributes() const { return m_attributes; }
    // Index of '{' in the heading text, -1 without a block.
    int blockStart() const { return m_blockStart; }
    QString error() const { return m_error; }

private:
    QString m_title;
    QString m_id;
    QList<Attribute> m_attributes;
    int m_blockStart = -1;
    QString m_error;
};

} // namespace Specwright
