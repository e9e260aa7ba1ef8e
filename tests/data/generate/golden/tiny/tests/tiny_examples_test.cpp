// specwright-provenance: {"contentSha1":"6899e512d610158b9176c5bd5a04607432904592","generator":"gtest","sections":{"refunds":"f99f02c1609e","tiny":"1137161c5156","totals":"13d3d9d1e054"},"spec":"tiny.md","specBlob":"5355365f9ce8f345dab9efb950fb15e0e1190544","time":"2026-01-01T00:00:00Z","version":"1"}

// Test skeletons for "Tiny Checkout Spec" (tiny.md), one per example.
// Each test holds the example's prompt and its GOOD/BAD expectations; replace the GTEST_SKIP
// with a call to the system under test and checks against the expectations.
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

struct Turn
{
    std::string role;
    std::string text;
};

struct Expectation
{
    std::string label; // GOOD, BAD or OK
    std::string rationale;
    std::string answer;
};

} // namespace

// Totals (#totals): 3 items in the cart
TEST(Totals, Example3ItemsInTheCart)
{
    const std::vector<Turn> prompt = {
        {"user",
          "What is my total for \"3 items\" at 9.99\\each\?"},
    };
    const std::vector<Expectation> expectations = {
        {"GOOD", "shows currency",
          "Your total is €29.97."},
        {"BAD", "no currency",
          "29.97"},
    };
    ASSERT_EQ(prompt.size(), 1u);
    ASSERT_EQ(expectations.size(), 2u);
    GTEST_SKIP() << "not implemented: " << "3 items in the cart";
}

// Totals (#totals): 3 items in the cart
TEST(Totals, Example3ItemsInTheCart2)
{
    const std::vector<Turn> prompt = {
        {"system",
          "Prices include VAT."},
        {"user",
          "Total\?"},
    };
    const std::vector<Expectation> expectations = {
        {"OK", "",
          "€10."},
    };
    ASSERT_EQ(prompt.size(), 2u);
    ASSERT_EQ(expectations.size(), 1u);
    GTEST_SKIP() << "not implemented: " << "3 items in the cart";
}
