"""The cast of the bundled sample story, written after reading the five articles.

The test checks membership, aliases and roles (and that different people stay apart),
not exact counts. The samples go in as they are bundled (debris included), with the
publication dates the articles state; the two undated ones stay undated.
"""

from __future__ import annotations

import pytest

from newsline.actors import actor_by_id, find_actors, resolve_actors, story_section
from newsline.model import Corpus

pytestmark = pytest.mark.model

DATES = {"000": None, "001": None, "002": "2018-02-21", "003": "2018-12-16", "004": "2018-05-04"}

# name -> (aliases that must be among the actor's aliases, role substrings that must be among its roles)
PEOPLE = {
    "Mike Pompeo": ({"Pompeo", "Mike Pompeo"}, {"Secretary of State", "CIA chief"}),
    "Donald Trump": ({"Trump", "Donald Trump"}, {"President"}),
    "Kim Jong Un": ({"Kim", "Kim Jong Un", "Kim Jong-un"}, {"leader", "dictator"}),
    "Barack Obama": ({"Barack Obama"}, {"President"}),
    "Rudy Giuliani": ({"Rudy Giuliani"}, {"lawyer"}),
    "Kim Hak-Song": ({"Kim Hak-Song", "Hak-Song"}, set()),
    "Tony Kim": ({"Tony Kim", "Kim"}, set()),
    "Kim Dong-Chul": ({"Kim Dong-Chul", "Dong-Chul"}, set()),
    "Kang Chol-hwan": ({"Kang Chol-hwan", "Kang"}, {"defector"}),
    "Moon Jae-in": ({"Moon Jae-in"}, {"President"}),
    "George W. Bush": ({"George W. Bush"}, {"President"}),
    "Ji Seong-ho": ({"Ji Seong-ho"}, set()),
    "David Maxwell": ({"David Maxwell", "Maxwell"}, {"colonel", "fellow"}),
    "Mike Pence": ({"Mike Pence", "Pence"}, {"Vice President"}),
    "Kim Yo Jong": ({"Kim Yo Jong"}, {"sister"}),
    "Kim Yong Nam": ({"Kim Yong Nam"}, {"head of state"}),
    "Nick Ayers": ({"Nick Ayers", "Ayers"}, {"chief of staff"}),
    "Heather Nauert": ({"Heather Nauert"}, {"spokeswoman"}),
    "Jong Kyong-thaek": ({"Jong Kyong-thaek", "Jong"}, {"minister of state security"}),
    "Choe Ryong-hae": ({"Choe Ryong-hae", "Choe"}, set()),
    "Pak Kwang-ho": ({"Pak Kwang-ho", "Pak"}, {"director"}),
    "Steven T. Mnuchin": ({"Steven T. Mnuchin"}, {"Treasury Secretary"}),
    "Stephen Biegun": ({"Stephen Biegun", "Biegun"}, {"Special Representative"}),
    "Lee Do-hoon": ({"Lee Do-hoon"}, {"Special Representative"}),
    "John Bolton": ({"John Bolton"}, {"National Security Advisor"}),
    "Robert R. King": ({"Robert R. King"}, {"Fellow"}),
}

ORGANISATIONS = {
    "White House": {"White House"},
    "National Press Club": {"National Press Club"},
    "Foundation for Defense of Democracies": {"Foundation for Defense of Democracies"},
    "CIA": {"CIA"},
    "Washington Post": {"Washington Post"},
    "North Korean Foreign Ministry": {"North Korean Foreign Ministry"},
    "Korean Central News Agency": {"Korean Central News Agency"},
    "Treasury Department": {"Treasury Department"},
    "Yonhap News Agency": {"Yonhap News Agency"},
    "Reuters": {"Reuters"},
    "Korea Economic Institute of America": {"Korea Economic Institute of America", "KEI"},
    "Pyongyang University of Science and Technology": {"PUST"},
    "European Union": {"European Union"},
}

COUNTRIES = {
    "North Korea": {"North Korea", "Pyongyang", "North"},
    "United States": {"United States", "U.S.", "Washington"},
    "South Korea": {"South Korea"},
    "China": {"China"},
    "Japan": {"Japan"},
    "Iran": {"Iran"},
    "Russia": {"Russia"},
    "Libya": {"Libya"},
    "United Kingdom": {"Britain"},
}


