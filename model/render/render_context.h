// What one rendering pass over a Markdown text may use. Turn bodies of examples resolve
// references against the document but have no structure (their lines are not document lines).
#pragma once

namespace Specwright {

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
    bool keepLineBreaks = false; // a turn body: every line break shows (a chat message)
};

} // namespace Specwright
