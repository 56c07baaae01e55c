"""Actor rules on hand-built articles (these load the spaCy model)."""

from __future__ import annotations

import pytest

from newsline.actors import actor_by_id, actor_stage, find_actors, resolve_actors, resolve_mention, story_section
from newsline.model import Corpus, item_from_json, item_to_json
from newsline.pipeline import Pipeline, Stage

pytestmark = pytest.mark.model


def _corpus(parse, *texts, published=None):
    docs = tuple(parse(t, published=published, id=f"d{i}") for i, t in enumerate(texts))
    return resolve_actors(Corpus(docs))


def _single_views(parse, *texts):
    """view_of(doc index, name): the learned step's view of that article's actor alone (an
    unnamed one by its head noun)."""
    from newsline.actors import pairs as pm
    from newsline.actors import resolve as rs
    from newsline.actors.mentions import analyse_article

    docs = [parse(t, id=f"d{i}") for i, t in enumerate(texts)]
    nodes = [rs._Node(di, 0, a) for di, d in enumerate(docs) for a in analyse_article(d).actors if a.mentions]

    def view_of(doc, name):
        k = next(i for i, nd in enumerate(nodes) if nd.doc == doc and (name in nd.actor.names or nd.actor.head == name))
        return pm.group_view(k, [k], nodes)

    return view_of


def _actor_of(corpus, doc_index, text, nth=0):
    """The actor of the nth mention whose text is ``text`` in doc ``doc_index``."""
    doc = corpus.docs[doc_index]
    hits = [m for m in doc.get("actor_mentions") if m.text == text]
    assert len(hits) > nth, f"no mention {text!r} in {[m.text for m in doc.get('actor_mentions')]}"
    return actor_by_id(corpus)[hits[nth].actor_id]


def _named(corpus, name):
    found = find_actors(corpus, name)
    assert found, f"no actor {name!r}: {[a.name for a in find_actors(corpus)]}"
    return found[0]


def _mention_ids(corpus) -> dict:
    """Mention text -> actor id over every document of ``corpus``."""
    return {m.text: m.actor_id for d in corpus.docs for m in d.get("actor_mentions")}


def test_name_variants_join_one_actor(parse):
    c = _corpus(
        parse,
        "North Korean leader Kim Jong Un met the envoy on Monday. Kim Jong-un later said the talks went "
        "well. Mr. Kim did not say more. Kim left the capital on Tuesday.",
    )
    kim = _named(c, "Kim Jong Un")
    forms = {a for a, _ in kim.aliases}
    assert {"Kim Jong Un", "Kim Jong-un", "Kim"} <= forms
    assert _actor_of(c, 0, "Kim").id == kim.id
    assert kim.type == "person"


def test_possessive_is_cut_from_the_name(parse):
    c = _corpus(parse, "North Korea's foreign ministry issued a statement. North Korea rejected the offer.")
    nk = _named(c, "North Korea")
    assert nk.type == "country"
    assert all("'s" not in a for a, _ in nk.aliases)
    doc = c.docs[0]
    assert any(m.text == "North Korea" and m.start == 0 for m in doc.get("actor_mentions"))


def test_a_firm_whose_name_ends_in_s_keeps_it_where_nothing_is_its_possession(parse):
    c = _corpus(parse, "Moody's downgraded the bank on Monday. Moody's said the outlook was negative. "
                       "A Moody's analyst expects more cuts. Google's new phone sold well.")
    moodys = _named(c, "Moody's")
    assert moodys.name == "Moody's" and moodys.type == "organisation"
    assert _actor_of(c, 0, "Moody's").id == _actor_of(c, 0, "Moody").id == moodys.id
    assert _named(c, "Google").name == "Google"


def test_titles_give_roles_and_mentions(parse):
    c = _corpus(
        parse,
        "Secretary of State Mike Pompeo arrived in Seoul on Tuesday. The secretary of state told reporters "
        "he was hopeful. Pompeo later flew home.",
        published="2018-05-09",
    )
    pompeo = _named(c, "Mike Pompeo")
    assert any(r.role == "Secretary of State" and r.first_date == "2018-05-09" and not r.past for r in pompeo.roles)
    # no organisation "State" from the title
    assert not find_actors(c, "State")
    assert _actor_of(c, 0, "The secretary of state").id == pompeo.id
    assert _actor_of(c, 0, "he").id == pompeo.id



def test_a_role_written_in_title_case_once_is_one_role(parse):
    c = _corpus(
        parse,
        "Bordavian Prime Minister Ada Vell met the envoy on Monday.",
        "Vell, the Bordavian prime minister, spoke on Tuesday.",
        "The talks went on, Bordavian prime minister Ada Vell said.",
        published="2018-05-09",
    )
    roles = [r.role for r in _named(c, "Ada Vell").roles if not r.past]
    assert [r.lower() for r in roles].count("bordavian prime minister") == 1, roles
    assert "Bordavian prime minister" in roles  # the usual writing, not the title case


def test_a_role_runs_over_names_that_only_qualify_its_nouns(parse):
    c = _corpus(
        parse,
        "The sanctions name Ada Vell and Tom Rusk, aides to Gen. Ivo Marsh. "
        "Ms. Vell is minister of state security for the Marsh government. "
        "Mr. Rusk is director of the regime's Press and Guidance Department.",
    )
    assert "minister of state security for the Marsh government" in [r.role for r in _named(c, "Ada Vell").roles]
    assert "director of the regime's Press and Guidance Department" in [r.role for r in _named(c, "Tom Rusk").roles]


def test_two_known_surnames_joined_before_a_noun_are_no_person(parse):
    from dataclasses import replace

    doc = parse(
        "President Donald Marsh met leader Kim Jong Un in Oslo. Since the first Marsh-Kim summit in Singapore "
        "in June, talks have stalled, and Lee Do-hoon said Marsh would try again.",
        id="d0",
    )
    # the tagger may label the pair a PERSON (it does in longer articles); make it so here
    ents = tuple(replace(e, label="PERSON") if e.text == "Marsh-Kim" else e for e in doc.entities)
    assert any(e.text == "Marsh-Kim" for e in ents)
    c = resolve_actors(Corpus((doc.with_layers(entities=ents),)))
    names = [a.name for a in find_actors(c) if a.type == "person"]
    assert "Marsh-Kim" not in names
    assert {"Donald Marsh", "Kim Jong Un", "Lee Do-hoon"} <= set(names)

def test_honorific_and_prenominal_role(parse):
    c = _corpus(
        parse,
        '"Please discuss human rights," said defector Kang Chol-hwan. Mr. Kang documented the prison '
        "network in his book.",
    )
    kang = _named(c, "Kang Chol-hwan")
    assert any(r.role == "defector" for r in kang.roles)
    assert _actor_of(c, 0, "Kang").id == kang.id


def test_past_roles_are_marked(parse):
    c = _corpus(
        parse,
        "Pompeo, then CIA chief, met Kim over Easter. Robert King is a former U.S. special envoy.",
        published="2018-05-04",
    )
    pompeo = _named(c, "Pompeo")
    assert any(r.role == "CIA chief" and r.past for r in pompeo.roles)  # shown as "CIA chief (former)"
    king = _named(c, "Robert King")
    assert any(r.role == "U.S. special envoy" and r.past for r in king.roles)


def test_a_past_marker_belongs_to_its_own_conjunct(parse):
    c = _corpus(
        parse,
        "It is a paradox, said Ada Morrow, a retired Army colonel and senior fellow at the Delmar Institute.",
    )
    morrow = _named(c, "Ada Morrow")
    roles = {r.role: r.past for r in morrow.roles}
    assert roles.get("Army colonel") is True
    assert any(role.startswith("senior fellow") and not past for role, past in roles.items()), roles


def test_apposition_role_and_description(parse):
    c = _corpus(
        parse,
        '"Perhaps they were never sincere," said Nick Ayers, Pence\'s chief of staff. '
        "The VP's office said Vice President Mike Pence would have delivered a message. The vice president "
        "flew home.",
    )
    ayers = _named(c, "Nick Ayers")
    assert any("chief of staff" in r.role for r in ayers.roles)
    pence = _named(c, "Mike Pence")
    assert _actor_of(c, 0, "The vice president").id == pence.id


def test_the_vp_goes_to_the_vice_president(parse):
    c = _corpus(
        parse,
        "Vice President Mike Pence was due to meet the delegation. The VP was scheduled to meet them on "
        "Saturday, but the meeting was cancelled.",
    )
    pence = _named(c, "Mike Pence")
    assert any(r.role == "Vice President" for r in pence.roles)
    assert _actor_of(c, 0, "The VP").id == pence.id


def test_description_by_role_with_modifiers(parse):
    c = _corpus(
        parse,
        "President Donald Trump will meet North Korean dictator Kim Jong Un in June. Pompeo met the "
        "North Korean dictator over Easter.",
    )
    kim = _named(c, "Kim Jong Un")
    assert _actor_of(c, 0, "the North Korean dictator").id == kim.id


def test_sister_description(parse):
    c = _corpus(
        parse,
        "The delegation included Kim Yo Jong, the younger sister of leader Kim Jong Un. Pence did not "
        "avoid the dictator's sister, he said.",
    )
    sister = _named(c, "Kim Yo Jong")
    assert any("sister" in r.role for r in sister.roles)
    assert _actor_of(c, 0, "sister").id == sister.id


def test_pronouns_to_compatible_persons(parse):
    c = _corpus(
        parse,
        "Heather Nauert said the talks would go on. She added that Mike Pompeo was ready. "
        "He told reporters that he hoped for a deal.",
    )
    nauert = _named(c, "Heather Nauert")
    pompeo = _named(c, "Mike Pompeo")
    assert _actor_of(c, 0, "She").id == nauert.id
    assert _actor_of(c, 0, "He").id == pompeo.id
    assert _actor_of(c, 0, "he").id == pompeo.id


def test_a_pronoun_agrees_with_a_less_common_given_name(parse):
    # "Marisol" and "Thaddeus" are in no hand list: without the packaged name lists "He"
    # would go to the subject of the previous sentence and "her" to the other person
    c = _corpus(
        parse,
        "Marisol Quintanar met Thaddeus Brandtner at the port on Monday. "
        "He told her the harbour plan needed more money.",
    )
    marisol = _named(c, "Marisol Quintanar")
    thaddeus = _named(c, "Thaddeus Brandtner")
    assert _actor_of(c, 0, "He").id == thaddeus.id
    assert _actor_of(c, 0, "her").id == marisol.id


def test_relative_pronoun(parse):
    c = _corpus(parse, "The three Americans, who have been held in a labor camp, were released.")
    doc = c.docs[0]
    who = [m for m in doc.get("actor_mentions") if m.text == "who"]
    amer = [m for m in doc.get("actor_mentions") if "Americans" in m.text]
    assert who and amer and who[0].actor_id == amer[0].actor_id


