// Back / Forward over jumps, as in a browser or Kate: before the editor jumps (outline clicks,
// references, Problems, examples, Go to Line: SpecEditor::jumpStarting) or shows another
// document, where it stood is recorded; Back returns there, Forward undoes Back. Locations
// follow their document (a closed file is reopened by its path).
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace Specwright {

class OpenDocument;
class OpenDocuments;
class EditorStack;

class NavigationHistory : public QObject
{
    Q_OBJECT
public:
    using OpenFile = std::function<bool(const QString &path)>;

    NavigationHistory(OpenDocuments *documents, EditorStack *editors, OpenFile openFile,
                      QObject *parent = nullptr);

    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    void back();
    void forward();
    static constexpr int maxLocations = 100;

Q_SIGNALS:
    void changed();

private:
    struct Location
    {
        QPointer<OpenDocument> document;
        QString path;
        int position = 0;
        int line = 0;
    };
    Location here() const;
    void record();
    bool go(const Location &location);
    void step(QList<Location> &from, QList<Location> &to);

    OpenDocuments *m_documents;
    EditorStack *m_editors;
    OpenFile m_openFile;
    QList<Location> m_back;
    QList<Location> m_forward;
    bool m_moving = false;
    bool m_switchRecorded = false; // the jump that follows a switch belongs to it
};

} // namespace Specwright
