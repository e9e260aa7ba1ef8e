// What one rendering pass over a Markdown text may use. Turn bodies of examples resolve
// references against the document but have no structure (their lines are not document lines).
#pragma once

#include <QByteArray>
#include <QList>

namespace Specwright {

class RenderLookup;
class SectionHtmlCache;
struct RenderedSection;
class SpecDocument;
class Workspace;

struct RenderContext
{
    const SpecDocument *document = nullptr;
    const SpecDocument *titles = nullptr; // resolves same-file links when set (else document)
    bool documentStructure = false;
    const Workspace *workspace = nullptr;
    int lineOffset = 0; // added to cmark's line numbers
    bool anchors = true;
    bool sourcePositions = true;          // data-sourcepos stays on the elements
    bool keepLineBreaks = false;          // a turn body: every line break shows (a chat message)
    const RenderLookup *lookup = nullptr; // of document, for nested passes too
    SectionHtmlCache *cache = nullptr;    // the document pass reuses unchanged sections from it
    QByteArray contextKey;                // what the cache keys start from
    QList<RenderedSection> *sections = nullptr; // the document pass's groups, in order
};

} // namespace Specwright