def test_metonyms_map_to_the_country_and_keep_the_surface_form(parse):
    c = _corpus(
        parse,
        "North Korea threatened to end the talks. Pyongyang said Washington had to lift sanctions. "
        "The North wants the United States to move first, and the U.S. refused. America has not answered.",
    )
    nk = _named(c, "North Korea")
    us = _named(c, "United States")
    assert _actor_of(c, 0, "Pyongyang").id == nk.id
    assert _actor_of(c, 0, "North").id == nk.id
    assert _actor_of(c, 0, "Washington").id == us.id
    assert _actor_of(c, 0, "U.S.").id == us.id
    assert _actor_of(c, 0, "America").id == us.id
    m = next(m for m in c.docs[0].get("actor_mentions") if m.text == "Pyongyang")
    assert m.kind == "metonym" and "North Korea" in m.evidence


def test_a_capital_as_a_place_is_not_a_metonym(parse):
    c = _corpus(parse, "The orchestra performed in Pyongyang in 2008. North Korea welcomed it.")
    m = next(m for m in c.docs[0].get("actor_mentions") if m.text == "Pyongyang")
    assert m.kind == "name"
    assert actor_by_id(c)[m.actor_id].type != "country"


def test_the_regime_and_the_administration(parse):
    c = _corpus(
        parse,
        "North Korea rejected the offer. The United States said the administration would not wait, and "
        "criticised the regime for its abuses.",
    )
    assert _actor_of(c, 0, "the administration").name == "United States"
    assert _actor_of(c, 0, "the regime").name == "North Korea"


def test_bare_surname_goes_to_the_last_named_fitting_person(parse):
    # Politico sample: Kim Hak-Song, Tony Kim and Kim Dong-Chul; "Kim" is Tony Kim
    text = (
        "Trump has faced criticism for agreeing to talks with North Korean dictator Kim Jong Un. "
        "The three Americans - Kim Hak-Song, Tony Kim and Kim Dong-Chul - have been relocated. "
        "Dong-Chul was arrested in October 2015, while Kim and Hak-Song were imprisoned last year."
    )
    c = _corpus(parse, text)
    _named(c, "Tony Kim")  # found, as a person of its own
    kims = [m for m in c.docs[0].get("actor_mentions") if m.text == "Kim"]
    assert actor_by_id(c)[kims[-1].actor_id].name == "Tony Kim"
    assert _actor_of(c, 0, "Dong-Chul").name == "Kim Dong-Chul"
    assert _actor_of(c, 0, "Hak-Song").name == "Kim Hak-Song"
    names = {a.name for a in find_actors(c) if a.type == "person"}
    assert {"Kim Jong Un", "Kim Hak-Song", "Tony Kim", "Kim Dong-Chul"} <= names


def test_same_surname_family_stays_apart_across_articles(parse):
    c = _corpus(
        parse,
        "Kim Jong Un met Kim Yo Jong and Kim Yong Nam in Pyongyang.",
        "Kim Jong Il, the father of Kim Jong Un, died in 2011. Kim Jong-un succeeded him.",
        "Tony Kim and Kim Hak-Song were released.",
    )
    people = {a.name: a for a in find_actors(c) if a.type == "person"}
    for name in ("Kim Jong Un", "Kim Yo Jong", "Kim Yong Nam", "Kim Jong Il", "Tony Kim", "Kim Hak-Song"):
        assert any(n.replace("-", " ").lower() == name.replace("-", " ").lower() for n in people), name
    ids = {actor.id for actor in people.values()}
    assert len(ids) == len(people)
    kju = _named(c, "Kim Jong Un")
    assert set(kju.articles) == {"d0", "d1"}


def test_cross_article_merge_needs_evidence(parse):
    c = _corpus(
        parse,
        "Secretary of State Mike Pompeo flew to Pyongyang.",
        "Pompeo said the talks went well.",
        "Michael Pompeo, the secretary of state, returned on Friday.",
        "Mark Pompeo, a farmer in Kansas, was not surprised.",
    )
    mike = _named(c, "Mike Pompeo")
    assert {"d0", "d2"} <= set(mike.articles)
    mark = _named(c, "Mark Pompeo")
    assert mark.id != mike.id


def test_organisation_short_forms_and_acronyms(parse):
    c = _corpus(
        parse,
        "The Central Intelligence Agency (CIA) was informed. The Alder City Falcons won on Sunday.",
        "The CIA declined to comment. The Falcons lost the next game.",
    )
    cia = _named(c, "Central Intelligence Agency")
    assert "CIA" in {a for a, _ in cia.aliases}
    assert set(cia.articles) == {"d0", "d1"}
    saints = _named(c, "Alder City Falcons")
    assert set(saints.articles) == {"d0", "d1"}


def test_type_votes_fix_ner_labels(parse):
    c = _corpus(
        parse,
        "Mike Pompeo met Kim. Pompeo said the talks went well. Pompeo flew to Seoul. Pompeo spoke of "
        "Pyongyang. Pompeo returned.",
    )
    assert _named(c, "Mike Pompeo").type == "person"


def test_cooccurrence_and_sentences(parse):
    c = _corpus(parse, "Donald Trump met Kim Jong Un in Singapore. Trump said Kim was honest.")
    trump = _named(c, "Donald Trump")
    kim = _named(c, "Kim Jong Un")
    assert dict(trump.cooccurs).get(kim.id, 0) >= 1
    assert ("d0", 0) in trump.sentences and ("d0", 1) in trump.sentences


def _span_actor(corpus, first: str, stop: str):
    """The actor ``resolve_mention`` gives the span of the first doc from ``first`` up to ``stop``."""
    doc = corpus.docs[0]
    aid = resolve_mention(doc, doc.text.index(first), doc.text.index(stop))
    return actor_by_id(corpus)[aid] if aid is not None else None


def test_resolve_mention_and_lookups(parse):
    c = _corpus(parse, "Secretary of State Mike Pompeo told reporters he was hopeful.")
    assert _span_actor(c, "Secretary", " told").name == "Mike Pompeo"
    assert resolve_mention(c.docs[0], 0, 0) is None
    # a coordinated source is its first member, not a longer name further in
    c2 = _corpus(parse, "The prisoners were moved, according to Reuters and reports in the South Korean media.")
    doc2 = c2.docs[0]
    src = doc2.text.index("Reuters"), doc2.text.index(".", doc2.text.index("media"))
    assert actor_by_id(c2)[resolve_mention(doc2, *src)].name == "Reuters"
    cast = story_section(c)
    assert any(row["name"] == "Mike Pompeo" and row["type"] == "person" for row in cast)
    assert all({"id", "name", "type", "aliases", "roles", "articles", "mentions"} <= set(row) for row in cast)


def test_resolve_mention_skips_a_possessor_inside_the_span(parse):
    c = _corpus(parse, "Senator Ada Quill met donors. Senator Ada Quill’s office said on Monday that the talks went well.")
    office = _span_actor(c, "Senator Ada Quill’s", " said")
    assert office is None or office.name != "Ada Quill"
    # the name alone is still hers
    assert _span_actor(c, "Senator Ada Quill’s", "’s office").name == "Ada Quill"


def test_resolve_mention_skips_a_name_that_only_qualifies_the_head(parse):
    c = _corpus(parse, "BP shares fell in London. London-based BP has acknowledged a series of failures, officials said.")
    assert _span_actor(c, "London-based BP", " has").name == "BP"


def test_a_firm_word_alone_is_no_surname_of_another_firm(parse):
    c = _corpus(
        parse,
        "British Petroleum, now BP, said the well was capped. Petroleum engineers doubted it. BP shares rose.",
        "Anadarko Petroleum Corp, which owns 25 percent of the well, blamed BP. Anadarko Petroleum said BP was reckless.",
    )
    by_name = {n: a.id for a in find_actors(c) for n in [a.name, *(t for t, _ in a.aliases)]}
    assert "Anadarko Petroleum" in by_name or "Anadarko Petroleum Corp" in by_name
    assert by_name["BP"] != by_name.get("Anadarko Petroleum Corp", by_name.get("Anadarko Petroleum"))


def test_learned_merge_needs_word_evidence_for_things_and_keeps_plurals_off_names(parse):
    c = _corpus(
        parse,
        "The world watched as Norland troops crossed the border on Monday. The world condemned the move. "
        "Leaders across the world called for calm. The Second Grand War ended in 1950, officials recalled.",
        "The world is waiting for a ceasefire in Norland. Aid groups said the world must act. "
        "The world has seen such crises before.",
        "Security forces fired on protesters in Norland. The security forces denied it. Witnesses said "
        "forces loyal to the regime shot at crowds. The Norland Air Force flew over the capital. "
        "Security forces later withdrew.",
        published="2011-03-20",
    )
    air = _named(c, "Norland Air Force")
    assert air.mentions == 1  # "security forces" (plural) are not the Air Force
    assert _actor_of(c, 2, "Security forces").id != air.id
    world = _actor_of(c, 1, "the world")
    assert not world.named  # "the world", used more than any name, joins none without a word of it


def test_a_place_description_never_joins_a_person_by_a_word_of_her_role(parse):
    c = _corpus(
        parse,
        "Secretary of State Ann Lee visited Norland on Monday. The state has been at war for years. "
        "Lee met rebels. The state denied it.",
        "The state said the rebels lost ground. Officials of the state met in the capital. "
        "The state army advanced.",
        published="2011-03-20",
    )
    lee = _named(c, "Ann Lee")
    assert lee.type == "person"
    assert _actor_of(c, 0, "The state").id != lee.id
    assert _actor_of(c, 1, "The state").id != lee.id


def test_the_city_over_many_articles_is_not_the_city_one_of_them_names(parse):
    c = _corpus(
        parse,
        "Troops shelled Verin City on Monday. Residents fled Verin City as the army advanced on the city.",
        "Protesters marched in the city on Tuesday. The city was quiet by night. Shops in the city closed.",
        "The city council met on Wednesday. The city has no water. Aid reached the city late.",
        "Police fired on crowds in the city. The city mourned its dead.",
        "The city is under curfew. Few people left the city.",
        published="2011-03-20",
    )
    verin = _named(c, "Verin City")
    assert _actor_of(c, 3, "The city").id != verin.id
    assert verin.mentions < 5


def test_a_role_is_a_person_noun_not_any_appositive(parse):
    c = _corpus(parse, "Ann Lee, the foreign minister, spoke on Monday. Critics say Lee is an absurd puppet. "
                       "Lee, a breaker of promises, denied it.")
    roles = [r.role for r in _named(c, "Ann Lee").roles]
    assert roles == ["foreign minister"]


