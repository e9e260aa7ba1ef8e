// A small driver for profiling the parser: parses one file again and again, alternating with
// cmark-gfm alone on the same bytes, and prints the median times and their ratio.
// Usage: parse_profile FILE [RUNS] [parse|cmark|both|heap|phases]; "heap" prints the malloc heap
// the parsed SpecDocument holds (glibc's mallinfo2, taken before and after one parse) and what
// its strings hold; "phases" the median times of the text tables, cmark, the parse and its free.
#include "markdown_tree.h"
#include "source_text.h"
#include "spec_document.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <cstdio>
#include <malloc.h>

using namespace Specwright;

namespace {

size_t heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: parse_profile FILE [RUNS] [parse|cmark|both|heap|phases]\n");
        return 2;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray bytes = file.readAll();
    const QString text = QString::fromUtf8(bytes);
    const int runs = args.size() > 2 ? args.at(2).toInt() : 10;
    const QString mode = args.size() > 3 ? args.at(3) : QStringLiteral("both");
    if (mode == u"heap") {
        size_t sourceHeap = 0;
        {
            const size_t start = heapInUse();
            const SourceText source(text);
            sourceHeap = heapInUse() - start;
        }
        const size_t before = heapInUse();
        const SpecDocument::Ptr doc = SpecDocument::parse(text, args.at(1));
        const size_t after = heapInUse();
        std::printf("document heap %.1f MB (%lld statements)\n", double(after - before) / 1e6,
                    qlonglong(doc->statements().size()));
        // The strings a document holds most of: statement texts and turn texts and rationales.
        qsizetype statementChars = 0, turns = 0, turnChars = 0;
        for (const Statement &s : doc->statements())
            statementChars += s.text.capacity();
        for (const Example &e : doc->examples()) {
            for (const ExampleTurn &t : e.turns) {
                ++turns;
                turnChars += t.text.capacity() + t.rationale.capacity();
            }
        }
        std::printf("of which the text tables %.1f MB; statement texts %lld characters, %lld turns "
                    "%lld characters, %lld blocks, %lld lines\n",
                    double(sourceHeap) / 1e6, qlonglong(statementChars), qlonglong(turns),
                    qlonglong(turnChars), qlonglong(doc->blocks().size()),
                    qlonglong(doc->source().lineCount()));
        return 0;
    }
    if (mode == u"phases") {
        // Where the time of a parse goes: the text tables, cmark, the whole parse, freeing it.
        QList<double> source, tree, whole, release;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            {
                const SourceText s(text);
                source.append(timer.nsecsElapsed() / 1e6);
            }
            timer.start();
            {
                const MarkdownTree t(bytes, MarkdownTree::Input::Encoded);
                tree.append(timer.nsecsElapsed() / 1e6);
            }
            timer.start();
            SpecDocument::Ptr doc = SpecDocument::parse(text, args.at(1));
            whole.append(timer.nsecsElapsed() / 1e6);
            timer.start();
            doc.reset();
            release.append(timer.nsecsElapsed() / 1e6);
        }
        std::printf("source %.2f  cmark %.2f  parse %.2f  free %.2f ms\n", median(source),
                    median(tree), median(whole), median(release));
        return 0;
    }
    QList<double> ours, cmark;
    size_t sink = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        if (mode != u"cmark") {
            timer.start();
            const SpecDocument::Ptr doc = SpecDocument::parse(text, args.at(1));
            sink += size_t(doc->sections().size());
            ours.append(timer.nsecsElapsed() / 1e6);
        }
        if (mode != u"parse") {
            timer.start();
            const MarkdownTree tree(bytes, MarkdownTree::Input::Encoded); // as the parser runs it
            sink += tree.root().isNull() ? 0 : 1;
            cmark.append(timer.nsecsElapsed() / 1e6);
        }
    }
    const double a = median(ours), b = median(cmark);
    std::printf("parse %.2f ms  cmark %.2f ms  ratio %.2fx  (sink %zu)\n", a, b, b > 0 ? a / b : 0,
                sink);
    return 0;
}
