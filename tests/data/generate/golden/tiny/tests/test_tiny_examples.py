# specwright-provenance: {"contentSha1":"f4a63036254fc5cde4090bab05717ee99bcdbfce","generator":"pytest","sections":{"refunds":"f99f02c1609e","tiny":"1137161c5156","totals":"13d3d9d1e054"},"spec":"tiny.md","specBlob":"5355365f9ce8f345dab9efb950fb15e0e1190544","time":"2026-01-01T00:00:00Z","version":"1"}

"""Test skeletons for "Tiny Checkout Spec" (tiny.md), one per example.

Each test holds the example's prompt and its GOOD/BAD expectations; replace the skip with a call
to the system under test and checks against the expectations.
"""

import pytest


def test_totals__example_3_items_in_the_cart():
    """Totals (#totals): 3 items in the cart"""
    prompt = [
        ("user", "What is my total for \"3 items\" at 9.99\\each?"),
    ]
    expectations = [
        ("GOOD", "shows currency", "Your total is €29.97."),
        ("BAD", "no currency", "29.97"),
    ]
    assert len(prompt) == 1
    assert len(expectations) == 2
    pytest.skip("not implemented: " + "3 items in the cart")


def test_totals__example_3_items_in_the_cart2():
    """Totals (#totals): 3 items in the cart"""
    prompt = [
        ("system", "Prices include VAT."),
        ("user", "Total?"),
    ]
    expectations = [
        ("OK", "", "€10."),
    ]
    assert len(prompt) == 2
    assert len(expectations) == 1
    pytest.skip("not implemented: " + "3 items in the cart")