FIRM_AND_HOUSE = (
    "Marlow Brothers filed for bankruptcy on Monday. Marlow had borrowed heavily, and Marlow's shares fell.",
    "Marlow Brothers Holdings listed its debts. Investors said Marlow would sell assets.",
    "The plan went to PARLIAMENT.\nParliament rejected the rescue on Monday. Parliament will vote again on Friday.",
)


def test_a_firm_by_its_first_word_and_a_shouted_name_written_as_the_text_writes_it(parse):
    c = _corpus(parse, *FIRM_AND_HOUSE, published="2008-09-16")
    firm = _named(c, "Marlow Brothers")
    assert firm.name == "Marlow Brothers"
    assert _actor_of(c, 0, "Marlow").id == firm.id and _actor_of(c, 1, "Marlow").id == firm.id
    # the shorter of two names that start alike is the one taken
    assert _named(c, "Marlow Brothers Holdings").id != firm.id
    house = _actor_of(c, 2, "Parliament")
    assert house.name == "Parliament"


def test_stage_declares_layers_and_runs_in_a_pipeline(parse):
    stage = actor_stage()
    assert stage.kind == "corpus"
    assert stage.requires == {"tokens", "sentences", "entities"}
    assert stage.provides == {"actor_mentions", "actors"}
    nlp_like = Stage.batch("nlp", lambda docs: docs, requires={"text"}, provides={"tokens", "sentences", "entities"})
    pipe = Pipeline([nlp_like, stage])
    corpus = pipe.run_corpus(Corpus((parse("Kim Jong Un met Donald Trump.", id="x"),)))
    assert corpus.has("actors") and corpus.docs[0].has("actor_mentions")


def test_layer_items_round_trip_through_json(parse):
    from newsline.actors import Actor, ActorMention

    c = _corpus(parse, "Vice President Mike Pence met Kim Yo Jong.", published="2018-02-10")
    a = _named(c, "Mike Pence")
    assert item_from_json(Actor, item_to_json(a)) == a
    m = c.docs[0].get("actor_mentions")[0]
    assert item_from_json(ActorMention, item_to_json(m)) == m


def test_article_date_layer_dates_roles(parse):
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class D:
        value: str

    doc = parse("President Moon Jae-in spoke.", id="a").with_layers(article_date=(D("2018-09-20"),))
    c = resolve_actors(Corpus((doc,)))
    moon = _named(c, "Moon Jae-in")
    assert any(r.role == "President" and r.first_date == "2018-09-20" for r in moon.roles)


def test_empty_corpus_and_empty_doc(parse):
    assert resolve_actors(Corpus(())).get("actors") == ()
    c = resolve_actors(Corpus((parse(" ", id="e"),)))
    assert c.docs[0].get("actor_mentions") == ()


def test_counted_groups_of_one_story_join_but_not_two_roles(parse):
    ids = _mention_ids(_corpus(
        parse,
        "Four men robbed a jewelry store in Norbury on Monday and fled with rings worth 2 million pounds.",
        "Four robbers raided a jewelry store in Norbury on Monday, police said. "
        "Two guards were hurt in the jewelry store raid.",
    ))
    assert ids["Four men"] == ids["Four robbers"]
    assert ids["Two guards"] != ids["Four robbers"]


def test_words_for_one_crowd_or_one_clientele_join_within_a_story(parse):
    ids = _mention_ids(_corpus(
        parse,
        "Protesters clashed with police in Norbury on Monday after a budget vote.",
        "Rioters threw stones at police in Norbury on Monday after the budget vote.",
        "Customers of Vellum Telecom lost service in Norbury on Monday.",
        "Vellum Telecom said users in Norbury lost service on Monday.",
    ))
    assert ids["Protesters"] == ids["Rioters"]
    assert ids["Customers"] == ids["users"]
    assert ids["Protesters"] != ids["users"]


def test_a_number_standing_for_a_group_joins_the_group_of_that_count(parse):
    ids = _mention_ids(_corpus(
        parse,
        "A fire swept through a bank in Norbury on Monday. Three were killed and two were hurt.",
        "At least three people died when a fire broke out at a Norbury bank on Monday, police said.",
    ))
    assert ids["Three"] == ids["At least three people"]
    assert ids["two"] != ids["Three"]


def test_a_neighborhood_or_town_centre_after_a_place_name_is_that_place(parse):
    ids = _mention_ids(_corpus(
        parse,
        "A teenager was shot in Norbury on Monday. Residents of the Norbury neighborhood "
        "gathered in Norbury town centre.",
    ))
    norbury = ids.get("Norbury")
    assert norbury is not None
    assert ids.get("the Norbury neighborhood") == norbury
    assert ids.get("Norbury town centre") == norbury


def test_a_house_and_a_home_of_one_story_are_one_place(parse):
    ids = _mention_ids(_corpus(
        parse,
        "Two women were found dead in a house in Norbury on Monday, police said.",
        "Police found two women dead in a home in Norbury on Monday.",
    ))
    assert ids["a house"] == ids["a home"]


def test_a_role_that_is_the_tail_of_a_longer_one_is_counted_with_it():
    from collections import Counter

    from newsline.actors.resolve import _fold_roles

    roles = {
        ("north korean leader", False): ["2018-05-04", "2018-06-12", 2, Counter({"North Korean leader": 2})],
        ("leader", False): ["2018-02-21", "2018-12-16", 1, Counter({"leader": 1})],
        ("president", False): ["2018-01-01", "2018-01-01", 1, Counter({"president": 1})],
        ("vice president", False): ["2018-02-10", "2018-02-10", 1, Counter({"Vice President": 1})],
        ("dictator", True): [None, None, 1, Counter({"dictator": 1})],
    }
    _fold_roles(roles)
    assert set(roles) == {("north korean leader", False), ("president", False), ("vice president", False),
                          ("dictator", True)}  # a lesser rank is not folded into "president"
    assert roles[("north korean leader", False)][:3] == ["2018-02-21", "2018-12-16", 3]


def test_a_name_run_on_past_a_person_s_joins_him_only_when_all_its_names_do(parse):
    from newsline.actors.mentions import analyse_article
    from newsline.actors.resolve import resolve_corpus

    docs = [
        parse("Norcorp said on Monday it would pay. Norcorp shares fell.", id="d0", published="2010-06-17"),
        parse("Norcorp chairman Carl-Henric Svanberg met the president. Svanberg said Norcorp would pay.",
              id="d1", published="2010-06-17"),
    ]
    analyses = [analyse_article(d) for d in docs]
    firm = next(a for a in analyses[0].actors if "Norcorp" in a.names)
    firm.names["Carl-Henric Svanberg Norcorp"] += 1  # a headline that ran his name into the firm's
    _, actors = resolve_corpus(docs, analyses)
    svanberg = next(a for a in actors if ("Svanberg", 1) in a.aliases)
    assert svanberg.type == "person" and ("Norcorp", 2) not in svanberg.aliases


def test_a_description_used_across_a_story_is_not_the_one_thing_a_single_article_names_with_its_noun(parse):
    spill = ("Oil from the leaking well reached the coast on {day}. The company said it would pay for the "
             "clean-up, and the company's engineers worked through the night. Fishermen blamed the company.")
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    texts = [spill.format(day=d) for d in days]
    texts.append(spill.format(day="Monday") + " A reader wrote that the Alder Trading Company had done worse.")
    c = _corpus(parse, *texts, published="2010-06-17")
    alder = _named(c, "Alder Trading Company")
    assert _actor_of(c, 0, "The company").id != alder.id
    assert alder.mentions <= 3


def test_an_agency_s_initials_join_the_agency_not_another_name_with_those_initials(parse):
    c = _corpus(
        parse,
        "Alder Insurance said its unit Alder Financial Products lost money on Monday. Alder Financial Products "
        "sold swaps.",
        "Shares fell on Tuesday, AFP reported. AFP said traders were nervous.",
        "The Associated Press reported the sale on Wednesday. AP said the bank had agreed.",
        published="2008-09-16",
    )
    assert _actor_of(c, 1, "AFP").id != _named(c, "Alder Financial Products").id
    assert _actor_of(c, 2, "AP").id == _actor_of(c, 2, "Associated Press").id


def test_two_names_run_together_do_not_make_the_first_a_firm_s_short_name(parse):
    from newsline.actors.mentions import analyse_article
    from newsline.actors.resolve import resolve_corpus

    docs = [
        parse("Norcorp said on Monday it would pay. Norcorp shares fell.", id="d0", published="2010-06-17"),
        parse("The Guardian reported the leak on Tuesday. Guardian reporters saw the well.", id="d1",
              published="2010-06-17"),
    ]
    analyses = [analyse_article(d) for d in docs]
    firm = next(a for a in analyses[0].actors if "Norcorp" in a.names)
    firm.names["Guardian Norcorp"] += 1  # "... Photograph: Guardian Norcorp said ..."
    _, actors = resolve_corpus(docs, analyses)
    holder = {alias: a.id for a in actors for alias, _ in a.aliases}
    assert holder["Guardian"] != holder["Norcorp"]


def test_a_surname_run_into_a_headline_verb_is_that_person(parse):
    from newsline.actors.mentions import analyse_article
    from newsline.actors.resolve import resolve_corpus

    docs = [
        parse("Senator Ada Quill spoke in the capital on Monday. Quill said the plan would pass.", id="d0",
              published="2009-02-24"),
        parse("Quill said on Tuesday that recovery would take years. Quill spoke for an hour.", id="d1",
              published="2009-02-25"),
    ]
    analyses = [analyse_article(d) for d in docs]
    local = next(a for a in analyses[1].actors if "Quill" in a.names)
    local.names["Quill Outlines"] += 1  # "Quill Outlines Her Plans for Recovery", a headline run into the lead
    _, actors = resolve_corpus(docs, analyses)
    quill = [a for a in actors if any("Quill" in alias for alias, _ in a.aliases)]
    assert len(quill) == 1 and quill[0].name == "Ada Quill"



def test_a_surname_with_and_without_the_arabic_article_is_one_person(parse):
    c = _corpus(
        parse,
        "President Rashid al-Qadiri of Marenia addressed parliament on Monday. Qadiri said the army would withdraw.",
        "Rashid Qadiri met the envoy on Tuesday. His wife, Leila Qadiri, opened a clinic in the capital.",
        "Leila Qadiri visited the clinic again.",
        "Qadiri told the envoy that talks would go on.",
    )
    rashid = _named(c, "Rashid al-Qadiri")
    assert _actor_of(c, 1, "Rashid Qadiri").id == rashid.id
    assert _actor_of(c, 1, "Leila Qadiri").id != rashid.id
    # an article that names no one in full: the Qadiri the corpus names more, counting the
    # mentions written "al-Qadiri"
    assert _actor_of(c, 3, "Qadiri").id == rashid.id


