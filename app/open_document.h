// One document open in the window (a tab): its own buffer (with its undo history), the file
// behind it, its autosave, the last parse / lint results and where its view stood. The editor
// shows one OpenDocument at a time (OpenDocuments switches).
#pragma once

#include "document_controller.h"

#include <QObject>

class QTextDocument;

namespace Specwright {

class DocumentSession;
class RecoveryStore;

class OpenDocument : public QObject
{
    Q_OBJECT
public:
    // Where the editor stood in this document: restored when it is shown again.
    struct ViewState
    {
        int cursor = 0;
        int anchor = 0;
        int scroll = 0; // the vertical scroll bar's value
        bool valid = false;
    };

    // `buffer` (a LoadedBuffer's, taken as child) or a new empty one.
    explicit OpenDocument(QObject *parent = nullptr, QTextDocument *buffer = nullptr);
    ~OpenDocument() override;

    QTextDocument *buffer() const { return m_buffer; }
    DocumentSession *session() const { return m_session; }
    RecoveryStore *recovery() const { return m_recovery; }
    QString filePath() const;
    QString displayName() const;
    bool isModified() const;
    // An untitled, empty, unmodified buffer: what opening a file may simply replace.
    bool isPristine() const;

    DocumentController::Snapshot results;
    ViewState view;

private:
    QTextDocument *m_buffer;
    DocumentSession *m_session;
    RecoveryStore *m_recovery;
};

} // namespace Specwright
