"""Writes tests/support/linkage_pairs.json: a labelled set of pairs of person records, each pair
"same" (one person entered twice) or "not_same" (two people), for measuring duplicate detection.

    .venv/bin/python tests/support/make_linkage_pairs.py

Every person is fictional: common Iranian given and family names combined at random. The spellings
are the ones lists really use (several Latin transliterations of each name, Persian written with a
zero-width non-joiner, a space or joined), chosen from these tables, not from Casefile's matching
keys. Kinds of pair:

same:      Persian against Latin; two Latin spellings; ZWNJ / space / joined; family name first;
           "Mohammadreza" against "Mohammad Reza"; father's name missing on one side, or on both;
           birth year one apart; Jalali against Gregorian birth; only one record has acts, or both
           the same act; a slip of the pen in a Latin name.
not_same:  namesakes (same name, different fathers, about ten years apart, with or without acts;
           the same father's name but ten years apart; different fathers two or three years apart);
           namesakes with no father on either side, far apart in age; siblings (same family name and
           father, other given names such as Hassan and Hossein, a few years apart); the same name
           but one a man and the other a woman; similar family names (Karimi / Rahimi), same year.

Each pair's two records use a given name + family name combination no other pair uses, so pairs
across groups are two people too (the test counts any of them found as a false positive).
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("linkage_pairs.json")

# (Persian forms, Latin forms, sex)
GIVEN: list[tuple[list[str], list[str], str]] = [
    (["محمد"], ["Mohammad", "Mohamad", "Muhammad", "Mohammed"], "male"),
    (["علی"], ["Ali"], "male"),
    (["حسین"], ["Hossein", "Hosein", "Hussein"], "male"),
    (["حسن"], ["Hassan", "Hasan"], "male"),
    (["رضا"], ["Reza"], "male"),
    (
        ["محمدرضا", "محمد رضا", "محمد\u200cرضا"],
        ["Mohammadreza", "Mohammad Reza", "Mohamad-Reza", "Mohammad-Reza"],
        "male",
    ),
    (["مهدی"], ["Mehdi", "Mahdi"], "male"),
    (["جعفر"], ["Jafar", "Ja'far", "Djafar"], "male"),
    (["غلامرضا", "غلام\u200cرضا", "غلام رضا"], ["Gholamreza", "Gholam-Reza", "Qolamreza"], "male"),
    (["عبدالله"], ["Abdollah", "Abdullah"], "male"),
    (["ابراهیم"], ["Ebrahim", "Ibrahim"], "male"),
    (["اسماعیل"], ["Esmail", "Ismail", "Esmaeil"], "male"),
    (["داوود"], ["Davood", "Davoud", "Davud"], "male"),
    (["یوسف"], ["Yousef", "Yusef", "Yusuf"], "male"),
    (["مصطفی"], ["Mostafa", "Mustafa"], "male"),
    (["مجید"], ["Majid"], "male"),
    (["منصور"], ["Mansour", "Mansur"], "male"),
    (["بهروز"], ["Behrouz", "Behruz"], "male"),
    (["فرهاد"], ["Farhad"], "male"),
    (["سعید"], ["Saeed", "Saied", "Said"], "male"),
    (["اصغر"], ["Asghar"], "male"),
    (["کاظم"], ["Kazem", "Kazim"], "male"),
    (["محسن"], ["Mohsen"], "male"),
    (["فاطمه"], ["Fatemeh", "Fatima", "Fateme"], "female"),
    (["زهرا"], ["Zahra"], "female"),
    (["مریم"], ["Maryam", "Mariam"], "female"),
    (["سیمین"], ["Simin"], "female"),
    (["پروین"], ["Parvin"], "female"),
    (["منیژه"], ["Manijeh", "Manizheh"], "female"),
    (["شهلا"], ["Shahla"], "female"),
    (["فریبا"], ["Fariba"], "female"),
    (["معصومه"], ["Masoumeh", "Masumeh", "Masoomeh"], "female"),
    (["طاهره"], ["Tahereh", "Tahere"], "female"),
    (["رقیه"], ["Roghieh", "Roghayeh", "Roqayyeh"], "female"),
    (["نسرین"], ["Nasrin"], "female"),
]
# brothers and sisters get other given names of their sex; Hassan and Hossein are the classic pair
SIBLING_OF = {"حسن": "حسین", "حسین": "حسن", "محمد": "محمود", "فاطمه": "زهرا"}
EXTRA_GIVEN = {"محمود": (["محمود"], ["Mahmoud", "Mahmood"], "male")}

FAMILY: list[tuple[list[str], list[str]]] = [
    (["کریمی"], ["Karimi", "Karimy", "Kerimi"]),
    (["کریمی\u200cنژاد", "کریمی نژاد", "کریمینژاد"], ["Karimi-Nejad", "Kariminejad", "Karimi Nejad", "Karimi-Nezhad"]),
    (["رضایی", "رضائی"], ["Rezaei", "Rezai", "Rezaie", "Rezayi"]),
    (["محمدی"], ["Mohammadi", "Mohamadi"]),
    (["قربانی"], ["Ghorbani", "Qorbani"]),
    (["خسروی"], ["Khosravi"]),
    (["موسوی"], ["Mousavi", "Musavi", "Moosavi"]),
    (["تهرانی"], ["Tehrani"]),
    (["صادقی"], ["Sadeghi", "Sadeqi"]),
    (["حسینی"], ["Hosseini", "Hoseini", "Husseini"]),
    (["اکبری"], ["Akbari"]),
    (["یزدانی"], ["Yazdani"]),
    (["کاظمی"], ["Kazemi", "Kazimi"]),
    (["رحیمی"], ["Rahimi"]),
    (["شریفی"], ["Sharifi"]),
    (["جعفری"], ["Jafari", "Ja'fari"]),
    (["نوری"], ["Nouri", "Noori", "Nuri"]),
    (["امینی"], ["Amini"]),
    (["زمانی"], ["Zamani"]),
    (["طالبی"], ["Talebi"]),
    (["عباسی"], ["Abbasi"]),
    (["نجفی"], ["Najafi"]),
    (["بهرامی"], ["Bahrami"]),
    (["فراهانی"], ["Farahani"]),
    (["میرزایی", "میرزائی"], ["Mirzaei", "Mirzai"]),
    (["اصفهانی"], ["Esfahani", "Isfahani"]),
    (["رستمی"], ["Rostami"]),
    (["قاسمی"], ["Ghasemi", "Qasemi"]),
    (["هاشمی"], ["Hashemi"]),
    (["سلطانی"], ["Soltani"]),
    (["انصاری"], ["Ansari"]),
    (["لطفی"], ["Lotfi"]),
    (["منصوری"], ["Mansouri", "Mansuri"]),
    (["عزیزی"], ["Azizi"]),
    (["شیرازی"], ["Shirazi"]),
    (["مرادی"], ["Moradi"]),
    (["احمدی"], ["Ahmadi"]),
    (["ابراهیمی"], ["Ebrahimi", "Ibrahimi"]),
    (["صالحی"], ["Salehi"]),
    (["فتحی"], ["Fathi"]),
]
SIMILAR_FAMILY = {"کریمی": (["رحیمی"], ["Rahimi"]), "کاظمی": (["هاشمی"], ["Hashemi"])}
FATHERS = [g for g in GIVEN if g[2] == "male"] + [EXTRA_GIVEN["محمود"]]
PLACES = ["pl-evin", "pl-gohardasht"]
EXECUTION_DAYS = [f"1988-{m}-{d:02d}" for m, days in (("07", range(28, 32)), ("08", range(1, 32))) for d in days]


def typo(rng: random.Random, name: str) -> str:
    """One slip of the pen in a Latin name: a letter doubled, dropped or two letters swapped."""
    while True:
        i = rng.randrange(1, len(name) - 1)
        if name[i].isalpha() and name[i + 1].isalpha() and name[i] != name[i + 1]:
            break
    slip = rng.choice(["double", "drop", "swap"])
    if slip == "double":
        return name[:i] + name[i] + name[i:]
    if slip == "drop":
        return name[:i] + name[i + 1 :]
    return name[:i] + name[i + 1] + name[i] + name[i + 2 :]


class Maker:
    def __init__(self, seed: int = 1367) -> None:
        self.rng = random.Random(seed)
        self.used: set[tuple[str, str]] = set()
        self.pairs: list[dict[str, Any]] = []

    def combo(self, sex: str | None = None) -> tuple[tuple, tuple]:
        while True:
            given = self.rng.choice([g for g in GIVEN if sex is None or g[2] == sex])
            family = self.rng.choice(FAMILY)
            key = (given[0][0], family[0][0])
            if key not in self.used:
                self.used.add(key)
                return given, family

    def fa(self, given: tuple, family: tuple, *, swapped: bool = False, form: int | None = None) -> str:
        g = given[0][form % len(given[0])] if form is not None else self.rng.choice(given[0])
        f = family[0][form % len(family[0])] if form is not None else self.rng.choice(family[0])
        return f"{f} {g}" if swapped else f"{g} {f}"

    def en(self, given: tuple, family: tuple, *, swapped: bool = False, form: int | None = None) -> str:
        g = given[1][form % len(given[1])] if form is not None else self.rng.choice(given[1])
        f = family[1][form % len(family[1])] if form is not None else self.rng.choice(family[1])
        return f"{f} {g}" if swapped else f"{g} {f}"

    def father(self, script: str, father: tuple) -> dict[str, str]:
        if script == "fa":
            return {"fa": father[0][0]}
        if script == "en":
            return {"en": self.rng.choice(father[1])}
        return {"fa": father[0][0], "en": father[1][0]}

    def add(self, kind: str, label: str, a: dict, b: dict) -> None:
        n = len(self.pairs) + 1
        a, b = {"id": f"g{n:03d}a", **a}, {"id": f"g{n:03d}b", **b}
        acts = []
        for rec in (a, b):
            for i, act in enumerate(rec.pop("_acts", [])):
                acts.append({"id": f"{rec['id']}-act{i}", "victim": rec["id"], **act})
        self.pairs.append({"kind": kind, "label": label, "a": a, "b": b, "acts": acts})

    def execution(self, day: str | None = None, place: str | None = None) -> dict:
        act = {"type": "execution", "date": day or self.rng.choice(EXECUTION_DAYS)}
        if place:
            act["place"] = place
        return act

    # --- same person -----------------------------------------------------------------------------

    def same(self, kind: str, n: int) -> None:
        for _ in range(n):
            given, family = self.combo()
            father = self.rng.choice(FATHERS)
            year = self.rng.randrange(1940, 1970)
            sex = given[2]
            a: dict[str, Any] = {"sex": sex, "birth": str(year)}
            b: dict[str, Any] = {"birth": str(year)}
            if self.rng.random() < 0.6:
                b["sex"] = sex
            if kind == "cross_script":
                a["name"] = {"fa": self.fa(given, family)}
                b["name"] = {"en": self.en(given, family)}
                a["father_name"], b["father_name"] = self.father("fa", father), self.father("en", father)
            elif kind == "latin_spellings":
                a["name"] = {"en": self.en(given, family, form=0)}
                b["name"] = {"en": self.en(given, family, form=self.rng.randrange(1, 4))}
                a["father_name"], b["father_name"] = self.father("en", father), self.father("en", father)
            elif kind == "persian_zwnj_space":
                a["name"] = {"fa": self.fa(given, family, form=0)}
                b["name"] = {"fa": self.fa(given, family, form=self.rng.randrange(1, 3))}
                a["father_name"], b["father_name"] = self.father("fa", father), self.father("fa", father)
            elif kind == "family_name_first":
                a["name"] = {"fa": self.fa(given, family), "en": self.en(given, family)}
                script = self.rng.choice(["fa", "en"])
                swapped = (
                    self.fa(given, family, swapped=True) if script == "fa" else self.en(given, family, swapped=True)
                )
                b["name"] = {script: swapped}
                a["father_name"], b["father_name"] = self.father("both", father), self.father(script, father)
            elif kind == "both_scripts_vs_one":
                a["name"] = {"fa": self.fa(given, family), "en": self.en(given, family)}
                b["name"] = {"en": self.en(given, family)}
                a["father_name"] = self.father("both", father)
                if self.rng.random() < 0.5:
                    b["father_name"] = self.father("en", father)
            elif kind == "missing_father":
                a["name"] = {"fa": self.fa(given, family)}
                b["name"] = self.rng.choice([{"fa": self.fa(given, family)}, {"en": self.en(given, family)}])
                a["father_name"] = self.father("fa", father)
                b["birth"] = str(year + self.rng.choice([0, 1, -1]))
                if self.rng.random() < 0.5:
                    day, place = self.rng.choice(EXECUTION_DAYS), self.rng.choice(PLACES)
                    a["_acts"], b["_acts"] = [self.execution(day, place)], [self.execution(day, place)]
            elif kind == "birth_one_apart":
                a["name"] = {"en": self.en(given, family)}
                b["name"] = self.rng.choice([{"fa": self.fa(given, family)}, {"en": self.en(given, family)}])
                a["father_name"], b["father_name"] = self.father("en", father), self.father("both", father)
                b["birth"] = str(year + self.rng.choice([1, -1]))
            elif kind == "jalali_birth":
                a["name"] = {"fa": self.fa(given, family)}
                b["name"] = {"en": self.en(given, family)}
                a["father_name"], b["father_name"] = self.father("fa", father), self.father("en", father)
                a["birth"] = {"calendar": "jalali", "value": str(year - 621)}
            elif kind == "latin_typo":
                a["name"] = {"en": self.en(given, family, form=0)}
                b["name"] = {"en": typo(self.rng, self.en(given, family, form=0))}
                a["father_name"], b["father_name"] = self.father("en", father), self.father("fa", father)
            elif kind == "no_father_same_birth":
                a["name"] = {"fa": self.fa(given, family)}
                b["name"] = {"en": self.en(given, family)}
                b["sex"] = sex
            elif kind == "acts_only_on_one":
                a["name"] = {"fa": self.fa(given, family)}
                b["name"] = {"fa": self.fa(given, family)}
                b["father_name"] = self.father("fa", father)
                a["_acts"] = [self.execution(place=self.rng.choice(PLACES))]
                del b["birth"]
                a["birth"] = str(year)
                a["father_name"] = self.father("fa", father)
            self.add(kind, "same", a, b)

    # --- two people ------------------------------------------------------------------------------

    def namesakes(
        self,
        n: int,
        *,
        with_father: bool = True,
        with_acts: bool = False,
        same_father: bool = False,
        close: bool = False,
    ) -> None:
        for _ in range(n):
            given, family = self.combo()
            fathers = self.rng.sample(FATHERS, 2)
            if same_father:
                fathers[1] = fathers[0]
            year = self.rng.randrange(1940, 1960)
            gap = self.rng.randrange(2, 4) if close else self.rng.randrange(8, 14)
            scripts = self.rng.choice([("fa", "fa"), ("fa", "en"), ("en", "en"), ("both", "fa")])
            a: dict[str, Any] = {"sex": given[2], "birth": str(year)}
            b: dict[str, Any] = {"sex": given[2], "birth": str(year + gap)}
            for rec, script in zip((a, b), scripts, strict=True):
                name = {}
                if script in ("fa", "both"):
                    name["fa"] = self.fa(given, family, form=0)
                if script in ("en", "both"):
                    name["en"] = self.en(given, family, form=0)
                rec["name"] = name
            if with_father:
                a["father_name"] = self.father(scripts[0], fathers[0])
                b["father_name"] = self.father(scripts[1], fathers[1])
            if with_acts:
                a["_acts"] = [self.execution(place="pl-evin")]
                b["_acts"] = [self.execution(place="pl-gohardasht")]
            kind = "namesakes" if with_father else "namesakes_no_father"
            kind += "_same_father" if same_father else "_born_close" if close else ""
            self.add(kind + ("_with_acts" if with_acts else ""), "not_same", a, b)

    def siblings(self, n: int) -> None:
        for _ in range(n):
            while True:
                given, family = self.combo()
                other_fa = SIBLING_OF.get(given[0][0])
                if other_fa:
                    break
                self.used.discard((given[0][0], family[0][0]))
            other = next((g for g in GIVEN if g[0][0] == other_fa), None) or EXTRA_GIVEN[other_fa]
            self.used.add((other[0][0], family[0][0]))
            father = self.rng.choice(FATHERS)
            year = self.rng.randrange(1945, 1965)
            script = self.rng.choice(["fa", "both"])
            a = {"name": {"fa": self.fa(given, family)}, "sex": given[2], "birth": str(year)}
            b = {"name": {"fa": self.fa(other, family)}, "sex": other[2], "birth": str(year + self.rng.randrange(0, 4))}
            if script == "both":
                a["name"]["en"] = self.en(given, family)
                b["name"]["en"] = self.en(other, family)
            a["father_name"], b["father_name"] = self.father("fa", father), self.father("fa", father)
            self.add("siblings", "not_same", a, b)

    def other_sex(self, n: int) -> None:
        for _ in range(n):
            given, family = self.combo("male")
            sister = self.rng.choice([g for g in GIVEN if g[2] == "female"])
            self.used.add((sister[0][0], family[0][0]))
            year = self.rng.randrange(1945, 1965)
            # a data-entry slip gave both the brother's name; the records still say man and woman
            a = {"name": {"fa": self.fa(given, family)}, "sex": "male", "birth": str(year)}
            b = {"name": {"fa": self.fa(given, family)}, "sex": "female", "birth": str(year + self.rng.randrange(2, 6))}
            self.add("other_sex", "not_same", a, b)

    def similar_family(self, n: int) -> None:
        for i in range(n):
            fa_family = list(SIMILAR_FAMILY)[i % len(SIMILAR_FAMILY)]
            family = next(f for f in FAMILY if f[0][0] == fa_family)
            other_family = SIMILAR_FAMILY[fa_family]
            while True:
                given = self.rng.choice(GIVEN)
                key, other_key = (given[0][0], family[0][0]), (given[0][0], other_family[0][0])
                if key not in self.used and other_key not in self.used:
                    self.used |= {key, other_key}
                    break
            year = self.rng.randrange(1945, 1965)
            a = {"name": {"en": self.en(given, family)}, "sex": given[2], "birth": str(year)}
            b = {"name": {"en": self.en(given, other_family)}, "sex": given[2], "birth": str(year)}
            self.add("similar_family_names", "not_same", a, b)


def build() -> list[dict[str, Any]]:
    m = Maker()
    for kind, n in (
        ("cross_script", 16),
        ("latin_spellings", 12),
        ("persian_zwnj_space", 8),
        ("family_name_first", 12),
        ("both_scripts_vs_one", 10),
        ("missing_father", 14),
        ("birth_one_apart", 12),
        ("jalali_birth", 8),
        ("acts_only_on_one", 8),
        ("latin_typo", 10),
        ("no_father_same_birth", 8),
    ):
        m.same(kind, n)
    m.namesakes(24)
    m.namesakes(10, with_acts=True)
    m.namesakes(10, with_father=False)
    m.namesakes(8, same_father=True)
    m.namesakes(8, close=True)
    m.siblings(12)
    m.other_sex(6)
    m.similar_family(6)
    return m.pairs


if __name__ == "__main__":
    pairs = build()
    OUT.write_text(json.dumps(pairs, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    same = sum(p["label"] == "same" for p in pairs)
    print(f"wrote {OUT}: {len(pairs)} pairs ({same} same, {len(pairs) - same} not the same)")
