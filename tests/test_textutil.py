from newsline.textutil import detokenize_ptb, looks_ptb


def test_detokenize_ptb_quotes_brackets_and_clitics():
    src = "He said `` we 're ready '' -LRB- AP -RRB- , and it did n't rain ."
    assert detokenize_ptb(src) == "He said \u201cwe're ready\u201d (AP), and it didn't rain."


def test_detokenize_punctuation_before_a_closing_quote():
    src = "a `` bold new approach , '' he said , and `` no ! ''"
    assert detokenize_ptb(src) == "a \u201cbold new approach,\u201d he said, and \u201cno!\u201d"


def test_detokenize_keeps_lines_and_money():
    src = "It cost $ 5 .\nPrices rose 3 % ."
    assert detokenize_ptb(src) == "It cost $5.\nPrices rose 3%."


def test_detokenize_unescapes_a_slash_and_an_asterisk():
    src = "Photograph : Gerald Herbert\\/AP\n\\* Lawsuit is first for BP .\nHOUSTON\\/SEATTLE , April 30"
    assert detokenize_ptb(src) == "Photograph: Gerald Herbert/AP\n* Lawsuit is first for BP.\nHOUSTON/SEATTLE, April 30"


def test_looks_ptb():
    assert looks_ptb("DERAA , Syria -LRB- Reuters -RRB- - Crowds set fire to a building .")
    ptb = "Crowds gathered , police said . Shops closed ; schools too . It rained , then stopped ."
    assert looks_ptb(ptb)
    plain = "Crowds gathered, police said. Shops closed; schools too. It rained , then stopped."
    assert not looks_ptb(plain)
    assert not looks_ptb("Short , text .")  # too little to judge


def test_a_holiday_alone_is_an_event_but_a_holiday_that_is_a_surname_is_not():
    from newsline.textutil import is_event_name

    assert is_event_name("Christmas") and is_event_name("Easter") and is_event_name("the Thanksgiving")
    assert not is_event_name("Ramadan")  # Tariq Ramadan
