#include "section_mover.h"

namespace Specwright {

namespace {

// UTF-16 offsets of a section's whole text: from its heading line to the start of the line
// after its last line (or the end of the text).
std::pair<int, int> extent(const SpecDocument &document, const Section &s)
{
    const SourceText &src = document.source();
    const int start = src.lineStartOffset(s.headingLine);
    const int end = s.endLine < src.lineCount() ? src.lineStartOffset(s.endLine + 1)
                                                : int(document.text().size());
    return {start, end};
}

QString lineTerminated(QString text)
{
    if (!text.isEmpty() && !text.endsWith(u'\n'))
        text += u'\n';
    return text;
}

// Text that a heading will follow ends with a blank line, as Markdown authors write it.
QString blankLineTerminated(QString text)
{
    text = lineTerminated(text);
    if (!text.isEmpty() && !text.endsWith(QStringLiteral("\n\n")))
        text += u'\n';
    return text;
}

} // namespace

std::optional<SectionMover::Move> SectionMover::move(const SpecDocument &document, int section,
                                                     int target, Placement placement)
{
    const QList<Section> &sections = document.sections();
    if (section < 0 || target < 0 || section >= sections.size() || target >= sections.size() ||
        section == target)
        return std::nullopt;
    const Section &moved = sections.at(section);
    const Section &anchor = sections.at(target);
    if (moved.level != anchor.level)
        return std::nullopt;
    const auto [from, to] = extent(document, moved);
    const auto [anchorFrom, anchorTo] = extent(document, anchor);
    if (anchorFrom >= from && anchorFrom < to)
        return std::nullopt; // the target lies inside the moved section
    const int at = placement == Placement::Before ? anchorFrom : anchorTo;
    if (at == from || at == to)
        return std::nullopt; // already there
    const QString &text = document.text();
    const QString block = lineTerminated(text.mid(from, to - from));
    const QString spacedBlock = blankLineTerminated(block);
    Move result;
    TextEdit &edit = result.edit;
    if (at < from) {
        edit.startOffset = at;
        edit.endOffset = to;
        edit.newText = spacedBlock + text.mid(at, from - at);
        result.headingOffset = at;
    } else {
        edit.startOffset = from;
        edit.endOffset = at;
        const QString between = blankLineTerminated(text.mid(to, at - to));
        edit.newText = between + block;
        result.headingOffset = from + int(between.size());
    }
    // What stood at the end of the file without a line break keeps having none.
    if (edit.endOffset == text.size() && !text.endsWith(u'\n'))
        while (edit.newText.endsWith(u'\n'))
            edit.newText.chop(1);
    return result;
}

int SectionMover::sibling(const SpecDocument &document, int section, int direction)
{
    const QList<Section> &sections = document.sections();
    if (section < 0 || section >= sections.size())
        return -1;
    const int parent = sections.at(section).parent;
    const QList<int> siblings =
        parent >= 0 ? sections.at(parent).children : document.topLevelSections();
    const qsizetype i = siblings.indexOf(section);
    const qsizetype j = i + direction;
    return i >= 0 && j >= 0 && j < siblings.size() ? siblings.at(j) : -1;
}

} // namespace Specwright