def test_a_baroness_is_the_woman_named_in_full(parse):
    c = _corpus(
        parse,
        "The relief chief, Valerie Amberley, arrived in the city on Monday. "
        "Baroness Amberley said she had seen terrible damage. Amberley will report to the council.",
    )
    amberley = _named(c, "Valerie Amberley")
    assert _actor_of(c, 0, "Amberley").id == amberley.id
    assert "Baroness" not in {a.name for a in find_actors(c)}
    assert all(a.id == amberley.id for a in find_actors(c) if "Amberley" in a.name)


def test_a_name_the_article_calls_a_district_is_a_place(parse):
    c = _corpus(
        parse,
        "Shelling hit the Bab Dara district of Halmon on Saturday. Residents of Bab Dara said the "
        "bombardment lasted all night. Troops closed in on Bab Dara on Sunday.",
    )
    assert _named(c, "Bab Dara").type == "place"


def test_a_name_before_a_participle_suffix_names_the_organisation(parse):
    c = _corpus(
        parse,
        "The plan calls for a UN-supervised ceasefire. The UN said monitors were ready.",
    )
    names = {m.text for d in c.docs for m in d.get("actor_mentions") if m.kind == "name"}
    assert "UN-supervised" not in names
    assert not any(a.name == "UN-supervised" for a in find_actors(c))


def test_a_byline_title_is_no_person(parse):
    c = _corpus(
        parse,
        "By Martin Oakes BBC Defence and Diplomatic Correspondent, in Tunis\n"
        "Opposition protesters clashed with police outside the talks. He said the meeting would fail.",
    )
    assert not any("Correspondent" in a.name for a in find_actors(c))


def test_a_short_outlet_name_joins_only_the_outlet_it_stood_for(parse):
    c = _corpus(
        parse,
        "The Sunday Times said its reporter had been killed. The Times had sent her to the city in "
        "February. The New York Times said one of its photographers was hurt.",
    )
    sunday = _named(c, "Sunday Times")
    nyt = _named(c, "New York Times")
    assert sunday.id != nyt.id


def test_a_place_run_onto_a_person_s_name_is_no_way_to_write_it():
    from collections import Counter

    from newsline.actors.resolve import _place_run_on

    names = Counter({"Barisich": 5, "George Barisich": 1, "George Barisich Louisiana": 1})
    assert _place_run_on("George Barisich Louisiana", names, {"louisiana"})
    assert not _place_run_on("George Barisich", names, {"louisiana"})


def test_a_dateline_run_into_an_outlet_is_no_name_of_it(parse):
    c = _corpus(
        parse,
        "Homs Sunday Times reporter Mary Keel was killed on Wednesday.",
        "The Sunday Times said Keel had filed her last report from Homs in Syria.",
        "Shelling of Homs went on. The Sunday Times paid tribute to Keel.",
    )
    assert _named(c, "Homs").type == "place"
    outlet = _named(c, "Sunday Times")
    assert outlet.name == "Sunday Times"
    assert ("Homs Sunday Times", 1) in outlet.aliases


def test_a_joint_office_of_two_organisations_is_no_name_of_either(parse):
    c = _corpus(
        parse,
        "The UN-Arab League envoy arrived in the capital. The Arab League said it backed the mission. "
        "The Arab League will meet again on Friday.",
    )
    assert _named(c, "Arab League").name == "Arab League"


def test_a_name_written_with_a_company_suffix_is_an_organisation():
    from collections import Counter

    from newsline.actors.resolve import _company_form

    assert _company_form("Transocean Ltd.") and _company_form("BP Plc") and _company_form("Halliburton Co.")
    assert _company_form("Anadarko Petroleum") and not _company_form("West Bank")
    assert not _company_form("Ltd") and not _company_form("Halmon") and not _company_form("Co")
    assert not _company_form("Corp. Wilson")


def test_a_firm_the_ner_calls_a_place_is_an_organisation_when_its_legal_name_is_used(parse):
    c = _corpus(
        parse,
        "Halliburton did the cement job in Houston. Halliburton Inc. said it followed the plan.",
        "Halliburton and the owner blamed each other on Monday. Shares of Halliburton fell in Houston.",
        "Halliburton was told to pay. Investors in Halliburton lost money.",
    )
    assert _named(c, "Halliburton").type == "organisation"


def test_one_name_under_two_countries_is_two_organisations(parse):
    c = _corpus(
        parse,
        "The British Red Cross sent a team to the island. The Red Cross said more help was needed.",
        "The American Red Cross raised money on Monday. The Red Cross said donations had doubled.",
    )
    assert _named(c, "British Red Cross").id != _named(c, "American Red Cross").id


def test_function_words_trailing_adverbs_and_a_fireman_are_cut_from_names(parse):
    c = _corpus(
        parse,
        "This Is What Haiti Needs Now\nFireman William Howells said the team found two survivors. "
        "Archbishop John Sentamu Perhaps the strongest appeal came from the church, said Sentamu.",
    )
    names = {a.name for a in find_actors(c)}
    assert "This" not in names
    assert "William Howells" in names
    assert not any(n.endswith("Perhaps") for n in names)


def test_a_korean_surname_alone_is_the_person_named_in_full(parse):
    c = _corpus(
        parse,
        "The UN approved a plan by Secretary General Ban Ki-moon to send more troops.\n"
        "Mr Ban said he was grateful to the council for its swift action.",
    )
    assert _actor_of(c, 0, "Ban").id == _named(c, "Ban Ki-moon").id


def test_a_preposition_and_a_call_service_are_no_names(parse):
    c = _corpus(parse, "Via Skype, Marie Dorval said the clinic was full.")
    assert {a.name for a in find_actors(c)} == {"Marie Dorval"}


def test_initials_stand_for_a_name_that_ends_in_a_generic_word(parse):
    c = _corpus(
        parse,
        "American Coastal Group lost billions on Monday. The insurer asked for help.",
        "ACG shares fell again. ACG said it would sell assets.",
    )
    assert _actor_of(c, 1, "ACG").id == _named(c, "American Coastal Group").id


def test_two_parties_of_a_contest_and_a_clock_are_no_names(parse):
    from newsline.model import Entity

    doc = parse(
        "George Halloway spoke in the Senate on Tuesday ; 10:00 AM PBS Frontline aired it. As a display of "
        "polemic, Hutchins v Halloway was the debate of the year. Halloway said he had won.",
        id="d0",
    )
    # the tagger labels both so in longer articles; make it so here
    extra = []
    for text, label in (("AM", "ORG"), ("Hutchins v Halloway", "PERSON")):
        a = doc.text.index(text)
        toks = [t for t in doc.tokens if a <= t.start < a + len(text)]
        extra.append(Entity(a, a + len(text), label, text, 0 if label == "ORG" else 1, toks[0].i, toks[-1].i + 1))
    ents = tuple(e for e in doc.entities if not any(e.start < x.end and x.start < e.end for x in extra)) + tuple(extra)
    c = resolve_actors(Corpus((doc.with_layers(entities=tuple(sorted(ents, key=lambda e: e.start))),)))
    names = {a.name for a in find_actors(c)}
    assert "AM" not in names
    assert not any(" v " in n for n in names)
    assert _actor_of(c, 0, "Halloway", nth=1).id == _named(c, "George Halloway").id


def test_the_name_of_a_war_is_no_actor_nor_a_speaker(parse):
    from dataclasses import replace

    from newsline.quotes import extract_quotes

    doc = parse("Survivors remember World War II as the worst time. He said the losses were never forgotten.", id="d0")
    ents = tuple(replace(e, label="PERSON") if e.text == "World War II" else e for e in doc.entities)
    assert any(e.text == "World War II" and e.label == "PERSON" for e in ents)
    doc = doc.with_layers(entities=ents)
    c = resolve_actors(Corpus((doc,)))
    assert not any("War" in a.name for a in find_actors(c))
    q = next(q for q in extract_quotes(doc) if q.cue_lemma == "say")
    assert q.speaker_text == "He" and q.speaker_name != "World War II"
    from newsline.textutil import is_event_name

    assert is_event_name("the Winter Olympics") and is_event_name("Olympics") and not is_event_name("Games")
    assert is_event_name("the Great Depression") and is_event_name("Cuban Missile Crisis")
    assert is_event_name("the Depression") and not is_event_name("International Crisis Group")
    assert is_event_name("the Patriot Act") and is_event_name("the 13th Amendment") and not is_event_name("Act")
    assert is_event_name("Christmases") and is_event_name("Christmas Eve") and not is_event_name("Christmas Island")


def test_a_preposition_opening_the_sentence_is_cut_from_a_name(parse):
    c = _corpus(parse, "Following Assange's arrest, his lawyers appealed. Julian Assange denied the charges.")
    names = {a.name for a in find_actors(c)}
    assert not any(n.startswith("Following") for n in names), names
    assert _actor_of(c, 0, "Assange").id == _named(c, "Julian Assange").id


def _as_person(doc, *texts):
    """``doc`` with the NER's label for each of ``texts`` made PERSON, as the tagger does in
    longer articles."""
    from dataclasses import replace

    ents = tuple(replace(e, label="PERSON") if e.text in texts else e for e in doc.entities)
    assert all(any(e.text == t for e in ents) for t in texts), [(e.text, e.label) for e in doc.entities]
    return doc.with_layers(entities=ents)


def test_a_community_is_no_actor(parse):
    c = _corpus(parse, "Alawites dominate the security forces. Many Sunnis joined the protests, and Kurds stayed away.")
    assert not ({"Alawites", "Sunnis", "Kurds"} & {a.name for a in find_actors(c)})


def test_a_name_after_a_place_preposition_or_a_town_of_is_a_place(parse):
    doc = parse("Troops moved on the northern town of Jisr Halfa after the killings. Protesters gathered in "
                "Wadi Qarn on Friday, and refugees fled Wadi Qarn for the border.", id="d0")
    doc = _as_person(doc, "Jisr Halfa", "Wadi Qarn")
    c = resolve_actors(Corpus((doc,)))
    assert _named(c, "Jisr Halfa").type == "place" and _named(c, "Wadi Qarn").type == "place"


def test_a_name_after_in_that_opens_with_a_given_name_stays_a_person(parse):
    doc = parse("Voters put their trust in Maria Delgado. Maria Delgado thanked them on Monday.", id="d0")
    c = resolve_actors(Corpus((_as_person(doc, "Maria Delgado"),)))
    assert _named(c, "Maria Delgado").type == "person"


def test_a_video_link_run_into_a_name_is_cut(parse):
    c = _corpus(parse, "Syrian refugees tell of rape, murder and destruction Watch Kholood and Qotayba tell their "
                       "stories about the crisis. Kholood said her village was burned.")
    names = {a.name for a in find_actors(c)}
    assert "Kholood" in names and not any(n.startswith("Watch") for n in names), names


