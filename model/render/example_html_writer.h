// Writes the HTML of the blocks the spec conventions add to Markdown: a Model-Spec example as a
// conversation (role labels, GOOD/BAD/OK badges, comparisons side by side or stacked) and a
// !!! admonition as an aside. Built from tables and simple classes so QTextBrowser shows it
// as well as a browser does.
#pragma once

#include "spec_elements.h"
#include "spec_html_renderer.h"

#include <QCoreApplication>
#include <functional>

namespace Specwright {

class ExampleHtmlWriter
{
    Q_DECLARE_TR_FUNCTIONS(ExampleHtmlWriter)

public:
    // Renders a turn body or admonition body (Markdown) to HTML.
    using MarkdownToHtml = std::function<QString(const QString &markdown, int firstLine)>;
    // The title of a section of the same document, empty when there is none.
    using SectionTitle = std::function<QString(const QString &id)>;

    ExampleHtmlWriter(const SpecHtmlRenderer::Options &options, MarkdownToHtml markdown,
                      SectionTitle sectionTitle);

    // Renders turn bodies when set (else the Markdown function above): a chat message keeps
    // its line breaks.
    void setTurnMarkdown(MarkdownToHtml turnMarkdown) { m_turnMarkdown = std::move(turnMarkdown); }

    QString example(const Example &example) const;
    QString admonition(const Admonition &admonition, const QString &body, int bodyFirstLine) const;
    // A label badge: GOOD / BAD / OK.
    static QString badge(AnswerLabel label);
    static QString roleName(const QString &role);

private:
    QString anchor(int line) const;
    QString turnRow(const ExampleTurn &turn) const;
    QString labelLine(const ExampleTurn &turn) const;
    QString comparisonRow(const QList<ExampleTurn> &alternatives) const;
    QString roleCell(const ExampleTurn &turn, int rowSpan = 1) const;
    QString turnBody(const ExampleTurn &turn) const;
    QString turnMarkdown(const QString &markdown, int firstLine) const;
    QString blockHtml(ExampleBlock::Kind kind, const QList<Attribute> &attributes,
                      const QString &text) const;
    QString elisionRow() const;
    QString inputOutputRows(const Example &example) const;
    QString inlineMarkdown(const QString &markdown, int line) const;

    SpecHtmlRenderer::Options m_options;
    MarkdownToHtml m_markdown;
    MarkdownToHtml m_turnMarkdown;
    SectionTitle m_sectionTitle;
};

} // namespace Specwright
