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
    for (int d = 1;
         (last + d < stack.count() || first - d >= 0) && int(requests.size()) < kRequestsPerSlice;
         ++d) {
        consider(last + d);
        consider(first - d);
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