def test_the_american_as_a_noun_is_one_person_not_the_country(parse):
    c = _corpus(parse, "The American regards himself as just a regular guy, his lawyer said. The American "
                       "ambassador left on Monday. An Iraqi was killed.")
    us = _named(c, "United States")
    assert us.mentions == 1  # the ambassador's "American"
    assert not find_actors(c, "Iraq")


def test_a_family_member_is_no_fuller_name_of_the_surname_the_ner_called_an_organisation(parse):
    from dataclasses import replace

    doc = parse("Donald Marsh spoke in Ohio. Gwen Graham praised the children, but said Ivana Marsh's speech "
                "did not match Marsh's record. Marsh left on Monday.", id="d0")
    # the tagger's choices in the longer article: "Ivana Marsh" no entity (a proper noun run),
    # the bare "Marsh" an organisation
    ents = tuple(replace(e, label="ORG") if e.text == "Marsh" else e for e in doc.entities
                 if not e.text.startswith("Ivana"))
    c = resolve_actors(Corpus((doc.with_layers(entities=ents),)))
    donald = _named(c, "Donald Marsh")
    assert all(m.actor_id == donald.id for m in c.docs[0].get("actor_mentions") if m.text == "Marsh")
    assert _actor_of(c, 0, "Ivana Marsh").id != donald.id


def test_words_before_a_group_s_name_do_not_make_its_canonical_name(parse):
    texts = ["Democrats said the bill would fail. " * 6 + "Senate Democrats met on Monday.",
             "Democrats voted no on Tuesday. " * 6]
    c = _corpus(parse, *texts)
    assert any(a.name == "Democrats" for a in find_actors(c)), [a.name for a in find_actors(c)]


def test_two_names_behind_the_same_initials_are_two_organisations(parse):
    c = _corpus(
        parse,
        "The Democratic National Committee raised money. The DNC said donors were generous.",
        "The Democratic National Convention opened in Philadelphia. The DNC drew large crowds.",
        "The DNC chairwoman resigned on Sunday.",
    )
    assert _named(c, "Democratic National Committee").id != _named(c, "Democratic National Convention").id


def test_an_office_addressed_by_its_title_is_no_name(parse):
    c = _corpus(
        parse,
        "Barack Obama spoke on Tuesday. 2024: Tom tweets: Mr President, the engineers at NASA are indeed "
        "the innovative types we need. The president said the spill was a disaster.",
        "Stay on the golf course, Mr. President. Obama said nothing.",
    )
    assert not find_actors(c, "President"), [a.name for a in find_actors(c)]
    assert not any(m.text == "President" for d in c.docs for m in d.get("actor_mentions"))


def test_the_government_is_not_a_country_named_in_passing_beside_the_united_states(parse):
    c = _corpus(
        parse,
        "Americans are angry. The American public wants answers, the United States must act, and US "
        "officials agree. We keep bowing to places like Russia that will keep producing oil. Only 45 "
        "percent want the government to run the show.",
        "North Korea fired a missile. The United States condemned it. The regime said the government "
        "would continue its tests.",
    )
    assert _actor_of(c, 0, "the government").name == "United States"
    assert _actor_of(c, 1, "the government").name == "North Korea"


def test_the_learned_step_never_joins_a_given_name_alone_to_another_article_s_full_name(parse):
    from newsline.actors import resolve as rs

    view_of = _single_views(
        parse,
        "The operator is liable, said Michael Jones, professor of law. Jones said BP would pay.",
        "Jack Lynch, whose son Michael was killed in 2001, said the comparison was wrong.",
        "Lord Jones, a trade ambassador, said BP was a British company.",
    )
    full, son, lord = view_of(0, "Michael Jones"), view_of(1, "Michael"), view_of(2, "Jones")
    assert full.given_only == {"michael"}
    assert rs._given_name_of(son, full) and not rs._given_name_of(full, son)
    assert not rs._given_name_of(lord, full)  # a surname is evidence (the rules weigh it)


def test_a_name_is_never_inside_a_place_named_with_a_place_word(parse):
    from newsline.actors import resolve as rs

    view_of = _single_views(
        parse,
        "Mr Bush told the inner circle at a summit at Camp David in 2002 that he would act.",
        "A Londoner who prefers to be known only as David runs a blog. David says he reads it daily.",
    )
    camp, blogger = view_of(0, "Camp David"), view_of(1, "David")
    assert not rs._name_inside(blogger, camp) and not rs._name_inside(camp, blogger)


def test_a_wire_time_stamp_is_no_name(parse):
    c = _corpus(parse, "BP shares fell. Tue Jun 15, 2010 6:27pm BST LONDON (Reuters) - BP shares fell on Tuesday "
                       "as Tony Hayward prepared to testify.")
    names = [a.name for a in find_actors(c)]
    assert "Tony Hayward" in names and not any(n.startswith("Tue") for n in names), names


def test_a_firm_by_its_first_word_despite_a_rare_misspelling_and_a_person_of_that_surname(parse):
    c = _corpus(
        parse,
        "Goldman Sachs reported earnings. Goldman's shares fell 2 percent.",
        "Goldman Sachs and Morgan Stanley became bank holding companies.",
        "Goldman Sachs said it would raise capital.",
        "Investors sold Goldman Sacks-and other banks.",
        "The wise words of William Goldman, the screenwriter, should echo in Congress's ears.",
    )
    firm = _named(c, "Goldman Sachs")
    assert _actor_of(c, 0, "Goldman").id == firm.id
    assert _actor_of(c, 4, "William Goldman").id != firm.id


def test_a_place_named_often_is_not_a_person_of_that_surname_named_once(parse):
    texts = [f"The bailout plan stalled in Washington on Monday as lawmakers met Paulson. Washington hopes the "
             f"Treasury plan will calm markets, story {i}." for i in range(4)]
    texts.append("The bailout plan recalls the wise words of George Washington, lawmakers said as Paulson met them.")
    c = _corpus(parse, *texts)
    george = _named(c, "George Washington")
    assert all(_actor_of(c, 0, "Washington", k).id != george.id for k in (0, 1))


def test_a_market_is_a_place_only_where_the_text_shows_one(parse):
    c = _corpus(
        parse,
        "Turmoil in the markets deepened. The housing market slumped and the free market was blamed. "
        "Market penalties rose.",
        "A bomb exploded in a crowded market in Baghdad. The market was reopened on Tuesday.",
    )
    mentions = [(m.text, d.id) for d in c.docs for m in d.get("actor_mentions") if "market" in m.text.lower()]
    assert all(doc == "d1" for _, doc in mentions), mentions
    assert any(doc == "d1" for _, doc in mentions)


def test_a_newspaper_does_not_run_on_from_a_street_the_tagger_called_a_person(parse):
    from newsline.model import Entity

    street = parse("Wall Street fell on Monday as brokers sold.", id="d0")
    # the tagger's choice in a longer article: "Wall Street" a person
    ents = (Entity(0, 11, "PERSON", "Wall Street", 0, 0, 2),) + tuple(
        e for e in street.entities if e.text != "Wall Street")
    paper = parse("The Wall Street Journal reported the deal on Monday.", id="d1")
    c = resolve_actors(Corpus((street.with_layers(entities=ents), paper)))
    assert _actor_of(c, 1, "Wall Street Journal").id != _actor_of(c, 0, "Wall Street").id


def test_one_name_spelled_out_with_and_without_a_plural_is_one_organisation(parse):
    c = _corpus(
        parse,
        "The Disasters Emergency Committee launched an appeal. The DEC said donations poured in.",
        "The Disaster Emergency Committee said the DEC appeal had raised millions.",
    )
    assert _actor_of(c, 0, "Disasters Emergency Committee").id == _actor_of(c, 1, "Disaster Emergency Committee").id


def test_a_label_before_a_colon_is_not_part_of_the_name(parse):
    from newsline.model import Entity

    doc = parse("Volunteers unload supplies.\nPhoto: American Red Cross workers arrived on Friday.", id="d0")
    start = doc.text.index("Photo")
    end = doc.text.index(" workers")
    toks = [k for k, t in enumerate(doc.tokens) if start <= t.start < end]
    ents = tuple(e for e in doc.entities if not start <= e.start < end) + (
        Entity(start, end, "ORG", doc.text[start:end], 1, toks[0], toks[-1] + 1),)
    c = resolve_actors(Corpus((doc.with_layers(entities=ents),)))
    assert [a.name for a in find_actors(c, "American Red Cross")] == ["American Red Cross"]
    assert not any(":" in m.text for m in c.docs[0].get("actor_mentions"))


def test_a_leader_of_another_nation_or_kind_is_not_the_leader_named_in_the_report(parse):
    c = _corpus(
        parse,
        "Syrian President Bashar al-Assad, 45, lifted the emergency law on Thursday. But protesters want proof "
        "the 45-year-old leader can make a real break with the past.",
        "The 45-year-old leader has tried economic carrots and political concessions. Air strikes on Muammar "
        "Gaddafi's Libya have not acted against the Syrian leader.",
        "Libyan leader Muammar Gaddafi used his air force against rebels. Gaddafi vowed to fight on.",
        "The Houthi movement has staged revolts against Saleh. One opposition leader offered Saleh a way out, "
        "unlike Libyan leader Muammar Gaddafi.",
    )
    gaddafi = _named(c, "Muammar Gaddafi")
    assert _named(c, "Bashar al-Assad").id != gaddafi.id
    for doc, text in ((1, "the Syrian leader"), (1, "The 45-year-old leader"), (3, "One opposition leader")):
        hits = [m for m in c.docs[doc].get("actor_mentions") if m.text == text]
        assert all(m.actor_id != gaddafi.id for m in hits), text


def test_an_age_never_moves_a_description_already_joined_to_a_named_person():
    from types import SimpleNamespace

    from newsline.actors import resolve as rs

    def person(kind, age=0, head=""):
        return SimpleNamespace(kind=kind, number="sg", type="person", possessed=False, mentions=[object()],
                               age=age, gender="m", head=head)

    # 0: Assad, 45; 1: Gaddafi; 2: "the 45-year-old leader", already joined to Gaddafi;
    # 3: "a 45-year-old man" of the same story, joined to no one
    nodes = [rs._Node(0, 0, person("named", 45)), rs._Node(1, 0, person("named")),
             rs._Node(1, 0, person("anonymous", 45, "leader")), rs._Node(2, 0, person("anonymous", 45, "man"))]
    uf = rs._UF(len(nodes))
    uf.union(1, 2)
    rs._age_links(nodes, uf, lambda a, b: uf.union(a, b) is not None, [0, 1])
    assert uf.find(0) != uf.find(1)  # Assad and Gaddafi stay apart
    assert uf.find(3) == uf.find(0)  # the unjoined 45-year-old is Assad