@pytest.fixture(scope="module")
def cast(parse, sample_paths):
    docs = []
    for p in sample_paths:
        key = p.name[:3]
        docs.append(parse(p.read_text(encoding="utf-8"), published=DATES[key], id=key))
    return resolve_actors(Corpus(tuple(docs)))


def _same(a: str, b: str) -> bool:
    return a.replace("-", " ").lower() == b.replace("-", " ").lower()


def _one(corpus, name):
    found = [a for a in find_actors(corpus, name) if _same(a.name, name)]
    assert found, f"{name!r} not in the cast: {sorted(a.name for a in find_actors(corpus))}"
    return found[0]


@pytest.mark.parametrize("name", sorted(PEOPLE))
def test_people(cast, name):
    actor = _one(cast, name)
    assert actor.type == "person", (name, actor.type)
    aliases, roles = PEOPLE[name]
    have = {a for a, _ in actor.aliases}
    assert aliases <= have, (name, have)
    role_texts = " | ".join(r.role for r in actor.roles)
    for r in roles:
        assert r.lower() in role_texts.lower(), (name, role_texts)


def test_at_least_twenty_people(cast):
    people = [a for a in find_actors(cast) if a.type == "person"]
    assert len({a.name for a in people} & set(PEOPLE)) >= 20


@pytest.mark.parametrize("name", sorted(ORGANISATIONS))
def test_organisations(cast, name):
    actor = _one(cast, name)
    assert actor.type == "organisation", (name, actor.type)
    assert ORGANISATIONS[name] <= {a for a, _ in actor.aliases}


@pytest.mark.parametrize("name", sorted(COUNTRIES))
def test_countries(cast, name):
    actor = _one(cast, name)
    assert actor.type == "country"
    assert COUNTRIES[name] <= {a for a, _ in actor.aliases}, {a for a, _ in actor.aliases}


def test_pompeo_roles_over_time(cast):
    pompeo = _one(cast, "Mike Pompeo")
    cia = [r for r in pompeo.roles if "CIA" in r.role]
    sec = [r for r in pompeo.roles if r.role == "Secretary of State"]
    assert cia and all(r.past for r in cia)
    assert sec and not sec[0].past and sec[0].first_date == "2018-05-04"
    assert set(pompeo.articles) >= {"000", "001", "004"}


def test_kim_jong_un_is_everywhere_and_the_kims_stay_apart(cast):
    kim = _one(cast, "Kim Jong Un")
    assert set(kim.articles) == {"000", "001", "002", "003", "004"}
    ids = {_one(cast, n).id for n in ("Kim Jong Un", "Kim Yo Jong", "Kim Yong Nam", "Kim Hak-Song", "Tony Kim", "Kim Dong-Chul")}
    assert len(ids) == 6


def test_bare_kim_in_the_politico_sample(cast):
    doc = next(d for d in cast.docs if d.id == "000")
    by_id = actor_by_id(cast)
    kims = [m for m in doc.get("actor_mentions") if m.text == "Kim" and m.kind == "name"]
    names = [by_id[m.actor_id].name for m in kims]
    # "negotiations with Kim" (before the three Americans are named) is Kim Jong Un;
    # "while Kim and Hak-Song were imprisoned" is Tony Kim
    assert _same(names[0], "Kim Jong Un")
    assert names[-1] == "Tony Kim"


def test_descriptions_and_pronouns_in_the_samples(cast):
    by_id = actor_by_id(cast)

    def who(doc_id, text, nth=0):
        doc = next(d for d in cast.docs if d.id == doc_id)
        hits = [m for m in doc.get("actor_mentions") if m.text == text]
        return by_id[hits[nth].actor_id].name

    assert who("000", "The secretary of state") == "Mike Pompeo"
    assert who("000", "the president") == "Donald Trump"
    assert who("002", "The VP") == "Mike Pence"
    assert who("002", "the vice president") == "Mike Pence"
    assert who("001", "Kang", 0) == "Kang Chol-hwan"
    assert who("003", "Jong") == "Jong Kyong-thaek"
    assert who("002", "Pyongyang") == "North Korea"
    assert who("003", "Washington") == "United States"


def test_cast_list_is_json_ready(cast):
    import json

    rows = story_section(cast)
    json.dumps(rows)
    names = [r["name"].replace("-", " ").lower() for r in rows]
    assert names.index("kim jong un") < names.index("tony kim")  # most mentioned first
