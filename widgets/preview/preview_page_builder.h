// Builds the preview's pages that a render delivered as HTML only (PreviewPage::unbuilt()) on
// the thread pool, a short slice at a time: the view asks for the ones nearest its viewport
// first and, after each slice, for the next, so pages scrolled to are built before the far
// ones and a newer render never waits behind a long queue. Pages far from the view are not
// built until it comes near (a 5 MB spec's documents took hundreds of MB). Pages a slice
// built that the view no longer shows are freed off the UI thread.
#pragma once

#include "latest_result.h"
#include "preview_page.h"
#include "preview_page_stack.h"

#include <QObject>
#include <QUrl>
#include <memory>
#include <vector>

namespace Specwright {

class PreviewPageBuilder : public QObject
{
    Q_OBJECT

public:
    using Pages = std::vector<std::unique_ptr<PreviewPage>>;
    struct Request
    {
        QByteArray key;
        QString html;
        QString styleSheet;
        QUrl baseUrl;
    };

    explicit PreviewPageBuilder(QObject *parent = nullptr);
    ~PreviewPageBuilder() override;

    // Builds pages from the front of `requests` on a worker until about kSliceMs of work
    // (at least one); built() follows. A slice in flight is superseded.
    void build(std::vector<Request> requests);
    static constexpr qint64 kSliceMs = 40;
    // Unless a slice runs: starts one for the unbuilt pages of `stack` nearest the pages
    // `first` to `last` (those first, then outwards up to kBuildWindow characters of HTML on
    // either side), at most kRequestsPerSlice of them.
    void buildNear(const PreviewPageStack &stack, int first, int last);
    static constexpr int kRequestsPerSlice = 8;
    // A few screens of pages ahead: a built and laid-out page costs about ten times its HTML,
    // and 1 MB each side held most of a 1 MB spec's preview (the IDE bench: 10-20 MB less).
    static constexpr qsizetype kBuildWindow = 256 * 1024;
    // Built pages farther than this from the view go back to their HTML (PreviewView): twice
    // the build window, so a page is not built and dropped again while scrolling to and fro.
    static constexpr qsizetype kKeepWindow = 2 * kBuildWindow;
    // Another build window (tests): the view keeps twice it.
    void setBuildWindow(qsizetype characters) { m_buildWindow = characters; }
    qsizetype buildWindow() const { return m_buildWindow; }
    bool isRunning() const { return m_run.isRunning(); }
    void cancel() { m_run.cancel(); }
    // The pages of the last built(); their documents have no thread until pulled.
    Pages takeBuilt() { return std::exchange(m_built, {}); }

Q_SIGNALS:
    void built();

private:
    struct Result
    {
        Result() = default;
        Result(Result &&) = default;
        Result &operator=(Result &&) = default;
        ~Result(); // a dropped slice's pages go on a worker
        Pages pages;
    };

    Pages m_built;
    qsizetype m_buildWindow = kBuildWindow;
    LatestResult<Result> m_run{this};
};

} // namespace Specwright
