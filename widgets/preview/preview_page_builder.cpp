#include "preview_page_builder.h"

#include "preview_render_job.h"

#include <QElapsedTimer>
#include <algorithm>

namespace Specwright {

PreviewPageBuilder::Result::~Result()
{
    PreviewRenderJob::freeOffUiThread(std::move(pages));
}

PreviewPageBuilder::PreviewPageBuilder(QObject *parent)
    : QObject(parent)
{
}

PreviewPageBuilder::~PreviewPageBuilder()
{
    PreviewRenderJob::freeOffUiThread(std::exchange(m_built, {}));
}

void PreviewPageBuilder::buildNear(const PreviewPageStack &stack, int first, int last)
{
    if (isRunning() || stack.unbuiltCount() == 0)
        return;
    std::vector<Request> requests;
    auto consider = [&](int index) {
        if (index < 0 || index >= stack.count() || stack.page(index)->isBuilt())
            return;
        const PreviewPage *page = stack.page(index);
        requests.push_back({page->key(), page->html(), page->styleSheet(), page->baseUrl()});
    };
    first = std::clamp(first, 0, stack.count() - 1);
    last = std::clamp(last, first, stack.count() - 1);
    for (int i = first; i <= last && int(requests.size()) < kRequestsPerSlice; ++i)
        consider(i);
    // Outwards, while the pages passed hold less than kBuildWindow characters of HTML on
    // that side: far pages stay HTML (a fraction of a document's memory) until scrolled near.
    qsizetype below = 0;
    qsizetype above = 0;
    for (int d = 1; int(requests.size()) < kRequestsPerSlice; ++d) {
        const bool down = last + d < stack.count() && below < m_buildWindow;
        const bool up = first - d >= 0 && above < m_buildWindow;
        if (!down && !up)
            break;
        if (down) {
            consider(last + d);
            below += stack.page(last + d)->htmlSize();
        }
        if (up) {
            consider(first - d);
            above += stack.page(first - d)->htmlSize();
        }
    }
    if (!requests.empty())
        build(std::move(requests));
}

void PreviewPageBuilder::build(std::vector<Request> requests)
{
    m_run.start(
        [requests = std::move(requests)](const BackgroundTask &task) {
            Result result;
            QElapsedTimer slice;
            slice.start();
            for (const Request &request : requests) {
                if (task.isCancelled() || (!result.pages.empty() && slice.elapsed() >= kSliceMs))
                    break;
                result.pages.push_back(PreviewRenderJob::buildReleased(
                    request.key, request.html, request.styleSheet, request.baseUrl));
            }
            return result;
        },
        [this](Result result) {
            PreviewRenderJob::freeOffUiThread(std::exchange(m_built, std::move(result.pages)));
            Q_EMIT built();
        });
}

} // namespace Specwright
