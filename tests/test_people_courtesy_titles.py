"""A one-word name after a courtesy title only people take ('Mr.', 'Mrs', 'Ms', 'Sir') is a person, however else
the article uses the word: 'Mr. Trump' beside 'the Trump administration' (a body whose first word the resolver
reads as the surname's other use). The sentences are verbatim, the article's full name left out."""

import pytest

from extractor import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


KEPT = [
    # html-articles 702d1da63b8e064cb... (The New York Times): 'Mr. Trump' x22, never 'Donald Trump'
    ("When President Trump’s advisers suggested that Beijing resume buying around $20 billion in American farm "
     "products as part of a trade deal, Mr. Trump wasn’t satisfied. The most recent twists in the China trade talks "
     "have left firms uncertain whether a 15 percent tariff that the Trump administration had planned to impose "
     "Dec. 15 on another $160 billion of goods, including smartphones, laptops and footwear, would go into effect — "
     "or whether a 15 percent tariff imposed on consumer goods in September would remain.",
     "Trump"),
    # BBC politics/194
    ("She also described the US legal code as an outdated grandfather clock and welcomed a decision to throw out a "
     "law backed by Mr Bush relating to sodomy in Texas. \"There have been some objections from people reasonably "
     "close to the Bush administration about her making these comments in their backyard just two days before a "
     "presidential election,\" he said.", "Bush"),
    # BBC politics/027
    ("But Downing Street said Mr Blair should be judged by results not his style. \"This is from someone who was "
     "an insider at the very heart of the Blair government.\"", "Blair"),
    # BBC politics/258
    ("Even as the MPs were expressing their fears it emerged that, while Mr Brown is in Africa for a week, the "
     "prime minister is to deliver a keynote speech on election themes for a third term. None the less, what some "
     "believe now is that the effect of the warnings from the backbenchers will actually be to silence the Brown "
     "camp, effectively strengthening the prime minister's hand.", "Brown"),
]


@pytest.mark.parametrize("text, name", KEPT)
def test_courtesy_title_keeps_a_surname_used_otherwise(extractor: Extractor, text: str, name: str) -> None:
    assert name in [person["name"] for person in extractor.extract(text).people]


DROPPED = [
    # BBC business (Cadbury Schweppes): 'Dr' also opens a brand's name, so it is left out of the titles
    ("The owner of brands such as Dairy Milk, Dr Pepper and Snapple generates more than 80% of its sales outside "
     "the UK.", "Pepper"),
    ("Drinks sales were up 2% with strong growth in US carbonated soft drinks, led by Dr Pepper and diet drinks, "
     "offset by the weaker sales in Europe.", "Pepper"),
]


@pytest.mark.parametrize("text, name", DROPPED)
def test_other_titles_do_not_keep_a_word(extractor: Extractor, text: str, name: str) -> None:
    assert name not in [person["name"] for person in extractor.extract(text).people]