def test_two_ages_in_one_unnamed_group_never_join_two_named_people():
    """A group of descriptions holding "a 21-year-old man" and "a 24-year-old man" joins
    the 21-year-old's name through the first; the second must not then pull in the other
    named man of that age (a fact box listing two rescued men of 21 and 24)."""
    from types import SimpleNamespace

    from newsline.actors import resolve as rs

    def person(kind, age=0, head="man"):
        return SimpleNamespace(kind=kind, number="sg", type="person", possessed=False, mentions=[object()],
                               age=age, gender="m", head=head)

    # 0: an unnamed 21-year-old man; 1: an unnamed 24-year-old man, one group with 0;
    # 2: Buso, 21; 3: Exantus, 24
    nodes = [rs._Node(0, 0, person("anonymous", 21)), rs._Node(1, 0, person("anonymous", 24)),
             rs._Node(2, 0, person("named", 21)), rs._Node(3, 0, person("named", 24))]
    uf = rs._UF(len(nodes))
    uf.union(0, 1)
    rs._age_links(nodes, uf, lambda a, b: uf.union(a, b) is not None, [2, 3])
    assert uf.find(0) == uf.find(2)
    assert uf.find(2) != uf.find(3)


def test_a_group_described_across_articles_is_named_by_its_most_used_description(parse):
    c = _corpus(
        parse,
        "Nonviolent demonstrators gathered in the square on Friday. The protesters chanted slogans.",
        "Protesters marched again on Saturday. Police fired on the protesters.",
        "The protesters returned on Sunday, and the protesters said they would stay.",
    )
    group = _actor_of(c, 1, "Protesters")
    assert len(group.articles) > 1 and group.name == "protesters"


def test_a_royal_s_given_name_is_no_one_s_surname(parse):
    c = _corpus(
        parse,
        "Deborah Charles, a spokeswoman for the group, said the talks would resume.",
        "The flowers were arranged for the wedding of William's father Prince Charles in 2005. Charles "
        "thanked the florists.",
    )
    assert _actor_of(c, 1, "Charles", 1).id != _named(c, "Deborah Charles").id


def test_military_ranks_and_an_opening_determiner_are_not_in_the_name(parse):
    c = _corpus(
        parse,
        "Lance Corporal David McGough, 19, was wounded in Basra. McGough is recovering.",
        "Pte Johnson Beharry won the Victoria Cross. Private Beharry was modest about it.",
        "It was circulated to only a few ministers.\nAll Lord Goldsmith gave the cabinet was a later oral "
        "presentation. Goldsmith declined to comment.",
    )
    names = {a.name for a in find_actors(c)}
    assert {"David McGough", "Johnson Beharry", "Goldsmith"} <= names, names
    assert not any("Corporal" in n or n.startswith(("Pte", "All ")) for n in names), names


def test_a_common_word_capitalised_by_its_sentence_is_no_name(parse):
    from newsline.model import Entity

    texts = [f"The robots were busy. Underwater robots guided the box into place, story {i}. The underwater "
             f"work went on and underwater cameras filmed it." for i in range(3)]
    texts.append("Robots worked underwater all day while underwater vehicles waited.")
    docs = [parse(t, id=f"d{i}") for i, t in enumerate(texts)]
    # the tagger's choice in one article: "Underwater" a person
    first = docs[0]
    k = first.text.index("Underwater")
    tok = next(j for j, t in enumerate(first.tokens) if t.start == k)
    docs[0] = first.with_layers(entities=first.entities + (Entity(k, k + 10, "PERSON", "Underwater", 1, tok, tok + 1),))
    c = resolve_actors(Corpus(tuple(docs)))
    names = [a.name for a in find_actors(c)]
    assert "Underwater" not in names, names


def test_a_title_before_a_name_is_not_a_person_and_the_federal_government_is_a_federation_s(parse):
    c = _corpus(
        parse,
        "\"I'm not resting,\" U.S. Coast Guard Rear Adm. Mary Landry said. Landry spoke on Monday.",
        "British pension funds hold BP shares, and Britain worries. The United States wants BP to pay. "
        "Officials in the US say the federal government will lead the response.",
    )
    names = [a.name for a in find_actors(c)]
    assert "Mary Landry" in names and not any(n.endswith("Adm.") for n in names), names
    assert _actor_of(c, 1, "the federal government").name == "United States"


def test_the_company_is_a_business_not_a_public_body_named_more(parse):
    c = _corpus(
        parse,
        "The White House said on Monday that BP was responsible. The White House pressed for the cap to be "
        "lifted, and White House officials met. \"This figure is rising,\" the company said in a statement.",
    )
    assert _actor_of(c, 0, "the company").name != "White House"


def test_a_person_known_only_from_capitalised_speaker_labels_is_written_in_title_case(parse):
    c = _corpus(parse, "GRETA VAN SUSTEREN: Welcome back. SARAH PALIN: Thank you. VAN SUSTEREN: What do you "
                       "think? PALIN: It is bad.")
    assert "Greta Van Susteren" in [a.name for a in find_actors(c)]


def test_an_mp_is_a_role_and_the_mp_is_its_holder(parse):
    c = _corpus(
        parse,
        "George Galloway, the newly elected MP for Bethnal Green, denied the charge on Tuesday. The MP said "
        "the report was a smear. Former Labour MP Tony Banks raised the matter.",
    )
    names = [a.name for a in find_actors(c)]
    assert not any(n in ("MP", "Labour MP") for n in names), names
    assert _actor_of(c, 0, "The MP").name == "George Galloway"


def test_a_leader_s_government_is_the_leader_s_country_not_the_one_named_most(parse):
    c = _corpus(
        parse,
        "Syrian President Bashar al-Assad met Turkish envoys. Turkey said on Monday it would impose "
        "sanctions, and Turkey's Prime Minister Tayyip Erdogan said Assad's government had lied to Turkey. "
        "Turkish officials agreed with Turkey's leader.",
        "Germany and German voters were far away. British Prime Minister Tony Blair fought the election on "
        "the war, and anger against the Blair government ran deep, even in Germany.",
    )
    assert _actor_of(c, 0, "Assad's government").name == "Syria"
    hits = [m for m in c.docs[1].get("actor_mentions") if "Blair government" in m.text]
    assert all(actor_by_id(c)[m.actor_id].name != "Germany" for m in hits)


def test_a_name_that_drops_the_first_given_name_is_the_same_person(parse):
    c = _corpus(
        parse,
        "Turkish Prime Minister Recep Tayyip Erdogan spoke on Monday. Erdogan said Syria must reform.",
        "Tayyip Erdogan said on Tuesday that Damascus had lied to him. Erdogan was angry.",
    )
    assert _actor_of(c, 1, "Tayyip Erdogan").id == _named(c, "Recep Tayyip Erdogan").id


def test_a_king_s_regnal_name_is_not_another_man_s_middle_name(parse):
    c = _corpus(
        parse,
        "Arab leaders met in Amman on Monday to discuss the crisis in Syria. Jordan's King Abdullah told the "
        "Arab League that Syria must end the violence. Abdullah said President Bashar al-Assad should step "
        "down. Abdullah is the first Arab leader to say so.",
        "Arab leaders met in Sanaa on Monday as the crisis in Yemen deepened. President Ali Abdullah Saleh told "
        "the Arab League that Yemen would not bow to protests. Saleh said the violence was a plot. Saleh "
        "refused to resign.",
    )
    assert _actor_of(c, 0, "Abdullah", 1).id != _named(c, "Ali Abdullah Saleh").id


def test_dotted_and_hyphenated_forms_of_a_name_are_one_organisation(parse):
    c = _corpus(
        parse,
        "The U.N. said aid was blocked. Activists from the Local Coordination Committees (LCC) said 20 "
        "people died.",
        "The UN said on Tuesday that 3,000 people had died. The Local Co-ordination Committees counted them.",
    )
    assert _actor_of(c, 0, "U.N.").id == _actor_of(c, 1, "UN").id
    names = [a.name for a in find_actors(c)]
    assert not any("(" in n for n in names), names
    lcc = [a for a in find_actors(c) if "Committees" in a.name]
    assert len(lcc) == 1, [(a.name, a.aliases) for a in lcc]


def test_a_nation_s_army_is_not_the_rebel_army_named_after_it(parse):
    c = _corpus(
        parse,
        "The Free Syrian Army said its fighters had taken the town. The Syrian Army shelled Homs on Monday, "
        "activists said. A spokesman for the Free Syrian Army said the FSA would fight on.",
        "The Syrian Army said it had retaken the village.",
        "The Free Syrian Army said on Tuesday it had taken Idlib.",
    )
    fsa = _named(c, "Free Syrian Army")
    assert _actor_of(c, 0, "Syrian Army").id != fsa.id
    assert _actor_of(c, 1, "Syrian Army").id != fsa.id
    assert _actor_of(c, 2, "Free Syrian Army").id == fsa.id


def test_the_coast_guard_is_a_body_and_an_abbreviated_rank_a_title(parse):
    c = _corpus(
        parse,
        "The Coast Guard said the oil was breaking up. \"All this wave action is breaking up the oil very "
        "quickly,\" Coast Guard Cmdr. Randal S. Ogrydziak said. The Coast Guard will have the final say, and "
        "officials with the U.S. Coast Guard are waiting.",
    )
    guard = _actor_of(c, 0, "Coast Guard")
    assert guard.type == "organisation"
    assert _actor_of(c, 0, "U.S. Coast Guard").id == guard.id
    names = [a.name for a in find_actors(c)]
    assert not any("Cmdr" in n for n in names), names
    cmdr = _named(c, "Randal S. Ogrydziak")
    assert any("cmdr" in r.role.lower() or "commander" in r.role.lower() for r in cmdr.roles), cmdr.roles


def test_a_bare_surname_is_the_subject_not_the_relative_named_as_such(parse):
    c = _corpus(
        parse,
        "Dodd was practically born into politics. The five-term senator learned elected life from his father. "
        "Dodd was named chairman of the Motion Picture Association in March 2011. His father, Thomas Dodd, led "
        "the prosecution at the Nuremberg trials. Thomas Dodd ran for Senate in 1958. After graduating from "
        "Providence College, Chris Dodd joined the Peace Corps. In 1994, Dodd ran for Senate minority leader.",
    )
    chris = _named(c, "Chris Dodd")
    assert _actor_of(c, 0, "Dodd", 0).id == chris.id
    assert _actor_of(c, 0, "Dodd", 2).id == chris.id
    assert _actor_of(c, 0, "Thomas Dodd").id != chris.id


