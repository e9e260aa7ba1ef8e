// Versions of a small Model-Spec-shaped file used by the git and diff tests.
#pragma once

#include <QByteArray>

namespace Specwright::SpecVersions {

inline QByteArray v1()
{
    return QByteArrayLiteral(
        "# Garden spec {#garden}\n\n"
        "The assistant helps growers.\n\n"
        "## Alpha rule {#alpha authority=root}\n\n"
        "The assistant must water the tomatoes every morning.\n\n"
        "**Example**: watering question\n\n"
        "~~~xml\n<user>\nShould I water?\n</user>\n<comparison>\n"
        "<assistant> <!-- GOOD -->\nYes, in the morning.\n</assistant>\n"
        "<assistant> <!-- BAD -->\nNever water.\n</assistant>\n</comparison>\n~~~\n\n"
        "## Beta rule {#beta}\n\n"
        "Beta text stays the same.\n\n"
        "## Gamma rule {#gamma}\n\n"
        "Gamma text about frost dates.\n");
}

// v1 with the example's answers swapped (GOOD <-> BAD) and a word changed in alpha.
inline QByteArray v2()
{
    return QByteArrayLiteral(
        "# Garden spec {#garden}\n\n"
        "The assistant helps growers.\n\n"
        "## Alpha rule {#alpha authority=root}\n\n"
        "The assistant must water the tomatoes every evening.\n\n"
        "**Example**: watering question\n\n"
        "~~~xml\n<user>\nShould I water?\n</user>\n<comparison>\n"
        "<assistant> <!-- BAD -->\nYes, in the morning.\n</assistant>\n"
        "<assistant> <!-- GOOD -->\nNever water.\n</assistant>\n</comparison>\n~~~\n\n"
        "## Beta rule {#beta}\n\n"
        "Beta text stays the same.\n\n"
        "## Gamma rule {#gamma}\n\n"
        "Gamma text about frost dates.\n");
}

// v2 with gamma moved before beta.
inline QByteArray v3()
{
    return QByteArrayLiteral(
        "# Garden spec {#garden}\n\n"
        "The assistant helps growers.\n\n"
        "## Alpha rule {#alpha authority=root}\n\n"
        "The assistant must water the tomatoes every evening.\n\n"
        "**Example**: watering question\n\n"
        "~~~xml\n<user>\nShould I water?\n</user>\n<comparison>\n"
        "<assistant> <!-- BAD -->\nYes, in the morning.\n</assistant>\n"
        "<assistant> <!-- GOOD -->\nNever water.\n</assistant>\n</comparison>\n~~~\n\n"
        "## Gamma rule {#gamma}\n\n"
        "Gamma text about frost dates.\n\n"
        "## Beta rule {#beta}\n\n"
        "Beta text stays the same.\n");
}

} // namespace Specwright::SpecVersions
