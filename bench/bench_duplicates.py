"""Duplicate detection against importing the same victims, and how it grows with their number.

    .venv/bin/python bench/bench_duplicates.py [--victims 30000]

For N victims (and N/2) it prints: the import (encrypted, in process), ``linkage.find_duplicates``
on the same file, their ratio (target <= 2x), the pairs compared, and the growth exponent of
duplicate detection between the two sizes (1 = linear, 2 = all pairs). The data is fictional and
deterministic, with a realistic spread of names (common given names, a few hundred family names,
both with a long tail), fathers' names, birth years and acts, and 4% of victims entered a second
time the way lists do it (the other script, another spelling, family name first, a birth year one
apart, the father's name left out); it also prints how many of those planted pairs were found.
Files go to bench/out/ (ignored by git).
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from casefile import exchange, linkage  # noqa: E402
from casefile.store import CaseFile  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
PASS = "bench passphrase"

# (Persian, Latin spellings) with rough frequency weights (a long tail after the first few)
GIVEN_MALE = [
    ("محمد", ["Mohammad", "Mohamad", "Mohammed"]), ("علی", ["Ali"]), ("حسین", ["Hossein", "Hosein"]),
    ("حسن", ["Hassan", "Hasan"]), ("رضا", ["Reza"]), ("محمدرضا", ["Mohammadreza", "Mohammad Reza"]),
    ("مهدی", ["Mehdi", "Mahdi"]), ("جعفر", ["Jafar", "Ja'far"]), ("غلامرضا", ["Gholamreza", "Gholam-Reza"]),
    ("عبدالله", ["Abdollah", "Abdullah"]), ("ابراهیم", ["Ebrahim", "Ibrahim"]), ("اسماعیل", ["Esmail", "Ismail"]),
    ("داوود", ["Davood", "Davoud"]), ("یوسف", ["Yousef", "Yusef"]), ("مصطفی", ["Mostafa", "Mustafa"]),
    ("مجید", ["Majid"]), ("منصور", ["Mansour"]), ("بهروز", ["Behrouz"]), ("فرهاد", ["Farhad"]),
    ("سعید", ["Saeed", "Said"]), ("اصغر", ["Asghar"]), ("کاظم", ["Kazem"]), ("محسن", ["Mohsen"]),
    ("محمود", ["Mahmoud"]), ("احمد", ["Ahmad"]), ("اکبر", ["Akbar"]), ("جواد", ["Javad"]),
    ("ناصر", ["Naser", "Nasser"]), ("هوشنگ", ["Houshang"]), ("پرویز", ["Parviz"]), ("بیژن", ["Bijan"]),
    ("کامران", ["Kamran"]), ("سیروس", ["Sirous", "Cyrus"]), ("جمشید", ["Jamshid"]), ("منوچهر", ["Manouchehr"]),
    ("نادر", ["Nader"]), ("رحیم", ["Rahim"]), ("قاسم", ["Ghasem", "Qasem"]), ("عباس", ["Abbas"]),
    ("مرتضی", ["Morteza"]),
]  # fmt: skip
GIVEN_FEMALE = [
    ("فاطمه", ["Fatemeh", "Fatima"]), ("زهرا", ["Zahra"]), ("مریم", ["Maryam"]), ("سیمین", ["Simin"]),
    ("پروین", ["Parvin"]), ("منیژه", ["Manijeh"]), ("شهلا", ["Shahla"]), ("فریبا", ["Fariba"]),
    ("معصومه", ["Masoumeh"]), ("طاهره", ["Tahereh"]), ("نسرین", ["Nasrin"]), ("اشرف", ["Ashraf"]),
    ("مهین", ["Mahin"]), ("شیرین", ["Shirin"]), ("رویا", ["Roya"]), ("لیلا", ["Leila", "Layla"]),
    ("منیره", ["Monireh"]), ("فرشته", ["Fereshteh"]), ("سهیلا", ["Soheila"]), ("اعظم", ["Azam"]),
]  # fmt: skip
ROOTS = [
    ("کریم", "Karim"), ("رحیم", "Rahim"), ("رضا", "Reza"), ("محمد", "Mohammad"), ("قربان", "Ghorban"),
    ("خسرو", "Khosrow"), ("موسو", "Mousav"), ("تهران", "Tehran"), ("صادق", "Sadegh"), ("حسین", "Hossein"),
    ("اکبر", "Akbar"), ("یزدان", "Yazdan"), ("کاظم", "Kazem"), ("شریف", "Sharif"), ("جعفر", "Jafar"),
    ("نور", "Nour"), ("امین", "Amin"), ("زمان", "Zaman"), ("طالب", "Taleb"), ("عباس", "Abbas"),
    ("نجف", "Najaf"), ("بهرام", "Bahram"), ("فراهان", "Farahan"), ("میرزا", "Mirza"), ("اصفهان", "Esfahan"),
    ("رستم", "Rostam"), ("قاسم", "Ghasem"), ("هاشم", "Hashem"), ("سلطان", "Soltan"), ("انصار", "Ansar"),
    ("لطف", "Lotf"), ("منصور", "Mansour"), ("عزیز", "Aziz"), ("شیراز", "Shiraz"), ("مراد", "Morad"),
    ("احمد", "Ahmad"), ("ابراهیم", "Ebrahim"), ("صالح", "Saleh"), ("فتح", "Fath"), ("کرمان", "Kerman"),
    ("تبریز", "Tabriz"), ("رشت", "Rasht"), ("قزوین", "Ghazvin"), ("زنجان", "Zanjan"), ("کاشان", "Kashan"),
    ("یزد", "Yazd"), ("همدان", "Hamadan"), ("اردبیل", "Ardabil"), ("گیلان", "Gilan"), ("مازندران", "Mazandaran"),
]  # fmt: skip
SUFFIXES = [("ی", "i"), ("یان", "ian"), ("زاده", "zadeh"), ("پور", "pour"), ("\u200cنژاد", "-Nejad"), ("فر", "far")]
FAMILY = [(r_fa + s_fa, r_en + s_en) for r_fa, r_en in ROOTS for s_fa, s_en in SUFFIXES]


def _zipf(rng: random.Random, n: int, s: float = 1.0) -> int:
    weights = [1 / (i + 1) ** s for i in range(n)]
    return rng.choices(range(n), weights)[0]


def _person(rng: random.Random, i: int) -> tuple[dict[str, Any], dict[str, Any]]:
    female = rng.random() < 0.15
    pool = GIVEN_FEMALE if female else GIVEN_MALE
    given = pool[_zipf(rng, len(pool))]
    family = FAMILY[rng.randrange(len(FAMILY))] if rng.random() < 0.5 else FAMILY[_zipf(rng, len(FAMILY), 0.8)]
    father = GIVEN_MALE[_zipf(rng, len(GIVEN_MALE))]
    script = rng.random()
    name = {}
    if script < 0.9:
        name["fa"] = f"{given[0]} {family[0]}"
    if script > 0.7:
        name["en"] = f"{given[1][0]} {family[1]}"
    person: dict[str, Any] = {"id": f"v-{i}", "name": name, "sex": "female" if female else "male"}
    if rng.random() < 0.8:
        person["father_name"] = {"fa": father[0]} if "fa" in name else {"en": father[1][0]}
    if rng.random() < 0.85:
        person["birth"] = str(rng.randrange(1930, 1971))
    person["confidentiality"] = "restricted"
    facts = {"given": given, "family": family, "father": father}
    return person, facts


def _second_record(rng: random.Random, person: dict, facts: dict, i: int) -> dict[str, Any]:
    """The same victim as another list has them."""
    given, family, father = facts["given"], facts["family"], facts["father"]
    en = f"{rng.choice(given[1])} {family[1]}"
    if rng.random() < 0.3:
        en = f"{family[1]} {rng.choice(given[1])}"  # family name first
    other: dict[str, Any] = {
        "id": f"v-{i}-bis",
        "name": {"en": en} if "en" not in person["name"] or rng.random() < 0.5 else {"fa": f"{given[0]} {family[0]}"},
    }
    if "father_name" in person and rng.random() < 0.7:
        other["father_name"] = {"en": rng.choice(father[1])}
    if "birth" in person:
        other["birth"] = str(int(person["birth"]) + rng.choice([0, 0, 1, -1]))
    return other


def document(victims: int, seed: int = 1988) -> tuple[dict[str, Any], set[tuple[str, str]]]:
    rng = random.Random(seed)
    persons, acts, planted = [], [], set()
    n_dup = victims * 4 // 100
    for i in range(victims - n_dup):
        person, facts = _person(rng, i)
        persons.append(person)
        day = f"1988-{rng.choice(['07', '08'])}-{rng.randrange(1, 29):02d}"
        acts.append(
            {"id": f"a-{i}-1", "victim": person["id"], "type": "arrest", "date": str(rng.randrange(1981, 1988))}
        )
        acts.append({"id": f"a-{i}-2", "victim": person["id"], "type": "execution", "date": day, "place": "pl-evin"})
        if i < n_dup:
            other = _second_record(rng, person, facts, i)
            persons.append(other)
            planted.add((person["id"], other["id"]) if person["id"] <= other["id"] else (other["id"], person["id"]))
            if rng.random() < 0.5:
                acts.append({"id": f"a-{i}-bis", "victim": other["id"], "type": "execution", "date": day})
    doc = {
        "format": "casefile-exchange",
        "version": 1,
        "persons": persons,
        "places": [{"id": "pl-evin", "name": {"en": "Evin prison", "fa": "زندان اوین"}, "kind": "prison"}],
        "acts": acts,
    }
    return doc, planted


def run(victims: int) -> dict[str, float]:
    doc, planted = document(victims)
    OUT.mkdir(exist_ok=True)
    path = OUT / f"duplicates-{victims}.casefile"
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)
    cf = CaseFile.create(path, PASS)
    start = time.perf_counter()
    exchange.import_document(cf, doc)
    imported = time.perf_counter() - start
    start = time.perf_counter()
    profiles = linkage.load_profiles(cf)
    pairs = len(linkage.candidate_pairs(profiles))
    found = linkage.find_duplicates(cf)
    duplicates = time.perf_counter() - start
    cf.close()
    hits = {(c.a, c.b) for c in found}
    recall = len(hits & planted) / len(planted)
    # the generator draws from fixed pools, so two different victims can agree in every detail a
    # list records (name, father's name, birth year): listed, rightly, for a person to look at
    people = {p["id"]: p for p in doc["persons"]}

    def alike(a: str, b: str) -> bool:
        x, y = people[a], people[b]
        return (
            x["name"] == y["name"]
            and x.get("father_name") == y.get("father_name")
            and ("birth" not in x or "birth" not in y or abs(int(x["birth"]) - int(y["birth"])) <= 1)
        )

    namesakes = sum(1 for a, b in hits - planted if alike(a, b))
    # a planted pair whose records share only a (common) name and a birth year cannot be told
    # from two namesakes; those with a father's name on both sides can
    with_father = {(a, b) for a, b in planted if "father_name" in people[a] and "father_name" in people[b]}
    found_with_father = len(hits & with_father) / len(with_father) if with_father else 1.0
    print(
        f"{victims:>6} victims: import {imported:6.2f} s, duplicates {duplicates:6.2f} s "
        f"(ratio {duplicates / imported:.2f}x, target <= 2x); {pairs:,} pairs compared "
        f"({pairs / victims:.1f} per victim); {len(found):,} pairs listed: {len(hits & planted):,} planted "
        f"({recall:.1%} of those planted, {found_with_father:.1%} of those with a father's name on both "
        f"records), {namesakes:,} chance namesakes alike in name, father and birth year, "
        f"{len(hits - planted) - namesakes:,} others"
    )
    return {"victims": victims, "import": imported, "duplicates": duplicates, "pairs": pairs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--victims", type=int, default=30_000)
    args = parser.parse_args()
    small = run(args.victims // 2)
    large = run(args.victims)
    exponent = math.log(large["duplicates"] / small["duplicates"]) / math.log(large["victims"] / small["victims"])
    pairs_exponent = math.log(large["pairs"] / small["pairs"]) / math.log(large["victims"] / small["victims"])
    print(f"growth from {small['victims']} to {large['victims']} victims: time exponent {exponent:.2f}, "
          f"pairs exponent {pairs_exponent:.2f} (1 = linear, 2 = every pair)")  # fmt: skip


if __name__ == "__main__":
    main()
