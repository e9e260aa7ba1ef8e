// HTML views of a section diff: the summary of what the amendment changes first (with links
// to the sections), then the new version rendered as the preview renders it with word
// changes marked and unchanged sections collapsed; and the aligned side-by-side source. Used
// by the IDE's diff view and `specc diff --format html`.
#pragma once

#include "diff_types.h"

#include <QCoreApplication>

namespace Specwright {

class DiffHtmlWriter
{
    Q_DECLARE_TR_FUNCTIONS(DiffHtmlWriter)

public:
    struct Options
    {
        bool dark = false;
        QString title;
        bool changedSectionsOnly = false;
        // Unchanged sections: <details> (browsers) or a "show" link "expand:N" (QTextBrowser,
        // which has no <details>); entries listed in `expanded` are shown open.
        bool detailsElements = true;
        QList<int> expanded;
    };

    // A complete HTML page (with its own <style>) of the rendered new version.
    static QString rendered(const DiffResult &result, const Options &options);
    // A complete HTML page with a two-column table of old and new source, aligned by block.
    static QString sideBySide(const DiffResult &result, const Options &options);
    static QString styleSheet(bool dark);
    // The word segments as HTML with <span class="del|ins"> (escaped text).
    static QString segmentsHtml(const QList<DiffSegment> &segments,
                                DiffSegment::Kind hide = DiffSegment::Kind(-1));
    // The id of the anchor of a section in both pages ("sec-<n>").
    static QString anchor(int entryIndex);
    // The summary table (counts with links to the sections) and the notes of one entry.
    static QString summaryHtml(const DiffResult &result);
    static QString notesHtml(const SectionChange &change);
    // The scheme of the links that expand a collapsed section in the IDE ("expand:12").
    static QString expandScheme() { return QStringLiteral("expand"); }
};

} // namespace Specwright
