"""The language warning: a text extractor cannot read (another script, another Latin-script language, a short
title in one) is flagged; English news, its tables and its capitals headlines are not. No pipeline needed, but to
show that a flagged text gives no people, organizations or quotes and no place the gazetteer does not know: English
rules read another language's capitalised nouns as names, and after its "in" as places.

Foreign samples: the chardet test files in ../shared/corpora/messy/chardet-encodings (LGPL-2.1), cut short.
"""

from __future__ import annotations

import pytest

from extractor import extract
from extractor.core import language_warning

FOREIGN = [
    # (text, word the warning names)
    ("В гимназии он не был в числе первых учеников (исключение составляли математика и латынь).", "Cyrillic"),
    ("Η ελληνική αποτελεί τη μητρική γλώσσα περίπου 12 εκατομμυρίων ανθρώπων, κυρίως στην Ελλάδα και στην Κύπρο.",
     "Greek"),
    ('השם עבר מופיע בתנ"ך כשמו של סבו של אברהם אבינו.', "Hebrew"),
    ("역사적 예수 연구자들은 복음서나 사도들의 서신서 속의 교리적 예수가 아닌, 역사적 인간으로서의 예수를 추구한다.", "Korean"),
    ("仙人洞文化係話到萬年大源盆地一隻叫仙人洞嗰溶洞發現嗰史前文化。", "Chinese"),
    ("エイプリルフール企画モノ", "Japanese"),  # a feed item's whole title (EUC-JP/yukiboh.moo.jp.xml)
    ("Už týdny cloumá českou veřejností skandál s dětmi, odebranými české matce norskou sociálkou. Péče o děti ale "
     "není jedinou oblastí, kde se zákony v této skandinávské zemi vymkly z kloubů zdravého rozumu. Nyní Norové "
     "začali potírat i žebráky. Norsko, stejně jako řadu dalších zemí západní Evropy, trápí nájezdy gangů.", "Czech"),
    ("Az önkormányzat által készíttetett szakvélemény szerint rétegvíz okozta a föld megcsúszását a pályaudvarnál. "
     "A végleges szakértői jelentés szerint a rétegvíz okozta a rézsűcsúszást a Déli pályaudvari alagútnál, a "
     "helyreállítást a MÁV-nak kell elvégeznie.", "Hungarian"),
    ("A Vízpumpa Nem Jó, Egyébként Jó Motorral", "Hungarian"),  # iso-8859-2-hungarian/auto-apro.hu.xml
    ("Die Deutsche Schule gehört zum Netzwerk der mehr als 140 Deutschen Auslandsschulen, die von der Zentralstelle "
     "für Auslandsschulwesen im Auftrag des Auswärtigen Amtes gefördert werden.", "German"),
    # html-articles 7837c9d66c81, whose fastText reading (Indonesian 0.61, Malay close) is below its bar
    ("Sebelum Islam pecah jadi Sunni dan Syiah zaman Khalifah Ali karena pemberontakan Mu\u2019awiyah di tahun 37 "
     "Hijriyah. 26 tahun setelah wafatnya Nabi. Islam sudah sempurna secara aqidah mau pun fiqih. Islam sudah "
     "sempurna sebelum Nabi Muhammad SAW wafat. Jadi baik Sunni dan Syiah yg sebagian besar sahabat", "Indonesian"),
]

ENGLISH = [
    # bbc/business/001
    "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to "
    "December, from $639m year-earlier.",
    # reuters/12234: a story that is only its capitals headline
    "ATT TO SELL NETI TECHNOLOGIES SOFTWARE",
    # reuters-21578: an earnings table has few function words of any language
    "Shr 55 cts vs 93 cts\n    Net 1.6 mln vs 2.6 mln\n    Revs 5.3 mln vs 1.2 mln",
    # reuters/04776: a Dutch company's results, in English
    "Net 1986 profit 132.6 mln guilders vs 117.3 mln\n    Turnover 1.6 billion guilders vs same\n    Earnings per "
    "share 16.00 guilders vs 15.80 on capital expanded by 11 pct to 8.21 mln outstanding shares.\n    Proposed "
    "dividend per share 5.50 guilders vs 5.00\n    Note - Full company name is Koninklijke Nederlandse "
    "Papierfabrieken NV.\n Reuter",
]


@pytest.mark.parametrize(("text", "named"), FOREIGN)
def test_text_in_another_language_or_script_is_warned_of(text: str, named: str) -> None:
    warning = language_warning(text)
    assert warning is not None and named in warning and "not English" in warning


@pytest.mark.parametrize("text", ENGLISH)
def test_english_news_its_tables_and_headlines_are_not_warned_of(text: str) -> None:
    assert language_warning(text) is None


FOREIGN_BODIES_AND_QUOTES = [
    # html-articles 3252222e61fe: a Portuguese page, whose quote's speaker would be 'Quando' ("when")
    "Isso é muito importante, porque a aquisição da fluência em leitura levará as crianças à compreensão de textos. "
    "No Brasil isso não é muito comum. Quando você fala sobre fluência de leitura, o pessoal estranha: “Que história "
    "é essa de que uma criança de 6 anos deve ler 60 palavras por minuto? Que absurdo é esse? Cada criança tem seu "
    "tempo”.",
    # html-articles ba07d1e64775: a German page, whose bodies would be 'Technologie-Partner eZ Systems' and 'DMEXCO'
    "Dieses Jahr sind wir in Kooperation mit unserem Technologie-Partner eZ Systems auf der DMEXCO vertreten. Am 12. "
    "Bis 13. September startet wieder die DMEXCO 2018 in Köln – und comwrap ist mit dabei.",
]


@pytest.mark.parametrize("text", [text for text, _ in FOREIGN if len(text) > 150] + FOREIGN_BODIES_AND_QUOTES)
def test_no_people_organizations_or_quotes_are_read_from_a_text_in_another_language(text: str) -> None:
    facts = extract(text)
    assert facts.warnings and (facts.people, facts.organizations, facts.quotes) == ([], [], [])


GERMAN_PAGES = [
    # (text, a capitalised noun after "in" that is no place, a place the gazetteer knows or None)
    # html-articles 57b4dafd18cf
    ("Durch unnötige Überbehandlung und Dokumentation sowie Behandlungsfehler entstehen so jährlich Kosten in "
     "Milliardenhöhe. Die Daten werden zentral Secure Cloud von IBM in Frankfurt am Main gespeichert und sind "
     "Ende-zu-Ende verschlüsselt.", "Milliardenhöhe", "Frankfurt am Main"),
    # html-articles ba07d1e64775
    ("Dieses Jahr sind wir in Kooperation mit unserem Technologie-Partner eZ Systems auf der DMEXCO vertreten. Am 12. "
     "Bis 13. September startet wieder die DMEXCO 2018 in Köln – und comwrap ist mit dabei.", "Kooperation", "Köln"),
]


@pytest.mark.parametrize(("text", "noun", "place"), GERMAN_PAGES)
def test_a_text_in_another_language_names_only_places_the_gazetteer_knows(text: str, noun: str, place: str) -> None:
    facts = extract(text)
    names = {mention["text"] for record in facts.places for mention in record["mentions"]}
    assert facts.warnings and noun not in names and place in names
