// libFuzzer target: the conversation example parser on the lines of one fence.
#include "example_parser.h"
#include "fuzz_input.h"
#include "spec_elements.h"

#include <QStringList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QStringList lines = QString::fromUtf8(FuzzInput::bytes(data, size)).split(u'\n');
    Specwright::Example example;
    Specwright::ExampleParser::parse(lines, 1, example);
    Specwright::ExampleTurn turn;
    for (const QString &line : lines)
        (void)Specwright::ExampleParser::parseLabel(line, turn);
    return 0;
}