def test_a_national_description_goes_to_the_holder_of_that_nation(parse):
    c = _corpus(
        parse,
        "President Bush, center, French President Nicolas Sarkozy, left, and European Commission President Jose "
        "Manuel Barroso arrived at Camp David. President Bush announced plans to host a summit. Bush said markets "
        "must stay free. The French president wants new rules.",
    )
    assert _actor_of(c, 0, "The French president").name == "Nicolas Sarkozy"


def test_a_pull_quote_s_spelled_out_mark_is_no_part_of_the_speaker_s_name(parse):
    c = _corpus(
        parse,
        "Turkey will not stand by, the minister said. \"We will not allow this to happen\" End Quote Recep "
        "Tayyip Erdogan Turkish Prime Minister The Turkish army moved tanks to the border. \"They must go\" End "
        "Quote Ahmet Davutoglu Turkish Foreign Minister Erdogan said on Monday it was a crime.",
    )
    names = [a.name for a in find_actors(c)]
    assert not any("Quote" in n for n in names), names
    assert not any(t == "Quote" for a in find_actors(c) for t, _ in a.aliases)
    assert _actor_of(c, 0, "Erdogan").name == "Recep Tayyip Erdogan"


def test_initials_run_onto_a_person_s_name_are_not_part_of_it(parse):
    c = _corpus(
        parse,
        "\"Russia's role is crucial for the success of the plan\" End Quote Catherine Ashton EU foreign policy "
        "chief Ministers met on Monday. EU member states want Russia to act, and Ashton agreed.",
    )
    ashton = _named(c, "Catherine Ashton")
    assert _actor_of(c, 0, "EU").id != ashton.id
    assert _actor_of(c, 0, "Ashton").id == ashton.id


def test_a_device_named_like_an_agent_is_no_person(parse):
    c = _corpus(
        parse,
        "The blowout preventer failed on April 20. Engineers said the blowout preventer had a dead battery. "
        "Skimmers collected oil near the shore, and a freighter ran aground.",
    )
    types = {m.text: actor_by_id(c)[m.actor_id].type for m in c.docs[0].get("actor_mentions")}
    assert all(t != "person" for text, t in types.items() if "preventer" in text), types
    assert types.get("Skimmers") == "vehicle" and types.get("a freighter") == "vehicle", types
    assert types.get("Engineers") == "person"


def test_a_graphic_s_label_in_capitals_names_no_one(parse):
    c = _corpus(
        parse,
        "BP said the new cap was holding and the oil had stopped leaking from the damaged well on the sea "
        "floor, a mile below the surface of the Gulf. NEW CAP FOR LEAKING OIL WELL Engineers lowered the cap "
        "onto the well on Monday after weeks of failed attempts to contain the spill, which began when the rig "
        "exploded in April and sank two days later. BP and NOAA said the well was stable and that tests of its "
        "pressure would go on for several more days before any decision on the relief wells was taken. The oil "
        "stopped flowing into the water for the first time since the explosion, officials said on Thursday. "
        "The cap fits tighter than the old cap, and oil from the well no longer reaches the water; the oil "
        "already spilled is being skimmed, and a spare cap is kept on a ship nearby.",
        "The oil company said on Friday that the cap on its well would stay in place until a relief well "
        "was finished. Oil prices fell as the leak stopped.",
    )
    names = [a.name for a in find_actors(c)]
    assert not any(n.isupper() and n not in ("BP", "NOAA") for n in names), names
    assert "BP" in names and "NOAA" in names


def test_two_transliterations_of_a_body_s_name_are_one_actor(parse):
    c = _corpus(
        parse,
        "The attack was claimed by al-Qaeda on Monday. Al-Qaeda has struck the city before.",
        "Officials blamed al-Qaida for the bombing. The group al-Qaida denied it.",
        "Nokia said sales fell. Nike said sales rose.",
    )
    assert _actor_of(c, 0, "al-Qaeda").id == _actor_of(c, 1, "al-Qaida").id
    assert _actor_of(c, 2, "Nokia").id != _actor_of(c, 2, "Nike").id


def test_retired_is_no_part_of_a_body_s_name(parse):
    c = _corpus(
        parse,
        "Retired Coast Guard Admiral Thad Allen, who is overseeing the response, said the well could be capped. "
        "The Coast Guard agreed.",
    )
    names = [a.name for a in find_actors(c)]
    assert not any("Retired" in n for n in names), names


def test_the_fed_is_the_federal_reserve_not_a_bank_named_with_the_word(parse):
    c = _corpus(
        parse,
        "The Fed cut rates on Tuesday. Bernanke said the Fed would act again if needed.",
        "Geithner, then president of the New York Fed, met bankers. The Federal Reserve lent AIG $85 billion.",
    )
    fed = _actor_of(c, 0, "Fed")
    assert fed.name == "Federal Reserve" and fed is _actor_of(c, 1, "Federal Reserve")
    assert _actor_of(c, 1, "New York Fed") is not fed


def test_a_firm_named_with_its_legal_suffix_is_the_firm_the_tagger_calls_a_place(parse):
    c = _corpus(
        parse,
        "A report said all three companies BP, Halliburton, and Transocean were guilty of bad management. "
        "Halliburton said the cement was sound.",
        "The failures were the result of management failures by BP, Halliburton Co, and Transocean Ltd, the staff concluded.",
    )
    firm = _actor_of(c, 1, "Halliburton Co")
    assert firm.type == "organisation" and _actor_of(c, 0, "Halliburton") is firm


def test_a_news_agency_or_a_group_written_after_its_name_is_that_body(parse):
    c = _corpus(
        parse,
        "The BBC's Jim Muir reported heavy clashes in Homs. Reuters news agency said 20 people had died, and "
        "the AFP news agency said the army had shelled the city. Kuwait's state news agency said two monitors "
        "were hurt. The BBC cannot verify the reports.",
        # the tagger calls the French president an organisation here, named twice before the
        # group: "the group" would otherwise be the organisation named most in the article
        "President Obama had a talk this week with Francois Hollande. Hollande expressed his condolences. "
        "Each attacker paid tribute to the Islamic State terrorist group and its fanatic leader, Abu Bakr "
        "al-Baghdadi.",
        "Hillary Clinton spoke on Monday. The Clinton organization said it would act.",
    )
    assert _actor_of(c, 0, "Reuters news agency") is _actor_of(c, 0, "Reuters")
    assert _actor_of(c, 0, "the AFP news agency") is _actor_of(c, 0, "AFP")
    # a possessor owns the body and is not it
    kuna = _actor_of(c, 0, "Kuwait's state news agency")
    assert kuna is not _actor_of(c, 0, "Kuwait") and kuna.name not in ("AFP", "Reuters", "BBC")
    assert _actor_of(c, 1, "the Islamic State terrorist group") is _actor_of(c, 1, "Islamic State")
    assert _actor_of(c, 1, "its") is _actor_of(c, 1, "Islamic State")
    # a person's name before the noun is not the body ("the Clinton organization")
    assert _actor_of(c, 2, "The Clinton organization").type != "person"


def test_the_press_quoted_in_a_story_is_not_the_organisation_the_story_is_about(parse):
    c = _corpus(
        parse,
        "The Arab League met in Cairo. The Arab League said monitors would go to Syria. "
        "The state news agency said two monitors were hurt.",
    )
    assert _actor_of(c, 0, "The state news agency") is not _actor_of(c, 0, "Arab League")


def test_a_name_before_a_vehicle_noun_is_that_vehicle_not_a_person(parse):
    c = _corpus(
        parse,
        "The Deepwater Horizon rig exploded on April 20, killing 11 workers. Deepwater Horizon was leased by BP "
        "from Transocean. Tony Hayward said he was sorry.",
        "The Transocean rig sank two days later. Deepwater Horizon had been inspected in February.",
    )
    rig = _actor_of(c, 0, "Deepwater Horizon")
    assert rig.type == "vehicle" and _actor_of(c, 0, "The Deepwater Horizon rig") is rig
    assert _actor_of(c, 1, "Deepwater Horizon") is rig
    # an owner named before the noun is not made the vehicle (the tagger calls Transocean a place here)
    assert _actor_of(c, 0, "Transocean").type != "vehicle" and _actor_of(c, 0, "Transocean") is not rig
    assert _actor_of(c, 0, "he").name == "Tony Hayward"


def test_a_line_s_last_name_run_into_the_next_subject_is_cut_at_its_article(parse):
    c = _corpus(
        parse,
        "Ann Barnes, 59, is originally from Leigh-on-Sea, Essex The Foreign Office (FCO) said 30 Britons have "
        "been found safe. The Foreign Office said more help was coming.",
    )
    assert _actor_of(c, 0, "Foreign Office").name == "Foreign Office"
    assert not [m for m in c.docs[0].get("actor_mentions") if m.text.startswith("Essex The")]


def test_the_white_house_is_the_executive_and_no_house_a_story_describes(parse):
    c = _corpus(
        parse,
        "The White House said aid was on its way. In Port-au-Prince the house of Jean Pierre collapsed and the "
        "house next door burned.",
        "A destroyed home stood by the road. The White House said more troops would go.",
    )
    house = _actor_of(c, 0, "White House")
    assert house.type == "organisation"
    assert _actor_of(c, 0, "the house") is not house and _actor_of(c, 1, "A destroyed home") is not house


def test_a_rank_abbreviated_with_a_hyphen_is_no_part_of_the_name(parse):
    c = _corpus(
        parse,
        "The US Southern Command's Lt-Gen Ken Keen said that streets were calm. Maj-Gen Simon Mayall visited. "
        "Keen said more troops would come.",
    )
    keen = _actor_of(c, 0, "Keen")
    assert keen.name == "Ken Keen" and _actor_of(c, 0, "Simon Mayall").name == "Simon Mayall"


def test_a_description_used_far_more_than_a_name_mostly_without_it_is_not_that_name(parse):
    import dataclasses

    from newsline.actors import resolve as rs

    view_of = _single_views(parse, "Shell Oil Company said it would help. The company sent two ships.",
                            "The company said the well was capped.")
    shell, company = view_of(0, "Shell Oil Company"), view_of(1, "company")
    # the story's leftover "the company": 60 times in 13 articles, two of which name Shell
    leftover = dataclasses.replace(company, n=60, docs=frozenset(range(13)))
    named = dataclasses.replace(shell, n=13, docs=frozenset({0, 1, 20, 21, 22, 23, 24}))
    assert not rs._may_stand_for(named, leftover)
    # used about as often as the name, where it is named, it may be
    assert rs._may_stand_for(named, dataclasses.replace(company, n=20, docs=frozenset({0, 1, 20, 21})))


