"""The spaCy component ``extractor_numbers``: finds the number phrases of a doc and writes ``doc._.numbers``.

It walks the tokens once; at each token ``phrases.phrase_at`` tries to read a number phrase, ``phrases.read_repeat``
reads a figure the wire writes again after "rpt" as one, ``ranges.join_bounds`` joins two bounds into a range, and
``counted.record`` turns the phrase into the output record (or drops it); then across the doc's records:
``changes.find_changes`` finds the numbers that are a change, its start or its result, ``same_quantity`` links them and
the figures of one quantity ("equivalent to", "vs", "up from", lists, objects of two joined verbs, a list's items that
name their terms once: ``item_lists``) and shares their kind, currency and scale, ``changes.write_changes`` writes each
change, ``quantities.read_quantities`` names what the remaining levels of money, percent and measure are of, a price per
tonne or barrel that counts nothing or a trade counts its sentence's commodity (``commodities.read_commodities``), and
``same_quantity.share_counted`` gives every linked figure what its partner counts, a race's distance measures only
a race (``races.clear_race_things``: "1500m champion" measures no champion), and a scaled count of a loss, profit,
surplus or deficit is money (``quantities.read_balances``); last, a bare count that a verb of harm or arrest takes
counts people (``quantities.read_implied_people``), a count of points written with a fraction or moved by a change is a
measure in points (``changes.measure_points``), a counted noun loses another figure's terms at its start ("the 5.3 pct
95th bond": ``counted.drop_figure_terms``), and a table's header gives its bare cells their scale and unit ("(in 000's
bu)": ``tables.scale_table_cells``); a figure with decimals or a price's fraction that still counts nothing is typed
where its sentence names an index or the Richter scale, and dropped where it does not
(``bare_figures.settle_bare_fractions``); the second side of a money market's two-way quote takes the first side's
whole part ("6-5/8, 1/8 pct": ``two_way_quotes.read_two_way_quotes``).
"""

from __future__ import annotations

from typing import Any, Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..doc_utils import SavesData, ensure_extension, sentence_starts
from ..resources import load_json
from .bare_figures import settle_bare_fractions
from .changes import ChangeWords, anchors, find_changes, measure_points, record_spans, token_owners, write_changes
from .commodities import read_commodities
from .counted import drop_figure_terms, record
from .country_currencies import CountryCurrencies, country_currencies
from .dollars import local_dollars
from .item_lists import item_links
from .lexicon import Lexicon
from .phrases import phrase_at, read_repeat, start_tokens
from .quantities import read_balances, read_implied_people, read_quantities
from .races import clear_race_things
from .ranges import join_bounds
from .same_quantity import (
    compared_links, earlier_links, elided_links, equivalent_links, list_links, parallel_links, restated_links,
    share_counted, share_partitives, share_terms,
)
from .tables import scale_table_cells
from .two_way_quotes import read_two_way_quotes
from .tokens import DocTokens

ensure_extension("numbers")

_LEXICON_FILE = "numbers.json"
_UNITS_FILE = "numbers_units.json"
_CHANGES_FILE = "numbers_changes.json"


class NumberFinder(SavesData):
    """Holds the compiled word lists (``Lexicon``); called once per doc. Pickles and saves with the pipeline."""

    def __init__(self, data: dict[str, Any], unit_data: dict[str, Any], change_data: dict[str, Any]) -> None:
        self.data = {_LEXICON_FILE: data, _UNITS_FILE: unit_data, _CHANGES_FILE: change_data}
        self.build()

    def build(self) -> None:
        self.lexicon = Lexicon(self.data[_LEXICON_FILE], self.data[_UNITS_FILE])
        self.changes = ChangeWords(self.data[_CHANGES_FILE])
        self.currencies = CountryCurrencies(self.data[_LEXICON_FILE]["country_currencies"])
        self.plain_words = {*self.lexicon.scales, *self.lexicon.cardinals}

    def __call__(self, doc: Doc) -> Doc:
        numbers = []
        sent_starts = set(sentence_starts(doc)[0])
        floor = 0
        tokens = DocTokens(doc)
        for i in start_tokens(self.lexicon, tokens):
            phrase = phrase_at(self.lexicon, tokens, i, floor) if i >= floor else None
            if phrase is None:
                continue
            phrase = join_bounds(self.lexicon, tokens, read_repeat(self.lexicon, tokens, phrase), phrase_at)
            found = record(self.lexicon, tokens, phrase, sent_starts)
            if found is not None:
                numbers.append(found)
            floor = max(phrase.end, i + 1)
        local_dollars(self.lexicon, tokens, numbers)
        country_currencies(self.currencies, self.plain_words, tokens, numbers)
        spans = record_spans(doc, numbers)
        heads = anchors(spans, self.changes)
        owner = token_owners(spans)
        changes, same_quantity = find_changes(tokens, numbers, spans, heads, owner, self.changes)
        scale_of = _Scales(self.lexicon).__getitem__
        same_quantity += equivalent_links(tokens, numbers, spans, same_quantity, self.changes.equivalents)
        same_quantity += list_links(tokens, numbers, spans)
        same_quantity += compared_links(tokens, numbers)
        same_quantity += earlier_links(tokens, numbers, scale_of)
        same_quantity += restated_links(tokens, numbers)
        same_quantity += parallel_links(numbers, spans, heads, owner, self.changes)
        same_quantity += elided_links(tokens, numbers, scale_of)
        same_quantity += item_links(tokens, numbers, spans, self.changes)
        share_terms(numbers, same_quantity, scale_of)
        share_partitives(tokens, numbers, scale_of)
        write_changes(numbers, spans, changes, self.changes)
        read_quantities(numbers, spans, heads, owner, self.changes)
        read_commodities(numbers, spans, self.changes)
        share_counted(numbers, same_quantity)
        clear_race_things(self.lexicon, numbers)
        read_balances(numbers, scale_of, self.lexicon.scaled_money_nouns)
        read_implied_people(numbers, spans, heads, self.changes)
        measure_points(numbers, spans, changes, self.changes)
        drop_figure_terms(self.lexicon, numbers)
        numbers = settle_bare_fractions(self.lexicon, tokens, scale_table_cells(self.lexicon, tokens, numbers))
        doc._.numbers = read_two_way_quotes(self.lexicon, tokens, numbers)
        return doc


class _Scales(dict):
    """The scale each figure's text names (``Lexicon.scale_of``), read once per doc: the links ask it of the same
    figures again and again."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__()
        self.lexicon = lexicon

    def __missing__(self, text: str) -> Optional[float]:
        scale = self[text] = self.lexicon.scale_of(text)
        return scale


@Language.factory(
    "extractor_numbers",
    default_config={"lexicon": _LEXICON_FILE, "units": _UNITS_FILE, "changes": _CHANGES_FILE},
    requires=["token.dep", "token.head", "token.tag", "token.lemma", "token.ent_type", "token.ent_iob"],
    assigns=["doc._.numbers"],
)
def make_numbers(nlp: Language, name: str, lexicon: str, units: str, changes: str) -> NumberFinder:
    """``lexicon``, ``units`` and ``changes``: the word-list, unit-table and change-word files in ``extractor/data``."""
    return NumberFinder(load_json(lexicon), load_json(units), load_json(changes))
