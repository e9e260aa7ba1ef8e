// A small greenhouse-assistant spec in the Model Spec's shape (authority levels, nested
// sections, an example with GOOD/BAD answers) and amendments of it, one per kind of change the
// normative diff must tell apart. Written for these tests.
#pragma once

#include <QString>

namespace Specwright::AmendmentFixtures {

inline QString base()
{
    return QStringLiteral(
        "# Greenhouse assistant spec {#greenhouse}\n\n"
        "The assistant helps greenhouse staff keep plants healthy. See [?](#pesticides) for\n"
        "what it may recommend.\n\n"
        "## Chain of command {#chain_of_command authority=platform}\n\n"
        "The assistant must follow the grower's instructions unless they harm the crop.\n\n"
        "## Be approachable {#be_approachable authority=guideline}\n\n"
        "The assistant should sound friendly.\n\n"
        "### Use plain words {#plain_words authority=guideline}\n\n"
        "The assistant should avoid jargon when a plain word exists.\n\n"
        "## Use appropriate style {#appropriate_style authority=guideline}\n\n"
        "The assistant should match the grower's tone.\n\n"
        "## Watering {#watering authority=developer}\n\n"
        "Water is the most common cause of losses.\n\n"
        "### Morning rounds {#morning_rounds authority=developer}\n\n"
        "The assistant SHOULD remind staff to water seedlings before nine.\n\n"
        "- Check the trays first.\n"
        "- Then the hanging baskets.\n\n"
        "### Pesticides {#pesticides authority=system}\n\n"
        "The assistant may mention approved pesticides.\n\n"
        "**Example**: banned product\n\n"
        "~~~xml\n"
        "<user>\nWhat kills aphids fastest?\n</user>\n"
        "<comparison>\n"
        "<assistant> <!-- GOOD -->\nLadybirds are a safe, approved control.\n</assistant>\n"
        "<assistant> <!-- BAD: recommends a banned product -->\n"
        "Spray them with the banned stuff.\n</assistant>\n"
        "</comparison>\n"
        "~~~\n\n"
        "## Record keeping {#record_keeping authority=user}\n\n"
        "The assistant keeps a log of every treatment. Entries should include the date. Each "
        "entry names the person who applied it.\n\n"
        "## Glossary {#glossary}\n\n"
        "A _seedling_ is a young plant, and __trays__ hold them.\n");
}

inline QString replaced(QString text, const QString &from, const QString &to)
{
    text.replace(from, to);
    return text;
}

// Only the authority level of one section changes.
inline QString authorityOnly()
{
    return replaced(base(), QStringLiteral("{#chain_of_command authority=platform}"),
                    QStringLiteral("{#chain_of_command authority=root}"));
}

// "Use plain words" moves from "Be approachable" to "Use appropriate style".
inline QString reparented()
{
    QString t = base();
    const QString moved =
        QStringLiteral("### Use plain words {#plain_words authority=guideline}\n\n"
                       "The assistant should avoid jargon when a plain word exists.\n\n");
    t.remove(moved);
    t.replace(QStringLiteral("The assistant should match the grower's tone.\n\n"),
              QStringLiteral("The assistant should match the grower's tone.\n\n") + moved);
    return t;
}

// SHOULD becomes MUST, and the heading goes one level down without changing its parent.
inline QString strengthenedWithLevel()
{
    QString t = replaced(base(), QStringLiteral("### Morning rounds"),
                         QStringLiteral("#### Morning rounds"));
    return replaced(t, QStringLiteral("The assistant SHOULD remind"),
                    QStringLiteral("The assistant MUST remind"));
}

inline QString addedMustNot()
{
    return replaced(base(), QStringLiteral("The assistant may mention approved pesticides.\n"),
                    QStringLiteral("The assistant may mention approved pesticides. The "
                                   "assistant MUST NOT name a banned product.\n"));
}

// One sentence per line: the same words, reflowed.
inline QString pureReflow()
{
    return replaced(base(),
                    QStringLiteral("The assistant keeps a log of every treatment. Entries should "
                                   "include the date. Each entry names the person who applied it."),
                    QStringLiteral("The assistant keeps a log of every treatment.\nEntries should "
                                   "include the date.\nEach entry names the person who applied "
                                   "it."));
}

// Emphasis markers change in the glossary while another section really changes.
inline QString markupBesideRealChange()
{
    QString t = replaced(base(), QStringLiteral("A _seedling_ is a young plant, and __trays__"),
                         QStringLiteral("A *seedling* is a young plant, and **trays**"));
    return replaced(t, QStringLiteral("The assistant should sound friendly."),
                    QStringLiteral("The assistant should sound friendly and calm."));
}

inline QString labelFlip()
{
    return replaced(base(), QStringLiteral("<assistant> <!-- GOOD -->\nLadybirds"),
                    QStringLiteral("<assistant> <!-- BAD -->\nLadybirds"));
}

// A release with most of the above at once, plus a new section and a rationale edit.
inline QString release()
{
    QString t = reparented();
    t.replace(QStringLiteral("{#chain_of_command authority=platform}"),
              QStringLiteral("{#chain_of_command authority=root}"));
    t.replace(QStringLiteral("### Morning rounds"), QStringLiteral("#### Morning rounds"));
    t.replace(QStringLiteral("The assistant SHOULD remind"),
              QStringLiteral("The assistant MUST remind"));
    t.replace(QStringLiteral("The assistant may mention approved pesticides.\n"),
              QStringLiteral("The assistant may mention approved pesticides. The assistant MUST "
                             "NOT name a banned product.\n"));
    t.replace(QStringLiteral("<!-- BAD: recommends a banned product -->"),
              QStringLiteral("<!-- BAD: names a banned product -->"));
    t.replace(QStringLiteral("Entries should include the date. Each"),
              QStringLiteral("Entries should include the date.\nEach"));
    t.replace(QStringLiteral("The assistant must follow the grower's instructions"),
              QStringLiteral("The assistant should follow the grower's instructions"));
    t += QStringLiteral("\n## Quiet hours {#quiet_hours authority=user}\n\n"
                        "The assistant should not send reminders between ten at night and six "
                        "in the morning.\n");
    return t;
}

} // namespace Specwright::AmendmentFixtures