def test_no_role_from_a_plural_a_judgement_or_a_transcript_label(parse):
    c = _corpus(parse, "In a move sure to please Ann Lee, EU foreign ministers are expected to approve the plan. "
                       "Lee is a more substantial figure than most here have come to regard her. "
                       "Lee, the foreign minister, spoke on Monday.",
                "Rob Paxton interviewed Lee.\nPaxton: Foreign Minister, is there anything you regret?\n"
                "Lee: No.\nPaxton: Nothing at all?\nLee: Nothing I would change.")
    assert [r.role for r in _named(c, "Ann Lee").roles] == ["foreign minister"]
    assert [r.role for r in _named(c, "Rob Paxton").roles] == []


def test_no_role_from_a_superlative_judgement_or_from_what_someone_is_not(parse):
    c = _corpus(parse, "Keeping everyone moving has been Thad Allen, perhaps the least-excitable person in American "
                       "public life. Allen is the national incident commander. President Barack Obama spoke on "
                       "Monday. Obama is not the most naturally empathetic politician. Tony Hayward is not the "
                       "chief executive now. Jaime Camil is not only a big telenovela star but also a singer.")
    assert [r.role for r in _named(c, "Thad Allen").roles] == ["national incident commander"]
    assert [r.role for r in _named(c, "Barack Obama").roles] == ["President"]
    assert [r.role for r in _named(c, "Tony Hayward").roles] == []
    assert "big telenovela star" in [r.role for r in _named(c, "Jaime Camil").roles]
    # the judgement still names him
    assert _actor_of(c, 0, "least-excitable person").name == "Thad Allen"


def test_a_hyphenated_role_keeps_the_word_before_its_hyphen(parse):
    c = _corpus(parse, "The company hired people because the US vice-president, Dick Moran, used to work there.")
    assert [r.role for r in _named(c, "Dick Moran").roles] == ["vice-president"]


def test_a_given_name_the_corpus_uses_alone_for_one_person_is_that_person(parse, monkeypatch):
    import newsline.actors.resolve as rs

    # the rule alone, without the learned pair model (which may or may not join a bare name)
    monkeypatch.setattr(rs, "_learned_links", lambda *a, **k: None)
    c = _corpus(parse, "Saddam Hussein ruled Iraq for decades. Saddam was captured in 2003.",
                "Saddam Hussein was tried in Baghdad. Critics said Saddam had hidden weapons. Saddam denied it.",
                "The inspectors said Saddam had no weapons left.",
                "Ann Lee, the foreign minister, spoke. Ann said the talks went well.",
                "Ann told the inspectors nothing.")
    assert _actor_of(c, 2, "Saddam").id == _named(c, "Saddam Hussein").id
    # one use in one article is no evidence: Ann is someone else
    assert _actor_of(c, 4, "Ann").id != _named(c, "Ann Lee").id


def test_a_title_stops_at_a_weekday_and_at_a_headline_s_plural_before_it(parse):
    c = _corpus(parse, "Obama pledges help for earthquake victims US President Barack Obama vowed to act. "
                       "Rescuers dug on. On Thursday UN Secretary-General Ban Ki-moon told the tale of a survivor.")
    assert [r.role for r in _named(c, "Barack Obama").roles] == ["US President"]
    assert [r.role for r in _named(c, "Ban Ki-moon").roles] == ["UN Secretary-General"]


def test_two_ranks_before_a_name_are_both_cut_and_read_as_one_rank(parse):
    c = _corpus(parse, "A French rescue worker, Lt Col Christophe Renou, described his survival as a miracle.")
    renou = _named(c, "Christophe Renou")
    assert renou.name == "Christophe Renou"
    assert "Lt Col" in [r.role for r in renou.roles]


def test_a_role_only_written_in_capitals_is_shown_in_small_letters():
    from newsline.actors.resolve import _unshout

    assert _unshout("US AID WORKER") == "US aid worker"
    assert _unshout("DANISH UN WORKER") == "Danish UN worker"
    assert _unshout("MAN IN EARLY 30s") == "man in early 30s"
    assert _unshout("CEO") == "CEO" and _unshout("Foreign Minister") == "Foreign Minister"


def test_a_kind_noun_the_tagger_ran_onto_a_name_is_cut_off(parse):
    c = _corpus(parse, "The woman's husband told the Associated Press news agency that she was alive.",
                "Construction has started, the Associated Press reported.")
    ap = _named(c, "Associated Press")
    assert _actor_of(c, 0, "Associated Press").id == ap.id
    assert not [a for a in c.get("actors") if "agency" in a.name]


def test_a_headline_s_words_written_small_elsewhere_are_no_part_of_a_title(parse):
    c = _corpus(parse, "Stimulus Plan Moves Ahead Economic Recovery President Barack Obama signed the bill. "
                       "The economic recovery is slow.",
                "Federal Reserve Chairman Ben Bernanke testified. The federal budget grew.")
    assert [r.role for r in _named(c, "Barack Obama").roles] == ["President"]
    assert [r.role for r in _named(c, "Ben Bernanke").roles] == ["Federal Reserve Chairman"]
    c = _corpus(parse, "Tuesday, March 3, 2009; 4:57 PM President Barack Obama, seeking to boost confidence, spoke.",
                "Prime Minister Geir Haarde resigned. The prime minister had led the coalition.")
    assert [r.role for r in _named(c, "Barack Obama").roles] == ["President"]
    assert [r.role for r in _named(c, "Geir Haarde").roles] == ["Prime Minister"]


def test_two_letters_in_ordinary_case_are_no_initials(parse):
    c = _corpus(parse, "Protesters marched on Capitol Hill on Monday. Lawmakers on Capitol Hill debated.",
                "In Caracas, Ch vez blamed America for the crisis.")  # "Chávez" lost its letter
    assert _actor_of(c, 1, "Ch").id != _named(c, "Capitol Hill").id


def test_a_dash_between_words_is_no_hyphen_of_a_title(parse):
    from newsline.actors.mentions import ArticleActors

    doc = parse("Saddam Hussein ruled Iraq for decades. Inspectors reached bases belonging to the Special "
                "Republican Guard - Saddam's personal bodyguard.")
    assert [r.text for a in ArticleActors(doc).analyse().actors for r in a.roles] == []
    c = _corpus(parse, "Lt-Gen Ken Keen led the mission.")
    assert [r.role for r in _named(c, "Ken Keen").roles] == ["Lt-Gen"]


def test_no_superlative_or_discourse_adverb_in_a_role(parse):
    c = _corpus(parse, "Most groups refuse to talk to the regime - or at least President Bashar al-Assad - "
                       "because so much blood has been spilled.",
                "The party declares Goodluck Jonathan the winner of its primaries and thus their candidate in "
                "April's election.")
    assert [r.role for r in _named(c, "Bashar al-Assad").roles] == ["President"]
    assert sorted(r.role for r in _named(c, "Goodluck Jonathan").roles) == [
        "candidate in April's election", "winner of its primaries"]


def test_a_body_s_short_name_is_no_surname_of_a_person_named_beside_it(parse):
    c = _corpus(parse, "The Podesta Group lobbied for the party in Ukraine. Podesta Group Inc. was paid $1.1 "
                "million, records show. The firm is run by Tony Podesta. His brother John Podesta, who is the "
                "chairman of the Clinton campaign, said he had no role in the work. Podesta earned more from "
                "the account than any other firm. Podesta's lobbyists met senators. Podesta did not disclose "
                "the work until this year.")
    firm = _named(c, "Podesta Group Inc.")
    john = _named(c, "John Podesta")
    assert firm.id != john.id and john.type == "person"


def test_the_story_s_dominant_organisation_takes_only_descriptions_that_have_a_word_for_it(parse):
    # "the military" of a campaign story is not the GOP named most in it; "the party" of a
    # story of the Republican Party is; "the company" of a Hewlett-Packard story is HP
    c = _corpus(
        parse,
        "The GOP met in Cleveland on Monday. GOP leaders said the GOP would unite. The U.S. military said "
        "on Tuesday it would send more troops.",
        "The GOP platform was adopted. GOP delegates cheered, and the GOP chairman spoke. The military "
        "was not mentioned.",
        "The Republican Party met on Monday. Republican Party leaders said the Republican Party would "
        "unite. The party said it would not back the plan.",
        "HP cut 5,000 jobs on Monday. HP shares rose after HP said profits were up. The company said more "
        "cuts would follow.",
        "HP hired on Monday. HP shares rose after HP said profits were up. Another company said on Tuesday it "
        "would hire too.",
    )
    assert _actor_of(c, 0, "The U.S. military").name != "GOP"
    assert _actor_of(c, 1, "The military").name != "GOP"
    assert _actor_of(c, 2, "The party").name == "Republican Party"
    assert _actor_of(c, 3, "The company").name == "HP"
    assert _actor_of(c, 4, "Another company").name != "HP"  # nor "another" one


def test_initials_already_joined_to_their_name_are_no_one_else_s(parse):
    # "WH" written beside "White House" is that house, though a William Hague of the same
    # story has the same initials and the pile's first "White House" is in another story
    c = _corpus(
        parse,
        "The White House said on Monday that the oil spill response would grow, and BP engineers worked on the "
        "leaking well in the Gulf of Mexico as crude reached the Louisiana marshes.",
        "British newspapers attacked the rhetoric of the hearing in Washington. WH aides said the White House "
        "would not apologise for the hearing, and British newspapers called the rhetoric anti-British.",
        "British Foreign Secretary William Hague said the rhetoric of the hearing in Washington was over the "
        "top but not anti-British, and British newspapers agreed.",
        "BP engineers lowered a new cap onto the leaking well in the Gulf of Mexico on Tuesday, and crude oil "
        "kept reaching the Louisiana marshes and beaches.",
    )
    assert _actor_of(c, 2, "William Hague") is not _actor_of(c, 1, "White House")
    assert _actor_of(c, 1, "WH") is _actor_of(c, 0, "White House")


def test_a_state_written_as_its_abbreviation_is_the_state_under_its_full_name(parse):
    c = _corpus(
        parse,
        "Workers laid oil boom around an island in St. Bernard Parish, La., on Wednesday. Fishermen in Louisiana "
        "said the spill had closed their waters.",
        "A rally was held in Arlington, Va., on Monday against offshore drilling.",
    )
    assert _actor_of(c, 0, "La.") is _actor_of(c, 0, "Louisiana")
    assert _actor_of(c, 1, "Va.").name == "Virginia"


def test_a_town_named_fort_or_camp_is_a_place_though_the_tagger_calls_it_a_body(parse):
    c = _corpus(parse, "FORT PIERCE, Fla. - The men prayed at the mosque. People in Fort Pierce said the mosque was "
                       "quiet. The Port Authority said it would close the bridge.")
    assert _actor_of(c, 0, "Fort Pierce").type == "place"
    assert _actor_of(c, 0, "Port Authority").type == "organisation"
